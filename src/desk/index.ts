/**
 * Desk rules and fines (客服规章) of CR 篇2: the fine ladders and the roster check. RULES §4.
 * @packageDocumentation
 */
export {
  checkShift,
  type CheckShiftResult,
  type ConsecutiveHoursViolation,
  type MonthRoster,
  type RestDaysViolation,
  type RosterShift,
  type ShiftConflict,
  type ShiftBreak,
  type ShiftPatternViolation,
  type ShiftViolation,
} from './checkShift.js';
export { deskFine, type DeskFineResult } from './deskFine.js';
export { fineOccurrence, type FineOccurrenceInput, type FineOccurrenceResult, type LadderWindow } from './fineOccurrence.js';
export { probationSettlement, type ProbationResignation, type ProbationSettlementResult } from './probationSettlement.js';
export { weeklyReportCheck, type WeeklyReportCheckResult, type WeeklyReportInput } from './weeklyReportCheck.js';
export type {
  DeskFineKind,
  DeskFineLadder,
  DeskFineLadders,
  DeskFineOutcome,
  DeskFineStep,
  DeskPolicy,
  ProbationPolicy,
  ShiftPattern,
  ShiftPatternId,
  ShiftPolicy,
  WeeklyReportPolicy,
} from './deskPolicy.js';
