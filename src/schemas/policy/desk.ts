import * as z from 'zod/mini';
import type { DeskPolicy } from '../../desk/deskPolicy.js';
import type { Policy } from '../../policy/Policy.js';
import { isFourDecimals, MAX_DURATION, TRAINING_COST_DECIMALS } from '../../policy/_policyData.js';
import { boundSchema, policyCountSchema, policyYuanSchema, policyValuesOf } from './common.js';

/** The desk offenses with a fine ladder: the data of the classic `DeskFineKind` schema and of the policy's keys. */
export { DESK_FINE_KINDS } from '../../policy/_policyData.js';

/** One step of a fine ladder: a fine with its amount, or an outcome without one. */
const fineStepSchema = z.union([
  z.strictObject({ outcome: z.literal('fine'), amountYuan: policyYuanSchema }),
  z.strictObject({ outcome: z.enum(['withhold-month-pay', 'deemed-resignation']) }),
]);

/** A ladder whose rule id is fixed (the catalog has an entry for it). */
function ladderSchema<const Id extends string>(ruleId: Id) {
  return z.strictObject({ ruleId: z.literal(ruleId), steps: z.array(fineStepSchema).check(z.minLength(1)) });
}

const shiftPatternSchema = z
  .strictObject({
    id: z.enum(['early', 'late']),
    startMinute: z.number().check(z.int(), z.minimum(0), z.maximum(1439)),
    endMinute: z.number().check(z.int(), z.minimum(1)),
    latestEndMinute: z.number().check(z.int(), z.minimum(1)),
  })
  .check(
    z.refine((pattern) => pattern.endMinute > pattern.startMinute && pattern.latestEndMinute >= pattern.endMinute, {
      message: 'a pattern must end after it starts, and latestEndMinute must not be before endMinute',
    }),
  );

// deskPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const deskPolicyObject: z.ZodMiniType<DeskPolicy> = z.strictObject({
  fines: z.strictObject({
    'handover-log': ladderSchema('desk.handover-log'),
    'weekly-report': ladderSchema('desk.weekly-report'),
    'customer-complaint': ladderSchema('desk.customer-complaint'),
    'off-work-chat': ladderSchema('desk.misc.off-work-chat'),
    'cleaning-duty': ladderSchema('desk.misc.cleaning-duty'),
    'customer-data-leak': ladderSchema('desk.misc.customer-data-leak'),
  }),
  ladderWindow: z.enum(['month', 'employment']),
  shiftRule: z.enum(['work-hours', 'posted-shifts']),
  shifts: z.strictObject({
    patterns: z.array(shiftPatternSchema).check(z.minLength(1)),
    maxConsecutiveHours: boundSchema,
    minimumRestDays: boundSchema,
    minimumBreakMinutes: z.number().check(z.minimum(0)),
  }),
  weeklyReport: z.strictObject({
    weekday: z.number().check(z.int(), z.minimum(0), z.maximum(6)),
    minute: z.number().check(z.int(), z.minimum(0), z.maximum(1440)),
    minimumCharacters: policyCountSchema,
  }),
  probation: z.strictObject({
    unsettledMonths: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_DURATION.month)),
    trainingCostMonths: z.number().check(z.minimum(0), z.maximum(12), z.refine(isFourDecimals, { message: TRAINING_COST_DECIMALS })),
  }),
});

/**
 * The `desk` section of {@link Policy} (RULES §4).
 *
 * @example
 * ```ts
 * import { deskPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // The fine ladder counted over the whole employment, not month by month.
 * deskPolicySchema.safeParse({ ...defaultPolicy.desk, ladderWindow: 'employment' }).success;
 * //=> true
 * deskPolicySchema.safeParse({ ...defaultPolicy.desk, ladderWindow: 'year' }).error?.issues[0]?.path;
 * //=> ['ladderWindow']
 * deskPolicySchema.safeParse({ ladderWindow: 'employment' }).success;
 * //=> false
 * ```
 */
export const deskPolicySchema: z.ZodMiniType<DeskPolicy> = /* @__PURE__ */ policyValuesOf(deskPolicyObject);
