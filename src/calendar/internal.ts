// Millisecond-level calendar operations for the other rule modules, which have already read their
// instants and should not parse them twice. The public functions wrap these.
// STUB: issue 3 (the calendar) implements these bodies; the signatures are the contract.
import type { RuleOptions } from '../core/options.js';
import type { Period } from './Period.js';

/**
 * The deadline of `period` counted from the instant `fromMs` (RULES C2–C5), honouring the policy's
 * `dayCounting`, `extendPastRestDays` and `outOfCoverage`. `fn` and `path` name the caller and field
 * for errors.
 */
export function dueAtMs(fromMs: number, period: Period, options: RuleOptions | undefined, fn: string, path: readonly (string | number)[]): number {
  void fromMs; void period; void options; void fn; void path;
  throw new Error('dueAtMs: not implemented yet (issue 3)');
}

/** Whether the Shanghai day number `day` is a working day of the options' calendar. */
export function isWorkdayDay(day: number, options: RuleOptions | undefined, fn: string): boolean {
  void day; void options; void fn;
  throw new Error('isWorkdayDay: not implemented yet (issue 3)');
}

/** The Shanghai day number of the `n`th working day after `day` (n ≥ 0; n = 0 returns `day`). */
export function addWorkdaysDay(day: number, n: number, options: RuleOptions | undefined, fn: string): number {
  void day; void n; void options; void fn;
  throw new Error('addWorkdaysDay: not implemented yet (issue 3)');
}

/**
 * The deadline of "before the Xth" (X日前) of a civil month: 00:00 (+08:00) of the Xth, or of the day
 * after it when the policy's `beforeDayInclusive` is true (RULES C5). `month` is 1–12.
 */
export function beforeDayOfMonthMs(year: number, month: number, dayOfMonth: number, options: RuleOptions | undefined): number {
  void year; void month; void dayOfMonth; void options;
  throw new Error('beforeDayOfMonthMs: not implemented yet (issue 3)');
}
