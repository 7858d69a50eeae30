import { ruleOptions, type RuleOptions } from '../core/options.js';
import { shanghaiDayOf, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import { requireCount } from '../core/validate.js';
import { addWorkdaysIn, workdayContext } from './_calendarIndex.js';
import { requireRepresentable } from '../core/instant.js';

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
 * whole number ≥ 0 (path `['n']`).
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
  options = ruleOptions(options, 'addWorkdays');
  const fromMs = toEpochMs(from, 'addWorkdays', ['from']);
  const count = requireCount(n, 'addWorkdays', ['n']);
  if (count === 0) return new Date(fromMs);
  const day = shanghaiDayOf(fromMs);
  const target = addWorkdaysIn(workdayContext(options, 'addWorkdays'), day, count);
  return new Date(requireRepresentable(startOfShanghaiDay(target) + fromMs - startOfShanghaiDay(day), 'addWorkdays', ['n'], n));
}
