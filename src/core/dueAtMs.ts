// The deadline of a period (RULES C2–C5, C11, C12), shared by every rule that counts one. Day, week,
// month, hour, same-day and next-day periods need no calendar; working days, working hours and the
// extension past rest days ask the working-day engine (core/workdayEngine.ts): the caller's own when
// its default periods need it, otherwise the one the policy carries.
import type { InputPath } from './errors.js';
import { HOUR_MS, MAX_RESULT_MS, MIN_RESULT_MS, outsideResultSpan, shanghaiDayOf, startOfShanghaiDay } from './instant.js';
import type { RuleOptions } from './options.js';
import { requireNonNegativeNumber, requireObject, requireOneOf, requirePositiveInteger } from './validate.js';
import type { Period } from '../calendar/Period.js';
import { lastDayOfPeriod, midnightShift, periodEndMs } from './period.js';
import { policyEngine, type WorkdayEngine } from './workdayEngine.js';
import { noteRestDayExtension } from './restDayExtension.js';

/** The units of a {@link Period}. */
export const PERIOD_UNITS = ['hour', 'day', 'week', 'month', 'workday', 'workhour', 'same-day', 'next-day'] as const;
// The fields of a period, for an object that holds them on its prototype (core/inheritedFields.ts).
const PERIOD_FIELDS: readonly string[] = ['amount', 'unit'];

/** How the deadline of a period is asked for: from the instant `fromMs`, under the options, for `fn`'s `path` (see {@link dueAtMs}). */
export type PeriodEnd = (fromMs: number, period: Period, options: RuleOptions | undefined, fn: string, path: InputPath, from?: unknown, engine?: WorkdayEngine) => number;

/**
 * The deadline of `period` counted from the instant `fromMs` (RULES C2–C5), honouring the policy's
 * `dayCounting`, `extendPastRestDays` and `outOfCoverage`: a deadline the rule returns, so it lies
 * within the span of results (0000-01-01T00:00+08:00 to 9999-12-31T23:59:59.999+08:00, see
 * {@link MIN_RESULT_MS}), else `out_of_range`. `fn` and `path` name the caller and the period field for
 * errors (`path` = the period's own path, e.g. `['period']`; the amount is reported at
 * `[...path, 'amount']`, the unit at `[...path, 'unit']`), and a deadline past the span's end is then
 * refused on the amount (or the unit of same-day / next-day); the caller refuses an instant past the
 * span's end, and a deadline before its start (which only such an instant gives), on the instant itself.
 * A rule whose period comes from the validated policy passes `from`, the instant as given: `path` then
 * names that instant, and a deadline outside the span is refused on it (the period, at most 100 years,
 * cannot be at fault).
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
 * same clock time on the next working day (a deadline at 00:00 is 24:00 of the day before, which decides). Hours, same-day and next-day do not depend on it.
 *
 * A deadline that is past the span's end whatever the calendar (N working days are at least N days,
 * N working hours at least N hours) is refused before the calendar is asked about its days.
 *
 * `engine` is the caller's working-day engine, given by the rules whose default periods count working
 * days or hours; without it the policy's is used (every validated policy carries one).
 *
 * @throws {@link InvalidInputError} When the period is not a valid period or the deadline lies outside the span of results.
 * @throws {@link CalendarCoverageError} When the calendar must know a day outside its years.
 */
export const dueAtMs: PeriodEnd = (fromMs, period, options, fn, path, from, engine) => periodEndOf(fromMs, period, options, fn, path, from, engine, true);

/**
 * The deadline as {@link dueAtMs} counts it, for a rule that only compares it with an instant and
 * returns no instant of it (how long a complaint stayed unresolved, a recurrence window, the approvals
 * a duty calendar looks for past its window): not held to the span of results, so a question about
 * the last weeks of 9999 is still answered. A validated policy's periods (at most 100 years) keep it
 * far within a Date's range.
 */
export const comparedDueMs: PeriodEnd = (fromMs, period, options, fn, path, from, engine) => periodEndOf(fromMs, period, options, fn, path, from, engine, false);

/** Where an instant stands against a period's end: not past it; past it; past only the end the rest-day extension moved from. */
export const NOT_PAST = 0;
/** See {@link NOT_PAST}. */
export const PAST = 1;
/** See {@link NOT_PAST}. */
export const SPARED_BY_EXTENSION = 2;

/**
 * Where an instant stands against the end of `period` from `fromMs` ({@link comparedDueMs}), `past`
 * saying what past a deadline means for the rule (after it, or at it too): {@link NOT_PAST},
 * {@link PAST}, or {@link SPARED_BY_EXTENSION} when only the rest-day extension keeps it in time. The
 * extension only moves an end later, so an instant not past the unmoved end is not past the moved one:
 * the calendar is then never asked about the end's day (nor may it flag the answer provisional).
 */
export function standingAgainstEnd(
  past: (deadline: number) => boolean,
  fromMs: number,
  period: Period,
  options: RuleOptions | undefined,
  fn: string,
  path: InputPath,
  from?: unknown,
): number {
  if (!past(unmovedDueMs(fromMs, period, options, fn, path, from))) return NOT_PAST;
  if (options?.policy?.extendPastRestDays !== true) return PAST;
  return past(comparedDueMs(fromMs, period, options, fn, path, from)) ? PAST : SPARED_BY_EXTENSION;
}

