import * as z from 'zod/mini';
import type { Policy } from '../../policy/Policy.js';
import type { VisitPolicy } from '../../visit/visitPolicy.js';
import { boundSchema, ceilingsRise, hasAtMostFourDecimals, policyCountSchema, policyPeriodSchema as periodSchema, policyValuesOf, rateBoundSchema } from './common.js';
import { isWholeBasisPoints } from '../../policy/_policyData.js';

/** A time of day in minutes after 00:00 (0–1440), with its boundary. */
const minuteOfDayBoundSchema = z.strictObject({ value: z.number().check(z.minimum(0), z.maximum(1440)), inclusive: z.boolean() });

// visitPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const visitPolicyObject: z.ZodMiniType<VisitPolicy> = z
  .strictObject({
    quotaBrackets: z
      .array(
        z.strictObject({
          upTo: z.nullable(boundSchema),
          percent: z.number().check(z.minimum(0), z.maximum(100), z.refine(isWholeBasisPoints, { message: 'a percentage with at most two decimals' })),
        }),
      )
      .check(
        z.minLength(1),
        z.refine((brackets) => brackets.at(-1)?.upTo === null, { message: 'the last quota bracket must be open-ended (upTo: null)' }),
        z.refine((brackets) => brackets.slice(0, -1).every((bracket) => bracket.upTo !== null), { message: 'only the last quota bracket may be open-ended' }),
        z.refine((brackets) => ceilingsRise(brackets, 1), { message: 'quota bracket ceilings must rise (each bracket must reach a size the ones before it do not)' }),
      ),
    roleMinimums: z.strictObject({ manager: policyCountSchema, supervisor: policyCountSchema }),
    earliest: minuteOfDayBoundSchema,
    latest: minuteOfDayBoundSchema,
    recordWithin: periodSchema,
    summaryBeforeDay: z.number().check(z.int(), z.minimum(1), z.maximum(28)),
    approvalWithin: periodSchema,
    annualCoverageTarget: boundSchema.check(z.refine(hasAtMostFourDecimals, { message: 'a rate with at most four decimals' })),
    archiveTarget: rateBoundSchema.check(z.refine(hasAtMostFourDecimals, { message: 'a rate with at most four decimals' })),
  })
  .check(z.refine((visit) => visit.earliest.value <= visit.latest.value, { message: 'the visit window must not end before it opens', path: ['latest'] }));

/**
 * The `visit` section of {@link Policy}.
 *
 * @example
 * ```ts
 * import { visitPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // Summaries due before the 10th; the visiting hours (480 = 08:00) must not close before they open.
 * visitPolicySchema.safeParse({ ...defaultPolicy.visit, summaryBeforeDay: 10 }).success;
 * //=> true
 * visitPolicySchema.safeParse({ ...defaultPolicy.visit, latest: { value: 420, inclusive: true } }).error?.issues[0]?.path;
 * //=> ['latest']
 * ```
 */
export const visitPolicySchema: z.ZodMiniType<VisitPolicy> = /* @__PURE__ */ policyValuesOf(visitPolicyObject);
