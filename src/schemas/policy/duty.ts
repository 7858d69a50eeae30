import * as z from 'zod/mini';
import { policyValuesOf } from './common.js';
import type { DutyPolicy } from '../../duty/dutyPolicy.js';
import type { Policy } from '../../policy/Policy.js';

// dutyPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const dutyPolicyObject: z.ZodMiniType<DutyPolicy> = z.strictObject({
  surveyCadence: z.enum(['quarterly', 'half-yearly', 'both']),
  dailyDutiesOn: z.enum(['workdays', 'every-day']),
  // At most 100 years: a window the calendar and a Date can always hold.
  maxWindowMonths: z.number().check(z.int(), z.minimum(1), z.maximum(1200)),
});

/**
 * The `duty` section of {@link Policy}.
 *
 * @example
 * ```ts
 * import { dutyPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // Windows of up to 36 months; never more than 100 years (1,200 months).
 * dutyPolicySchema.safeParse({ ...defaultPolicy.duty, maxWindowMonths: 36 }).success;
 * //=> true
 * dutyPolicySchema.safeParse({ ...defaultPolicy.duty, maxWindowMonths: 1201 }).error?.issues[0]?.path;
 * //=> ['maxWindowMonths']
 * dutyPolicySchema.safeParse({ ...defaultPolicy.duty, surveyCadence: 'monthly' }).success;
 * //=> false
 * ```
 */
export const dutyPolicySchema: z.ZodMiniType<DutyPolicy> = /* @__PURE__ */ policyValuesOf(dutyPolicyObject);
