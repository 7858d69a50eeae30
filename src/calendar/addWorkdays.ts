import { ruleOptions, type RuleOptions } from '../core/options.js';
import { MAX_RESULT_MS, requireResultInSpan, resultDate, shanghaiDayOf, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import { requireCount, refuseExtraArguments } from '../core/validate.js';
import { addWorkdaysIn, workdayContext } from './_calendarIndex.js';

const FN = 'addWorkdays';
const FROM = ['from'] as const;

/**
 * The same Asia/Shanghai clock time on the `n`th working day after `from`'s day. `from`'s own day
 * never counts, even when it is a working day; for n ≥ 1 the result is on a working day. `n = 0`
 * returns `from` unchanged. Constant time whatever `n` (a precomputed index, no day-by-day loop).
 *
 * @param from - The starting instant.
 * @param n - Working days to add, a whole number ≥ 0.
 * @param options - `calendar` to use another calendar; `policy.outOfCoverage: 'weekends'` to count
 * Monday–Friday outside the calendar's years.
 * @returns A new `Date`.
 * @throws {@link InvalidInputError} When `from` is not a valid instant (path `['from']`) or `n` is not a
 * whole number ≥ 0 (path `['n']`); `out_of_range` when the result would lie outside the years 0000–9999
 * (+08:00): on `n` when the working days carry it past 9999-12-31, on `from` when it lies outside itself.
 * @throws {@link CalendarCoverageError} When a day to count is outside the calendar and `outOfCoverage` is `'throw'`.
 * @see RULES C3, C8.
 *
 * @example
 * ```ts
 * import { addWorkdays } from 'wuye-rules/calendar';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(addWorkdays('2026-09-30T10:00:00+08:00', 1));
 * //=> '2026-10-08T10:00:00.000+08:00'
 * toShanghaiIsoString(addWorkdays('2026-09-30T10:00:00+08:00', 2));
 * //=> '2026-10-09T10:00:00.000+08:00'
 * toShanghaiIsoString(addWorkdays('2026-10-03T10:00:00+08:00', 0));
 * //=> '2026-10-03T10:00:00.000+08:00'
 * ```
 */
export function addWorkdays(from: Instant, n: number, options?: RuleOptions): Date {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'addWorkdays');
  options = ruleOptions(options, FN);
  const fromMs = toEpochMs(from, FN, FROM);
  const count = requireCount(n, FN, ['n']);
  // The result is never before `from`: an instant past the span of results is refused on itself, and
  // so is one before it that stays there (n = 0).
  if (count === 0 || fromMs > MAX_RESULT_MS) return resultDate(fromMs, FN, FROM, from);
  const day = shanghaiDayOf(fromMs);
  const timeOfDay = fromMs - startOfShanghaiDay(day);
  // n working days are at least n days: past the span's end whatever the calendar, n is refused before
  // the calendar is asked about a day there.
  requireResultInSpan(startOfShanghaiDay(day + count) + timeOfDay, FN, ['n'], n);
  const target = addWorkdaysIn(workdayContext(options, FN), day, count);
  return resultDate(startOfShanghaiDay(target) + timeOfDay, FN, ['n'], n);
}
