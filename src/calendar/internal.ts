// Day-level calendar operations for the other rule modules, which have already read their instants
// and should not parse them twice. The public functions of wuye-rules/calendar wrap these; the
// deadline of a period is core/dueAtMs.ts. The policy is read key by key with the defaults of
// defaultPolicy written out here, so that the calendar entry point does not pull in every module's
// policy (a test checks they agree).
import type { RuleOptions } from '../core/options.js';
import { startOfShanghaiDay } from '../core/instant.js';
import { invalid } from '../core/validate.js';
import { addWorkdaysIn, isWorkdayIn, subtractWorkdaysIn, workdayContext, workdaysBetweenIn } from './_calendarIndex.js';
import { daysFromCivil } from './_days.js';

/**
 * Whether the Shanghai day number `day` is a working day of the options' calendar.
 *
 * @throws {@link CalendarCoverageError} When the day is outside the calendar and `outOfCoverage` is `'throw'`.
 */
export function isWorkdayDay(day: number, options: RuleOptions | undefined, fn: string): boolean {
  return isWorkdayIn(workdayContext(options, fn), day);
}

/**
 * The Shanghai day number of the `n`th working day after `day` (n ≥ 0; n = 0 returns `day`). The
 * day itself never counts, even when it works.
 *
 * @throws {@link InvalidInputError} When `n` is not a whole number ≥ 0 (path `['n']`).
 * @throws {@link CalendarCoverageError} When a day after `day` up to the result is outside the calendar.
 */
export function addWorkdaysDay(day: number, n: number, options: RuleOptions | undefined, fn: string): number {
  if (!Number.isInteger(n) || n < 0) throw invalid(fn, ['n'], 'out_of_range', 'a whole number of working days ≥ 0', n);
  return addWorkdaysIn(workdayContext(options, fn), day, n);
}

/**
 * The Shanghai day number of the `n`th working day before `day` (n ≥ 0; n = 0 returns `day`; the 1st
 * is the last working day before `day`, which itself never counts). Constant time: for lead times
 * such as "notify N working days before the event".
 *
 * @throws {@link InvalidInputError} When `n` is not a whole number ≥ 0 (path `['n']`).
 * @throws {@link CalendarCoverageError} When a day from the result up to the day before `day` is outside the calendar.
 */
export function subtractWorkdaysDay(day: number, n: number, options: RuleOptions | undefined, fn: string): number {
  if (!Number.isInteger(n) || n < 0) throw invalid(fn, ['n'], 'out_of_range', 'a whole number of working days ≥ 0', n);
  return subtractWorkdaysIn(workdayContext(options, fn), day, n);
}

/**
 * Working days after the Shanghai day number `from` up to and including `to`; 0 for the same day,
 * `-workdaysBetweenDays(to, from)` when `to` is before `from`.
 *
 * @throws {@link CalendarCoverageError} When a day of the range is outside the calendar.
 */
export function workdaysBetweenDays(from: number, to: number, options: RuleOptions | undefined, fn: string): number {
  return workdaysBetweenIn(workdayContext(options, fn), from, to);
}

/**
 * The deadline of "before the Xth" (X日前) of a civil month: 00:00 (+08:00) of the Xth, or of the day
 * after it when the policy's `beforeDayInclusive` is true (RULES C5). `month` is 1–12; 13 is January
 * of the next year (months overflow into years, as do days into months).
 */
export function beforeDayOfMonthMs(year: number, month: number, dayOfMonth: number, options: RuleOptions | undefined): number {
  const inclusive = options?.policy?.beforeDayInclusive === true;
  return startOfShanghaiDay(daysFromCivil(year, month, dayOfMonth) + (inclusive ? 1 : 0));
}
