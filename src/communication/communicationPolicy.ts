import type { Period } from '../calendar/Period.js';
import { deepFreeze } from '../core/decision.js';

/** The operations whose notices {@link noticePlan} plans (JM 篇1 4.2 #1–#3, #6). */
export type NoticeKind = 'pest-control' | 'utility-outage' | 'community-event' | 'works';

/**
 * The deadlines {@link communicationDueAt} computes: talking to the owner about an unclear contract or a
 * contract change, notifying a loss of the owner's property, publishing a report (JM 篇1 4.2 #5, #9–#11),
 * and answering a staff appeal (JM 篇2 4.3).
 */
export type CommunicationKind =
  | 'contract-unclear'
  | 'contract-change'
  | 'property-loss'
  | 'report-publication'
  | 'appeal-reply'
  | 'appeal-escalated';

/** The records {@link retentionUntil} keeps: meeting minutes (JM 篇2 4.1.3–4.1.4) and notice originals (4.2.4). */
export type RetainedRecord = 'meeting-minutes' | 'notice';

/**
 * How long before an operation starts the residents must be told: a number of hours before the start
 * instant (RULES C4), or a number of working days before the start's day (the notice is due by 24:00 of
 * the Nth working day before it, RULES C3).
 */
export interface NoticeLead {
  /** The lead: hours (any finite number ≥ 0) or working days (a whole number ≥ 1). */
  readonly amount: number;
  /** `'hour'` for an exact duration, `'workday'` for working days of the calendar before the start's day. */
  readonly unit: 'hour' | 'workday';
}

/** One row of the notice table: the leads of one kind of operation and whether it may run on rest days. */
export interface NoticeRule {
  /** The rule id of the row (RULES §5), named first in the plan's `basis`. */
  readonly rule: string;
  /** Hours before the start by which the department doing the work tells the service center; `null` when the source names none. */
  readonly departmentLeadHours: number | null;
  /** The lead of the notice to residents. */
  readonly residentLead: NoticeLead;
  /** Whether the operation may not start on a rest day (公休日; which days rest is the policy's `restDays`). */
  readonly forbiddenOnRestDays: boolean;
}

/**
 * Communication settings of the {@link Policy} (RULES §5): the notice table, the communication
 * deadlines, the retention of records, the publicity cadence and the weekly meeting.
 */
export interface CommunicationPolicy {
  /** The notice table of JM 篇1 4.2, one row per kind (RULES notice.*). */
  readonly notices: Readonly<Record<NoticeKind, NoticeRule>>;
  /** The period of each communication deadline, counted from its event (RULES notice.contract-*, notice.property-loss, notice.report-publication, internal.appeal). */
  readonly deadlines: Readonly<Record<CommunicationKind, Period>>;
  /** How long each kind of record is kept (RULES internal.retention). */
  readonly retention: Readonly<Record<RetainedRecord, Period>>;
  /** How soon after its last update the publicity board must be updated again (RULES notice.publicity). */
  readonly publicityUpdateWithin: Period;
  /** The weekday of the company's weekly meeting, 0 Sunday … 6 Saturday; 1 = Monday (RULES internal.weekly-meeting). */
  readonly companyMeetingWeekday: number;
}

/** The source documents' communication settings. */
export const defaultCommunicationPolicy: CommunicationPolicy = /* @__PURE__ */ deepFreeze<CommunicationPolicy>({
  notices: {
    // JM 篇1 4.2 #1: 环境部提前24小时通知客服中心，客服中心在作业前12小时通知业户；周六、周日公休日不安排作业.
    'pest-control': {
      rule: 'notice.pest-control',
      departmentLeadHours: 24,
      residentLead: { amount: 12, unit: 'hour' },
      forbiddenOnRestDays: true,
    },
    // #2: 工程部主管提前32小时告知客服中心；客服中心在维修开始前24小时告知业户.
    'utility-outage': {
      rule: 'notice.utility-outage',
      departmentLeadHours: 32,
      residentLead: { amount: 24, unit: 'hour' },
      forbiddenOnRestDays: false,
    },
    // #3: 提前?个工作日通知业户 — the digit is illegible; 3 is the library's assumption.
    'community-event': {
      rule: 'notice.community-event',
      departmentLeadHours: null,
      residentLead: { amount: 3, unit: 'workday' },
      forbiddenOnRestDays: false,
    },
    // #6: 提前1天通知业户, read as 24 hours (C4).
    works: {
      rule: 'notice.works',
      departmentLeadHours: null,
      residentLead: { amount: 24, unit: 'hour' },
      forbiddenOnRestDays: false,
    },
  },
  deadlines: {
    // JM 篇1 4.2 #9, #10: 2个工作日内与业户进行沟通.
    'contract-unclear': { amount: 2, unit: 'workday' },
    'contract-change': { amount: 2, unit: 'workday' },
    // #11: 1个工作日内通知业户.
    'property-loss': { amount: 1, unit: 'workday' },
    // #5: 统计分析后5个工作日内公布.
    'report-publication': { amount: 5, unit: 'workday' },
    // JM 篇2 4.3.2 and 4.3.4: 一周内.
    'appeal-reply': { amount: 1, unit: 'week' },
    'appeal-escalated': { amount: 1, unit: 'week' },
  },
  // JM 篇2 4.1.3–4.1.4, 4.2.4: 保存期限为一年, a 12-month period (Civil Code art. 202).
  retention: {
    'meeting-minutes': { amount: 12, unit: 'month' },
    notice: { amount: 12, unit: 'month' },
  },
  // JM 篇1 4.2 #4: 至少每月更新一次.
  publicityUpdateWithin: { amount: 1, unit: 'month' },
  // JM 篇2 4.1.1: 每周一召开例会.
  companyMeetingWeekday: 1,
});
