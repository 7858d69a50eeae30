// Validation of calendar specs and the precomputed index behind every working-day operation: prefix
// counts of working days over the covered days, so that counting and adding working days costs O(1)
// whatever the distance. Outside the covered years, the weekends-only fallback (policy
// `outOfCoverage: 'weekends'`) uses whole-week arithmetic, never a loop.
import { CalendarCoverageError, type InputPath } from '../core/errors.js';
import { DAY_MS, parseIsoString, shanghaiDayOf } from '../core/instant.js';
import type { RuleOptions } from '../core/options.js';
import { invalid, requireArray, requireCount, requireObject, requireString } from '../core/validate.js';
import { chinaCalendar } from './chinaCalendar.js';
import { noteFallback, noteProvisional } from '../core/provisional.js';
import { dayOfWeekdayCount, daysFromCivil, isMondayToFriday, weekdayCount, yearOfDay } from './_days.js';
import { inStatutoryTable, statutoryYear, STATUTORY_FROM, STATUTORY_TO } from './_statutory.js';

/** The years a calendar may cover. */
export const MIN_YEAR = 1900;
/** The years a calendar may cover. */
export const MAX_YEAR = 2999;

/** A calendar spec after validation: whole years and sorted, deduplicated dates (the shape of a {@link Calendar}). */
export interface NormalizedSpec {
  /** First year. */
  readonly from: number;
  /** Last year. */
  readonly to: number;
  /** Rest days, sorted, unique. */
  readonly holidays: readonly string[];
  /** Make-up working days, sorted, unique. */
  readonly workdays: readonly string[];
  /** Names of rest days, by date in order; absent when none is named. */
  readonly holidayNames?: Readonly<Record<string, string>>;
}

/** The precomputed working-day index of a calendar. */
export interface CalendarIndex {
  /** First year covered. */
  readonly from: number;
  /** Last year covered. */
  readonly to: number;
  /** Day number of 1 January of `from`. */
  readonly firstDay: number;
  /** Day number of 31 December of `to`. */
  readonly lastDay: number;
  /** `prefix[i]`: working days among the first `i` covered days. */
  readonly prefix: Int32Array;
  /** `ordinals[k]`: offset from `firstDay` of the (k + 1)th working day. */
  readonly ordinals: Int32Array;
  /**
   * `status[i]`, for the covered day `firstDay + i`: 1 a listed rest day (a holiday of the calendar,
   * or a statutory or compensation day of a provisional year), 2 a listed working day (调休上班), 0
   * neither (the weekday decides).
   */
  readonly status: Uint8Array;
  /**
   * With the provisional years of the statutory table (policy `outOfCoverage: 'statutory'`): the
   * first and last day of the calendar's own (published) years.
   */
  readonly published?: readonly [number, number];
  /** Days inside `firstDay`–`lastDay` that nothing covers, when there are any. */
  readonly gap?: readonly [number, number] | undefined;
}

/** Reads a `YYYY-MM-DD` date as a day number, or throws `invalid_date`. */
export function parseDate(value: unknown, fn: string, path: InputPath): number {
  // The date form of an instant: four digits of year, a real month and day, nothing after them.
  const ms = typeof value === 'string' && value.length === 10 ? parseIsoString(value) : null;
  if (ms === null) throw invalid(fn, path, 'invalid_date', 'a date (YYYY-MM-DD)', value);
  return shanghaiDayOf(ms);
}

/** A whole year within the years a calendar may cover. */
export function requireYear(value: unknown, fn: string, path: InputPath): number {
  const year = requireCount(value, fn, path);
  if (year < MIN_YEAR || year > MAX_YEAR) throw invalid(fn, path, 'out_of_range', `${MIN_YEAR}–${MAX_YEAR}`, value);
  return year;
}

