import { z } from 'zod';
import { shanghaiDayOf, type Instant } from '../core/instant.js';
import type { RepairHandoverPeriod } from '../repair/_repairCase.js';
import type { classifyRepair } from '../repair/classifyRepair.js';
import { paidServiceDueAt } from '../repair/paidServiceDueAt.js';
import { referralDueAt } from '../repair/referralDueAt.js';
import { repairDeadline, type RepairDeadlineInput } from '../repair/repairDeadline.js';
import type { RepairFacts } from '../repair/repairPolicy.js';
import { repairStatus, type RepairPause, type RepairStatusInput } from '../repair/repairStatus.js';
import { instantMsOrNull } from './_instantMs.js';
import { atValue, refusesOutOfRange } from './_outOfRange.js';
import { fieldsOf, instantSchema } from './common.js';
import { REPAIR_CLASSES, repairClassMeta } from './policy/repair.js';

export { repairPolicySchema } from './policy/repair.js';

const repairClassSchema = z.enum(REPAIR_CLASSES).meta(repairClassMeta);

/**
 * The input of {@link classifyRepair}: four required facts.
 *
 * @example
 * ```ts
 * import { classifyRepairInputSchema } from 'wuye-rules/schemas';
 * // All four facts are required, false included.
 * classifyRepairInputSchema.safeParse({ movedIn: true, affectsDailyLife: true, renovationStarted: false, affectsRenovation: false }).success;
 * //=> true
 * classifyRepairInputSchema.safeParse({ movedIn: true, affectsDailyLife: true }).error?.issues.map((issue) => issue.path);
 * //=> [['renovationStarted'], ['affectsRenovation']]
 * ```
 */
export const classifyRepairInputSchema: z.ZodType<RepairFacts> = fieldsOf(
  z
    .strictObject({
      movedIn: z.boolean().meta({ description: '业主已正式入住。 The owner has formally moved in.' }),
      affectsDailyLife: z.boolean().meta({ description: '问题直接影响日常生活。 The problem directly affects daily life.' }),
      renovationStarted: z.boolean().meta({ description: '未入住但已入场装修。 Not moved in, renovation started.' }),
      affectsRenovation: z.boolean().meta({ description: '问题影响装修进度。 The problem holds up the renovation.' }),
    })
    .meta({ title: 'classifyRepair input', description: '报修分类的事实。 The facts a repair is classified by.' }),
);

/**
 * A centralized handover period: whole Shanghai days from `start` to `end`, both included.
 *
 * @example
 * ```ts
 * import { repairHandoverPeriodSchema } from 'wuye-rules/schemas';
 * // Whole days: an end earlier in the day of start is fine, an end on an earlier day is not.
 * [repairHandoverPeriodSchema.safeParse({ start: '2026-06-01', end: '2026-06-30' }).success, repairHandoverPeriodSchema.safeParse({ start: '2026-06-01T18:00', end: '2026-06-01T09:00' }).success];
 * //=> [true, true]
 * repairHandoverPeriodSchema.safeParse({ start: '2026-06-30', end: '2026-06-01' }).error?.issues[0]?.path;
 * //=> ['end']
 * ```
 */
export const repairHandoverPeriodSchema: z.ZodType<RepairHandoverPeriod> = fieldsOf(
  z
    .strictObject({ start: instantSchema, end: instantSchema })
    .superRefine((period, context) => {
      const start = instantMsOrNull(period.start);
      const end = instantMsOrNull(period.end);
      // Whole days, as repairDeadline reads them: only an end on an earlier Shanghai day is refused.
      if (start !== null && end !== null && shanghaiDayOf(end) < shanghaiDayOf(start)) {
        context.addIssue({ code: 'custom', path: ['end'], message: 'must not be on a day before the day of start' });
      }
    })
    .meta({ title: 'Handover period', description: '集中交房期（按北京时间整日计，首尾两日均含）。 A centralized handover period (whole Shanghai days, both ends included).' }),
);

const repairCaseShape = {
  repairClass: repairClassSchema,
  receivedAt: instantSchema.meta({ description: '接收维修信息的时刻。 When the repair information was received.' }),
  centralizedHandover: z.boolean().optional().meta({ description: '受理时处于集中交房期。 The receipt falls in a centralized handover period.' }),
  handoverPeriods: z.array(repairHandoverPeriodSchema).optional().meta({ description: '项目的集中交房期。 The project\'s centralized handover periods.' }),
};

/**
 * The input of {@link repairDeadline}. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { repairDeadlineInputSchema } from 'wuye-rules/schemas';
 * const handoverPeriods = [{ start: '2026-06-01', end: '2026-06-30' }];
 * [repairDeadlineInputSchema.safeParse({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00' }).success, repairDeadlineInputSchema.safeParse({ repairClass: 'C', receivedAt: '2026-06-10T09:00:00+08:00', handoverPeriods }).success];
 * //=> [true, true]
 * repairDeadlineInputSchema.safeParse({ repairClass: 'D', receivedAt: '2026-09-30T18:00:00+08:00' }).error?.issues[0]?.path;
 * //=> ['repairClass']
 * repairDeadlineInputSchema.safeParse({ repairClass: 'A', receivedAt: '9999-12-30T18:00:00+08:00' }).error?.issues[0]?.path;
 * //=> ['receivedAt']
 * ```
 */
export const repairDeadlineInputSchema: z.ZodType<RepairDeadlineInput> = fieldsOf(
  z
    .strictObject(repairCaseShape)
    .check(refusesOutOfRange((repair: RepairDeadlineInput) => repairDeadline(repair)))
    .meta({ title: 'repairDeadline input', description: '报修处理时限的输入：类别、受理时刻、集中交房期。 Class, receipt and handover period of a repair.' }),
);

