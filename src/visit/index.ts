/**
 * Owner visits (业户访问). RULES §6.
 * @packageDocumentation
 */
export { annualVisitCoverage, type AnnualVisitCoverageInput, type AnnualVisitCoverageResult } from './annualVisitCoverage.js';
export { customerArchiveRate, type CustomerArchiveFigures, type CustomerArchiveRateResult } from './customerArchiveRate.js';
export { selectVisitSample, type VisitSampleInput } from './selectVisitSample.js';
export { visitAllowedAt } from './visitAllowedAt.js';
export { visitPaperworkDue, type VisitPaperworkDueResult } from './visitPaperworkDue.js';
export type { VisitPolicy, VisitQuotaBracket, VisitRole } from './visitPolicy.js';
export { visitQuota, type VisitQuotaInput, type VisitQuotaResult } from './visitQuota.js';
export { visitRoleMinimum } from './visitRoleMinimum.js';
export { visitSummaryApprovalDueAt } from './visitSummaryApprovalDueAt.js';
