import { z } from 'zod';

/** The `repair` section of {@link Policy}. PLACEHOLDER until its issue lands. */
export const repairPolicySchema = z.strictObject({});
