import { z } from 'zod';

/** The `visit` section of {@link Policy}. PLACEHOLDER until its issue lands. */
export const visitPolicySchema = z.strictObject({});
