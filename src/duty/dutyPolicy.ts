import { deepFreeze } from '../core/decision.js';

/**
 * Which survey cadence the duty calendar lists (RULES §8): the quarterly opinion survey of the desk
 * standard (`kpi.survey`, ZN 篇2 工作标准5), the half-yearly survey return visits of the supervisor's duties
 * (`supervisor.survey-visits`, SD 职责二 5), or both. The two sources disagree; each keeps its rule id.
 */
export type SurveyCadence = 'quarterly' | 'half-yearly' | 'both';

/**
 * Duty-calendar settings of the {@link Policy} (RULES §8).
 */
export interface DutyPolicy {
  /** Which survey cadence {@link dutyCalendar} lists; `'quarterly'` (ZN) by default. */
  readonly surveyCadence: SurveyCadence;
  /**
   * The days the daily duties of the sources' 每天/每日 (the supervisor's record review and meeting, the
   * front desk's patrol) fall on: every calendar day, as the sources say (RULES §8, the default), or
   * only the working days of the calendar, for a team that closes on rest days.
   */
  readonly dailyDutiesOn: 'workdays' | 'every-day';
  /** The longest window {@link dutyCalendar} lists, in months (24: two years). A longer window is refused. */
  readonly maxWindowMonths: number;
}

/** The duty-calendar settings of RULES §8. */
export const defaultDutyPolicy: DutyPolicy = /* @__PURE__ */ deepFreeze<DutyPolicy>({
  // RULES §8: kpi.survey (ZN, quarterly) is listed unless a company follows SD's half-yearly form.
  surveyCadence: 'quarterly',
  // RULES §8: daily duties fall on working days of the calendar unless the source says every day, and
  // the sources of all three say 每天/每日 (SD 职责一 一, 职责二 2; ZN 篇3 §9).
  dailyDutiesOn: 'every-day',
  maxWindowMonths: 24,
});
