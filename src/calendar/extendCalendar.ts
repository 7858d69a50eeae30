import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import { invalid, requireArray, requireBoolean, requireObject, requireString, refuseExtraArguments } from '../core/validate.js';
import type { Calendar, HolidayCnFile, HolidayNotice } from './Calendar.js';
import { normalizeSpec, parseDate, requireYear } from './_calendarIndex.js';
import { yearOfDay } from './_days.js';

// The fields of a notice in either form (ours, or a holiday-cn file's), for an object that holds them
// on its prototype (core/inheritedFields.ts).
const NOTICE_FIELDS: readonly string[] = ['year', 'holidays', 'workdays', 'days', 'papers', '$schema', '$id'];
// The fields only a holiday-cn file has, besides its days.
const HOLIDAY_CN_ONLY: readonly string[] = ['papers', '$schema', '$id'];

/**
 * Adds the next year to a calendar from its State Council notice (国务院办公厅关于Y年部分节假日安排的通知),
 * in one call, the day the notice is published: the library's data does not need to be updated first.
 * The notice's rest days and make-up working days may include days of the year before (late
 * December); those replace what the calendar said about them (RULES C10: the 2023 notice made
 * 2022-12-31 a holiday). The calendar given is not changed.
 *
 * @param calendar - The calendar to extend, usually {@link chinaCalendar}.
 * @param notice - `{ year, holidays, workdays }`: `year` is the calendar's last year + 1; the dates
 * are `YYYY-MM-DD` in `year` or `year − 1`, no date in both lists. Or holiday-cn's file for the year
 * as published (`{ year, papers, days: [{ name, date, isOffDay }] }`): one step from the day the
 * notice appears, `extendCalendar(chinaCalendar, JSON.parse(readFileSync('2027.json', 'utf8')))`.
 * The file's names of its rest days become the calendar's `holidayNames`, what {@link explainDeadline}
 * calls those days.
 * @returns A new calendar covering `calendar.from` to `notice.year`, with the names of the calendar
 * given and of the file (a day the notice lists again loses the name the calendar gave it).
 * @throws {@link InvalidInputError} When `calendar` is not a valid calendar (path `['calendar', …]`), the
 * year does not follow the calendar's last year (`out_of_range`, path `['notice', 'year']`), or a
 * date is invalid, outside `year − 1`…`year`, or in both lists (path `['notice', 'holidays', i]` or
 * `['notice', 'workdays', i]`). A holiday-cn file (an object with `days`, or with `papers`, `$schema` or
 * `$id` and neither list of the plain form) without its days is `invalid_type` at `['notice', 'days']`.
 * In a holiday-cn file the path is the day's own: a day that is not
 * `{ name, date, isOffDay }`, or whose date is invalid or outside the two years, at
 * `['notice', 'days', i, …]`; a date listed both as a rest day and as a working day at the later
 * entry's `isOffDay` (`conflicting_date`).
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
 *
 * @example
 * ```ts
 * import { chinaCalendar, extendCalendar, isWorkday } from 'wuye-rules/calendar';
 * // holiday-cn's 2027.json, as published (shortened here).
 * const file = {
 *   year: 2027,
 *   papers: [],
 *   days: [
 *     { name: '元旦', date: '2027-01-01', isOffDay: true },
 *     { name: '春节', date: '2027-02-20', isOffDay: false },
 *   ],
 * };
 * const calendar = extendCalendar(chinaCalendar, file);
 * [isWorkday('2027-01-01', { calendar }), isWorkday('2027-02-20', { calendar })];
 * //=> [false, true]
 * ```
 */

