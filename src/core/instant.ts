import { daysFromCivil, daysInMonth, formatCivilDay, padDigits } from './civil.js';
import { invalid } from './validate.js';
import type { InputPath, InvalidInputError } from './errors.js';

/**
 * A moment in time as the library accepts it: epoch milliseconds, a `Date`, or an ISO-8601 string.
 * A string without an offset (`'2026-10-01T09:00'`, `'2026-10-01'`) is Asia/Shanghai local time, never
 * the host's zone.
 */
export type Instant = Date | number | string;

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a civil day. */
export const DAY_MS = 86_400_000;
/** Asia/Shanghai's fixed offset from UTC (no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MS = 28_800_000; // 8 h, a literal: bundlers keep a module-level product

/** The largest magnitude of epoch milliseconds a Date can hold (ECMA-262 §21.4.1.1). */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * The earliest instant the rule functions accept: 0000-01-01T00:00+23:59, the earliest an ISO-8601
 * string with a four-digit year can name. Numbers and Dates keep to the same span as strings, so that
 * a schema can say exactly what is accepted and every deadline computed from an input is a valid Date.
 */
export const MIN_INSTANT_MS = -62_167_305_540_000;

/** The latest instant the rule functions accept: 9999-12-31T24:00-23:59, the latest a four-digit year can name. */
export const MAX_INSTANT_MS = 253_402_387_140_000;

/**
 * The earliest instant a rule function returns: 0000-01-01T00:00:00.000+08:00, the earliest a
 * `+08:00` ISO-8601 string with a four-digit year names (the command line and the service write every
 * result so). Inputs may lie up to 15 h 59 min earlier (an offset of +23:59).
 */
export const MIN_RESULT_MS = -62_167_248_000_000;

/**
 * The latest instant a rule function returns: 9999-12-31T23:59:59.999+08:00. "24:00 of 9999-12-31"
 * would be written as the year 10000, so it is past the span too.
 */
export const MAX_RESULT_MS = 253_402_271_999_999;

/** What a field must be when a result counted from it would leave the span of {@link MIN_RESULT_MS}–{@link MAX_RESULT_MS}. */
export const RESULT_SPAN = 'such that the result lies within the years 0000–9999 (+08:00)';

// Reads `count` decimal digits at `at`, or -1 when any is not a digit. A hand-written scanner: instants
// are parsed on every call of every rule, and this runs several times faster than a regular expression.
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses ISO-8601 `YYYY-MM-DD[(T| )hh:mm[:ss[.fff…]][Z|±hh[:mm]|±hhmm]]` into epoch ms, or returns null
 * when the text is not a real moment. Without an offset the time is Shanghai's.
 */
export function parseIsoString(text: string): number | null {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month))) return null;
  if (length === 10) return utc(year, month, day, 0, 0, 0, 0) - SHANGHAI_OFFSET_MS;

  const separator = text[10];
  if ((separator !== 'T' && separator !== 't' && separator !== ' ') || text.charCodeAt(13) !== 58) return null;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour < 0 || minute < 0 || minute > 59) return null;
  let second = 0;
  let millisecond = 0;
  let position = 16;
  if (text[position] === ':') {
    second = digits(text, position + 1, 2);
    if (second < 0 || second > 59) return null;
    position += 3;
    if (text[position] === '.' || text[position] === ',') {
      const first = position + 1;
      position = first;
      while (position < length && position - first < 9 && digits(text, position, 1) >= 0) position += 1;
      if (position === first) return null;
      // Milliseconds are the first three fractional digits; finer digits are truncated.
      const fraction = text.slice(first, Math.min(position, first + 3));
      millisecond = Number(fraction) * 10 ** (3 - fraction.length);
    }
  }
  // 24:00 is ISO-8601's end of day; any other hour past 23 is not a time.
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0 || millisecond !== 0))) return null;

  let offsetMs = SHANGHAI_OFFSET_MS;
  if (position < length) {
    const sign = text[position];
    if ((sign === 'Z' || sign === 'z') && position + 1 === length) offsetMs = 0;
    else if (sign === '+' || sign === '-') {
      const rest = length - position - 1;
      const offsetHours = digits(text, position + 1, 2);
      let offsetMinutes = 0;
      if (rest === 5 && text.charCodeAt(position + 3) === 58) offsetMinutes = digits(text, position + 4, 2);
      else if (rest === 4) offsetMinutes = digits(text, position + 3, 2);
      else if (rest !== 2) return null;
      if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return null;
      offsetMs = (sign === '-' ? -1 : 1) * (offsetHours * HOUR_MS + offsetMinutes * 60_000);
    } else return null;
  }
  return utc(year, month, day, hour, minute, second, millisecond) - offsetMs;
}