/** Reads a list of dates (already read once), each within the years `from`–`to`. */
function readDates(list: readonly unknown[], from: number, to: number, fn: string, path: InputPath): Map<string, number> {
  const dates = new Map<string, number>();
  list.forEach((entry, index) => {
    const day = parseDate(entry, fn, [...path, index]);
    const year = yearOfDay(day);
    if (year < from || year > to) throw invalid(fn, [...path, index], 'out_of_range', `within ${from}–${to}`, entry);
    dates.set(entry as string, day);
  });
  return dates;
}

/**
 * Validates a calendar spec (`{ from, to, holidays, workdays }`): whole years `from` ≤ `to`, dates
 * written `YYYY-MM-DD` within those years, no date both a holiday and a working day.
 */
export function normalizeSpec(value: unknown, fn: string, path: InputPath): NormalizedSpec {
  const spec = requireObject(value, fn, path, ['from', 'to', 'holidays', 'workdays', 'holidayNames']);
  const from = requireYear(spec.from, fn, [...path, 'from']);
  const to = requireYear(spec.to, fn, [...path, 'to']);
  if (to < from) throw invalid(fn, [...path, 'to'], 'out_of_range', `${from} or later`, spec.to);
  const holidays = readDates(requireArray(spec.holidays, fn, [...path, 'holidays']), from, to, fn, [...path, 'holidays']);
  const workdayList = requireArray(spec.workdays, fn, [...path, 'workdays']);
  const workdays = readDates(workdayList, from, to, fn, [...path, 'workdays']);
  workdayList.forEach((entry, index) => {
    if (holidays.has(entry as string)) throw invalid(fn, [...path, 'workdays', index], 'conflicting_date', 'not a holiday too', entry);
  });
  const normalized = { from, to, holidays: [...holidays.keys()].sort(), workdays: [...workdays.keys()].sort() };
  const names = spec.holidayNames === undefined ? undefined : readHolidayNames(spec.holidayNames, holidays, fn, [...path, 'holidayNames']);
  return names === undefined ? normalized : { ...normalized, holidayNames: names };
}

/**
 * Reads the names of rest days: each key a date of `holidays`, each name a non-empty string. Returns
 * them by date in order, or `undefined` when there are none (a calendar without names has no key).
 */
function readHolidayNames(value: unknown, holidays: ReadonlyMap<string, number>, fn: string, path: InputPath): Record<string, string> | undefined {
  const given = requireObject(value, fn, path);
  const names: Record<string, string> = {};
  for (const date of Object.keys(given).sort()) {
    parseDate(date, fn, [...path, date]);
    if (!holidays.has(date)) throw invalid(fn, [...path, date], 'out_of_range', 'a date of holidays (only a rest day is named)', date);
    const name = requireString(given[date], fn, [...path, date]);
    if (name.trim() === '') throw invalid(fn, [...path, date], 'empty', 'a name that is not blank', name);
    names[date] = name;
  }
  return Object.keys(names).length === 0 ? undefined : names;
}

/**
 * Builds the prefix-count index of a validated spec. O(covered days), once per calendar. With
 * `statutory`, the index also covers the years of the statutory table around the spec's years, read
 * as provisional years (RULES C11).
 */
