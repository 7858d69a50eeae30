import { z } from 'zod';

/** The `kpi` section of {@link Policy}. PLACEHOLDER until its issue lands. */
export const kpiPolicySchema = z.strictObject({});
