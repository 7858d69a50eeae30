/**
 * Complaints (投诉): severity level, recurrence, deadlines, escalation and approval authority. RULES §1.
 * @packageDocumentation
 */
export { approvalAuthority, approverNames, type ApprovalAuthorityResult } from './approvalAuthority.js';
export {
  checkComplaintTargets,
  type ComplaintTargetCheck,
  type ComplaintTargetFigures,
  type ComplaintTargetName,
  type ComplaintTargetsResult,
} from './checkComplaintTargets.js';
export {
  classifyComplaint,
  type ClassifyComplaintResult,
  type ComplaintFacts,
  type LitigationStatus,
  type MediaExposure,
  type UnresolvedComplaint,
} from './classifyComplaint.js';
export { complaintDeadlines, type ComplaintDeadlinesInput, type ComplaintDeadlinesResult } from './complaintDeadlines.js';
export type {
  ApprovalBand,
  Approver,
  ApproverName,
  DefaultApprover,
  ComplaintLevel,
  ComplaintLevelThresholds,
  ComplaintPolicy,
  ComplaintTargetMinimums,
  PeriodThreshold,
} from './complaintPolicy.js';
export { complaintRoute, type ComplaintRouteResult } from './complaintRoute.js';
export { countRecurrence, type ComplaintHistoryEntry, type RecurrenceQuery } from './countRecurrence.js';
export { investigationReportDueAt } from './investigationReportDueAt.js';