function buildIndex(spec: NormalizedSpec, statutory = false): CalendarIndex {
  const from = statutory ? Math.min(spec.from, STATUTORY_FROM) : spec.from;
  const to = statutory ? Math.max(spec.to, STATUTORY_TO) : spec.to;
  const firstDay = daysFromCivil(from, 1, 1);
  const lastDay = daysFromCivil(to, 12, 31);
  const count = lastDay - firstDay + 1;
  // 0: the weekday pattern decides; 1: rest day; 2: working day.
  const status = new Uint8Array(count);
  for (let year = from; statutory && year <= to; year += 1) {
    if ((year < spec.from || year > spec.to) && inStatutoryTable(year)) for (const day of statutoryYear(year).keys()) status[day - firstDay] = 1;
  }
  // The dates are valid: read them directly.
  for (const date of spec.holidays) status[Date.parse(date) / DAY_MS - firstDay] = 1;
  for (const date of spec.workdays) status[Date.parse(date) / DAY_MS - firstDay] = 2;
  const prefix = new Int32Array(count + 1);
  const ordinals = new Int32Array(count);
  let total = 0;
  for (let offset = 0; offset < count; offset += 1) {
    const kind = status[offset];
    if (kind === 2 || (kind === 0 && isMondayToFriday(firstDay + offset))) ordinals[total++] = offset;
    prefix[offset + 1] = total;
  }
  const index = { from, to, firstDay, lastDay, prefix, ordinals: ordinals.slice(0, total), status };
  if (!statutory) return index;
  const published = [daysFromCivil(spec.from, 1, 1), daysFromCivil(spec.to, 12, 31)] as const;
  // The years between the calendar and the table that neither covers: none when they touch or overlap.
  const gap = [Math.min(published[1], daysFromCivil(STATUTORY_TO, 12, 31)) + 1, Math.max(published[0], daysFromCivil(STATUTORY_FROM, 1, 1)) - 1] as const;
  return { ...index, published, gap: gap[0] <= gap[1] ? gap : undefined };
}

// Indexes of the calendars seen so far, plain and with the statutory table. A calendar in the options
// carries the mark of chinaCalendar, defineCalendar or extendCalendar (ruleOptions refuses any other),
// so it is already a valid, normalized spec and frozen: it is indexed once and never read again.
const indexes = new WeakMap<object, CalendarIndex>();
const statutoryIndexes = new WeakMap<object, CalendarIndex>();

/**
 * The index of the options' calendar (chinaCalendar by default); with `statutory`, extended by the
 * provisional years of the statutory table. The options must have been read by ruleOptions.
 */
export function calendarIndexOf(options: RuleOptions | undefined, statutory = false): CalendarIndex {
  const calendar = options?.calendar ?? chinaCalendar;
  const cache = statutory ? statutoryIndexes : indexes;
  let index = cache.get(calendar);
  if (index === undefined) cache.set(calendar, (index = buildIndex(calendar, statutory)));
  return index;
}

/** How the working-day operations of one call read the calendar. */
export interface WorkdayContext {
  /** The calendar's index. */
  readonly index: CalendarIndex;
  /** True when days outside the calendar count as Monday–Friday (policy `outOfCoverage: 'weekends'`). */
  readonly fallback: boolean;
  /** The public function's name, for errors. */
  readonly fn: string;
}

/** The calendar and coverage policy of `options`. */
export function workdayContext(options: RuleOptions | undefined, fn: string): WorkdayContext {
  const coverage = options?.policy?.outOfCoverage;
  return { index: calendarIndexOf(options, coverage === 'statutory'), fallback: coverage === 'weekends', fn };
}

/**
 * The coverage error for a day outside the calendar, naming its year and the ways to supply it. Under
 * `outOfCoverage: 'statutory'` the year is outside both the calendar's own years and the statutory
 * table: the message says so, and offers the notice or the weekends-only fallback instead; so does it
 * for a year the statutory table lacks (before 2014, after 2099).
 */
function coverageError(context: WorkdayContext, day: number): CalendarCoverageError {
  const year = yearOfDay(day);
  const { from, to, published } = context.index;
  const outside = published
    ? `the calendar (${yearOfDay(published[0])}–${yearOfDay(published[1])}) and the statutory table of outOfCoverage: 'statutory' (${STATUTORY_FROM}–${STATUTORY_TO})`
    : `the calendar (${from}–${to})`;
  // extendCalendar adds the year right after a calendar's last; a year before the calendar, or further
  // after it, needs a calendar defined to cover it; a year no calendar may cover has only the
  // weekends-only fallback. The statutory table is offered only where it has the year.
  const last = published ? yearOfDay(published[1]) : to;
  const supply =
    year < MIN_YEAR || year > MAX_YEAR
      ? `no calendar covers years outside ${MIN_YEAR}–${MAX_YEAR}:`
      : year === last + 1
        ? 'add its notice with extendCalendar or'
        : `define a calendar that covers it with defineCalendar (extendCalendar adds ${last + 1} only) or`;
  return new CalendarCoverageError(year, `${context.fn}: ${year} is outside ${outside}; ${supply} set policy outOfCoverage: '${published || !inStatutoryTable(year) ? 'weekends' : 'statutory'}'`);
}

