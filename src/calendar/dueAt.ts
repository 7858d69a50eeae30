import { refuseExtraArguments } from '../core/validate.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { MAX_RESULT_MS, outsideResultSpan, resultDate, toEpochMs, type Instant } from '../core/instant.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { workdayEngine } from './workdayEngine.js';
import type { Period } from './Period.js';

const FN = 'dueAt';
const FROM = ['from'] as const;
const PERIOD = ['period'] as const;

/**
 * The deadline of a period the standards state ("3天内", "2个工作日内", "24小时内", "当日", "次日",
 * "一个月内") counted from an event, as Civil Code arts. 201–203 count it (RULES C2–C5):
 *
 * - the event's day does not count; N days end at 24:00 of the Nth day after it, returned as 00:00
 *   (+08:00) of the day after; a week is 7 days;
 * - N months end at 24:00 of the corresponding day (same day of the month) N months later, or of that
 *   month's last day when it has none;
 * - N working days end at 24:00 of the Nth working day after the event's day;
 * - N hours are exactly N × 3,600,000 ms (any finite N ≥ 0);
 * - same-day ends at 24:00 of the event's day, next-day at 24:00 of the day after.
 *
 * Policy options change the reading: `dayCounting: 'elapsed'` counts days as N × 24 h, months by
 * calendar-month addition and working days to the same clock time; `extendPastRestDays: true` moves
 * a day/week/month deadline whose last day is a rest day to the next working day (art. 203). An act
 * at instant `t` meets the deadline `d` when `t <= d`. Civil-code day, week, month and hour periods
 * work for any date; working days (and `extendPastRestDays`) need the calendar to cover the days.
 *
 * @param from - The event's instant (receipt of a complaint, a repair request…).
 * @param period - `{ amount, unit }` with unit `'hour' | 'day' | 'week' | 'month' | 'workday'`, or
 * `{ unit: 'same-day' | 'next-day' }`.
 * @param options - `policy` for `dayCounting`, `extendPastRestDays`, `outOfCoverage`; `calendar` for
 * another working-day calendar.
 * @returns The deadline as a new `Date`.
 * @throws {@link InvalidInputError} When `from` is not a valid instant (path `['from']`), the unit is
 * unknown (`invalid_enum`, path `['period', 'unit']`), or the amount is not a whole number ≥ 1 (an
 * hour amount: a finite number ≥ 0) (path `['period', 'amount']`); `out_of_range` when the deadline
 * would lie outside the years 0000–9999 (+08:00), 0000-01-01T00:00 to 9999-12-31T23:59:59.999: on the
 * amount (or the unit of same-day / next-day) when the period carries it past the end, on `from` when
 * `from` itself lies outside.
 * @throws {@link CalendarCoverageError} When the calendar must know a day outside its years and
 * `outOfCoverage` is `'throw'`.
 * @see RULES C2 (Civil Code arts. 201–203), C3, C4, C5, C8.
 *
 * @example
 * ```ts
 * import { dueAt } from 'wuye-rules/calendar';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(dueAt('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }));
 * //=> '2026-10-04T00:00:00.000+08:00'
 * toShanghaiIsoString(dueAt('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' }));
 * //=> '2026-10-10T00:00:00.000+08:00'
 * toShanghaiIsoString(dueAt('2026-01-31T15:00:00+08:00', { amount: 1, unit: 'month' }));
 * //=> '2026-03-01T00:00:00.000+08:00'
 * toShanghaiIsoString(dueAt('2026-10-05T15:00:00+08:00', { amount: 24, unit: 'hour' }));
 * //=> '2026-10-06T15:00:00.000+08:00'
 * toShanghaiIsoString(dueAt('2026-10-05T15:00:00+08:00', { unit: 'same-day' }));
 * //=> '2026-10-06T00:00:00.000+08:00'
 * ```
 *
 * @example
 * ```ts
 * import { dueAt } from 'wuye-rules/calendar';
 * import { InvalidInputError, toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(dueAt('9999-12-29T12:00:00+08:00', { amount: 1, unit: 'day' }));
 * //=> '9999-12-31T00:00:00.000+08:00'
 * let caught: InvalidInputError | undefined;
 * try { dueAt('9999-12-30T12:00:00+08:00', { amount: 1, unit: 'day' }); } catch (error) { caught = error as InvalidInputError; }
 * [caught?.code, caught?.path];
 * //=> ['out_of_range', ['period', 'amount']]
 * ```
 *
 * @example
 * ```ts
 * import { dueAt } from 'wuye-rules/calendar';
 * import { definePolicy } from 'wuye-rules/policy';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const elapsed = definePolicy({ dayCounting: 'elapsed' });
 * toShanghaiIsoString(dueAt('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, { policy: elapsed }));
 * //=> '2026-10-03T18:00:00.000+08:00'
 * const extended = definePolicy({ extendPastRestDays: true });
 * toShanghaiIsoString(dueAt('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, { policy: extended }));
 * //=> '2026-10-09T00:00:00.000+08:00'
 * ```
 */
export function dueAt(from: Instant, period: Period, options?: RuleOptions): Date {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'dueAt');
  options = ruleOptions(options, FN);
  const fromMs = toEpochMs(from, FN, FROM);
  // A deadline is never before its instant: an instant past the span of results is refused on itself.
  if (fromMs > MAX_RESULT_MS) throw outsideResultSpan(FN, FROM, from);
  // dueAtMs refuses a deadline the period carries past the span's end on the period; one before the
  // span's start only an instant before it gives, which is refused here.
  return resultDate(dueAtMs(fromMs, period, options, FN, PERIOD, undefined, workdayEngine), FN, FROM, from);
}
