// Shared by the calendar tests.
import { expect } from 'vitest';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import type { RuleOptions } from '../../src/core/options.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';

/** A policy with the given top-level counting keys, built by definePolicy (rule functions refuse a hand-assembled policy). */
export function withPolicy(overrides: Partial<Pick<Policy, 'dayCounting' | 'extendPastRestDays' | 'beforeDayInclusive' | 'outOfCoverage'>>): RuleOptions {
  return { policy: definePolicy(overrides) };
}

export const elapsed = withPolicy({ dayCounting: 'elapsed' });
export const extend = withPolicy({ extendPastRestDays: true });
export const weekends = withPolicy({ outOfCoverage: 'weekends' });
export const statutory = withPolicy({ outOfCoverage: 'statutory' });

/** The error `run` throws (fails when it does not throw). */
export function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** Asserts that `run` throws InvalidInputError with this code and path, its message starting with `fn: `. */
export function expectInvalid(run: () => unknown, fn: string, code: string, path: readonly (string | number)[]): void {
  const error = caught(run);
  expect(error).toBeInstanceOf(InvalidInputError);
  expect((error as InvalidInputError).code).toBe(code);
  expect((error as InvalidInputError).path).toEqual(path);
  expect((error as InvalidInputError).message.startsWith(`${fn}: `)).toBe(true);
}

/** Asserts that `run` throws CalendarCoverageError for `year`, its message naming the year and the remedies. */
export function expectUncovered(run: () => unknown, fn: string, year: number): void {
  const error = caught(run);
  expect(error).toBeInstanceOf(CalendarCoverageError);
  expect((error as CalendarCoverageError).year).toBe(year);
  // Every coverage error carries its stable code, and no field: the uncovered day is one the rule counts.
  expect([(error as CalendarCoverageError).code, (error as CalendarCoverageError).path]).toEqual(['calendar_coverage', []]);
  const message = (error as Error).message;
  expect(message.startsWith(`${fn}: ${year} is outside`)).toBe(true);
  expect(message).toContain("outOfCoverage: 'statutory'");
  expect(message).toContain('extendCalendar');
}

/** Shanghai ISO text of a Date. */
export function shanghai(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
}

// A day-by-day model of the calendar, written independently of the index, for differential tests.
const DAY = 86_400_000;
const SHANGHAI = 8 * 3_600_000;

/** The Shanghai civil date (YYYY-MM-DD) of an instant. */
export function shanghaiDate(ms: number): string {
  return new Date(ms + SHANGHAI).toISOString().slice(0, 10);
}

/** Whether a Shanghai date works in a calendar, by the definition: listed, or Monday–Friday unless listed as a holiday. */
export function modelIsWorkday(
  calendar: { from: number; to: number; holidays: readonly string[]; workdays: readonly string[] },
  date: string,
  fallback: boolean,
): boolean | 'uncovered' {
  const year = Number(date.slice(0, 4));
  if (year < calendar.from || year > calendar.to) {
    if (!fallback) return 'uncovered';
  } else {
    if (calendar.workdays.includes(date)) return true;
    if (calendar.holidays.includes(date)) return false;
  }
  return !isWeekendDate(date);
}

/** Whether a `YYYY-MM-DD` date is a Saturday or a Sunday. */
export function isWeekendDate(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** addWorkdays by walking day by day (or 'uncovered'). */
export function modelAddWorkdays(
  calendar: Parameters<typeof modelIsWorkday>[0],
  fromMs: number,
  n: number,
  fallback: boolean,
): number | 'uncovered' {
  let ms = fromMs;
  for (let left = n; left > 0; ) {
    ms += DAY;
    const works = modelIsWorkday(calendar, shanghaiDate(ms), fallback);
    if (works === 'uncovered') return 'uncovered';
    if (works) left -= 1;
  }
  return ms;
}

/** workdaysBetween by walking day by day (or 'uncovered'). */
export function modelWorkdaysBetween(calendar: Parameters<typeof modelIsWorkday>[0], fromMs: number, toMs: number, fallback: boolean): number | 'uncovered' {
  if (toMs < fromMs) {
    const back = modelWorkdaysBetween(calendar, toMs, fromMs, fallback);
    // A backwards count of none is 0, never -0 (the library promises no negative zero).
    return back === 'uncovered' ? back : -back || 0;
  }
  let count = 0;
  const last = shanghaiDate(toMs);
  for (let ms = fromMs; shanghaiDate(ms) < last; ) {
    ms += DAY;
    const works = modelIsWorkday(calendar, shanghaiDate(ms), fallback);
    if (works === 'uncovered') return 'uncovered';
    if (works) count += 1;
  }
  return count;
}
