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

export { communicationPolicySchema } from './policy/communication.js';

/** The kind of operation {@link noticePlan} plans notices for. */
export const noticeKindSchema: z.ZodEnum<z.core.util.ToEnum<NoticeKind>> = z
  .enum(['pest-control', 'utility-outage', 'community-event', 'works'])
  .meta({ title: 'NoticeKind', description: '通知事项：消杀、计划停水停电、社区活动、影响业户的维修安装。 The operation: pest control, planned water/power cut, community event, works affecting residents.' });

/** The duty {@link communicationDueAt} computes a deadline for. */
export const communicationKindSchema: z.ZodEnum<z.core.util.ToEnum<CommunicationKind>> = z
  .enum(['contract-unclear', 'contract-change', 'property-loss', 'report-publication', 'appeal-reply', 'appeal-escalated'])
  .meta({ title: 'CommunicationKind', description: '沟通时限事项：合同要求不明确、合同变更、业户财产丢失损坏、报告公布、职员申诉回复、综合事务部处理申诉。 The duty: unclear contract, contract change, property loss, report publication, appeal reply, escalated appeal.' });

/** The record {@link retentionUntil} keeps. */
export const retainedRecordSchema: z.ZodEnum<z.core.util.ToEnum<RetainedRecord>> = z
  .enum(['meeting-minutes', 'notice'])
  .meta({ title: 'RetainedRecord', description: '存档记录：会议记录、通知原件。 The record: meeting minutes or a notice original.' });

/** The arguments of {@link noticePlan}: the operation and the instant it starts. */
export type NoticePlanArgs = [kind: NoticeKind, startsAt: Instant];

/** The arguments of {@link noticePlan}: `[kind, startsAt]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const noticePlanArgsSchema: z.ZodType<NoticePlanArgs> = z
  .tuple([noticeKindSchema, instantSchema])
  .check(refusesOutOfRange(([kind, startsAt]: NoticePlanArgs) => noticePlan(kind, startsAt), inArguments(['kind', 'startsAt'])))
  .meta({
    title: 'noticePlan arguments',
    description: '[通知事项, 作业或活动开始时刻]。 [kind, the instant the operation or event starts].',
  });
/** The input of {@link noticePlan}: its arguments `[kind, startsAt]` (same as {@link noticePlanArgsSchema}). */
export const noticePlanInputSchema = noticePlanArgsSchema;

/** The arguments of {@link communicationDueAt}: the duty and the instant of its triggering event. */
export type CommunicationDueAtArgs = [kind: CommunicationKind, from: Instant];

/** The arguments of {@link communicationDueAt}: `[kind, from]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const communicationDueAtArgsSchema: z.ZodType<CommunicationDueAtArgs> = z
  .tuple([communicationKindSchema, instantSchema])
  .check(refusesOutOfRange(([kind, from]: CommunicationDueAtArgs) => communicationDueAt(kind, from), inArguments(['kind', 'from'])))
  .meta({
    title: 'communicationDueAt arguments',
    description: '[沟通事项, 起算时刻]。 [kind, the instant of the triggering event].',
  });
/** The input of {@link communicationDueAt}: its arguments `[kind, from]` (same as {@link communicationDueAtArgsSchema}). */
export const communicationDueAtInputSchema = communicationDueAtArgsSchema;

/** The arguments of {@link retentionUntil}: the record and the instant it was made. */
export type RetentionUntilArgs = [record: RetainedRecord, from: Instant];

/** The arguments of {@link retentionUntil}: `[record, from]`. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const retentionUntilArgsSchema: z.ZodType<RetentionUntilArgs> = z
  .tuple([retainedRecordSchema, instantSchema])
  .check(refusesOutOfRange(([record, from]: RetentionUntilArgs) => retentionUntil(record, from), inArguments(['record', 'from'])))
  .meta({
    title: 'retentionUntil arguments',
    description: '[记录种类, 形成时刻]。 [record, the instant the record was made].',
  });
/** The input of {@link retentionUntil}: its arguments `[record, from]` (same as {@link retentionUntilArgsSchema}). */
export const retentionUntilInputSchema = retentionUntilArgsSchema;

/** The input of {@link publicityUpdateDueAt}: the instant of the last update. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const publicityUpdateDueAtInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => publicityUpdateDueAt(at), atValue)).meta({
  title: 'publicityUpdateDueAt input',
  description: '宣传栏上次更新的时刻。 When the publicity board was last updated.',
});

/** The input of {@link companyMeetingDay}: any instant. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const companyMeetingDayInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => companyMeetingDay(at), atValue)).meta({
  title: 'companyMeetingDay input',
  description: '任一时刻；返回其当日或之后的公司例会日。 Any instant; the company meeting on or after its day is returned.',
});
