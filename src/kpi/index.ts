/**
 * Service-desk standards and KPIs. RULES §7.
 * @packageDocumentation
 */
export type { KpiPolicy } from './kpiPolicy.js';
