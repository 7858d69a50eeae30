import { z } from 'zod';
import type { Instant } from '../core/instant.js';
import type { annualVisitCoverage, AnnualVisitCoverageInput } from '../visit/annualVisitCoverage.js';
import type { CustomerArchiveFigures } from '../visit/customerArchiveRate.js';
import type { selectVisitSample, VisitSampleInput } from '../visit/selectVisitSample.js';
import type { visitAllowedAt } from '../visit/visitAllowedAt.js';
import { visitPaperworkDue } from '../visit/visitPaperworkDue.js';
import type { VisitRole } from '../visit/visitPolicy.js';
import type { visitQuota, VisitQuotaInput } from '../visit/visitQuota.js';
import type { visitRoleMinimum } from '../visit/visitRoleMinimum.js';
import { visitSummaryApprovalDueAt } from '../visit/visitSummaryApprovalDueAt.js';
import { atValue, refusesOutOfRange } from './_outOfRange.js';
import { countSchema, fieldsOf, instantSchema } from './common.js';

export { visitPolicySchema } from './policy/visit.js';

/** A household id list. */
const householdIdsSchema = z.array(z.string());

/**
 * The input of {@link visitQuota}.
 *
 * @example
 * ```ts
 * import { visitQuotaInputSchema } from 'wuye-rules/schemas';
 * visitQuotaInputSchema.safeParse({ households: 800, occupied: 750 }).success;
 * //=> true
 * visitQuotaInputSchema.safeParse({ households: 800, occupied: 801 }).error?.issues[0]?.message;
 * //=> 'occupied must not exceed households'
 * ```
 */
export const visitQuotaInputSchema: z.ZodType<VisitQuotaInput> = fieldsOf(
  z
    .strictObject({ households: countSchema, occupied: countSchema })
    .refine((community) => community.occupied <= community.households, { message: 'occupied must not exceed households', path: ['occupied'] })
    .meta({ title: 'visitQuota input', description: '小区总户数与已入住户数。 All households of the community and the occupied ones.' }),
);

/**
 * The input of {@link visitRoleMinimum}.
 *
 * @example
 * ```ts
 * import { visitRoleMinimumInputSchema } from 'wuye-rules/schemas';
 * // Only the two roles with a monthly visit minimum.
 * visitRoleMinimumInputSchema.options;
 * //=> ['manager', 'supervisor']
 * visitRoleMinimumInputSchema.safeParse('front-desk').success;
 * //=> false
 * ```
 */
export const visitRoleMinimumInputSchema: z.ZodEnum<z.core.util.ToEnum<VisitRole>> = z
  .enum(['manager', 'supervisor'])
  .meta({ title: 'visitRoleMinimum input', description: '岗位：物业服务中心经理或客服主管。 The role: service-center manager or service supervisor.' });

/**
 * The input of {@link visitAllowedAt}: the appointment's instant.
 *
 * @example
 * ```ts
 * import { visitAllowedAtInputSchema } from 'wuye-rules/schemas';
 * // Any instant passes: whether it falls in the visiting hours is visitAllowedAt's answer (false here), not an error.
 * visitAllowedAtInputSchema.safeParse('2026-03-05T22:00:00.001+08:00').success;
 * //=> true
 * visitAllowedAtInputSchema.safeParse('22:00').success;
 * //=> false
 * ```
 */
export const visitAllowedAtInputSchema: z.ZodType<Instant> = instantSchema.meta({
  title: 'visitAllowedAt input',
  description: '预约访问时刻。 The instant of the appointment.',
});

/**
 * The input of {@link visitPaperworkDue}: the visit's instant. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { visitPaperworkDueInputSchema } from 'wuye-rules/schemas';
 * // The monthly summary of a December visit is due in January: for December 9999, in the year 10000.
 * [visitPaperworkDueInputSchema.safeParse('9999-11-20T15:00:00+08:00').success, visitPaperworkDueInputSchema.safeParse('9999-12-20T15:00:00+08:00').success];
 * //=> [true, false]
 * visitPaperworkDueInputSchema.safeParse('2026-12-20T15:00:00+08:00').success;
 * //=> true
 * ```
 */
