// Pure day arithmetic on Shanghai day numbers (whole days since 1970-01-01, see core/instant.ts),
// in integers: nothing here reads the host's time zone (isoOfDay writes a date through a UTC Date).
import { civilDateOfDay, DAY_MS, dayOfCivilDate } from '../core/instant.js';

// The day numbers a Date can hold: ±100,000,000 days around 1970 (ECMA-262 §21.4.1.1).
const MAX_DAY = 100_000_000;

/** The day number of a civil date, any year; months and days may overflow (month 13 is next January). NaN beyond a Date's range. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const result = dayOfCivilDate(year, month, day);
  return Math.abs(result) <= MAX_DAY ? result : Number.NaN;
}

/** The civil year of a day number. */
export function yearOfDay(day: number): number {
  return civilDateOfDay(day).year;
}

// 1970-01-05 (day 4) was a Monday.
const MONDAY = 4;

/**
 * A count of Monday–Friday days that grows by one on each of them: the number of weekdays from the
 * Monday 1970-01-05 up to and including `day` (negative before it). Differences count weekdays in
 * a range in constant time.
 */
export function weekdayCount(day: number): number {
  const offset = day - MONDAY;
  const weeks = Math.floor(offset / 7);
  return 5 * weeks + Math.min(offset - 7 * weeks + 1, 5);
}

/** The first day whose {@link weekdayCount} reaches `count` (always a Monday–Friday day). */
export function dayOfWeekdayCount(count: number): number {
  const weeks = Math.floor((count - 1) / 5);
  return MONDAY + 7 * weeks + (count - 5 * weeks - 1);
}

/** Whether a day number is Monday–Friday. */
export function isMondayToFriday(day: number): boolean {
  return weekdayCount(day) !== weekdayCount(day - 1);
}

/**
 * A day number as `YYYY-MM-DD`, for the years a calendar may cover (1900–2999), through
 * Date#toISOString, which reads no time zone: shorter in a bundle than core/civil's formatCivilDay.
 */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