// Integer arithmetic, no Date: Date.UTC would also read the years 0–99 as 1900–1999.
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number): number {
  return daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * 60_000 + second * 1000 + millisecond;
}

/**
 * Returns `ms` when it lies within the span of results ({@link MIN_RESULT_MS}–{@link MAX_RESULT_MS}),
 * else throws `out_of_range` on `path`, the field that pushed it there; `value` is what the message
 * shows. NaN and ±Infinity are outside too.
 */
export function requireResultInSpan(ms: number, fn: string, path: InputPath, value: unknown): number {
  if (!(ms >= MIN_RESULT_MS && ms <= MAX_RESULT_MS)) throw outsideResultSpan(fn, path, value);
  return ms;
}

/** The `out_of_range` error of a result outside the span of results, on `path`, the field that pushed it there. */
export function outsideResultSpan(fn: string, path: InputPath, value: unknown): InvalidInputError {
  return invalid(fn, path, 'out_of_range', RESULT_SPAN, value);
}

/** A result Date of epoch ms, or `out_of_range` on `path` when it lies outside the span of results (never an Invalid Date, never the year 10000). */
export function resultDate(ms: number, fn: string, path: InputPath, value: unknown): Date {
  return new Date(requireResultInSpan(ms, fn, path, value));
}

/**
 * Reads an {@link Instant} as epoch milliseconds, or throws {@link InvalidInputError} naming the calling
 * function and the field: `invalid_instant` for what is not an instant, `out_of_range` for one outside
 * {@link MIN_INSTANT_MS}–{@link MAX_INSTANT_MS} (the span of ISO-8601's four-digit years).
 *
 * @param value - The instant to read.
 * @param fn - The public function's name, for the message.
 * @param path - The field's path, for the error.
 */
export function toEpochMs(value: unknown, fn: string, path: InputPath): number {
  const ms = readEpochMs(value, fn, path);
  if (ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS) {
    throw invalid(fn, path, 'out_of_range', 'an instant within the years 0000–9999 (as an ISO-8601 string can name)', value);
  }
  return ms;
}

// Any instant a Date can hold, for formatting: toShanghaiIsoString prints what a Date holds.
function readEpochMs(value: unknown, fn: string, path: InputPath): number {
  let ms: number | null = null;
  if (typeof value === 'object' && value !== null) {
    // Date.prototype.getTime throws for anything but a real Date (a Proxy of one, Object.create(Date.prototype)).
    try {
      ms = Date.prototype.getTime.call(value);
    } catch {
      ms = null;
    }
  } else if (typeof value === 'number') ms = Number.isInteger(value) ? value : null;
  else if (typeof value === 'string') ms = parseIsoString(value);
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > MAX_EPOCH_MS) {
    throw invalid(fn, path, 'invalid_instant', 'a valid instant (Date, epoch ms or ISO-8601 string)', value);
  }
  return ms;
}

