/**
 * Repairs (报修): class, deadline and SLA status. RULES §2.
 * @packageDocumentation
 */
export type { RepairPolicy } from './repairPolicy.js';
