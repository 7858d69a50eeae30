import { z } from 'zod';
import type { Instant } from '../core/instant.js';
import type { collectionCheck, CollectionCheckInput } from '../kpi/collectionCheck.js';
import type { collectionRate } from '../kpi/collectionRate.js';
import type { ServiceDuty } from '../kpi/kpiPolicy.js';
import type { ParkingPermitFacts } from '../kpi/parkingPermitRevocation.js';
import { parkingRenewalNoticeBy } from '../kpi/parkingRenewalNoticeBy.js';
import type { phoneAnsweredInTime } from '../kpi/phoneAnsweredInTime.js';
import { serviceDueAt } from '../kpi/serviceDueAt.js';
import type { serviceOrderKind, ServiceOrderCode } from '../kpi/serviceOrderTypes.js';
import type { Rating, ServiceRatingCard, summarizeServiceRatings } from '../kpi/summarizeServiceRatings.js';
import type { supervisorInspectionsMet } from '../kpi/supervisorInspectionsMet.js';
import { supervisorMonthDeadlines } from '../kpi/supervisorMonthDeadlines.js';
import { atValue, inArguments, refusesOutOfRange } from './_outOfRange.js';
import { countSchema, fieldsOf, instantSchema, yuanSchema } from './common.js';
import { rateChecks } from './policy/common.js';

export { kpiPolicySchema } from './policy/kpi.js';

/** A rate in [0, 1]. */
const rateSchema = z.number().check(...rateChecks);

/** A customer's rating of one aspect (CR 第十七條). */
export const ratingSchema: z.ZodEnum<z.core.util.ToEnum<Rating>> = z
  .enum(['very-satisfied', 'satisfied', 'average', 'poor'])
  .meta({ title: 'Rating', description: '评价等级：非常满意、满意、一般、较差。 Very satisfied, satisfied, average, poor.' });

/** One rating card of {@link summarizeServiceRatings}. */
export const serviceRatingCardSchema: z.ZodType<ServiceRatingCard> = fieldsOf(
  z
    .strictObject({ attitude: ratingSchema, skill: ratingSchema, arrival: ratingSchema, promise: ratingSchema })
    .meta({ title: 'ServiceRatingCard', description: '态度、技术、到达时间、答应事项的办理四项评价。 Ratings of attitude, skill, arrival time and keeping promises.' }),
);

/** The input of {@link summarizeServiceRatings}: the rating cards. */
export const summarizeServiceRatingsInputSchema: z.ZodType<ServiceRatingCard[]> = z
  .array(serviceRatingCardSchema)
  .meta({ title: 'summarizeServiceRatings input', description: '客户评价卡列表。 The customers’ rating cards.' });

/** The arguments of {@link collectionRate}: the yuan collected and the yuan billed. */
export type CollectionRateArgs = [collectedYuan: number, billedYuan: number];

/** The arguments of {@link collectionRate}: `[collectedYuan, billedYuan]`. */
export const collectionRateArgsSchema: z.ZodType<CollectionRateArgs> = z
  .tuple([yuanSchema, yuanSchema])
  .refine(([collected, billed]) => Math.round(collected * 100) <= Math.round(billed * 100), { message: 'collectedYuan must not exceed billedYuan', path: [0] })
  .meta({ title: 'collectionRate arguments', description: '[已收金额（元）, 应收金额（元）]。 [yuan collected, yuan billed].' });
/** The input of {@link collectionRate}: its arguments (same as {@link collectionRateArgsSchema}). */
export const collectionRateInputSchema = collectionRateArgsSchema;

/** The input of {@link collectionCheck}. */
export const collectionCheckInputSchema: z.ZodType<CollectionCheckInput> = fieldsOf(
  z
    .strictObject({ current: rateSchema, previous: rateSchema, beforePrevious: rateSchema })
    .meta({ title: 'collectionCheck input', description: '当月、上月、上上月回款率（0–1）。 Collection rates of this month, last month and the month before (0–1).' }),
);

/** The duty {@link serviceDueAt} computes a deadline for. */
export const serviceDutySchema: z.ZodEnum<z.core.util.ToEnum<ServiceDuty>> = z
  .enum(['renovation-permit', 'secondary-renovation', 'parking-permit'])
  .meta({ title: 'ServiceDuty', description: '前台事项：装修证、二次装修手续、车证。 The desk duty: renovation permit, secondary renovation, parking permit.' });

/** The arguments of {@link serviceDueAt}: the desk duty and the instant of its event. */
export type ServiceDueAtArgs = [duty: ServiceDuty, from: Instant];

/** The arguments of {@link serviceDueAt}: `[duty, from]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const serviceDueAtArgsSchema: z.ZodType<ServiceDueAtArgs> = z
  .tuple([serviceDutySchema, instantSchema])
  .check(refusesOutOfRange(([duty, from]: ServiceDueAtArgs) => serviceDueAt(duty, from), inArguments(['duty', 'from'])))
  .meta({ title: 'serviceDueAt arguments', description: '[事项, 起算时刻]。 [duty, the instant of its event].' });
/** The input of {@link serviceDueAt}: its arguments (same as {@link serviceDueAtArgsSchema}). */
export const serviceDueAtInputSchema = serviceDueAtArgsSchema;

/** The input of {@link parkingRenewalNoticeBy}: the instant the parking lease ends. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const parkingRenewalNoticeByInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => parkingRenewalNoticeBy(at), atValue)).meta({
  title: 'parkingRenewalNoticeBy input',
  description: '车位租期届满时刻。 When the parking lease ends.',
});

/** The input of {@link phoneAnsweredInTime}: the rings before the answer. */
export const phoneAnsweredInTimeInputSchema: z.ZodType<number> = countSchema.meta({
  title: 'phoneAnsweredInTime input',
  description: '接听前的铃声次数。 How many times the phone rang before it was answered.',
});

/** The input of {@link serviceOrderKind}: a type letter. */
export const serviceOrderKindInputSchema: z.ZodEnum<z.core.util.ToEnum<ServiceOrderCode>> = z
  .enum(['A', 'B', 'C', 'D'])
  .meta({ title: 'serviceOrderKind input', description: '服务类别代号 A–D。 The service order type letter A–D.' });

/** The input of {@link supervisorMonthDeadlines}: a month `'YYYY-MM'` (at the latest 9999-11, whose month-end report is due by 24:00 of 9999-11-30; that of 9999-12 would fall in the year 10000). */
export const supervisorMonthDeadlinesInputSchema: z.ZodType<string> = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .check(refusesOutOfRange((month: string) => supervisorMonthDeadlines(month), atValue))
  .meta({ title: 'supervisorMonthDeadlines input', description: "月份，格式 'YYYY-MM'。 The month as 'YYYY-MM'." });

/** The input of {@link supervisorInspectionsMet}: inspections in a week. */
export const supervisorInspectionsMetInputSchema: z.ZodType<number> = countSchema.meta({
  title: 'supervisorInspectionsMet input',
  description: '本周检查次数。 Inspections made in the week.',
});

/** The input of {@link wuye-rules!parkingPermitRevocation}: when the permit expires, whether the renewal is paid, and the check's instant. */
export const parkingPermitRevocationInputSchema: z.ZodType<ParkingPermitFacts> = fieldsOf(
  z
    .strictObject({ expiresAt: instantSchema, renewalPaid: z.boolean(), asOf: instantSchema })
    .meta({
      title: 'parkingPermitRevocation input',
      description: '车位证到期时间、是否已缴续期费用与检查时间。 When the parking permit expires, whether the renewal is paid, and the instant of the check.',
    }),
);
