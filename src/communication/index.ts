/**
 * Owner communication, notices and internal deadlines (沟通). RULES §5.
 * @packageDocumentation
 */
export { communicationDueAt } from './communicationDueAt.js';
export type { CommunicationKind, CommunicationPolicy, NoticeKind, NoticeLead, NoticeRule, RetainedRecord } from './communicationPolicy.js';
export { companyMeetingDay } from './companyMeetingDay.js';
export { noticePlan, type NoticePlanResult } from './noticePlan.js';
export { publicityUpdateDueAt } from './publicityUpdateDueAt.js';
export { retentionUntil } from './retentionUntil.js';
