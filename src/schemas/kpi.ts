import { z } from 'zod';
import { periodSchema } from './calendar.js';
import { boundSchema, countSchema, instantSchema, yuanSchema } from './common.js';

/** A rate in [0, 1]. */
const rateSchema = z.number().min(0).max(1);

/** A minimum rate in [0, 1] with its boundary. */
const rateBoundSchema = z.strictObject({ value: rateSchema, inclusive: z.boolean() });

/** A customer's rating of one aspect (CR 第十七條). */
export const ratingSchema = z
  .enum(['very-satisfied', 'satisfied', 'average', 'poor'])
  .meta({ title: 'Rating', description: '评价等级：非常满意、满意、一般、较差。 Very satisfied, satisfied, average, poor.' });

/** One rating card of {@link summarizeServiceRatings}. */
export const serviceRatingCardSchema = z
  .strictObject({ attitude: ratingSchema, skill: ratingSchema, arrival: ratingSchema, promise: ratingSchema })
  .meta({ title: 'ServiceRatingCard', description: '态度、技术、到达时间、答应事项的办理四项评价。 Ratings of attitude, skill, arrival time and keeping promises.' });

/** The input of {@link summarizeServiceRatings}: the rating cards. */
export const summarizeServiceRatingsInputSchema = z
  .array(serviceRatingCardSchema)
  .meta({ title: 'summarizeServiceRatings input', description: '客户评价卡列表。 The customers’ rating cards.' });

/** The arguments of {@link collectionRate}: `[collectedYuan, billedYuan]`. */
export const collectionRateArgsSchema = z
  .tuple([yuanSchema, yuanSchema])
  .refine(([collected, billed]) => Math.round(collected * 100) <= Math.round(billed * 100), { message: 'collectedYuan must not exceed billedYuan', path: [0] })
  .meta({ title: 'collectionRate arguments', description: '[已收金额（元）, 应收金额（元）]。 [yuan collected, yuan billed].' });
/** The input of {@link collectionRate}: its arguments (same as {@link collectionRateArgsSchema}). */
export const collectionRateInputSchema = collectionRateArgsSchema;

/** The input of {@link collectionCheck}. */
export const collectionCheckInputSchema = z
  .strictObject({ current: rateSchema, previous: rateSchema, beforePrevious: rateSchema })
  .meta({ title: 'collectionCheck input', description: '当月、上月、上上月回款率（0–1）。 Collection rates of this month, last month and the month before (0–1).' });

/** The duty {@link serviceDueAt} computes a deadline for. */
export const serviceDutySchema = z
  .enum(['renovation-permit', 'secondary-renovation', 'parking-permit'])
  .meta({ title: 'ServiceDuty', description: '前台事项：装修证、二次装修手续、车证。 The desk duty: renovation permit, secondary renovation, parking permit.' });

/** The arguments of {@link serviceDueAt}: `[duty, from]`. */
export const serviceDueAtArgsSchema = z
  .tuple([serviceDutySchema, instantSchema])
  .meta({ title: 'serviceDueAt arguments', description: '[事项, 起算时刻]。 [duty, the instant of its event].' });
/** The input of {@link serviceDueAt}: its arguments (same as {@link serviceDueAtArgsSchema}). */
export const serviceDueAtInputSchema = serviceDueAtArgsSchema;

/** The input of {@link parkingRenewalNoticeBy}: the instant the parking lease ends. */
export const parkingRenewalNoticeByInputSchema = instantSchema.meta({
  title: 'parkingRenewalNoticeBy input',
  description: '车位租期届满时刻。 When the parking lease ends.',
});

/** The input of {@link phoneAnsweredInTime}: the rings before the answer. */
export const phoneAnsweredInTimeInputSchema = countSchema.meta({
  title: 'phoneAnsweredInTime input',
  description: '接听前的铃声次数。 How many times the phone rang before it was answered.',
});

/** The input of {@link serviceOrderKind}: a type letter. */
export const serviceOrderKindInputSchema = z
  .enum(['A', 'B', 'C', 'D'])
  .meta({ title: 'serviceOrderKind input', description: '服务类别代号 A–D。 The service order type letter A–D.' });

/** The input of {@link supervisorMonthDeadlines}: a month `'YYYY-MM'`. */
export const supervisorMonthDeadlinesInputSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ title: 'supervisorMonthDeadlines input', description: "月份，格式 'YYYY-MM'。 The month as 'YYYY-MM'." });

/** The input of {@link supervisorInspectionsMet}: inspections in a week. */
export const supervisorInspectionsMetInputSchema = countSchema.meta({
  title: 'supervisorInspectionsMet input',
  description: '本周检查次数。 Inspections made in the week.',
});

/** A day of the month every month has. */
const dayOfMonthSchema = z.number().int().min(1).max(28);

/** The `kpi` section of {@link Policy}. */
export const kpiPolicySchema = z.strictObject({
  collectionTargets: z.strictObject({ current: rateBoundSchema, previous: rateBoundSchema, beforePrevious: rateBoundSchema }),
  satisfactionTarget: rateBoundSchema.refine((bound) => Math.abs(bound.value * 10_000 - Math.round(bound.value * 10_000)) <= 1e-6, {
    message: 'a rate with at most four decimals',
  }),
  phoneRings: boundSchema,
  serviceDeadlines: z.strictObject({ 'renovation-permit': periodSchema, 'secondary-renovation': periodSchema, 'parking-permit': periodSchema }),
  parkingRenewalLeadHours: z.number().finite().nonnegative(),
  supervisor: z.strictObject({
    inspectionsPerWeek: boundSchema,
    workPlanBeforeDay: dayOfMonthSchema,
    financeReconcileDay: dayOfMonthSchema,
    arrearsReportDay: dayOfMonthSchema,
  }),
});
