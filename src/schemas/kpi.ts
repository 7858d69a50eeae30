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
import { readable } from './_unreadable.js';
import { rateChecks } from './policy/common.js';

export { kpiPolicySchema } from './policy/kpi.js';

/** A rate in [0, 1]. */
const rateSchema = z.number().check(...rateChecks);

/**
 * A customer's rating of one aspect (CR 第十七條).
 *
 * @example
 * ```ts
 * import { ratingSchema } from 'wuye-rules/schemas';
 * ratingSchema.options;
 * //=> ['very-satisfied', 'satisfied', 'average', 'poor']
 * ratingSchema.safeParse('good').success;
 * //=> false
 * ```
 */
export const ratingSchema: z.ZodEnum<z.core.util.ToEnum<Rating>> = z
  .enum(['very-satisfied', 'satisfied', 'average', 'poor'])
  .meta({ title: 'Rating', description: '评价等级：非常满意、满意、一般、较差。 Very satisfied, satisfied, average, poor.' });

/**
 * One rating card of {@link summarizeServiceRatings}.
 *
 * @example
 * ```ts
 * import { serviceRatingCardSchema } from 'wuye-rules/schemas';
 * const card = { attitude: 'very-satisfied', skill: 'satisfied', arrival: 'average', promise: 'satisfied' };
 * serviceRatingCardSchema.safeParse(card).success;
 * //=> true
 * serviceRatingCardSchema.safeParse({ ...card, arrival: 'late' }).error?.issues[0]?.path;
 * //=> ['arrival']
 * serviceRatingCardSchema.safeParse({ ...card, cleanliness: 'poor' }).error?.issues[0]?.code;
 * //=> 'unrecognized_keys'
 * ```
 */
export const serviceRatingCardSchema: z.ZodType<ServiceRatingCard> = fieldsOf(
  z
    .strictObject({ attitude: ratingSchema, skill: ratingSchema, arrival: ratingSchema, promise: ratingSchema })
    .meta({ title: 'ServiceRatingCard', description: '态度、技术、到达时间、答应事项的办理四项评价。 Ratings of attitude, skill, arrival time and keeping promises.' }),
);

/**
 * The input of {@link summarizeServiceRatings}: the rating cards.
 *
 * @example
 * ```ts
 * import { summarizeServiceRatingsInputSchema } from 'wuye-rules/schemas';
 * // No cards yet is a month without ratings, not an error.
 * const card = { attitude: 'very-satisfied', skill: 'satisfied', arrival: 'average', promise: 'satisfied' };
 * [summarizeServiceRatingsInputSchema.safeParse([card]).success, summarizeServiceRatingsInputSchema.safeParse([]).success];
 * //=> [true, true]
 * summarizeServiceRatingsInputSchema.safeParse([card, { ...card, skill: 'bad' }]).error?.issues[0]?.path;
 * //=> [1, 'skill']
 * ```
 */
export const summarizeServiceRatingsInputSchema: z.ZodType<ServiceRatingCard[]> = readable(
  z.array(serviceRatingCardSchema).meta({ title: 'summarizeServiceRatings input', description: '客户评价卡列表。 The customers’ rating cards.' }),
);

/** The arguments of {@link collectionRate}: the yuan collected and the yuan billed. */
export type CollectionRateArgs = [collectedYuan: number, billedYuan: number];

/**
 * The arguments of {@link collectionRate}: `[collectedYuan, billedYuan]`.
 *
 * @example
 * ```ts
 * import { collectionRateArgsSchema } from 'wuye-rules/schemas';
 * [collectionRateArgsSchema.safeParse([8000, 10000]).success, collectionRateArgsSchema.safeParse([0, 0]).success];
 * //=> [true, true]
 * collectionRateArgsSchema.safeParse([12000, 10000]).error?.issues[0];
 * //=> { code: 'custom', path: [0], message: 'collectedYuan must not exceed billedYuan' }
 * ```
 */
export const collectionRateArgsSchema: z.ZodType<CollectionRateArgs> = readable(z
  .tuple([yuanSchema, yuanSchema])
  .refine(([collected, billed]) => Math.round(collected * 100) <= Math.round(billed * 100), { message: 'collectedYuan must not exceed billedYuan', path: [0] })
  .meta({ title: 'collectionRate arguments', description: '[已收金额（元）, 应收金额（元）]。 [yuan collected, yuan billed].' }));
/**
 * The input of {@link collectionRate}: its arguments (same as {@link collectionRateArgsSchema}).
 *
 * @example
 * ```ts
 * import { collectionRateArgsSchema, collectionRateInputSchema } from 'wuye-rules/schemas';
 * collectionRateInputSchema === collectionRateArgsSchema;
 * //=> true
 * collectionRateInputSchema.safeParse([8000.005, 10000]).error?.issues[0]?.message;
 * //=> 'must be exact to the fen (0.01 yuan)'
 * ```
 */
