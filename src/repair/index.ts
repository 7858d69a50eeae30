/**
 * Repairs (报修): class, deadline and SLA status, referral and paid-service deadlines. RULES §2.
 * @packageDocumentation
 */
export { classifyRepair, type ClassifyRepairResult } from './classifyRepair.js';
export { paidServiceDueAt } from './paidServiceDueAt.js';
export { referralDueAt } from './referralDueAt.js';
export type { RepairCaseFacts, RepairHandoverPeriod } from './_repairCase.js';
export { repairDeadline, type RepairDeadlineInput, type RepairDeadlineResult } from './repairDeadline.js';
export type {
  RepairClass,
  RepairClassRule,
  RepairDeadlineRow,
  RepairDueSoonPolicy,
  RepairFacts,
  RepairPolicy,
} from './repairPolicy.js';
export { repairStatus, type RepairPause, type RepairState, type RepairStatusInput, type RepairStatusResult } from './repairStatus.js';
