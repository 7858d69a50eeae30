import * as z from 'zod/mini';
import type { AppraisalItem, AppraisalPolicy } from '../../appraisal/appraisalPolicy.js';
import type { Policy } from '../../policy/Policy.js';
import { boundSchema, policyYuanSchema, policyValuesOf } from './common.js';
import { APPRAISAL_ITEM_KINDS, BONUS_ITEMS, RULE_OF_APPRAISAL_KIND, boundsOrdered, VIOLATION_ITEMS } from '../../policy/_policyData.js';

export { BONUS_ITEMS, VIOLATION_ITEMS } from '../../policy/_policyData.js';

const KINDS = APPRAISAL_ITEM_KINDS;
const RULE_OF_KIND = RULE_OF_APPRAISAL_KIND;

const pointsSchema = z.number().check(z.int(), z.minimum(0));
const bonusIds: ReadonlySet<string> = /* @__PURE__ */ new Set(BONUS_ITEMS);

// appraisalItemObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const appraisalItemObject: z.ZodMiniType<AppraisalItem> = z
  .strictObject({
    id: z.enum([...BONUS_ITEMS, ...VIOLATION_ITEMS]),
    kind: z.enum(KINDS),
    points: z.optional(pointsSchema),
    range: z.optional(
      z
        .strictObject({ min: pointsSchema, max: pointsSchema })
        .check(z.refine((range) => range.min <= range.max, { message: 'range.min must not exceed range.max' })),
    ),
    ruleId: z.enum(['appraisal.bonus', 'appraisal.minor', 'appraisal.moderate', 'appraisal.severe', 'appraisal.dismissal-offense']),
  })
  .check(
    z.superRefine((item, context) => {
      if (bonusIds.has(item.id) !== (item.kind === 'bonus')) {
        context.addIssue({ code: 'custom', path: ['kind'], message: `must be "bonus" exactly when ${item.id} is a bonus item` });
      }
      if (item.ruleId !== RULE_OF_KIND[item.kind]) {
        context.addIssue({ code: 'custom', path: ['ruleId'], message: `must be "${RULE_OF_KIND[item.kind]}" for a ${item.kind} item` });
      }
      const given = (item.points === undefined ? 0 : 1) + (item.range === undefined ? 0 : 1);
      if (item.kind === 'dismissal' ? given !== 0 : given !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['points'],
          message: item.kind === 'dismissal' ? 'a dismissal item has neither points nor range' : 'an item has either points or range, not both or neither',
        });
      }
    }),
  );

// appraisalPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const appraisalPolicyObject: z.ZodMiniType<AppraisalPolicy> = z
  .strictObject({
    base: z.number().check(z.int()),
    cap: z.number().check(z.int()),
    items: z
      .array(appraisalItemObject)
      .check(z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, { message: 'item ids must be unique' })),
    emergencyOverrunTiers: z
      .array(z.strictObject({ severity: z.enum(['minor', 'moderate', 'severe']), over: boundSchema, points: pointsSchema }))
      .check(
        z.minLength(1),
        z.refine((tiers) => boundsOrdered(tiers.map((tier) => tier.over), false), { message: 'tiers must be listed lowest first, with increasing bounds' }),
      ),
    escalation: z.strictObject({ points: pointsSchema, moderate: boundSchema, minor: boundSchema }),
    escalationCountsBy: z.enum(['clauses', 'occurrences']),
    adjustment: z.strictObject({ min: z.number().check(z.int(), z.maximum(0)), max: z.number().check(z.int(), z.minimum(0)) }),
    grades: z
      .array(z.strictObject({ grade: z.enum(['A', 'B', 'C', 'D', 'E']), from: boundSchema }))
      .check(
        z.refine((bands) => new Set(bands.map((band) => band.grade)).size === bands.length, { message: 'each grade may appear once' }),
        z.refine((bands) => boundsOrdered(bands.map((band) => band.from), true), { message: 'grade bands must be listed highest first' }),
      ),
    payFloat: z.strictObject({
      standardScore: z.number(),
      yuanPerPoint: policyYuanSchema,
      limitYuan: policyYuanSchema,
      firstFloatingMonth: z.number().check(z.int(), z.minimum(1)),
    }),
    termination: z.strictObject({ lowScore: boundSchema, lastPlaceScore: boundSchema }),
    exam: z.strictObject({ fullMarks: z.number().check(z.positive()), deductedUpTo: boundSchema }),
  })
  .check(
    z.refine((policy) => policy.cap >= policy.base, { message: 'cap must not be below base', path: ['cap'] }),
    z.refine((policy) => policy.exam.deductedUpTo.value < policy.exam.fullMarks, { message: 'the deducted exam scores must stay below full marks', path: ['exam', 'deductedUpTo'] }),
  );

/**
 * One row of the appraisal item table (`AppraisalItem`).
 *
 * @example
 * ```ts
 * import { appraisalItemSchema } from 'wuye-rules/schemas';
 * appraisalItemSchema.safeParse({ id: 'late-or-early-leave', kind: 'minor', range: { min: 2, max: 5 }, ruleId: 'appraisal.minor' }).success;
 * //=> true
 * appraisalItemSchema.safeParse({ id: 'absenteeism', kind: 'severe', points: 20, ruleId: 'appraisal.minor' }).error?.issues[0]?.message;
 * //=> 'must be "appraisal.severe" for a severe item'
 * appraisalItemSchema.safeParse({ id: 'sleeping-on-duty', kind: 'dismissal', points: 20, ruleId: 'appraisal.dismissal-offense' }).error?.issues[0]?.path;
 * //=> ['points']
 * ```
 */
export const appraisalItemSchema: z.ZodMiniType<AppraisalItem> = /* @__PURE__ */ policyValuesOf(appraisalItemObject);

/**
 * The `appraisal` section of {@link Policy} (RULES §3).
 *
 * @example
 * ```ts
 * import { appraisalPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // A whole section: definePolicy's override { escalationCountsBy: 'occurrences' } laid over the default.
 * appraisalPolicySchema.safeParse({ ...defaultPolicy.appraisal, escalationCountsBy: 'occurrences' }).success;
 * //=> true
 * appraisalPolicySchema.safeParse({ ...defaultPolicy.appraisal, cap: 70 }).error?.issues[0]?.message;
 * //=> 'cap must not be below base'
 * appraisalPolicySchema.safeParse({ escalationCountsBy: 'occurrences' }).success;
 * //=> false
 * ```
 */
export const appraisalPolicySchema: z.ZodMiniType<AppraisalPolicy> = /* @__PURE__ */ policyValuesOf(appraisalPolicyObject);