/**
 * Throws {@link CalendarCoverageError} unless every day from `first` to `last` (inclusive) is covered
 * or the fallback is on. An empty range (`first > last`) needs nothing. A range that reaches a
 * provisional year, or an uncovered day under the fallback, is noted for the decisions' flags (see
 * core/provisional.ts).
 */
export function requireCovered(context: WorkdayContext, first: number, last: number): void {
  if (first > last) return;
  const { firstDay, lastDay, published, gap } = context.index;
  if (context.fallback) {
    if (first < firstDay || last > lastDay) noteFallback();
    return;
  }
  if (first < firstDay) throw coverageError(context, first);
  if (last > lastDay) throw coverageError(context, Math.max(first, lastDay + 1));
  if (gap && first <= gap[1] && last >= gap[0]) throw coverageError(context, Math.max(first, gap[0]));
  if (published && (first < published[0] || last > published[1])) noteProvisional();
}

/**
 * The working-day count up to and including `day`: a non-decreasing function that grows by one on
 * each working day (zero on the day before the calendar starts). Outside the calendar it continues
 * with Monday–Friday arithmetic.
 */
export function ordinalOf(index: CalendarIndex, day: number): number {
  const offset = day - index.firstDay;
  if (offset < 0) return weekdayCount(day) - weekdayCount(index.firstDay - 1);
  if (day <= index.lastDay) return index.prefix[offset + 1] as number;
  return (index.prefix[index.prefix.length - 1] as number) + weekdayCount(day) - weekdayCount(index.lastDay);
}

/** The first day whose {@link ordinalOf} reaches `ordinal`: for ordinals it takes, a working day. */
export function dayOfOrdinal(index: CalendarIndex, ordinal: number): number {
  const total = index.ordinals.length;
  if (ordinal <= 0) return dayOfWeekdayCount(ordinal + weekdayCount(index.firstDay - 1));
  if (ordinal <= total) return index.firstDay + (index.ordinals[ordinal - 1] as number);
  return dayOfWeekdayCount(ordinal - total + weekdayCount(index.lastDay));
}

/** Whether `day` works, throwing or falling back outside the calendar. */
export function isWorkdayIn(context: WorkdayContext, day: number): boolean {
  requireCovered(context, day, day);
  return ordinalOf(context.index, day) !== ordinalOf(context.index, day - 1);
}

/** The `n`th working day after `day` (n ≥ 0; 0 gives `day`). */
export function addWorkdaysIn(context: WorkdayContext, day: number, n: number): number {
  if (n === 0) return day;
  const result = dayOfOrdinal(context.index, ordinalOf(context.index, day) + n);
  requireCovered(context, day + 1, result);
  return result;
}

/** The `n`th working day before `day` (n ≥ 0; 0 gives `day`; the 1st is the last working day before it). */
export function subtractWorkdaysIn(context: WorkdayContext, day: number, n: number): number {
  if (n === 0) return day;
  const result = dayOfOrdinal(context.index, ordinalOf(context.index, day - 1) - n + 1);
  requireCovered(context, result, day - 1);
  return result;
}

/** Working days after `from` up to and including `to`; negative when `to` is before `from`. */
export function workdaysBetweenIn(context: WorkdayContext, from: number, to: number): number {
  // `|| 0` keeps a backwards count of none at 0 rather than -0.
  if (to < from) return -workdaysBetweenIn(context, to, from) || 0;
  requireCovered(context, from + 1, to);
  return ordinalOf(context.index, to) - ordinalOf(context.index, from);
}
