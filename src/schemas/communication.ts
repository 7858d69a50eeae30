import { z } from 'zod';
import { periodSchema } from './calendar.js';
import { instantSchema } from './common.js';

/** The kind of operation {@link noticePlan} plans notices for. */
export const noticeKindSchema = z
  .enum(['pest-control', 'utility-outage', 'community-event', 'works'])
  .meta({ title: 'NoticeKind', description: '通知事项：消杀、计划停水停电、社区活动、影响业户的维修安装。 The operation: pest control, planned water/power cut, community event, works affecting residents.' });

/** The duty {@link communicationDueAt} computes a deadline for. */
export const communicationKindSchema = z
  .enum(['contract-unclear', 'contract-change', 'property-loss', 'report-publication', 'appeal-reply', 'appeal-escalated'])
  .meta({ title: 'CommunicationKind', description: '沟通时限事项：合同要求不明确、合同变更、业户财产丢失损坏、报告公布、职员申诉回复、综合事务部处理申诉。 The duty: unclear contract, contract change, property loss, report publication, appeal reply, escalated appeal.' });

/** The record {@link retentionUntil} keeps. */
export const retainedRecordSchema = z
  .enum(['meeting-minutes', 'notice'])
  .meta({ title: 'RetainedRecord', description: '存档记录：会议记录、通知原件。 The record: meeting minutes or a notice original.' });

/** The arguments of {@link noticePlan}: `[kind, startsAt]`. */
export const noticePlanArgsSchema = z.tuple([noticeKindSchema, instantSchema]).meta({
  title: 'noticePlan arguments',
  description: '[通知事项, 作业或活动开始时刻]。 [kind, the instant the operation or event starts].',
});
/** The input of {@link noticePlan}: its arguments `[kind, startsAt]` (same as {@link noticePlanArgsSchema}). */
export const noticePlanInputSchema = noticePlanArgsSchema;

/** The arguments of {@link communicationDueAt}: `[kind, from]`. */
export const communicationDueAtArgsSchema = z.tuple([communicationKindSchema, instantSchema]).meta({
  title: 'communicationDueAt arguments',
  description: '[沟通事项, 起算时刻]。 [kind, the instant of the triggering event].',
});
/** The input of {@link communicationDueAt}: its arguments `[kind, from]` (same as {@link communicationDueAtArgsSchema}). */
export const communicationDueAtInputSchema = communicationDueAtArgsSchema;

/** The arguments of {@link retentionUntil}: `[record, from]`. */
export const retentionUntilArgsSchema = z.tuple([retainedRecordSchema, instantSchema]).meta({
  title: 'retentionUntil arguments',
  description: '[记录种类, 形成时刻]。 [record, the instant the record was made].',
});
/** The input of {@link retentionUntil}: its arguments `[record, from]` (same as {@link retentionUntilArgsSchema}). */
export const retentionUntilInputSchema = retentionUntilArgsSchema;

/** The input of {@link publicityUpdateDueAt}: the instant of the last update. */
export const publicityUpdateDueAtInputSchema = instantSchema.meta({
  title: 'publicityUpdateDueAt input',
  description: '宣传栏上次更新的时刻。 When the publicity board was last updated.',
});

/** The input of {@link companyMeetingDay}: any instant. */
export const companyMeetingDayInputSchema = instantSchema.meta({
  title: 'companyMeetingDay input',
  description: '任一时刻；返回其当日或之后的公司例会日。 Any instant; the company meeting on or after its day is returned.',
});

const noticeRuleSchema = z.strictObject({
  rule: z.string().min(1),
  departmentLeadHours: z.number().finite().nonnegative().nullable(),
  residentLead: z
    .strictObject({ amount: z.number().finite().nonnegative(), unit: z.enum(['hour', 'workday']) })
    .refine((lead) => lead.unit === 'hour' || (Number.isInteger(lead.amount) && lead.amount >= 1), {
      message: 'a working-day lead needs a whole amount of at least 1',
    }),
  forbiddenOnRestDays: z.boolean(),
});

/** The `communication` section of {@link Policy}. */
export const communicationPolicySchema = z.strictObject({
  notices: z.strictObject({
    'pest-control': noticeRuleSchema,
    'utility-outage': noticeRuleSchema,
    'community-event': noticeRuleSchema,
    works: noticeRuleSchema,
  }),
  deadlines: z.strictObject({
    'contract-unclear': periodSchema,
    'contract-change': periodSchema,
    'property-loss': periodSchema,
    'report-publication': periodSchema,
    'appeal-reply': periodSchema,
    'appeal-escalated': periodSchema,
  }),
  retention: z.strictObject({ 'meeting-minutes': periodSchema, notice: periodSchema }),
  publicityUpdateWithin: periodSchema,
  companyMeetingWeekday: z.number().int().min(0).max(6),
});
