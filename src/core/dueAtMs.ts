// The deadline of a period (RULES C2–C5, C11, C12), shared by every rule that counts one. Day, week,
// month, hour, same-day and next-day periods need no calendar; working days, working hours and the
// extension past rest days ask the working-day engine (core/workdayEngine.ts): the caller's own when
// its default periods need it, otherwise the one the policy carries.
import type { InputPath } from './errors.js';
import { HOUR_MS, MAX_EPOCH_MS, requireRepresentable, shanghaiDayOf, startOfShanghaiDay } from './instant.js';
import type { RuleOptions } from './options.js';
import { requireNonNegativeNumber, requireObject, requireOneOf, requirePositiveInteger } from './validate.js';
import type { Period } from '../calendar/Period.js';
import { lastDayOfPeriod, periodEndMs } from './period.js';
import { policyEngine, type WorkdayEngine } from './workdayEngine.js';
import { noteRestDayExtension } from './restDayExtension.js';

/** The units of a {@link Period}. */
export const PERIOD_UNITS = ['hour', 'day', 'week', 'month', 'workday', 'workhour', 'same-day', 'next-day'] as const;
// The fields of a period, for an object that holds them on its prototype (core/inheritedFields.ts).
const PERIOD_FIELDS: readonly string[] = ['amount', 'unit'];

/**
 * The deadline of `period` counted from the instant `fromMs` (RULES C2–C5), honouring the policy's
 * `dayCounting`, `extendPastRestDays` and `outOfCoverage`. `fn` and `path` name the caller and the
 * period field for errors (`path` = the period's own path, e.g. `['period']`; the amount is reported
 * at `[...path, 'amount']`, the unit at `[...path, 'unit']`). A rule whose period comes from the validated
 * policy passes `from`, the instant as given: `path` then names that instant, and a deadline beyond a
 * Date's range is refused on it (the period cannot be at fault).
 *
 * Civil-code counting (default): the event's day D does not count; N days end at 24:00 of D + N
 * (returned as 00:00 of D + N + 1), weeks are 7N days, months end on the corresponding day (or the
 * month's last day); N working days end at 24:00 of the Nth working day after D; hours are exact;
 * same-day is 24:00 of D, next-day 24:00 of D + 1; working hours count business time on working days
 * (RULES C12). With `extendPastRestDays`, a day/week/month
 * period whose last day is a rest day ends at 24:00 of the next working day (Civil Code art. 203).
 *
 * Elapsed counting: N days are N × 24 h, weeks 7N × 24 h, months calendar-month addition at the
 * same Shanghai clock time (clamped to the month's end), N working days the same clock time on the
 * Nth working day; with `extendPastRestDays`, a day/week/month deadline on a rest day moves to the
 * same clock time on the next working day. Hours, same-day and next-day do not depend on it.
 *
 * `engine` is the caller's working-day engine, given by the rules whose default periods count working
 * days or hours; without it the policy's is used (every validated policy carries one).
 *
 * @throws {@link InvalidInputError} When the period is not a valid period or the result is not a valid date.
 * @throws {@link CalendarCoverageError} When the calendar must know a day outside its years.
 */
export function dueAtMs(
  fromMs: number,
  period: Period,
  options: RuleOptions | undefined,
  fn: string,
  path: InputPath,
  from?: unknown,
  engine?: WorkdayEngine,
): number {
  // An instant given as read is never undefined: its absence means the period itself is to blame.
  const blame = from !== undefined;
  const fields = requireObject(period, fn, path, undefined, PERIOD_FIELDS);
  const unit = fields.unit as Period['unit'];
  // The checks below build error paths only when they fail: dueAtMs runs inside every deadline rule.
  if (!PERIOD_UNITS.includes(unit)) requireOneOf(unit, PERIOD_UNITS, fn, [...path, 'unit']);
  const calendarDay = unit === 'same-day' || unit === 'next-day';
  // A typo (`amout`) or an amount on same-day / next-day is refused, as periodSchema refuses it.
  for (const key in fields) {
    if (key !== 'unit' && (key !== 'amount' || calendarDay)) requireObject(fields, fn, path, calendarDay ? ['unit'] : ['amount', 'unit']);
  }
  const day = shanghaiDayOf(fromMs);
  if (calendarDay) {
    const due = startOfShanghaiDay(day + (unit === 'same-day' ? 1 : 2));
    return Math.abs(due) <= MAX_EPOCH_MS ? due : requireRepresentable(due, fn, blame ? path : [...path, 'unit'], blame ? from : unit);
  }
  const guard = (ms: number): number => (Math.abs(ms) <= MAX_EPOCH_MS ? ms : requireRepresentable(ms, fn, blame ? path : [...path, 'amount'], blame ? from : fields.amount));
  // Floor: an act at whole millisecond t meets a fractional deadline d exactly when t <= floor(d).
  if (unit === 'hour') return guard(Math.floor(fromMs + requireNonNegativeNumber(fields.amount, fn, [...path, 'amount']) * HOUR_MS));
  // Only working days, working hours and the rest-day extension consult the calendar: day, week and
  // month periods work for any date, whatever calendar the options carry.
  const calendar = (): WorkdayEngine => engine ?? policyEngine(options, fn);
  if (unit === 'workhour') return guard(Math.floor(calendar().workhourDue(fromMs, requireNonNegativeNumber(fields.amount, fn, [...path, 'amount']), options, fn)));
  const rawAmount = fields.amount;
  const amount = typeof rawAmount === 'number' && Number.isSafeInteger(rawAmount) && rawAmount >= 1 ? rawAmount : requirePositiveInteger(rawAmount, fn, [...path, 'amount']);
  const elapsed = options?.policy?.dayCounting === 'elapsed';
  // The period's last day; under elapsed counting, the day the deadline falls on (N × 24 h, calendar
  // months and working days all keep the clock time, so it is the same day).
  let last = unit === 'workday' ? calendar().addWorkdays(day, amount, options, fn) : lastDayOfPeriod(day, amount, unit);
  // Refuse an amount no date can hold before asking the calendar about its last day.
  guard(startOfShanghaiDay(last + 1));
  if (unit !== 'workday' && options?.policy?.extendPastRestDays === true && !calendar().isWorkday(last, options, fn)) {
    const unextended = periodEndMs(fromMs, day, last, elapsed);
    last = calendar().addWorkdays(last, 1, options, fn);
    noteRestDayExtension(unextended);
  }
  return guard(periodEndMs(fromMs, day, last, elapsed));
}

/**
 * A period of `hours` as the policy counts the sources' "N小时内": clock hours, or working hours under
 * `hourCounting: 'business-hours'` (RULES C4, C12).
 */
export function countedHours(hours: number, options: RuleOptions | undefined): Period {
  return { amount: hours, unit: options?.policy?.hourCounting === 'business-hours' ? 'workhour' : 'hour' };
}
