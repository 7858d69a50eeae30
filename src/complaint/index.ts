/**
 * Complaints (投诉): severity level, recurrence, deadlines, escalation and approval authority. RULES §1.
 * @packageDocumentation
 */
export { approvalAuthority, type ApprovalAuthorityResult } from './approvalAuthority.js';
export type { ApprovalBand, Approver, ComplaintPolicy } from './complaintPolicy.js';
