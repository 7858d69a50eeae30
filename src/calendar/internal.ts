// Millisecond-level calendar operations for the other rule modules, which have already read their
// instants and should not parse them twice. The public functions of wuye-rules/calendar wrap these.
// The policy is read key by key with the defaults of defaultPolicy written out here, so that the
// calendar entry point does not pull in every module's policy (a test checks they agree).
import type { InputPath } from '../core/errors.js';
import { HOUR_MS, MAX_EPOCH_MS, requireRepresentable, shanghaiDayOf, startOfShanghaiDay } from '../core/instant.js';
import type { RuleOptions } from '../core/options.js';
import { invalid, requireNonNegativeNumber, requireObject, requireOneOf, requirePositiveInteger } from '../core/validate.js';
import type { Period } from './Period.js';
import { addWorkdaysIn, isWorkdayIn, subtractWorkdaysIn, workdayContext, workdaysBetweenIn, type WorkdayContext } from './_calendarIndex.js';
import { daysFromCivil } from './_days.js';
import { lastDayOfPeriod, periodEndMs } from '../core/period.js';
import { workhourDueMs } from './_workHours.js';

/** The units of a {@link Period}. */
export const PERIOD_UNITS = ['hour', 'day', 'week', 'month', 'workday', 'workhour', 'same-day', 'next-day'] as const;


export { requireRepresentable } from '../core/instant.js';

/**
 * The deadline of `period` counted from the instant `fromMs` (RULES C2–C5), honouring the policy's
 * `dayCounting`, `extendPastRestDays` and `outOfCoverage`. `fn` and `path` name the caller and the
 * period field for errors (`path` = the period's own path, e.g. `['period']`; the amount is reported
 * at `[...path, 'amount']`, the unit at `[...path, 'unit']`). A rule whose period comes from the validated
 * policy passes `from`, the instant as given: `path` then names that instant, and a deadline beyond a
 * Date's range is refused on it (the period cannot be at fault).
 *
 * Civil-code counting (default): the event's day D does not count; N days end at 24:00 of D + N
 * (returned as 00:00 of D + N + 1), weeks are 7N days, months end on the corresponding day (or the
 * month's last day); N working days end at 24:00 of the Nth working day after D; hours are exact;
 * same-day is 24:00 of D, next-day 24:00 of D + 1; working hours count business time on working days
 * (RULES C12). With `extendPastRestDays`, a day/week/month
 * period whose last day is a rest day ends at 24:00 of the next working day (Civil Code art. 203).
 *
 * Elapsed counting: N days are N × 24 h, weeks 7N × 24 h, months calendar-month addition at the
 * same Shanghai clock time (clamped to the month's end), N working days the same clock time on the
 * Nth working day; with `extendPastRestDays`, a day/week/month deadline on a rest day moves to the
 * same clock time on the next working day. Hours, same-day and next-day do not depend on it.
 *
 * @throws {@link InvalidInputError} When the period is not a valid period or the result is not a valid date.
 * @throws {@link CalendarCoverageError} When the calendar must know a day outside its years.
 */
export function dueAtMs(fromMs: number, period: Period, options: RuleOptions | undefined, fn: string, path: InputPath, from?: unknown): number {
  const blame = arguments.length > 5;
  const fields = requireObject(period, fn, path);
  const unit = fields.unit as Period['unit'];
  // The checks below build error paths only when they fail: dueAtMs runs inside every deadline rule.
  if (!PERIOD_UNITS.includes(unit)) requireOneOf(unit, PERIOD_UNITS, fn, [...path, 'unit']);
  const calendarDay = unit === 'same-day' || unit === 'next-day';
  // A typo (`amout`) or an amount on same-day / next-day is refused, as periodSchema refuses it.
  for (const key in fields) {
    if (key !== 'unit' && (key !== 'amount' || calendarDay)) requireObject(fields, fn, path, calendarDay ? ['unit'] : ['amount', 'unit']);
  }
  const day = shanghaiDayOf(fromMs);
  if (calendarDay) {
    const due = startOfShanghaiDay(day + (unit === 'same-day' ? 1 : 2));
    return Math.abs(due) <= MAX_EPOCH_MS ? due : requireRepresentable(due, fn, blame ? path : [...path, 'unit'], blame ? from : unit);
  }
  const guard = (ms: number): number => (Math.abs(ms) <= MAX_EPOCH_MS ? ms : requireRepresentable(ms, fn, blame ? path : [...path, 'amount'], blame ? from : fields.amount));
  // Floor: an act at whole millisecond t meets a fractional deadline d exactly when t <= floor(d).
  if (unit === 'hour') return guard(Math.floor(fromMs + requireNonNegativeNumber(fields.amount, fn, [...path, 'amount']) * HOUR_MS));
  if (unit === 'workhour') return guard(Math.floor(workhourDueMs(fromMs, requireNonNegativeNumber(fields.amount, fn, [...path, 'amount']), options, fn)));
  const rawAmount = fields.amount;
  const amount = typeof rawAmount === 'number' && Number.isSafeInteger(rawAmount) && rawAmount >= 1 ? rawAmount : requirePositiveInteger(rawAmount, fn, [...path, 'amount']);
  const elapsed = options?.policy?.dayCounting === 'elapsed';
  // Only working days and the rest-day extension consult the calendar: day, week and month periods
  // work for any date, whatever calendar the options carry.
  const context = (): WorkdayContext => workdayContext(options, fn);
  // The period's last day; under elapsed counting, the day the deadline falls on (N × 24 h, calendar
  // months and working days all keep the clock time, so it is the same day).
  let last = unit === 'workday' ? addWorkdaysIn(context(), day, amount) : lastDayOfPeriod(day, amount, unit);
  // Refuse an amount no date can hold before asking the calendar about its last day.
  guard(startOfShanghaiDay(last + 1));
  if (unit !== 'workday' && options?.policy?.extendPastRestDays === true && !isWorkdayIn(context(), last)) last = addWorkdaysIn(context(), last, 1);
  return guard(periodEndMs(fromMs, day, last, elapsed));
}

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
