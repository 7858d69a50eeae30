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

// The largest magnitude a Date can hold (ECMA-262 §21.4.1.1).
const MAX_EPOCH_MS = 8.64e15;

// YYYY-MM-DD, optionally followed by T or a space, a time with optional seconds and fraction, and an offset.
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseOffsetMs(offset: string | undefined): number | null {
  if (offset === undefined) return SHANGHAI_OFFSET_MS;
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * HOUR_MS + minutes * 60_000);
}

/** Parses an ISO-8601 string into epoch ms, or returns null when it is not a real moment. */
function parseIsoString(text: string): number | null {
  const match = ISO_PATTERN.exec(text.trim());
  if (match === null) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  // 24:00 is ISO-8601's end of day; anything past it is not a time.
  const endOfDay = hour === 24 && minute === 0 && second === 0 && millisecond === 0;
  if ((hour > 23 && !endOfDay) || minute > 59 || second > 59) return null;
  if (h === undefined && offset !== undefined) return null;
  const offsetMs = parseOffsetMs(offset);
  if (offsetMs === null) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offsetMs;
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
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = Number.isInteger(value) ? value : null;
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

/** The civil date (year, month 1–12, day 1–31) of a Shanghai day number. */
export function civilDateOfDay(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The Shanghai day number of a civil date; months and days may overflow as in `Date.UTC`. */
export function dayOfCivilDate(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
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
  const local = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return `${local.slice(0, -1)}+08:00`;
}
