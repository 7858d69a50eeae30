import * as z from 'zod/mini';
import type { KpiPolicy } from '../../kpi/kpiPolicy.js';
import type { Policy } from '../../policy/Policy.js';
import { boundSchema, hasAtMostFourDecimals, policyHoursSchema, policyPeriodSchema as periodSchema, rateBoundSchema, policyValuesOf } from './common.js';

/** A day of the month every month has. */
const dayOfMonthSchema = z.number().check(z.int(), z.minimum(1), z.maximum(28));

// kpiPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const kpiPolicyObject: z.ZodMiniType<KpiPolicy> = z.strictObject({
  collectionTargets: z.strictObject({ current: rateBoundSchema, previous: rateBoundSchema, beforePrevious: rateBoundSchema }),
  satisfactionTarget: rateBoundSchema.check(z.refine(hasAtMostFourDecimals, { message: 'a rate with at most four decimals' })),
  phoneRings: boundSchema,
  serviceDeadlines: z.strictObject({ 'renovation-permit': periodSchema, 'secondary-renovation': periodSchema, 'parking-permit': periodSchema }),
  parkingRenewalLeadHours: policyHoursSchema,
  supervisor: z.strictObject({
    inspectionsPerWeek: boundSchema,
    workPlanBeforeDay: dayOfMonthSchema,
    financeReconcileDay: dayOfMonthSchema,
    arrearsReportDay: dayOfMonthSchema,
  }),
});

/**
 * The `kpi` section of {@link Policy}.
 *
 * @example
 * ```ts
 * import { kpiPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // A company that allows four rings; a target is a rate, 0 to 1.
 * kpiPolicySchema.safeParse({ ...defaultPolicy.kpi, phoneRings: { value: 4, inclusive: true } }).success;
 * //=> true
 * kpiPolicySchema.safeParse({ ...defaultPolicy.kpi, satisfactionTarget: { value: 95, inclusive: true } }).error?.issues[0]?.path;
 * //=> ['satisfactionTarget', 'value']
 * ```
 */
export const kpiPolicySchema: z.ZodMiniType<KpiPolicy> = /* @__PURE__ */ policyValuesOf(kpiPolicyObject);
