import { refuseExtraArguments } from '../core/validate.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { shanghaiDayOf, toEpochMs, type Instant } from '../core/instant.js';
import { workdaysBetweenDays } from './internal.js';

/**
 * The number of working days after `from`'s Asia/Shanghai day up to and including `to`'s day: 0 on
 * the same day, and `-workdaysBetween(to, from)` when `to` is before `from`. The inverse of
 * {@link addWorkdays}: `workdaysBetween(d, addWorkdays(d, n)) === n`. Clock times do not matter, only
 * the days. Constant time whatever the distance.
 *
 * @param from - The starting instant (its day does not count).
 * @param to - The ending instant (its day counts).
 * @param options - `calendar` to use another calendar; `policy.outOfCoverage: 'weekends'` to count
 * Monday–Friday outside the calendar's years.
 * @returns A whole number, negative when `to` is before `from`.
 * @throws {@link InvalidInputError} When `from` or `to` is not a valid instant (path `['from']` or `['to']`).
 * @throws {@link CalendarCoverageError} When a day of the range is outside the calendar and `outOfCoverage` is `'throw'`.
 * @see RULES C3, C8.
 *
 * @example
 * ```ts
 * import { workdaysBetween } from 'wuye-rules/calendar';
 * workdaysBetween('2026-09-30T18:00:00+08:00', '2026-10-09T09:00:00+08:00');
 * //=> 2
 * workdaysBetween('2026-10-09', '2026-09-30');
 * //=> -2
 * workdaysBetween('2026-01-01', '2026-12-31');
 * //=> 248
 * ```
 */
export function workdaysBetween(from: Instant, to: Instant, options?: RuleOptions): number {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'workdaysBetween');
  options = ruleOptions(options, 'workdaysBetween');
  const fromDay = shanghaiDayOf(toEpochMs(from, 'workdaysBetween', ['from']));
  const toDay = shanghaiDayOf(toEpochMs(to, 'workdaysBetween', ['to']));
  return workdaysBetweenDays(fromDay, toDay, options, 'workdaysBetween');
}