/**
 * A pause of the repair clock (e.g. the owner is not at home); no `end` while it is still running.
 *
 * @example
 * ```ts
 * import { repairPauseSchema } from 'wuye-rules/schemas';
 * // A pause still running has no end yet.
 * [repairPauseSchema.safeParse({ start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T21:00:00+08:00' }).success, repairPauseSchema.safeParse({ start: '2026-10-02T09:00:00+08:00' }).success];
 * //=> [true, true]
 * repairPauseSchema.safeParse({ start: '2026-10-02T09:00:00+08:00', end: '2026-10-01T21:00:00+08:00' }).error?.issues[0]?.message;
 * //=> 'must not be before start'
 * ```
 */
export const repairPauseSchema: z.ZodType<RepairPause> = fieldsOf(
  z
    .strictObject({ start: instantSchema, end: instantSchema.optional() })
    .superRefine((pause, context) => {
      const start = instantMsOrNull(pause.start);
      const end = pause.end === undefined ? null : instantMsOrNull(pause.end);
      if (start !== null && end !== null && end < start) {
        context.addIssue({ code: 'custom', path: ['end'], message: 'must not be before start' });
      }
    })
    .meta({ title: 'Repair pause', description: '计时暂停（如业主不在家）；未结束时不填 end。 A pause of the clock (e.g. owner not at home); no end while running.' }),
);

/**
 * The input of {@link repairStatus}, with the same ordering checks as the function. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { repairStatusInputSchema } from 'wuye-rules/schemas';
 * const repair = { repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00', planAcceptedAt: '2026-09-30T20:00:00+08:00', asOf: '2026-10-03T12:00:00+08:00' };
 * repairStatusInputSchema.safeParse(repair).success;
 * //=> true
 * repairStatusInputSchema.safeParse({ ...repair, completedAt: '2026-10-04T08:00:00+08:00' }).error?.issues[0];
 * //=> { code: 'custom', path: ['completedAt'], message: 'must not be after asOf' }
 * repairStatusInputSchema.safeParse({ ...repair, pauses: [{ start: '2026-09-29T09:00:00+08:00' }] }).error?.issues[0]?.path;
 * //=> ['pauses', 0, 'start']
 * ```
 */
export const repairStatusInputSchema: z.ZodType<RepairStatusInput> = fieldsOf(
  z
    .strictObject({
      ...repairCaseShape,
      planAcceptedAt: instantSchema.optional().meta({ description: '业主认可处理方案的时刻。 When the owner accepted the handling plan.' }),
      completedAt: instantSchema.optional().meta({ description: '处理结束的时刻。 When the repair was finished.' }),
      asOf: instantSchema.meta({ description: '查看状态的时刻（“现在”）。 The moment the status is taken ("now").' }),
      pauses: z.array(repairPauseSchema).optional().meta({ description: '计时暂停区间。 Spans that stop the clock.' }),
    })
    .superRefine((repair, context) => {
      const received = instantMsOrNull(repair.receivedAt);
      const asOf = instantMsOrNull(repair.asOf);
      if (received === null || asOf === null) return;
      if (asOf < received) context.addIssue({ code: 'custom', path: ['asOf'], message: 'must not be before receivedAt' });
      for (const key of ['planAcceptedAt', 'completedAt'] as const) {
        const ms = repair[key] === undefined ? null : instantMsOrNull(repair[key]);
        if (ms === null) continue;
        if (ms < received) context.addIssue({ code: 'custom', path: [key], message: 'must not be before receivedAt' });
        else if (ms > asOf) context.addIssue({ code: 'custom', path: [key], message: 'must not be after asOf' });
      }
      repair.pauses?.forEach((pause, index) => {
        const start = instantMsOrNull(pause.start);
        if (start !== null && start < received) context.addIssue({ code: 'custom', path: ['pauses', index, 'start'], message: 'must not be before receivedAt' });
      });
    })
    .check(refusesOutOfRange((repair: RepairStatusInput) => repairStatus(repair)))
    .meta({ title: 'repairStatus input', description: '报修时限状态的输入。 A repair case whose status against its deadline is wanted.' }),
);

/**
 * The argument of {@link referralDueAt}: when the repair request was received. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { referralDueAtInputSchema } from 'wuye-rules/schemas';
 * // Referred within the hour: a request at 23:30 on 9999-12-31 would be due in the year 10000.
 * referralDueAtInputSchema.safeParse('2026-09-30T23:30:00+08:00').success;
 * //=> true
 * referralDueAtInputSchema.safeParse('9999-12-31T23:30:00+08:00').success;
 * //=> false
 * ```
 */
export const referralDueAtInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => referralDueAt(at), atValue)).meta({
  title: 'referralDueAt input',
  description: '接到报修的时刻。 When the repair request was received.',
});

/**
 * The argument of {@link paidServiceDueAt}: when the paid-service request was made. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { paidServiceDueAtInputSchema } from 'wuye-rules/schemas';
 * [paidServiceDueAtInputSchema.safeParse('2026-10-01T09:15:00+08:00').success, paidServiceDueAtInputSchema.safeParse(new Date('2026-10-01T01:15:00Z')).success];
 * //=> [true, true]
 * [paidServiceDueAtInputSchema.safeParse('9999-12-31T23:15:00+08:00').success, paidServiceDueAtInputSchema.safeParse('2026-10-01 9:15').success];
 * //=> [false, false]
 * ```
 */
export const paidServiceDueAtInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => paidServiceDueAt(at), atValue)).meta({
  title: 'paidServiceDueAt input',
  description: '提出有偿服务请求的时刻。 When the paid-service request was made.',
});
