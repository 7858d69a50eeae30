import { z } from 'zod';

/** The `communication` section of {@link Policy}. PLACEHOLDER until its issue lands. */
export const communicationPolicySchema = z.strictObject({});
