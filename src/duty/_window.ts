// The window of days dutyCalendar lists (internal), checked by one function that dutyCalendar and its
// zod schema (src/schemas/duty.ts, under the default duty.maxWindowMonths) both call: they refuse the
// same windows with the same codes and paths.
import { addMonthsDay } from '../core/civil.js';
import { formatDay, MAX_RESULT_MS, MIN_RESULT_MS, outsideResultSpan, shanghaiDayOf, startOfShanghaiDay } from '../core/instant.js';
import { invalid } from '../core/validate.js';

const FN = 'dutyCalendar';

/**
 * Refuses a window of days (from `fromMs`'s Shanghai day through `toMs`'s) that `dutyCalendar` does not
 * list: `to`'s day before `from`'s (`out_of_range`), `maxMonths` months or longer (`window_too_long`),
 * or days whose duties could fall outside the years 0000–9999 (+08:00) (`out_of_range`): every duty of
 * a day is due after 00:00 of it and by its 24:00, so the first day is at the earliest 0000-01-01 and
 * the last at the latest 9999-12-30 (24:00 of 9999-12-31 is the year 10000). `from` and `to` are the
 * values given, for the messages.
 */
export function checkDutyWindow(fromMs: number, toMs: number, from: unknown, to: unknown, maxMonths: number): void {
  const fromDay = shanghaiDayOf(fromMs);
  const toDay = shanghaiDayOf(toMs);
  if (toDay < fromDay) throw invalid(FN, ['to'], 'out_of_range', `not before from (${formatDay(fromDay)})`, to);
  if (toDay >= addMonthsDay(fromDay, maxMonths)) {
    throw invalid(FN, ['to'], 'window_too_long', `less than ${maxMonths} months after from (${formatDay(fromDay)}; policy duty.maxWindowMonths)`, to);
  }
  if (startOfShanghaiDay(fromDay) < MIN_RESULT_MS) throw outsideResultSpan(FN, ['from'], from);
  if (startOfShanghaiDay(toDay + 1) > MAX_RESULT_MS) throw outsideResultSpan(FN, ['to'], to);
}
