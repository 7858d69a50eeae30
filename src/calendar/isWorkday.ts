import { refuseExtraArguments } from '../core/validate.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { shanghaiDayOf, toEpochMs, type Instant } from '../core/instant.js';
import { isWorkdayDay } from './internal.js';

/**
 * Whether the Asia/Shanghai civil day of an instant is a working day (工作日): Monday–Friday minus
 * the statutory holidays, plus the make-up working days (调休) of the calendar. The host's time zone
 * plays no part: `'2026-10-07T16:30:00Z'` is already 8 October in Shanghai, the first working day
 * after the National Day holidays.
 *
 * @param day - Any instant of the day; a date without a time (`'2026-10-09'`) is read in Shanghai time.
 * @param options - `calendar` to use another calendar; `policy.outOfCoverage: 'weekends'` to count
 * Monday–Friday for years the calendar does not cover.
 * @returns `true` when the day is a working day.
 * @throws {@link InvalidInputError} When `day` is not a valid instant (`invalid_instant`, path `['day']`).
 * @throws {@link CalendarCoverageError} When the day's year is outside the calendar and `outOfCoverage` is `'throw'`.
 * @see RULES C3, C6; 国务院办公厅 holiday notices.
 *
 * @example
 * ```ts
 * import { isWorkday } from 'wuye-rules/calendar';
 * isWorkday('2026-10-07');
 * //=> false
 * isWorkday('2026-10-10');
 * //=> true
 * isWorkday('2026-10-07T16:30:00Z');
 * //=> true
 * ```
 */
export function isWorkday(day: Instant, options?: RuleOptions): boolean {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'isWorkday');
  options = ruleOptions(options, 'isWorkday');
  return isWorkdayDay(shanghaiDayOf(toEpochMs(day, 'isWorkday', ['day'])), options, 'isWorkday');
}