export function extendCalendar(calendar: Calendar, notice: HolidayNotice | HolidayCnFile): Calendar {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'extendCalendar');
  const fn = 'extendCalendar';
  const base = normalizeSpec(calendar, fn, ['calendar']);
  let fields = requireObject(notice, fn, ['notice'], undefined, NOTICE_FIELDS);
  // The names of the notice's rest days: a holiday-cn file gives them, the plain form does not.
  let names: Record<string, string> | undefined;
  // The notice's year: the calendar's last year + 1.
  const nextYear = (value: unknown): number => {
    const year = requireYear(value, fn, ['notice', 'year']);
    if (year !== base.to + 1) throw invalid(fn, ['notice', 'year'], 'out_of_range', `${base.to + 1}`, value);
    return year;
  };
  // A holiday-cn file has `days`; one that lacks them but carries the file's own fields (and neither of
  // the plain form's lists) is still that file, whose fault is its absent days (`invalid_type` at
  // `notice.days`, as an absent list of the plain form is at its own path), not its `$schema`.
  const holidayCn = 'days' in fields || (HOLIDAY_CN_ONLY.some((key) => key in fields) && !('holidays' in fields) && !('workdays' in fields));
  if (holidayCn) {
    // A holiday-cn file: its days become the notice's rest days and make-up working days. An error
    // names the file's own fields (`notice.days[3].date`), never the lists they become.
    requireObject(fields, fn, ['notice'], ['year', 'days', 'papers', '$schema', '$id']);
    // The file's own descriptions are not read, but they are the strings the file format says.
    for (const key of ['$schema', '$id']) if (fields[key] !== undefined) requireString(fields[key], fn, ['notice', key]);
    if (fields.papers !== undefined) requireArray(fields.papers, fn, ['notice', 'papers']).forEach((paper, index) => requireString(paper, fn, ['notice', 'papers', index]));
    const year = nextYear(fields.year);
    const lists: [string[], string[]] = [[], []];
    names = {};
    const offDays = new Map<string, boolean>();
    requireArray(fields.days, fn, ['notice', 'days']).forEach((entry, index) => {
      const path = ['notice', 'days', index];
      const day = requireObject(entry, fn, path, ['name', 'date', 'isOffDay']);
      const name = requireString(day.name, fn, [...path, 'name']);
      const dateYear = yearOfDay(parseDate(day.date, fn, [...path, 'date']));
      if (dateYear < year - 1 || dateYear > year) throw invalid(fn, [...path, 'date'], 'out_of_range', `within ${year - 1}–${year}`, day.date);
      const isOffDay = requireBoolean(day.isOffDay, fn, [...path, 'isOffDay']);
      const date = day.date as string;
      if (offDays.get(date) === !isOffDay) throw invalid(fn, [...path, 'isOffDay'], 'conflicting_date', `${!isOffDay}, as the earlier entry of ${date} says`, isOffDay);
      offDays.set(date, isOffDay);
      lists[isOffDay ? 0 : 1].push(date);
      // A rest day's name, as the notice gives it, is what explainDeadline calls the day; a blank name
      // (some files leave it empty) is no name.
      if (isOffDay && name.trim() !== '') (names as Record<string, string>)[date] = name;
    });
    fields = { year, holidays: lists[0], workdays: lists[1] };
  }
  requireObject(fields, fn, ['notice'], ['year', 'holidays', 'workdays']);
  const year = nextYear(fields.year);
  // The notice read as a calendar of its two years: dates valid, within year − 1…year, no conflict.
  const listed = normalizeSpec({ from: year - 1, to: year, holidays: fields.holidays, workdays: fields.workdays, holidayNames: names }, fn, ['notice']);
  // The later notice wins: drop what the calendar said about the days the notice lists, names included.
  const keep = (date: string): boolean => !listed.holidays.includes(date) && !listed.workdays.includes(date);
  const holidays = [...base.holidays.filter(keep), ...listed.holidays].sort();
  const extended = { from: base.from, to: year, holidays, workdays: [...base.workdays.filter(keep), ...listed.workdays].sort() };
  // The names of the rest days, in date order: the notice's, else the calendar's for a day it keeps.
  const holidayNames: Record<string, string> = {};
  for (const date of holidays) {
    const name = listed.holidayNames?.[date] ?? (keep(date) ? base.holidayNames?.[date] : undefined);
    if (name !== undefined) holidayNames[date] = name;
  }
  return deepFreeze(markValidated(Object.keys(holidayNames).length === 0 ? extended : { ...extended, holidayNames }));
}