export const collectionRateInputSchema = collectionRateArgsSchema;

/**
 * The input of {@link collectionCheck}.
 *
 * @example
 * ```ts
 * import { collectionCheckInputSchema } from 'wuye-rules/schemas';
 * // Rates, not percentages.
 * collectionCheckInputSchema.safeParse({ current: 0.8, previous: 0.95, beforePrevious: 1 }).success;
 * //=> true
 * collectionCheckInputSchema.safeParse({ current: 80, previous: 95, beforePrevious: 100 }).error?.issues.map((issue) => issue.path);
 * //=> [['current'], ['previous'], ['beforePrevious']]
 * ```
 */
export const collectionCheckInputSchema: z.ZodType<CollectionCheckInput> = fieldsOf(
  z
    .strictObject({ current: rateSchema, previous: rateSchema, beforePrevious: rateSchema })
    .meta({ title: 'collectionCheck input', description: '当月、上月、上上月回款率（0–1）。 Collection rates of this month, last month and the month before (0–1).' }),
);

/**
 * The duty {@link serviceDueAt} computes a deadline for.
 *
 * @example
 * ```ts
 * import { serviceDutySchema } from 'wuye-rules/schemas';
 * [serviceDutySchema.safeParse('renovation-permit').success, serviceDutySchema.safeParse('parking-permit').success];
 * //=> [true, true]
 * serviceDutySchema.safeParse('renovation').success;
 * //=> false
 * ```
 */
export const serviceDutySchema: z.ZodEnum<z.core.util.ToEnum<ServiceDuty>> = z
  .enum(['renovation-permit', 'secondary-renovation', 'parking-permit'])
  .meta({ title: 'ServiceDuty', description: '前台事项：装修证、二次装修手续、车证。 The desk duty: renovation permit, secondary renovation, parking permit.' });

/** The arguments of {@link serviceDueAt}: the desk duty and the instant of its event. */
export type ServiceDueAtArgs = [duty: ServiceDuty, from: Instant];

/**
 * The arguments of {@link serviceDueAt}: `[duty, from]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { serviceDueAtArgsSchema } from 'wuye-rules/schemas';
 * // A parking permit is issued the same day: a request at 23:30 on 9999-12-31 is due at its 24:00, in the year 10000.
 * serviceDueAtArgsSchema.safeParse(['parking-permit', '9999-12-31T23:30:00+08:00']).error?.issues[0]?.path;
 * //=> [1]
 * serviceDueAtArgsSchema.safeParse(['renovation-permit', '2026-03-05T16:30:00+08:00']).success;
 * //=> true
 * ```
 */
export const serviceDueAtArgsSchema: z.ZodType<ServiceDueAtArgs> = readable(z
  .tuple([serviceDutySchema, instantSchema])
  .check(refusesOutOfRange(([duty, from]: ServiceDueAtArgs) => serviceDueAt(duty, from), inArguments(['duty', 'from'])))
  .meta({ title: 'serviceDueAt arguments', description: '[事项, 起算时刻]。 [duty, the instant of its event].' }));
/**
 * The input of {@link serviceDueAt}: its arguments (same as {@link serviceDueAtArgsSchema}).
 *
 * @example
 * ```ts
 * import { serviceDueAtArgsSchema, serviceDueAtInputSchema } from 'wuye-rules/schemas';
 * serviceDueAtInputSchema === serviceDueAtArgsSchema;
 * //=> true
 * [serviceDueAtInputSchema.safeParse(['secondary-renovation', '2026-03-06T16:30:00+08:00']).success, serviceDueAtInputSchema.safeParse(['secondary-renovation']).success];
 * //=> [true, false]
 * ```
 */
export const serviceDueAtInputSchema = serviceDueAtArgsSchema;

/**
 * The input of {@link parkingRenewalNoticeBy}: the instant the parking lease ends. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { parkingRenewalNoticeByInputSchema } from 'wuye-rules/schemas';
 * // The notice goes out 7 days (168 hours) before the lease ends: not possible for a lease ending on 0000-01-03.
 * [parkingRenewalNoticeByInputSchema.safeParse('2026-04-01T00:00:00+08:00').success, parkingRenewalNoticeByInputSchema.safeParse('0000-01-03').success];
 * //=> [true, false]
 * ```
 */
export const parkingRenewalNoticeByInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => parkingRenewalNoticeBy(at), atValue)).meta({
  title: 'parkingRenewalNoticeBy input',
  description: '车位租期届满时刻。 When the parking lease ends.',
});

