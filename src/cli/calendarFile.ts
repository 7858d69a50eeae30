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
    // Notices apply year after year, whatever their order in the file.
    const ordered = [...notices].sort((a, b) => Number(a.year) - Number(b.year));
    return ordered.reduce<Calendar>((calendar, notice) => extendCalendar(calendar, notice as unknown as HolidayNotice), chinaCalendar);
  } catch (error) {
    if (error instanceof WuyeRulesError) throw new UsageError(`--calendar ${path}: ${error.message}`);
    throw error;
  }
}
