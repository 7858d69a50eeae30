import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import type { Calendar } from './Calendar.js';
import { CHINA_FROM, CHINA_HOLIDAY_RUNS, CHINA_TO, CHINA_WORKDAYS } from './data/chinaHolidays.js';
import { daysFromCivil, isoOfDay } from './_days.js';

// Reads a table of scripts/generate-holidays.mjs: 2 base-36 characters of gap from the previous day
// (the first from 31 December before CHINA_FROM), then `width - 2` characters of run length.
function decode(table: string, width: number): string[] {
  const dates: string[] = [];
  let day = daysFromCivil(CHINA_FROM, 1, 0);
  for (let at = 0; at < table.length; at += width) {
    day += parseInt(table.slice(at, at + 2), 36);
    const length = width > 2 ? parseInt(table.slice(at + 2, at + width), 36) : 1;
    for (let offset = 0; offset < length; offset += 1) dates.push(isoOfDay(day + offset));
  }
  return dates;
}

/**
 * The mainland-China working-day calendar of the State Council General Office (国务院办公厅) holiday
 * notices for 2019–2026: Monday–Friday, minus the statutory holidays (放假), plus the make-up
 * working days (调休上班). Where a notice lists a day of the year before (the 2023 notice made
 * 2022-12-31 a holiday), the later notice wins. The default calendar of every rule function; add a
 * newly published year with {@link extendCalendar}. Data: holiday-cn by NateScarlet (MIT).
 *
 * @see RULES C3, C10; 国务院办公厅关于节假日安排的通知 (2019–2026).
 *
 * @example
 * ```ts
 * import { chinaCalendar } from 'wuye-rules/calendar';
 * [chinaCalendar.from, chinaCalendar.to];
 * //=> [2019, 2026]
 * chinaCalendar.workdays.filter((day) => day.startsWith('2026-02'));
 * //=> ['2026-02-14', '2026-02-28']
 * chinaCalendar.holidays.includes('2022-12-31');
 * //=> true
 * ```
 */
export const chinaCalendar: Calendar = /* @__PURE__ */ deepFreeze(markValidated({
  from: CHINA_FROM,
  to: CHINA_TO,
  holidays: decode(CHINA_HOLIDAY_RUNS, 3),
  workdays: decode(CHINA_WORKDAYS, 2),
}));