/**
 * The input of {@link phoneAnsweredInTime}: the rings before the answer.
 *
 * @example
 * ```ts
 * import { phoneAnsweredInTimeInputSchema } from 'wuye-rules/schemas';
 * [phoneAnsweredInTimeInputSchema.safeParse(0).success, phoneAnsweredInTimeInputSchema.safeParse(4).success];
 * //=> [true, true]
 * [phoneAnsweredInTimeInputSchema.safeParse(2.5).success, phoneAnsweredInTimeInputSchema.safeParse(-1).success];
 * //=> [false, false]
 * ```
 */
export const phoneAnsweredInTimeInputSchema: z.ZodType<number> = countSchema.meta({
  title: 'phoneAnsweredInTime input',
  description: '接听前的铃声次数。 How many times the phone rang before it was answered.',
});

/**
 * The input of {@link serviceOrderKind}: a type letter.
 *
 * @example
 * ```ts
 * import { serviceOrderKindInputSchema } from 'wuye-rules/schemas';
 * // Upper-case letters A–D only.
 * serviceOrderKindInputSchema.safeParse('A').success;
 * //=> true
 * [serviceOrderKindInputSchema.safeParse('a').success, serviceOrderKindInputSchema.safeParse('E').success];
 * //=> [false, false]
 * ```
 */
export const serviceOrderKindInputSchema: z.ZodEnum<z.core.util.ToEnum<ServiceOrderCode>> = z
  .enum(['A', 'B', 'C', 'D'])
  .meta({ title: 'serviceOrderKind input', description: '服务类别代号 A–D。 The service order type letter A–D.' });

/**
 * The input of {@link supervisorMonthDeadlines}: a month `'YYYY-MM'` (at the latest 9999-11, whose month-end report is due by 24:00 of 9999-11-30; that of 9999-12 would fall in the year 10000).
 *
 * @example
 * ```ts
 * import { supervisorMonthDeadlinesInputSchema } from 'wuye-rules/schemas';
 * // The month-end report of 9999-12 would be due in the year 10000.
 * [supervisorMonthDeadlinesInputSchema.safeParse('2026-02').success, supervisorMonthDeadlinesInputSchema.safeParse('9999-11').success];
 * //=> [true, true]
 * [supervisorMonthDeadlinesInputSchema.safeParse('9999-12').success, supervisorMonthDeadlinesInputSchema.safeParse('2026-02-01').success];
 * //=> [false, false]
 * ```
 */
export const supervisorMonthDeadlinesInputSchema: z.ZodType<string> = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .check(refusesOutOfRange((month: string) => supervisorMonthDeadlines(month), atValue))
  .meta({ title: 'supervisorMonthDeadlines input', description: "月份，格式 'YYYY-MM'。 The month as 'YYYY-MM'." });

/**
 * The input of {@link supervisorInspectionsMet}: inspections in a week.
 *
 * @example
 * ```ts
 * import { supervisorInspectionsMetInputSchema } from 'wuye-rules/schemas';
 * supervisorInspectionsMetInputSchema.safeParse(2).success;
 * //=> true
 * supervisorInspectionsMetInputSchema.safeParse(1.5).error?.issues[0]?.path;
 * //=> []
 * ```
 */
export const supervisorInspectionsMetInputSchema: z.ZodType<number> = countSchema.meta({
  title: 'supervisorInspectionsMet input',
  description: '本周检查次数。 Inspections made in the week.',
});

/**
 * The input of {@link wuye-rules!parkingPermitRevocation}: when the permit expires, whether the renewal is paid, and the check's instant.
 *
 * @example
 * ```ts
 * import { parkingPermitRevocationInputSchema } from 'wuye-rules/schemas';
 * const permit = { expiresAt: '2026-04-01T00:00:00+08:00', renewalPaid: false, asOf: '2026-04-01T00:00:00+08:00' };
 * parkingPermitRevocationInputSchema.safeParse(permit).success;
 * //=> true
 * parkingPermitRevocationInputSchema.safeParse({ ...permit, renewalPaid: 'no' }).error?.issues[0]?.path;
 * //=> ['renewalPaid']
 * ```
 */
export const parkingPermitRevocationInputSchema: z.ZodType<ParkingPermitFacts> = fieldsOf(
  z
    .strictObject({ expiresAt: instantSchema, renewalPaid: z.boolean(), asOf: instantSchema })
    .meta({
      title: 'parkingPermitRevocation input',
      description: '车位证到期时间、是否已缴续期费用与检查时间。 When the parking permit expires, whether the renewal is paid, and the instant of the check.',
    }),
);
