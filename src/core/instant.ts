import { invalid } from './validate.js';
import type { InputPath } from './errors.js';

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
export const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** The largest magnitude of epoch milliseconds a Date can hold (ECMA-262 §21.4.1.1). */
export const MAX_EPOCH_MS = 8.64e15;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

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
function parseIsoString(text: string): number | null {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
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

// Date.UTC reads years 0–99 as 1900–1999; shifting by 400 years (exactly 146,097 days) avoids that.
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number): number {
  return Date.UTC(year + 400, month - 1, day, hour, minute, second, millisecond) - 146_097 * DAY_MS;
}

/** Throws `out_of_range` on `path` unless `ms` is an instant a Date can hold; `value` is what the message shows. */
export function requireRepresentable(ms: number, fn: string, path: InputPath, value: unknown): number {
  if (!(Math.abs(ms) <= MAX_EPOCH_MS)) throw invalid(fn, path, 'out_of_range', 'small enough for a valid date', value);
  return ms;
}

/** A result Date of epoch ms, or `out_of_range` on `path` when a Date cannot hold it (never an Invalid Date). */
export function resultDate(ms: number, fn: string, path: InputPath, value: unknown): Date {
  return new Date(requireRepresentable(ms, fn, path, value));
}

/**
 * Reads an {@link Instant} as epoch milliseconds, or throws {@link InvalidInputError} (`invalid_instant`)
 * naming the calling function and the field.
 *
 * @param value - The instant to read.
 * @param fn - The public function's name, for the message.
 * @param path - The field's path, for the error.
 */
export function toEpochMs(value: unknown, fn: string, path: InputPath): number {
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

/** The civil date (year, month 1–12, day 1–31) of a Shanghai day number (UTC fields only: no host zone). */
export function civilDateOfDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The Shanghai day number of a civil date, any year; months and days may overflow as in `Date.UTC`
 * (month 13 is January of the next year, day 0 the last day of the month before).
 */
export function dayOfCivilDate(year: number, month: number, day: number): number {
  // Shifted by 400 years (exactly 146,097 days) because Date.UTC reads the years 0–99 as 1900–1999.
  return Date.UTC(year + 400, month - 1, day) / DAY_MS - 146_097;
}

/** The weekday of a Shanghai day number: 0 Sunday … 6 Saturday. */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** Formats a Shanghai day number as `YYYY-MM-DD`. */
export function formatDay(day: number): string {
  const { year, month, day: date } = civilDateOfDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * Formats an instant as ISO-8601 in Shanghai time, `2026-10-09T00:00:00.000+08:00`: the form the
 * command line writes and the docs show. Independent of the host's time zone.
 *
 * @param value - The instant to format.
 * @returns The ISO-8601 text with a `+08:00` offset.
 * @throws {@link InvalidInputError} When `value` is not a valid instant.
 *
 * @example
 * ```ts
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString('2026-10-01T01:30:00Z');
 * //=> '2026-10-01T09:30:00.000+08:00'
 * ```
 */
export function toShanghaiIsoString(value: Instant): string {
  const ms = toEpochMs(value, 'toShanghaiIsoString', ['value']);
  // Day and time of day apart: the Shanghai day of an instant in the last hours of a Date's range
  // starts within the range, while ms + 8 h would not be a Date (years past 9999 read ±YYYYYY-MM-DD).
  return `${new Date(shanghaiDayOf(ms) * DAY_MS).toISOString().slice(0, -14)}T${new Date(shanghaiTimeOfDayMs(ms)).toISOString().slice(11, -1)}+08:00`;
}
