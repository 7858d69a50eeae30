/**
 * The monthly staff appraisal (考核) of CR 篇1: the item table, the month's score, grades, the pay
 * float, months of employment, the termination right and a whole team's month. RULES §3.
 * @packageDocumentation
 */
export { appraisalItems } from './appraisalItems.js';
export type {
  AdjustmentPolicy,
  AppraisalGrade,
  AppraisalItem,
  AppraisalItemId,
  AppraisalItemKind,
  AppraisalPolicy,
  BonusItem,
  EmergencyOverrunTier,
  EscalationPolicy,
  ExamPolicy,
  GradeBand,
  PayFloatPolicy,
  PointRange,
  TerminationPolicy,
  ViolationItem,
  ViolationSeverity,
} from './appraisalPolicy.js';
export {
  appraiseMonth,
  type AppraiseMonthResult,
  type TeamMemberAppraisal,
  type TeamMemberMonth,
  type TeamMonth,
} from './appraiseMonth.js';
export { emergencyOverrunDeduction, type EmergencyOverrunResult } from './emergencyOverrunDeduction.js';
export { employmentMonth } from './employmentMonth.js';
export { gradeForScore } from './gradeForScore.js';
export { payFloat, type PayFloatOptions, type PayFloatResult } from './payFloat.js';
export {
  scoreMonth,
  type AppraisalMonth,
  type BonusEntry,
  type DeductionEntry,
  type MonthAdjustment,
  type ScoreMonthResult,
  type VoidedBonus,
  type VoidedBonusReason,
} from './scoreMonth.js';
export {
  terminationEligibility,
  type PreviousMonthStanding,
  type TerminationEligibilityResult,
  type TerminationFacts,
} from './terminationEligibility.js';
