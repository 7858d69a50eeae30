import { ruleOptions, type RuleOptions } from '../core/options.js';
import { civilDateOfDay, shanghaiDayOf, toEpochMs, type Instant } from '../core/instant.js';
import type { InputPath } from '../core/errors.js';
import { invalid, requireString, refuseExtraArguments } from '../core/validate.js';

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads a `'YYYY-MM'` period as a month index (year × 12 + month − 1), or throws `invalid_period`. */
export function _monthIndexOfPeriod(value: unknown, fn: string, path: InputPath): number {
  const text = requireString(value, fn, path);
  const match = PERIOD_PATTERN.exec(text);
  if (match === null) throw invalid(fn, path, 'invalid_period', 'a month as "YYYY-MM"', value);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The month index (year × 12 + month − 1) of the Shanghai civil date of an epoch ms. */
export function _monthIndexOfMs(ms: number): number {
  const { year, month } = civilDateOfDay(shanghaiDayOf(ms));
  return year * 12 + month - 1;
}

/**
 * The employment month of a hire instant in a period; both already read. A period before the month of
 * hiring is refused on `path`, showing `shown` (the value at `path`) and what it `expectation` says.
 */
export function _employmentMonthOf(hiredMs: number, periodIndex: number, shown: unknown, fn: string, path: InputPath, expectation = 'a month not before the month of hiring'): number {
  const month = periodIndex - _monthIndexOfMs(hiredMs) + 1;
  if (month < 1) throw invalid(fn, path, 'before_hire', expectation, shown);
  return month;
}

/**
 * Which month of employment a period is: the calendar month of joining (Asia/Shanghai) is month 1,
 * the next month 2, and so on. Pay starts to float in month 3 ({@link payFloat}).
 *
 * @param hiredOn - When the employee joined; a date without an offset is Shanghai time.
 * @param period - The appraised month, `'YYYY-MM'`.
 * @param options - The options every rule function takes (`{ policy, calendar }`), checked like theirs (an unknown
 * key is refused); no policy setting changes this rule.
 * @returns The month of employment, a whole number ≥ 1.
 * @throws {@link InvalidInputError} When `hiredOn` is not a valid instant (`invalid_instant`), `period` is
 * not `'YYYY-MM'` (`invalid_period`), or the period is before the month of joining (`before_hire`).
 * @see RULES `appraisal.pay-float-start`; CR 篇1 四.4.
 *
 * @example
 * ```ts
 * import { employmentMonth } from 'wuye-rules/appraisal';
 * employmentMonth('2026-03-31', '2026-03');
 * //=> 1
 * employmentMonth('2026-03-31T16:30:00Z', '2026-05');
 * //=> 2
 * employmentMonth('2025-11-15T09:00:00+08:00', '2026-01');
 * //=> 3
 * ```
 */
export function employmentMonth(hiredOn: Instant, period: string, options?: RuleOptions): number {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'employmentMonth');
  ruleOptions(options, 'employmentMonth');
  const hiredMs = toEpochMs(hiredOn, 'employmentMonth', ['hiredOn']);
  const periodIndex = _monthIndexOfPeriod(period, 'employmentMonth', ['period']);
  return _employmentMonthOf(hiredMs, periodIndex, period, 'employmentMonth', ['period']);
}
