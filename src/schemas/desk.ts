import { z } from 'zod';

/** The `desk` section of {@link Policy}. PLACEHOLDER until its issue lands. */
export const deskPolicySchema = z.strictObject({});