/** The Shanghai civil day an instant falls on, as whole days since 1970-01-01 (Shanghai). */
export function shanghaiDayOf(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The instant 00:00 (Asia/Shanghai) of a day number from {@link shanghaiDayOf} begins. */
export function startOfShanghaiDay(day: number): number {
  return day * DAY_MS - SHANGHAI_OFFSET_MS;
}

/** Milliseconds since 00:00 Shanghai time on the instant's day. */
export function shanghaiTimeOfDayMs(ms: number): number {
  return ms - startOfShanghaiDay(shanghaiDayOf(ms));
}

// Shanghai day numbers are civil day numbers: the civil-date conversions of core/civil.ts under the
// names the rule modules use.
export {
  /** The civil date (year, month 1–12, day 1–31) of a Shanghai day number. */
  civilFromDays as civilDateOfDay,
  /** The Shanghai day number of a civil date, any year; months and days may overflow as in `Date.UTC`. */
  daysFromCivil as dayOfCivilDate,
  /** Formats a Shanghai day number as `YYYY-MM-DD`. */
  formatCivilDay as formatDay,
} from './civil.js';

/** The weekday of a Shanghai day number: 0 Sunday … 6 Saturday. */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * An accepted instant (years 0000–9999, see {@link toEpochMs}) as Shanghai ISO-8601 text for an error
 * message: the same text as {@link formatShanghaiIso}, through Date#toISOString, which is a few
 * hundred bytes shorter in a rule's bundle than the cached formatter the command line needs.
 */
export function shanghaiIsoText(ms: number): string {
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, -1)}+08:00`;
}

// The text of recently written days, `YYYY-MM-DDT`, by day number (a batch of results mostly falls on
// a few weeks of days; forgotten all at once past DAY_TEXTS), and of the last time of day,
// `hh:mm:ss.sss+08:00` (deadlines mostly fall at one time of day, midnight).
const DAY_TEXTS = 4096;
const dayTexts = new Map<number, string>();
// -1: no time of day yet (a literal, where Number.NaN would be a property read that bundlers keep).
let lastTimeMs = -1;
let lastTimeText = '';

/**
 * Writes whole epoch milliseconds as ISO-8601 in Shanghai time, `2026-10-09T00:00:00.000+08:00`:
 * exactly what `new Date(ms + 8 h).toISOString()` with its `Z` replaced by `+08:00` gives, without a
 * Date and with the texts of days and times of day cached, because the command line and the HTTP
 * service write one for every deadline of every line. The caller has checked that `ms` is a whole
 * number within a Date's range; unlike `toISOString`, the last eight hours of that range are written too.
 */
export function formatShanghaiIso(ms: number): string {
  const local = ms + SHANGHAI_OFFSET_MS;
  const day = Math.floor(local / DAY_MS);
  let prefix = dayTexts.get(day);
  if (prefix === undefined) {
    if (dayTexts.size >= DAY_TEXTS) dayTexts.clear();
    prefix = `${formatCivilDay(day)}T`;
    dayTexts.set(day, prefix);
  }
  let rest = local - day * DAY_MS;
  if (rest !== lastTimeMs) {
    lastTimeMs = rest;
    const hour = Math.floor(rest / HOUR_MS);
    rest -= hour * HOUR_MS;
    const minute = Math.floor(rest / 60_000);
    rest -= minute * 60_000;
    const second = Math.floor(rest / 1000);
    lastTimeText = `${padDigits(hour, 2)}:${padDigits(minute, 2)}:${padDigits(second, 2)}.${padDigits(rest - second * 1000, 3)}+08:00`;
  }
  return prefix + lastTimeText;
}

/**
 * @internal The command line's writer of a result's instant: {@link toShanghaiIsoString} without the
 * span check (results lie within it), so that an invalid Date or an object dressed as one is still the
 * error toShanghaiIsoString gives for it, reported as a bug of the function that returned it.
 */
export function writeShanghaiIso(value: Instant): string {
  return formatShanghaiIso(readEpochMs(value, 'toShanghaiIsoString', ['value']));
}

/**
 * Formats an instant as ISO-8601 in Shanghai time, `2026-10-09T00:00:00.000+08:00`: the form the
 * command line writes and the docs show. Independent of the host's time zone.
 *
 * @param value - The instant to format.
 * @returns The ISO-8601 text with a `+08:00` offset.
 * @throws {@link InvalidInputError} When `value` is not a valid instant, or (`out_of_range`) lies outside
 * 0000-01-01T00:00:00.000+08:00 … 9999-12-31T23:59:59.999+08:00, whose text would not have a four-digit year.
 *
 * @example
 * ```ts
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString('2026-10-01T01:30:00Z');
 * //=> '2026-10-01T09:30:00.000+08:00'
 * ```
 */
export function toShanghaiIsoString(value: Instant): string {
  // No check of further arguments here: a formatter is passed to map (`dates.map(toShanghaiIsoString)`),
  // which gives it an index and the array, and it takes no options that could arrive one place too late.
  // Only an instant whose +08:00 text has a four-digit year: past 9999-12-31T23:59:59.999+08:00 (or before
  // 0000-01-01T00:00+08:00) it would be written `+010000-…`, which no ISO-8601 reader of four-digit years takes.
  return formatShanghaiIso(requireResultInSpan(readEpochMs(value, 'toShanghaiIsoString', ['value']), 'toShanghaiIsoString', ['value'], value));
}
