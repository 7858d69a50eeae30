import * as z from 'zod/mini';
import type { Policy } from '../../policy/Policy.js';
import type { RepairPolicy } from '../../repair/repairPolicy.js';

/** The repair classes: the data of the zod/mini and classic class schemas. */
export { REPAIR_CLASSES } from '../../policy/_policyData.js';
import { coversEveryCase, MAX_DURATION, MAX_LEAD_MS, REPAIR_CLASSES } from '../../policy/_policyData.js';
import { policyHoursSchema, policyValuesOf } from './common.js';

/** The title and description of a repair class, shared by its zod/mini and classic schemas. */
export const repairClassMeta = {
  title: 'Repair class',
  description: '报修类别：A（已入住且影响日常生活）、B（未入住、已装修且影响装修进度）、C（其他）。 Repair class: A (moved in, daily life affected), B (renovation held up), C (any other).',
};

const repairClassSchema = z.enum(REPAIR_CLASSES).check(z.meta(repairClassMeta));

const factFlags = {
  movedIn: z.optional(z.boolean()),
  affectsDailyLife: z.optional(z.boolean()),
  renovationStarted: z.optional(z.boolean()),
  affectsRenovation: z.optional(z.boolean()),
};

// repairPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const repairPolicyObject: z.ZodMiniType<RepairPolicy> = z.strictObject({
  classRules: z.array(z.strictObject({ repairClass: repairClassSchema, when: z.strictObject(factFlags) })),
  deadlines: z
    .array(
      z.strictObject({
        repairClass: repairClassSchema,
        duringHandover: z.nullable(z.boolean()),
        days: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_DURATION.day)),
      }),
    )
    .check(z.refine(coversEveryCase, { message: 'must have a row for every class, during and outside a handover period' })),
  clockStartsAt: z.enum(['receipt', 'acceptance']),
  dueSoon: z.nullable(
    z.discriminatedUnion('measure', [
      z.strictObject({
        measure: z.literal('lead-ms'),
        threshold: z.strictObject({ value: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_LEAD_MS)), inclusive: z.boolean() }),
      }),
      z.strictObject({
        measure: z.literal('share-basis-points'),
        threshold: z.strictObject({ value: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)), inclusive: z.boolean() }),
      }),
    ]),
  ),
  referralHours: policyHoursSchema,
  paidServiceHours: policyHoursSchema,
});

/**
 * The `repair` section of {@link Policy}.
 *
 * @example
 * ```ts
 * import { repairPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // definePolicy's override { repair: { referralHours: 2 } }, laid over the default section.
 * repairPolicySchema.safeParse({ ...defaultPolicy.repair, referralHours: 2 }).success;
 * //=> true
 * repairPolicySchema.safeParse({ ...defaultPolicy.repair, referralHours: 1e308 }).error?.issues[0]?.path;
 * //=> ['referralHours']
 * repairPolicySchema.safeParse({ ...defaultPolicy.repair, deadlines: defaultPolicy.repair.deadlines.slice(1) }).error?.issues[0]?.message;
 * //=> 'must have a row for every class, during and outside a handover period'
 * ```
 */
export const repairPolicySchema: z.ZodMiniType<RepairPolicy> = /* @__PURE__ */ policyValuesOf(repairPolicyObject);
