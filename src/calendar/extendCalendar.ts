import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import { invalid, rejectUnknownKeys, requireObject } from '../core/validate.js';
import type { Calendar, HolidayNotice } from './Calendar.js';
import { normalizeSpec, requireYear } from './_calendarIndex.js';

/**
 * Adds the next year to a calendar from its State Council notice (国务院办公厅关于Y年部分节假日安排的通知),
 * in one call, the day the notice is published: the library's data does not need to be updated first.
 * The notice's rest days and make-up working days may include days of the year before (late
 * December); those replace what the calendar said about them (RULES C10: the 2023 notice made
 * 2022-12-31 a holiday). The calendar given is not changed.
 *
 * @param calendar - The calendar to extend, usually {@link chinaCalendar}.
 * @param notice - `{ year, holidays, workdays }`: `year` is the calendar's last year + 1; the dates
 * are `YYYY-MM-DD` in `year` or `year − 1`, no date in both lists.
 * @returns A new calendar covering `calendar.from` to `notice.year`.
 * @throws {@link InvalidInputError} When `calendar` is not a valid calendar (path `['calendar', …]`), the
 * year does not follow the calendar's last year (`out_of_range`, path `['notice', 'year']`), or a
 * date is invalid, outside `year − 1`…`year`, or in both lists (path `['notice', 'holidays', i]` or
 * `['notice', 'workdays', i]`).
 * @see RULES C3, C10.
 *
 * @example
 * ```ts
 * import { chinaCalendar, extendCalendar, isWorkday } from 'wuye-rules/calendar';
 * const calendar = extendCalendar(chinaCalendar, {
 *   year: 2027,
 *   holidays: ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
 *   workdays: ['2027-02-20'],
 * });
 * [calendar.to, isWorkday('2027-02-08', { calendar }), isWorkday('2027-02-20', { calendar })];
 * //=> [2027, false, true]
 * ```
 */
export function extendCalendar(calendar: Calendar, notice: HolidayNotice): Calendar {
  const fn = 'extendCalendar';
  const base = normalizeSpec(calendar, fn, ['calendar']);
  const fields = requireObject(notice, fn, ['notice']);
  rejectUnknownKeys(fields, ['year', 'holidays', 'workdays'], fn, ['notice']);
  const year = requireYear(fields.year, fn, ['notice', 'year']);
  if (year !== base.to + 1) throw invalid(fn, ['notice', 'year'], 'out_of_range', `${base.to + 1}`, fields.year);
  // The notice read as a calendar of its two years: dates valid, within year − 1…year, no conflict.
  const listed = normalizeSpec({ from: year - 1, to: year, holidays: fields.holidays, workdays: fields.workdays }, fn, ['notice']);
  // The later notice wins: drop what the calendar said about the days the notice lists.
  const keep = (date: string): boolean => !listed.holidays.includes(date) && !listed.workdays.includes(date);
  return deepFreeze(markValidated({
    from: base.from,
    to: year,
    holidays: [...base.holidays.filter(keep), ...listed.holidays].sort(),
    workdays: [...base.workdays.filter(keep), ...listed.workdays].sort(),
  }));
}