export const visitPaperworkDueInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => visitPaperworkDue(at), atValue)).meta({
  title: 'visitPaperworkDue input',
  description: '访问时刻。 When the visit took place.',
});

/**
 * The input of {@link visitSummaryApprovalDueAt}: when the monthly summary was submitted. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { visitSummaryApprovalDueAtInputSchema } from 'wuye-rules/schemas';
 * visitSummaryApprovalDueAtInputSchema.safeParse('2026-03-04T17:00:00+08:00').success;
 * //=> true
 * visitSummaryApprovalDueAtInputSchema.safeParse('9999-12-30T17:00:00+08:00').error?.issues[0]?.path;
 * //=> []
 * ```
 */
export const visitSummaryApprovalDueAtInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => visitSummaryApprovalDueAt(at), atValue)).meta({
  title: 'visitSummaryApprovalDueAt input',
  description: '月度访问总结提交经理的时刻。 When the monthly visit summary reached the manager.',
});

/**
 * The input of {@link selectVisitSample}.
 *
 * @example
 * ```ts
 * import { selectVisitSampleInputSchema } from 'wuye-rules/schemas';
 * // The seed is text (the month, say), so that the same draw can be repeated.
 * const input = { households: ['1-101', '1-102', '1-201', '1-202'], visited: ['1-101'], excluded: ['1-202'], count: 5, seed: '2026-03' };
 * selectVisitSampleInputSchema.safeParse(input).success;
 * //=> true
 * selectVisitSampleInputSchema.safeParse({ ...input, seed: 202603 }).error?.issues[0]?.path;
 * //=> ['seed']
 * ```
 */
export const selectVisitSampleInputSchema: z.ZodType<VisitSampleInput> = fieldsOf(
  z
    .strictObject({
      households: householdIdsSchema,
      visited: householdIdsSchema,
      excluded: householdIdsSchema.optional(),
      count: countSchema,
      seed: z.string(),
    })
    .meta({
      title: 'selectVisitSample input',
      description: '全部住户、本轮已访问住户、公司访问已抽取住户、抽取数量与随机种子。 All households, those visited this cycle, those drawn by the company programme, how many to draw and the seed.',
    }),
);

/**
 * The input of {@link annualVisitCoverage}.
 *
 * @example
 * ```ts
 * import { annualVisitCoverageInputSchema } from 'wuye-rules/schemas';
 * // A rate per household needs at least one household.
 * annualVisitCoverageInputSchema.safeParse({ visits: 600, households: 500 }).success;
 * //=> true
 * annualVisitCoverageInputSchema.safeParse({ visits: 600, households: 0 }).error?.issues[0]?.path;
 * //=> ['households']
 * ```
 */
export const annualVisitCoverageInputSchema: z.ZodType<AnnualVisitCoverageInput> = fieldsOf(
  z
    .strictObject({ visits: countSchema, households: countSchema.min(1) })
    .meta({ title: 'annualVisitCoverage input', description: '全年访问次数与小区户数。 Visits in the year and the households of the community.' }),
);

/**
 * The input of {@link wuye-rules!customerArchiveRate}: archived households and all households.
 *
 * @example
 * ```ts
 * import { customerArchiveRateInputSchema } from 'wuye-rules/schemas';
 * customerArchiveRateInputSchema.safeParse({ archived: 1199, households: 1200 }).success;
 * //=> true
 * customerArchiveRateInputSchema.safeParse({ archived: 1201, households: 1200 }).error?.issues[0]?.path;
 * //=> ['archived']
 * ```
 */
export const customerArchiveRateInputSchema: z.ZodType<CustomerArchiveFigures> = fieldsOf(
  z
    .strictObject({ archived: z.number().int().nonnegative(), households: z.number().int().min(1) })
    .refine((figures) => figures.archived <= figures.households, { message: 'archived must not exceed households', path: ['archived'] })
    .meta({ title: 'customerArchiveRate input', description: '已建档户数与小区总户数。 Households with a customer archive and all households.' }),
);
