import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import type { Calendar } from './Calendar.js';
import { CHINA_DAYS, CHINA_FROM, CHINA_TO } from './data/chinaHolidays.js';
import { isoOfDay } from './_days.js';
import { statutoryHolidays } from './_statutory.js';

// Reads the schedules of scripts/generate-holidays.mjs: for each year and statutory holiday, from
// the holiday's first statutory day, 1 base-36 character for its run of rest days (12 × days back +
// length), then 'A'–'Z' for each make-up working day near it ('N' + offset). Returns [rest days,
// make-up working days], each sorted.
function decode(): [string[], string[]] {
  const lists: [string[], string[]] = [[], []];
  let at = 0;
  for (let year = CHINA_FROM; year <= CHINA_TO; year += 1) {
    for (const [anchor] of statutoryHolidays(year)) {
      const run = parseInt(CHINA_DAYS[at++] as string, 36);
      const first = anchor - Math.floor(run / 12);
      for (let day = first; day < first + (run % 12); day += 1) lists[0].push(isoOfDay(day));
      for (let code; (code = CHINA_DAYS.charCodeAt(at)) > 64 && code < 91; at += 1) lists[1].push(isoOfDay(anchor + code - 78));
    }
  }
  return [lists[0].sort(), lists[1].sort()];
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
export const chinaCalendar: Calendar = /* @__PURE__ */ (() => {
  // The day lists are written out on their first read, not when the package is imported: decoding
  // them was about a tenth of a cold `import 'wuye-rules'` (bench/cold-start.mjs). Each is an
  // enumerable getter of the frozen calendar and gives the same frozen array on every read, so
  // listing, spreading, serializing and validating the calendar see what a data property would give
  // (Node's inspect alone shows them as getters).
  let lists: readonly [readonly string[], readonly string[]] | undefined;
  const read = (): readonly [readonly string[], readonly string[]] => (lists ??= deepFreeze(decode()));
  const list = (index: 0 | 1): PropertyDescriptor => ({ enumerable: true, get: () => read()[index] });
  const calendar = Object.defineProperties({ from: CHINA_FROM, to: CHINA_TO } as Calendar, {
    holidays: list(0),
    workdays: list(1),
  });
  return Object.freeze(markValidated(calendar));
})();
