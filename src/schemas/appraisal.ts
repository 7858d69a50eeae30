import { z } from 'zod';

/** The `appraisal` section of {@link Policy}. PLACEHOLDER until its issue lands. */
export const appraisalPolicySchema = z.strictObject({});
