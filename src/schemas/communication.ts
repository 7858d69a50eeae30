import { z } from 'zod';
import { communicationDueAt } from '../communication/communicationDueAt.js';
import type { CommunicationKind, NoticeKind, RetainedRecord } from '../communication/communicationPolicy.js';
import { companyMeetingDay } from '../communication/companyMeetingDay.js';
import { noticePlan } from '../communication/noticePlan.js';
import { publicityUpdateDueAt } from '../communication/publicityUpdateDueAt.js';
import { retentionUntil } from '../communication/retentionUntil.js';
import type { Instant } from '../core/instant.js';
import { atValue, inArguments, refusesOutOfRange } from './_outOfRange.js';
import { instantSchema } from './common.js';
import { readable } from './_unreadable.js';

export { communicationPolicySchema } from './policy/communication.js';

/**
 * The kind of operation {@link noticePlan} plans notices for.
 *
 * @example
 * ```ts
 * import { noticeKindSchema } from 'wuye-rules/schemas';
 * [noticeKindSchema.safeParse('pest-control').success, noticeKindSchema.safeParse('utility-outage').success];
 * //=> [true, true]
 * noticeKindSchema.safeParse('fire-drill').success;
 * //=> false
 * ```
 */
export const noticeKindSchema: z.ZodEnum<z.core.util.ToEnum<NoticeKind>> = z
  .enum(['pest-control', 'utility-outage', 'community-event', 'works'])
  .meta({ title: 'NoticeKind', description: '通知事项：消杀、计划停水停电、社区活动、影响业户的维修安装。 The operation: pest control, planned water/power cut, community event, works affecting residents.' });

/**
 * The duty {@link communicationDueAt} computes a deadline for.
 *
 * @example
 * ```ts
 * import { communicationKindSchema } from 'wuye-rules/schemas';
 * // pest-control is a notice (noticePlan's), not a communication deadline.
 * [communicationKindSchema.safeParse('appeal-reply').success, communicationKindSchema.safeParse('pest-control').success];
 * //=> [true, false]
 * ```
 */
export const communicationKindSchema: z.ZodEnum<z.core.util.ToEnum<CommunicationKind>> = z
  .enum(['contract-unclear', 'contract-change', 'property-loss', 'report-publication', 'appeal-reply', 'appeal-escalated'])
  .meta({ title: 'CommunicationKind', description: '沟通时限事项：合同要求不明确、合同变更、业户财产丢失损坏、报告公布、职员申诉回复、综合事务部处理申诉。 The duty: unclear contract, contract change, property loss, report publication, appeal reply, escalated appeal.' });

/**
 * The record {@link retentionUntil} keeps.
 *
 * @example
 * ```ts
 * import { retainedRecordSchema } from 'wuye-rules/schemas';
 * retainedRecordSchema.options;
 * //=> ['meeting-minutes', 'notice']
 * retainedRecordSchema.safeParse('contract').success;
 * //=> false
 * ```
 */
export const retainedRecordSchema: z.ZodEnum<z.core.util.ToEnum<RetainedRecord>> = z
  .enum(['meeting-minutes', 'notice'])
  .meta({ title: 'RetainedRecord', description: '存档记录：会议记录、通知原件。 The record: meeting minutes or a notice original.' });

/** The arguments of {@link noticePlan}: the operation and the instant it starts. */
export type NoticePlanArgs = [kind: NoticeKind, startsAt: Instant];

/**
 * The arguments of {@link noticePlan}: `[kind, startsAt]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { noticePlanArgsSchema } from 'wuye-rules/schemas';
 * // An outage at 09:00 on 0000-01-01 would need its notices before the year 0000.
 * noticePlanArgsSchema.safeParse(['utility-outage', '0000-01-01T09:00:00+08:00']).error?.issues[0]?.path;
 * //=> [1]
 * noticePlanArgsSchema.safeParse(['pest-control', '2026-03-05T09:00:00+08:00']).success;
 * //=> true
 * noticePlanArgsSchema.safeParse(['2026-03-05T09:00:00+08:00', 'pest-control']).success;
 * //=> false
 * ```
 */
export const noticePlanArgsSchema: z.ZodType<NoticePlanArgs> = readable(z
  .tuple([noticeKindSchema, instantSchema])
  .check(refusesOutOfRange(([kind, startsAt]: NoticePlanArgs) => noticePlan(kind, startsAt), inArguments(['kind', 'startsAt'])))
  .meta({
    title: 'noticePlan arguments',
    description: '[通知事项, 作业或活动开始时刻]。 [kind, the instant the operation or event starts].',
  }));
/**
 * The input of {@link noticePlan}: its arguments `[kind, startsAt]` (same as {@link noticePlanArgsSchema}).
 *
 * @example
 * ```ts
 * import { noticePlanArgsSchema, noticePlanInputSchema } from 'wuye-rules/schemas';
 * noticePlanInputSchema === noticePlanArgsSchema;
 * //=> true
 * noticePlanInputSchema.safeParse(['community-event', '2026-03-06T19:00:00+08:00']).success;
 * //=> true
 * noticePlanInputSchema.safeParse(['community-event']).success;
 * //=> false
 * ```
 */
export const noticePlanInputSchema = noticePlanArgsSchema;

/** The arguments of {@link communicationDueAt}: the duty and the instant of its triggering event. */
export type CommunicationDueAtArgs = [kind: CommunicationKind, from: Instant];

