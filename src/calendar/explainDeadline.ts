import type { RuleId } from '../core/decision.js';
import { DAY_MS, MAX_RESULT_MS, outsideResultSpan, requireResultInSpan, shanghaiDayOf, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import { invalid, requireObject, refuseExtraArguments } from '../core/validate.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { PROVISIONAL_RULE, provisionalMark, usedFallbackSince, usedProvisionalSince, WEEKENDS_FALLBACK_RULE } from '../core/provisional.js';
import { REST_DAY_EXTENSION_RULE } from '../core/restDayExtension.js';
import { lastDayOfPeriod, midnightShift } from '../core/period.js';
import { calendarIndexOf } from './_calendarIndex.js';
import { isMondayToFriday, isoOfDay, yearOfDay } from './_days.js';
import { COMPENSATION, HOLIDAY_NAMES, inStatutoryTable, statutoryNamesOf, statutoryYear } from './_statutory.js';
import { businessSpans, workMsOf } from './_workHours.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { workdayEngine } from './workdayEngine.js';
import type { Period } from './Period.js';

/** One day of a deadline's explanation: see {@link explainDeadline}. */
export interface DayNote {
  /** The Asia/Shanghai date, `YYYY-MM-DD`. */
  readonly date: string;
  /**
   * `'workday'` (a Monday–Friday working day, one a notice lists as working too), `'make-up-workday'`
   * (a weekend day the notice made a working day, 调休上班), `'weekend'`, `'holiday'` (a rest day of
   * the notice, or a statutory day of a provisional year), `'compensatory'` (a provisional year's
   * compensation day, 补假), or `'day'` (a calendar day of a day, week or month period, which counts
   * whatever it is).
   */
  readonly kind: 'workday' | 'make-up-workday' | 'weekend' | 'holiday' | 'compensatory' | 'day';
  /** The holiday as the notice names it (`春节`, `国庆节、中秋节`); for a compensation day, the holiday it makes up for. */
  readonly holiday?: string;
  /**
   * Present when the day was read from a provisional year (policy `outOfCoverage: 'statutory'`, RULES
   * C11): a working or rest day of such a year, or the last day of a day, week or month period that
   * `extendPastRestDays` looked up there. A plain calendar day that no rule looked up has none.
   */
  readonly provisional?: true;
}

/** The answer of {@link explainDeadline}. */
export interface DeadlineExplanation {
  /** The deadline: the same instant as {@link dueAt} gives. */
  readonly dueAt: Date;
  /**
   * Whether the deadline used a day of a provisional year: some note says so, or the rest-day
   * extension looked one up. A rule's decision and the command line's `provisional` agree with it.
   */
  readonly provisional: boolean;
  /** The days that count, in order: calendar days, working days, or the working days with working hours. */
  readonly counted: readonly DayNote[];
  /** The rest days passed over, in order. */
  readonly skipped: readonly DayNote[];
  /** The counting rules that produced the deadline. */
  readonly basis: readonly RuleId[];
}

const FN = 'explainDeadline';
// The most days one explanation lists (counted and skipped together): 100 years and then some.
const MOST_DAYS = 36_600;
// The Shanghai day 0000-01-01, the first a note can name.
const FIRST_DAY = -719_528;


// The fields of a period (core/dueAtMs.ts reads the same ones).
const PERIOD_FIELDS: readonly string[] = ['amount', 'unit'];
/**
 * The deadline of a period with the reasons for it: the days that count and the rest days passed
 * over, each with its kind (working day, make-up working day, weekend, holiday with the notice's
 * name, compensation day, plain calendar day) and whether it belongs to a provisional year. The
 * answer to "why is this due on 10 October?". `dueAt` is always what {@link dueAt} returns for the
 * same arguments, and it throws as {@link dueAt} throws.
 *
 * - Day, week and month periods count calendar days (`'day'`) from the day after the event; with
 *   `extendPastRestDays`, the rest days after a last day that rests are skipped and the next working
 *   day counted.
 * - Working-day periods count the working days after the event's day and skip the rest days between.
 * - Working-hour periods count the working days that lend business hours, from the event's day.
 * - Hour periods count no days; same-day and next-day count their one day.
 *
 * @param from - The event's instant.
 * @param period - The period, as for {@link dueAt}.
 * @param options - `policy` and `calendar`, as for {@link dueAt}.
 * @returns A frozen `{ dueAt, provisional, counted, skipped, basis }`.
 * @throws {@link InvalidInputError} As {@link dueAt} (paths `['from']`, `['period', …]`), and when the
 * explanation would list more than 36,600 days (`out_of_range` at `['period', 'amount']`): a period of
 * about a century is the most it explains, though {@link dueAt} counts any; and when it would list a day
 * before 0000-01-01, the Shanghai day of an instant written with an offset past +08:00 (`out_of_range`
 * at `['from']`).
 * @throws {@link CalendarCoverageError} As {@link dueAt}.
 * @see RULES C2, C3, C4, C5, C11, C12.
 *
 * @example
 * ```ts
 * import { explainDeadline } from 'wuye-rules/calendar';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const why = explainDeadline('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' });
 * toShanghaiIsoString(why.dueAt);
 * //=> '2026-10-10T00:00:00.000+08:00'
 * why.counted;
 * //=> [{ date: '2026-10-08', kind: 'workday' }, { date: '2026-10-09', kind: 'workday' }]
 * [why.skipped.length, why.skipped[0], why.provisional, why.basis];
 * //=> [7, { date: '2026-10-01', kind: 'holiday', holiday: '国庆节' }, false, ['C3']]
 * ```
 *
 * @example
 * ```ts
 * import { explainDeadline } from 'wuye-rules/calendar';
 * import { definePolicy } from 'wuye-rules/policy';
 * const policy = definePolicy({ outOfCoverage: 'statutory' });
 * const why = explainDeadline('2027-02-04T10:00:00+08:00', { amount: 2, unit: 'workday' }, { policy });
 * [why.provisional, why.counted.map((day) => day.date), why.skipped.map((day) => day.kind)];
 * //=> [true, ['2027-02-11', '2027-02-12'], ['holiday', 'holiday', 'holiday', 'holiday', 'compensatory', 'compensatory']]
 * ```
 */
export function explainDeadline(from: Instant, period: Period, options?: RuleOptions): DeadlineExplanation {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'explainDeadline');
  options = ruleOptions(options, FN);
  const fromMs = toEpochMs(from, FN, ['from']);
  // As dueAt: an instant past the span of results is refused on itself, and so is a deadline before it.
  if (fromMs > MAX_RESULT_MS) throw outsideResultSpan(FN, ['from'], from);
  // The period read once: dueAtMs and the notes below see the same fields.
  // With the period's field names, so that a class's getters of them are read, as dueAt reads them.
  const fields = requireObject(period, FN, ['period'], undefined, PERIOD_FIELDS) as unknown as Period;
  // Whether dueAtMs read a provisional day, including a last day it only checked for the rest-day
  // extension (that day counts as a calendar day and is not a working day's note).
  const mark = provisionalMark();
  const due = requireResultInSpan(dueAtMs(fromMs, fields, options, FN, ['period'], undefined, workdayEngine), FN, ['from'], from);
  const readProvisional = usedProvisionalSince(mark);
  // Whether it read a day the calendar does not cover as Monday–Friday (outOfCoverage 'weekends'), a
  // last day the rest-day extension checked included: the same side channel tells.
  const readUncovered = usedFallbackSince(mark);
  const { unit, amount } = fields as { unit: Period['unit']; amount: number };
  const statutory = options?.policy?.outOfCoverage === 'statutory';
  const elapsed = options?.policy?.dayCounting === 'elapsed';
  // The index dueAtMs counted with: which days the calendar (or the statutory table) lists, and
  // which of them are the calendar's own, published years.
  const { firstDay, lastDay, status, published = [firstDay, lastDay] } = calendarIndexOf(options, statutory);
  // The names the calendar's notices give their rest days (a holiday-cn file's); the others are named
  // after the statutory holidays of their run, as the shipped notices name theirs.
  const holidayNames = options?.calendar?.holidayNames;
  const first = shanghaiDayOf(fromMs);
  // A day, week or month period: the only periods the rest-day extension moves.
  const extendable = unit === 'day' || unit === 'week' || unit === 'month';
  // Under elapsed counting such a period from 00:00 covers its event's day and ends at 24:00 of the day
  // before its deadline's (written 00:00), as dueAtMs reads it: every day it lists is one day earlier.
  const midnight = extendable ? midnightShift(fromMs, first, elapsed) : 0;
  let end = shanghaiDayOf(elapsed && unit !== 'workhour' ? due : due - 1) - midnight;
  const counted: DayNote[] = [];
  const skipped: DayNote[] = [];
  // 1: a listed rest day; 2: a listed working day; 0 (and outside the index): the weekday decides.
  const listed = (day: number): number => (day < firstDay || day > lastDay ? 0 : (status[day - firstDay] as number));
  const works = (day: number): boolean => listed(day) > 1 || (!listed(day) && isMondayToFriday(day));
  const isPublished = (day: number): boolean => day >= published[0] && day <= published[1];
  // A rest day of a published year (false outside them).
  const rests = (day: number): boolean => isPublished(day) && !works(day);
  const codeOf = (day: number): number | undefined => (inStatutoryTable(yearOfDay(day)) ? statutoryYear(yearOfDay(day)).get(day) : undefined);
  const note = (day: number): DayNote => {
    const code = codeOf(day);
    const fields: { date: string; kind: DayNote['kind']; holiday?: string; provisional?: true } = {
      date: isoOfDay(day),
      // A weekday a notice lists as working (2020-02-03, after the extended Spring Festival) is a
      // working day as any other weekday: only a weekend day is made up.
      kind: listed(day) === 1 ? 'holiday' : isMondayToFriday(day) ? 'workday' : listed(day) ? 'make-up-workday' : 'weekend',
    };
    if (isPublished(day)) {
      const given = holidayNames?.[fields.date];
      if (listed(day) === 1 && given !== undefined) fields.holiday = given;
      else if (listed(day) === 1) {
        // The name the notice would give: the holidays of the statutory and compensation days of the
        // day's run of rest days, in order (国庆节、中秋节 when 中秋 shares 1 October and is made up after
        // it); for every rest day of the 2019–2026 notices, the name holiday-cn's files give.
        let at = day;
        while (rests(at - 1)) at -= 1;
        const names: string[] = [];
        for (; rests(at); at += 1) {
          const name = HOLIDAY_NAMES[(codeOf(at) ?? 7) % COMPENSATION] as string;
          if (name && !names.includes(name)) names.push(name);
        }
        if (names[0]) fields.holiday = names.join('、');
      }
    } else if (statutory) {
      if (code !== undefined) {
        // A statutory day two holidays share (中秋 on 1–3 October) is named after both, as a notice names it.
        fields.kind = code < COMPENSATION ? 'holiday' : 'compensatory';
        fields.holiday = code < COMPENSATION ? statutoryNamesOf(yearOfDay(day), day) : (HOLIDAY_NAMES[code % COMPENSATION] as string);
      }
      fields.provisional = true;
    }
    return Object.freeze(fields);
  };
  // Days up to `plain` count as calendar days; the others count when they work and are skipped when
  // they rest.
  let start = first + 1 - midnight;
  let plain = first;
  let rule = elapsed ? 'C2.elapsed' : 'C2';
  if (unit === 'hour') {
    rule = 'C4';
    start = end + 1;
  } else if (unit === 'same-day' || unit === 'next-day') {
    rule = 'C5';
    plain = start = end;
  } else if (unit === 'workday') {
    // Working days are counted by C3 in either reading; elapsed counting ends on the last one's clock time.
    rule = 'C3';
  } else if (unit === 'workhour') {
    rule = 'calendar.work-hours';
    // No calendar days: every day, the event's own included, counts as the working day it is or not.
    plain = first - 1;
    // The event's day is listed when its business hours are not over (counted when it works, skipped
    // when it rests); after its last closing, whether it works cannot change the answer, and it is
    // not read. For 0 hours (noise alone included) a closing instant is not over: the deadline is that
    // instant on a working day.
    const offset = fromMs - startOfShanghaiDay(first);
    const spans = businessSpans(options);
    const workMs = workMsOf(amount);
    const none = workMs === 0;
    if (spans.some((time, index) => index % 2 && (time > offset || (none && time === offset)))) start = first;
    // No hour counted (0, or an amount too small to be time): the rest days passed over before the
    // next opening, and the working day the deadline falls in: the next opening's, or the start's
    // own when it lies in business hours (00:00 being 24:00 of the day before when hours end at 24:00
    // and that day works, as dueAt reads it).
    if (none) {
      const dayBeforeRead = offset === 0 && spans[spans.length - 1] === DAY_MS;
      if (due !== fromMs) end = shanghaiDayOf(due);
      else if (dayBeforeRead && works(first - 1)) start = end = first - 1;
      else {
        // The day before, read and found resting, is passed over.
        if (dayBeforeRead) start = first - 1;
        end = first;
      }
      // No day of it counts as a calendar day.
      plain = start - 1;
    } else if (!Number.isInteger(workMs)) {
      // A fraction of a millisecond ends the period just after the due instant, which is floored to
      // the millisecond: inside business hours of the due instant's own day, even at its midnight.
      end = shanghaiDayOf(due);
    }
  } else plain = lastDayOfPeriod(first, amount, unit) - midnight;
  // An explanation lists every day it passes: a period of centuries would answer with megabytes of
  // notes (and a service would spend seconds writing them). dueAt has no such limit.
  if (end - start + 1 > MOST_DAYS) {
    throw invalid(FN, ['period', unit === 'same-day' || unit === 'next-day' ? 'unit' : 'amount'], 'out_of_range', `a period whose explanation spans at most ${MOST_DAYS} days (about 100 years)`, amount);
  }
  // Every day it lists is a day of 0000–9999, written YYYY-MM-DD: an instant on the Shanghai day before
  // 0000-01-01 (its offset up to +23:59 allows one) whose own day would be listed is refused on itself.
  if (start <= end && start < FIRST_DAY) throw outsideResultSpan(FN, ['from'], from);
  // The last calendar day, when the rest-day extension looked it up in a provisional year.
  const checkedProvisional = readProvisional && extendable && statutory && !isPublished(plain) ? plain : undefined;
  for (let day = start; day <= end; day += 1) {
    if (day <= plain) counted.push(Object.freeze(day === checkedProvisional ? { date: isoOfDay(day), kind: 'day', provisional: true } : { date: isoOfDay(day), kind: 'day' }));
    else (works(day) ? counted : skipped).push(note(day));
  }
  const basis: RuleId[] = unit === 'workday' && elapsed ? [rule, 'C2.elapsed'] : [rule];
  if (extendable && plain < end) basis.push(REST_DAY_EXTENSION_RULE);
  if (readUncovered) basis.push(WEEKENDS_FALLBACK_RULE);
  // The notes say provisional only of days dueAtMs read: its side channel is the whole answer.
  const provisional = readProvisional;
  if (provisional) basis.push(PROVISIONAL_RULE);
  return Object.freeze({ dueAt: new Date(due), provisional, counted: Object.freeze(counted), skipped: Object.freeze(skipped), basis: Object.freeze(basis) });
}