/**
 * The deadline as {@link comparedDueMs} counts it before any rest-day extension (policy
 * `extendPastRestDays`): the earliest the period can end. A rule that only asks whether an instant is
 * past the deadline asks this first: an instant not past it is not past the moved deadline either,
 * and the calendar need not know the period's last day (nor may it flag the answer provisional).
 */
const unmovedDueMs: PeriodEnd = (fromMs, period, options, fn, path, from, engine) => periodEndOf(fromMs, period, options, fn, path, from, engine, false, false);

// Refuses a returned deadline outside the span of results: on the instant when the caller gave it, else
// on the period's amount (or the unit of same-day / next-day).
function refuseDeadline(fn: string, path: InputPath, from: unknown, fields: Record<string, unknown>, field: 'amount' | 'unit'): never {
  throw from === undefined ? outsideResultSpan(fn, [...path, field], fields[field]) : outsideResultSpan(fn, path, from);
}

function periodEndOf(
  fromMs: number,
  period: Period,
  options: RuleOptions | undefined,
  fn: string,
  path: InputPath,
  from: unknown,
  engine: WorkdayEngine | undefined,
  returned: boolean,
  extend = options?.policy?.extendPastRestDays === true,
): number {
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
  let due: number;
  if (calendarDay) due = startOfShanghaiDay(day + (unit === 'same-day' ? 1 : 2));
  // Floor: an act at whole millisecond t meets a fractional deadline d exactly when t <= floor(d).
  else if (unit === 'hour') due = Math.floor(fromMs + requireNonNegativeNumber(fields.amount, fn, [...path, 'amount']) * HOUR_MS);
  else {
    // Only working days, working hours and the rest-day extension consult the calendar: day, week and
    // month periods work for any date, whatever calendar the options carry. A deadline past the span's
    // end whatever the calendar says is refused before the calendar is asked about a day there.
    const calendar = (): WorkdayEngine => engine ?? policyEngine(options, fn);
    if (unit === 'workhour') {
      const hours = requireNonNegativeNumber(fields.amount, fn, [...path, 'amount']);
      // A working hour takes at least an hour.
      if (returned && !(fromMs + hours * HOUR_MS <= MAX_RESULT_MS)) refuseDeadline(fn, path, from, fields, 'amount');
      due = Math.floor(calendar().workhourDue(fromMs, hours, options, fn));
    } else {
      const rawAmount = fields.amount;
      const amount = typeof rawAmount === 'number' && Number.isSafeInteger(rawAmount) && rawAmount >= 1 ? rawAmount : requirePositiveInteger(rawAmount, fn, [...path, 'amount']);
      const elapsed = options?.policy?.dayCounting === 'elapsed';
      // N working days end no earlier than N days would.
      if (unit === 'workday' && returned && !(periodEndMs(fromMs, day, day + amount, elapsed) <= MAX_RESULT_MS)) {
        refuseDeadline(fn, path, from, fields, 'amount');
      }
      // The period's last day; under elapsed counting, the day the deadline falls on (N × 24 h, calendar
      // months and working days all keep the clock time, so it is the same day).
      let last = unit === 'workday' ? calendar().addWorkdays(day, amount, options, fn) : lastDayOfPeriod(day, amount, unit);
      const unextended = periodEndMs(fromMs, day, last, elapsed);
      // The extension only moves a deadline later: one already too late is refused before the calendar is asked.
      if (returned && !(unextended <= MAX_RESULT_MS)) refuseDeadline(fn, path, from, fields, 'amount');
      if (unit !== 'workday' && extend) {
        // The day that must work is the one the period's last instant lies on. Under elapsed counting a
        // deadline at 00:00 (from an event at 00:00) is 24:00 of the day before (RULES C2, and the
        // convention that 24:00 of D is written 00:00 of D + 1): that day decides, and a move keeps the
        // deadline at 24:00 of the working day found.
        const midnight = midnightShift(fromMs, day, elapsed);
        if (!calendar().isWorkday(last - midnight, options, fn)) {
          last = calendar().addWorkdays(last - midnight, 1, options, fn) + midnight;
          noteRestDayExtension();
        }
      }
      due = periodEndMs(fromMs, day, last, elapsed);
    }
  }
  // A returned deadline lies within the span of results. One before its start, which only an instant
  // before the span gives, is the caller's to refuse when it gave no instant. NaN is outside.
  if (returned && !(due <= MAX_RESULT_MS && (due >= MIN_RESULT_MS || from === undefined))) refuseDeadline(fn, path, from, fields, calendarDay ? 'unit' : 'amount');
  return due;
}

/**
 * A period of `hours` as the policy counts the sources' "N小时内": clock hours, or working hours under
 * `hourCounting: 'business-hours'` (RULES C4, C12).
 */
export function countedHours(hours: number, options: RuleOptions | undefined): Period {
  return { amount: hours, unit: options?.policy?.hourCounting === 'business-hours' ? 'workhour' : 'hour' };
}
