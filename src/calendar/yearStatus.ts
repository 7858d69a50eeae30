import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireCount, refuseExtraArguments } from '../core/validate.js';
import { chinaCalendar } from './chinaCalendar.js';
import { inStatutoryTable } from './_statutory.js';

// The years an instant can have (0000–9999): a year no calendar may cover (before 1900, after 2999)
// is still a year whose days isWorkday answers under outOfCoverage: 'weekends', and is 'uncovered'.
const FIRST_YEAR = 0;
const LAST_YEAR = 9999;

/** What the calendar knows about a year: see {@link yearStatus}. */
export type YearStatus = 'published' | 'provisional' | 'uncovered';

/**
 * What the working-day calendar knows about a year: `'published'` when the calendar holds the
 * year's State Council notice; `'provisional'` when it does not, but the policy's `outOfCoverage` is
 * `'statutory'` and the year is in the statutory table (2014–2099), so that working days are read as
 * weekends + the statutory holidays + compensation days and every answer using them says
 * `provisional: true`; `'uncovered'` otherwise (working-day operations throw
 * {@link CalendarCoverageError}, or count Monday–Friday under `outOfCoverage: 'weekends'`).
 *
 * @param year - A whole year, 0–9999 (the years of an instant).
 * @param options - `calendar` for another calendar; `policy.outOfCoverage`.
 * @returns `'published'`, `'provisional'` or `'uncovered'`.
 * @throws {@link InvalidInputError} When `year` is not a whole number in 0–9999 (path `['year']`).
 * @see RULES C10, C11.
 *
 * @example
 * ```ts
 * import { yearStatus } from 'wuye-rules/calendar';
 * import { definePolicy } from 'wuye-rules/policy';
 * const policy = definePolicy({ outOfCoverage: 'statutory' });
 * [yearStatus(2026), yearStatus(2027), yearStatus(2027, { policy }), yearStatus(9999, { policy })];
 * //=> ['published', 'uncovered', 'provisional', 'uncovered']
 * ```
 */
export function yearStatus(year: number, options?: RuleOptions): YearStatus {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'yearStatus');
  options = ruleOptions(options, 'yearStatus');
  const checked = requireCount(year, 'yearStatus', ['year']);
  if (checked > LAST_YEAR) throw invalid('yearStatus', ['year'], 'out_of_range', `${FIRST_YEAR}–${LAST_YEAR}`, year);
  const { from, to } = options?.calendar ?? chinaCalendar;
  if (checked >= from && checked <= to) return 'published';
  return options?.policy?.outOfCoverage === 'statutory' && inStatutoryTable(checked) ? 'provisional' : 'uncovered';
}