/**
 * The arguments of {@link communicationDueAt}: `[kind, from]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { communicationDueAtArgsSchema } from 'wuye-rules/schemas';
 * // An appeal is answered within a week: one lodged on 9999-12-30 is due in the year 10000.
 * communicationDueAtArgsSchema.safeParse(['appeal-reply', '9999-12-30T10:00:00+08:00']).error?.issues[0]?.path;
 * //=> [1]
 * communicationDueAtArgsSchema.safeParse(['contract-change', '2026-09-30T10:00:00+08:00']).success;
 * //=> true
 * communicationDueAtArgsSchema.safeParse(['works', '2026-09-30T10:00:00+08:00']).error?.issues[0]?.path;
 * //=> [0]
 * ```
 */
export const communicationDueAtArgsSchema: z.ZodType<CommunicationDueAtArgs> = readable(z
  .tuple([communicationKindSchema, instantSchema])
  .check(refusesOutOfRange(([kind, from]: CommunicationDueAtArgs) => communicationDueAt(kind, from), inArguments(['kind', 'from'])))
  .meta({
    title: 'communicationDueAt arguments',
    description: '[沟通事项, 起算时刻]。 [kind, the instant of the triggering event].',
  }));
/**
 * The input of {@link communicationDueAt}: its arguments `[kind, from]` (same as {@link communicationDueAtArgsSchema}).
 *
 * @example
 * ```ts
 * import { communicationDueAtArgsSchema, communicationDueAtInputSchema } from 'wuye-rules/schemas';
 * communicationDueAtInputSchema === communicationDueAtArgsSchema;
 * //=> true
 * communicationDueAtInputSchema.safeParse(['appeal-reply', '2026-03-02T10:00:00+08:00']).success;
 * //=> true
 * communicationDueAtInputSchema.safeParse(['appeal', '2026-03-02T10:00:00+08:00']).error?.issues[0]?.path;
 * //=> [0]
 * ```
 */
export const communicationDueAtInputSchema = communicationDueAtArgsSchema;

/** The arguments of {@link retentionUntil}: the record and the instant it was made. */
export type RetentionUntilArgs = [record: RetainedRecord, from: Instant];

/**
 * The arguments of {@link retentionUntil}: `[record, from]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { retentionUntilArgsSchema } from 'wuye-rules/schemas';
 * // Records are kept 12 months: a notice made in June 9999 would be kept into the year 10000.
 * retentionUntilArgsSchema.safeParse(['notice', '9999-06-01']).error?.issues[0]?.path;
 * //=> [1]
 * retentionUntilArgsSchema.safeParse(['meeting-minutes', '2026-03-09T09:30:00+08:00']).success;
 * //=> true
 * ```
 */
export const retentionUntilArgsSchema: z.ZodType<RetentionUntilArgs> = readable(z
  .tuple([retainedRecordSchema, instantSchema])
  .check(refusesOutOfRange(([record, from]: RetentionUntilArgs) => retentionUntil(record, from), inArguments(['record', 'from'])))
  .meta({
    title: 'retentionUntil arguments',
    description: '[记录种类, 形成时刻]。 [record, the instant the record was made].',
  }));
/**
 * The input of {@link retentionUntil}: its arguments `[record, from]` (same as {@link retentionUntilArgsSchema}).
 *
 * @example
 * ```ts
 * import { retentionUntilArgsSchema, retentionUntilInputSchema } from 'wuye-rules/schemas';
 * retentionUntilInputSchema === retentionUntilArgsSchema;
 * //=> true
 * [retentionUntilInputSchema.safeParse(['notice', '2026-03-02']).success, retentionUntilInputSchema.safeParse(['minutes', '2026-03-02']).success];
 * //=> [true, false]
 * ```
 */
export const retentionUntilInputSchema = retentionUntilArgsSchema;

/**
 * The input of {@link publicityUpdateDueAt}: the instant of the last update. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { publicityUpdateDueAtInputSchema } from 'wuye-rules/schemas';
 * // The board is updated within a month: last updated in December 9999, the next update falls in the year 10000.
 * [publicityUpdateDueAtInputSchema.safeParse('9999-11-30').success, publicityUpdateDueAtInputSchema.safeParse('9999-12-01').success];
 * //=> [true, false]
 * publicityUpdateDueAtInputSchema.safeParse('2026-01-31T16:00:00+08:00').success;
 * //=> true
 * ```
 */
export const publicityUpdateDueAtInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => publicityUpdateDueAt(at), atValue)).meta({
  title: 'publicityUpdateDueAt input',
  description: '宣传栏上次更新的时刻。 When the publicity board was last updated.',
});

/**
 * The input of {@link companyMeetingDay}: any instant. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { companyMeetingDayInputSchema } from 'wuye-rules/schemas';
 * // Friday 9999-12-31: the next Monday lies in the year 10000.
 * [companyMeetingDayInputSchema.safeParse('2026-03-04T15:00:00+08:00').success, companyMeetingDayInputSchema.safeParse(Date.UTC(2026, 2, 9)).success];
 * //=> [true, true]
 * companyMeetingDayInputSchema.safeParse('9999-12-31').error?.issues[0]?.message.startsWith('must be such that the result lies within the years 0000–9999');
 * //=> true
 * ```
 */
export const companyMeetingDayInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => companyMeetingDay(at), atValue)).meta({
  title: 'companyMeetingDay input',
  description: '任一时刻；返回其当日或之后的公司例会日。 Any instant; the company meeting on or after its day is returned.',
});
