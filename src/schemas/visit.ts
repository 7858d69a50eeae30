import { z } from 'zod';
import { periodSchema } from './calendar.js';
import { boundSchema, countSchema, instantSchema } from './common.js';

/** A household id list. */
const householdIdsSchema = z.array(z.string());

/** The input of {@link visitQuota}. */
export const visitQuotaInputSchema = z
  .strictObject({ households: countSchema, occupied: countSchema })
  .refine((community) => community.occupied <= community.households, { message: 'occupied must not exceed households', path: ['occupied'] })
  .meta({ title: 'visitQuota input', description: '小区总户数与已入住户数。 All households of the community and the occupied ones.' });

/** The input of {@link visitRoleMinimum}. */
export const visitRoleMinimumInputSchema = z
  .enum(['manager', 'supervisor'])
  .meta({ title: 'visitRoleMinimum input', description: '岗位：物业服务中心经理或客服主管。 The role: service-center manager or service supervisor.' });

/** The input of {@link visitAllowedAt}: the appointment's instant. */
export const visitAllowedAtInputSchema = instantSchema.meta({
  title: 'visitAllowedAt input',
  description: '预约访问时刻。 The instant of the appointment.',
});

/** The input of {@link visitPaperworkDue}: the visit's instant. */
export const visitPaperworkDueInputSchema = instantSchema.meta({
  title: 'visitPaperworkDue input',
  description: '访问时刻。 When the visit took place.',
});

/** The input of {@link visitSummaryApprovalDueAt}: when the monthly summary was submitted. */
export const visitSummaryApprovalDueAtInputSchema = instantSchema.meta({
  title: 'visitSummaryApprovalDueAt input',
  description: '月度访问总结提交经理的时刻。 When the monthly visit summary reached the manager.',
});

/** The input of {@link selectVisitSample}. */
export const selectVisitSampleInputSchema = z
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
  });

/** The input of {@link annualVisitCoverage}. */
export const annualVisitCoverageInputSchema = z
  .strictObject({ visits: countSchema, households: countSchema.min(1) })
  .meta({ title: 'annualVisitCoverage input', description: '全年访问次数与小区户数。 Visits in the year and the households of the community.' });

/** True when a percentage has at most two decimals (a whole number of basis points). */
function isWholeBasisPoints(percent: number): boolean {
  return Math.abs(percent * 100 - Math.round(percent * 100)) <= 1e-6;
}

/** True when each bracket's ceiling is above the one before it. */
function ceilingsIncrease(brackets: readonly { upTo: { value: number } | null }[]): boolean {
  return brackets.every((bracket, index) => {
    const previous = index === 0 ? null : brackets[index - 1]?.upTo;
    return previous == null || bracket.upTo === null || bracket.upTo.value >= previous.value;
  });
}

/** A time of day in minutes after 00:00 (0–1440), with its boundary. */
const minuteOfDayBoundSchema = z.strictObject({ value: z.number().finite().min(0).max(1440), inclusive: z.boolean() });

/** The `visit` section of {@link Policy}. */
export const visitPolicySchema = z
  .strictObject({
    quotaBrackets: z
      .array(
        z.strictObject({
          upTo: boundSchema.nullable(),
          percent: z.number().finite().min(0).max(100).refine(isWholeBasisPoints, { message: 'a percentage with at most two decimals' }),
        }),
      )
      .min(1)
      .refine((brackets) => brackets.at(-1)?.upTo === null, { message: 'the last quota bracket must be open-ended (upTo: null)' })
      .refine((brackets) => brackets.slice(0, -1).every((bracket) => bracket.upTo !== null), { message: 'only the last quota bracket may be open-ended' })
      .refine(ceilingsIncrease, { message: 'quota bracket ceilings must not decrease' }),
    roleMinimums: z.strictObject({ manager: countSchema, supervisor: countSchema }),
    earliest: minuteOfDayBoundSchema,
    latest: minuteOfDayBoundSchema,
    recordWithin: periodSchema,
    summaryBeforeDay: z.number().int().min(1).max(28),
    approvalWithin: periodSchema,
    annualCoverageTarget: boundSchema.refine((bound) => Math.abs(bound.value * 10_000 - Math.round(bound.value * 10_000)) <= 1e-6, {
      message: 'a rate with at most four decimals',
    }),
  })
  .refine((visit) => visit.earliest.value <= visit.latest.value, { message: 'the visit window must not end before it opens', path: ['latest'] });
