// `--calendar file.json`: the working-day calendar for the whole run, so that an ERP can add a newly
// published State Council notice without waiting for a release of the package.
import type { Calendar, CalendarSpec, HolidayNotice } from '../calendar/Calendar.js';
import { chinaCalendar } from '../calendar/chinaCalendar.js';
import { defineCalendar } from '../calendar/defineCalendar.js';
import { extendCalendar } from '../calendar/extendCalendar.js';
import { WuyeRulesError } from '../core/errors.js';
import { UsageError } from './arguments.js';
import { isPlainObject } from '../core/validate.js';
import { parseJsonFile } from './jsonFile.js';


/**
 * The first day a notice of a year the calendar covers lists otherwise than the calendar (a rest day
 * the calendar works, or the reverse), or undefined when every day it lists agrees. A day the notice
 * does not list is not compared: the next year's notice may have changed it (the 2023 notice made
 * 2022-12-31 a holiday, which 2022's file does not say). The notice is read as extendCalendar reads it.
 */
function firstDifference(calendar: Calendar, notice: HolidayNotice, year: number): string | undefined {
  const read = extendCalendar(defineCalendar({ from: year - 1, to: year - 1, holidays: [], workdays: [] }), notice);
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  const covered = (date: string): boolean => Number(date.slice(0, 4)) >= calendar.from;
  const rest = read.holidays.find((date) => covered(date) && !holidays.has(date));
  const work = read.workdays.find((date) => covered(date) && !workdays.has(date));
  return rest === undefined || (work !== undefined && work < rest) ? work : rest;
}

/**
 * Reads a calendar file. It holds one State Council notice (`{"year": 2027, "holidays": […],
 * "workdays": […]}`, or holiday-cn's `2027.json` as published, `{"year", "papers", "days"}`) or a list of them, which extend {@link chinaCalendar} year by year (see
 * {@link extendCalendar}); or a whole calendar (`{"from", "to", "holidays", "workdays"}`, see
 * {@link defineCalendar}) that replaces it.
 *
 * @param path - The file, for messages.
 * @param text - The file's content.
 * @returns The validated calendar.
 * @throws {@link UsageError} When the file is not JSON or not a valid notice or calendar.
 */
export function parseCalendarFile(path: string, text: string): Calendar {
  const json = parseJsonFile('--calendar', path, text);
  try {
    if (isPlainObject(json) && 'from' in json) return defineCalendar(json as unknown as CalendarSpec);
    const notices = Array.isArray(json) ? json : [json];
    if (notices.length === 0 || !notices.every(isPlainObject)) {
      throw new UsageError(`--calendar ${path} must hold a holiday notice {"year", "holidays", "workdays"} or holiday-cn's YYYY.json {"year", "days"}, a list of them, or a calendar {"from", "to", "holidays", "workdays"}`);
    }
    // Notices apply year after year, whatever their order in the file. A notice of a year the calendar
    // already has (holiday-cn's 2026.json beside 2027.json, as an ERP that syncs every file passes
    // them) adds nothing when it agrees with the calendar, and is refused where it does not.
    const ordered = [...notices].sort((a, b) => Number(a.year) - Number(b.year));
    return ordered.reduce<Calendar>((calendar, notice) => {
      const year = notice.year;
      if (typeof year === 'number' && Number.isInteger(year) && year >= calendar.from && year <= calendar.to) {
        const differs = firstDifference(calendar, notice as unknown as HolidayNotice, year);
        if (differs === undefined) return calendar;
        throw new UsageError(
          `--calendar ${path}: the notice of ${year} is of a year the calendar already has (${calendar.from}–${calendar.to}), and says otherwise of ${differs}; a file adds the years after ${calendar.to}`,
        );
      }
      return extendCalendar(calendar, notice as unknown as HolidayNotice);
    }, chinaCalendar);
  } catch (error) {
    if (error instanceof WuyeRulesError) throw new UsageError(`--calendar ${path}: ${error.message}`);
    throw error;
  }
}
