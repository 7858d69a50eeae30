/**
 * Service-desk standards and KPIs: collection rates, service ratings, desk timers and the supervisor's
 * cadence. RULES §7.
 * @packageDocumentation
 */
export {
  collectionCheck,
  type CollectionBucket,
  type CollectionBucketResult,
  type CollectionCheckInput,
  type CollectionCheckResult,
} from './collectionCheck.js';
export { collectionRate } from './collectionRate.js';
export type { CollectionTargets, KpiPolicy, ServiceDuty, SupervisorCadence } from './kpiPolicy.js';
export { parkingPermitRevocation, type ParkingPermitFacts, type ParkingPermitRevocationResult } from './parkingPermitRevocation.js';
export { parkingRenewalNoticeBy } from './parkingRenewalNoticeBy.js';
export { phoneAnsweredInTime } from './phoneAnsweredInTime.js';
export { serviceDueAt } from './serviceDueAt.js';
export { serviceOrderKind, serviceOrderTypes, type ServiceOrderCode, type ServiceOrderKind, type ServiceOrderType } from './serviceOrderTypes.js';
export { summarizeServiceRatings, type Aspect, type Rating, type ServiceRatingCard, type ServiceRatingSummary } from './summarizeServiceRatings.js';
export { supervisorInspectionsMet } from './supervisorInspectionsMet.js';
export { supervisorMonthDeadlines, type SupervisorMonthDeadlines } from './supervisorMonthDeadlines.js';
