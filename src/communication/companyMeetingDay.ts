import { refuseExtraArguments } from '../core/validate.js';
import { type Instant, resultDate, shanghaiDayOf, startOfShanghaiDay, toEpochMs, weekdayOfDay } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultCommunicationPolicy } from './communicationPolicy.js';

const FN = 'companyMeetingDay';

/**
 * The day of the company's next weekly meeting (例会), on or after the day of `at` (Shanghai time): the
 * general manager meets the department heads every Monday to review last week and plan this one, and
 * each department holds its own meeting before it. The source does not move the meeting off a
 * holiday, so neither does the library.
 *
 * @param at - Any instant; a Monday gives that Monday.
 * @param options - `policy` for another weekday (`communication.companyMeetingWeekday`, 0 Sunday … 6 Saturday).
 * @returns 00:00 (+08:00) of the meeting's day, which is also when the department meetings held before it fall due (they close the week that ends; dutyCalendar dates them the day before).
 * @throws {@link InvalidInputError} When `at` is not a valid instant, or the meeting day would lie outside
 * the years 0000–9999 (+08:00) (`out_of_range`).
 * @see RULES `internal.weekly-meeting`; JM 篇2 4.1.1–4.1.2.
 *
 * @example
 * ```ts
 * import { companyMeetingDay } from 'wuye-rules/communication';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(companyMeetingDay('2026-03-04T15:00:00+08:00'));
 * //=> '2026-03-09T00:00:00.000+08:00'
 * toShanghaiIsoString(companyMeetingDay('2026-03-09T08:00:00+08:00'));
 * //=> '2026-03-09T00:00:00.000+08:00'
 * ```
 */
export function companyMeetingDay(at: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'companyMeetingDay');
  options = ruleOptions(options, 'companyMeetingDay');
  const day = shanghaiDayOf(toEpochMs(at, FN, ['at']));
  const weekday = (options?.policy?.communication ?? defaultCommunicationPolicy).companyMeetingWeekday;
  const ahead = (((weekday - weekdayOfDay(day)) % 7) + 7) % 7;
  return resultDate(startOfShanghaiDay(day + ahead), FN, ['at'], at);
}
