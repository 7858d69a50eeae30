import { refuseExtraArguments } from '../core/validate.js';
import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import type { Calendar, CalendarSpec } from './Calendar.js';
import { normalizeSpec } from './_calendarIndex.js';

/**
 * Builds a working-day calendar from a spec: the whole years it covers and, within them, the rest
 * days (`holidays`) and make-up working days (`workdays`) that break the Monday–Friday pattern. For
 * another jurisdiction, a company's own schedule, or years the State Council notices do not cover
 * yet. The result is validated, deep-frozen, and indexed on first use. Pass it as `options.calendar`.
 *
 * @param spec - `{ from, to, holidays, workdays }`: years `from` ≤ `to` (1900–2999); dates as
 * `YYYY-MM-DD` within those years; no date in both lists. Optionally `holidayNames`, the names of rest
 * days as their notice gives them (`{ '2030-10-01': '国庆节' }`), which {@link explainDeadline} reports.
 * @returns A new calendar, with its dates sorted and without duplicates (`holidayNames` by date, and
 * absent when it names nothing).
 * @throws {@link InvalidInputError} When a year is not a whole number in range (path `['from']` or
 * `['to']`, `to` before `from` is `out_of_range`), a date is not a real `YYYY-MM-DD` date
 * (`invalid_date`, path `['holidays', i]`), a date lies outside the years (`out_of_range`), or a
 * date is both a holiday and a working day (`conflicting_date`, path `['workdays', i]`), or a name is
 * blank (empty or white space only) or not for a date of `holidays` (path `['holidayNames', date]`).
 * @see RULES C3, C10.
 *
 * @example
 * ```ts
 * import { defineCalendar, isWorkday } from 'wuye-rules/calendar';
 * const company = defineCalendar({ from: 2026, to: 2026, holidays: ['2026-06-01'], workdays: ['2026-06-06'] });
 * [isWorkday('2026-06-01', { calendar: company }), isWorkday('2026-06-06', { calendar: company })];
 * //=> [false, true]
 * ```
 */
export function defineCalendar(spec: CalendarSpec): Calendar {
  if (arguments.length > 1) refuseExtraArguments(arguments, 1, 'defineCalendar');
  return deepFreeze(markValidated(normalizeSpec(spec, 'defineCalendar', [])));
}
