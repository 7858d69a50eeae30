import * as z from 'zod/mini';
import type { ComplaintPolicy } from '../../complaint/complaintPolicy.js';
import type { Policy } from '../../policy/Policy.js';
import { boundSchema, ceilingsIncrease, periodSchema, rateBoundSchema } from './common.js';

/** The complaint levels, 1 (a crisis) to 4: the data of the zod/mini and classic level schemas. */
export { COMPLAINT_LEVELS } from '../../policy/_policyData.js';
import { COMPLAINT_LEVELS } from '../../policy/_policyData.js';

/** The title and description of a complaint level, shared by its zod/mini and classic schemas. */
export const complaintLevelMeta = { title: 'Complaint level', description: '投诉等级：1（危机事件）至 4。 A complaint level, 1 (a crisis) to 4.' };

const complaintLevelSchema = z.union(COMPLAINT_LEVELS.map((level) => z.literal(level))).check(z.meta(complaintLevelMeta));

const approverSchema = z.enum(['sales-manager', 'deputy-general-manager', 'general-manager']);

/** The `complaint` section of {@link Policy}. */
export const complaintPolicySchema: z.ZodMiniType<ComplaintPolicy> = z.strictObject({
  approvalBands: z
    .array(z.strictObject({ approver: approverSchema, upTo: z.nullable(boundSchema) }))
    .check(
      z.minLength(1),
      z.refine((bands) => bands.at(-1)?.upTo === null, { message: 'the last approval band must be open-ended (upTo: null)' }),
      z.refine(ceilingsIncrease, { message: 'approval band ceilings must not decrease' }),
      z.refine((bands) => bands.slice(0, -1).every((band) => band.upTo !== null), { message: 'only the last approval band may be open-ended' }),
    ),
  levelThresholds: z.strictObject({
    groupLitigationHouseholds: boundSchema,
    recurrenceComplainants: boundSchema,
    collectiveComplainants: boundSchema,
    collectiveHouseholds: boundSchema,
    unresolvedLongerThan: z.strictObject({ period: periodSchema, inclusive: z.boolean() }),
    repeatsAfterResolution: boundSchema,
  }),
  recurrenceWindow: periodSchema,
  forwardWithin: periodSchema,
  majorLevels: z.array(complaintLevelSchema),
  routineResponseWithin: periodSchema,
  majorResponseWithin: periodSchema,
  closeWithin: periodSchema,
  reportWithin: periodSchema,
  especiallySeriousLevels: z.array(complaintLevelSchema),
  targets: z.strictObject({ satisfaction: rateBoundSchema, handling: rateBoundSchema, returnVisit: rateBoundSchema }),
});
