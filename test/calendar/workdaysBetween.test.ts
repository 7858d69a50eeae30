import { describe, expect, it } from 'vitest';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { expectInvalid, expectUncovered, weekends } from './_helpers.js';

describe('workdaysBetween', () => {
  it('counts working days after from’s day up to and including to’s day', () => {
    expect(workdaysBetween('2026-09-30T18:00:00+08:00', '2026-10-09T09:00:00+08:00')).toBe(2);
    expect(workdaysBetween('2026-09-30', '2026-10-07')).toBe(0);
    expect(workdaysBetween('2026-09-30', '2026-10-08')).toBe(1);
    expect(workdaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workdaysBetween('2026-09-29', '2026-09-30')).toBe(1);
  });

  it('is 0 on the same day, whatever the clock times', () => {
    expect(workdaysBetween('2026-10-08T00:00:00+08:00', '2026-10-08T23:59:59.999+08:00')).toBe(0);
    expect(workdaysBetween('2026-10-08T23:59:59.999+08:00', '2026-10-08T00:00:00+08:00')).toBe(0);
    // Same-day ranges need no calendar.
    expect(workdaysBetween('2040-10-08T09:00:00+08:00', '2040-10-08T18:00:00+08:00')).toBe(0);
  });

  it('is negative when to is before from', () => {
    expect(workdaysBetween('2026-10-09', '2026-09-30')).toBe(-2);
    expect(workdaysBetween('2026-10-10', '2026-09-30')).toBe(-3);
  });

  it('counts a whole year', () => {
    expect(workdaysBetween('2025-12-31', '2026-12-31')).toBe(248);
    // 250 + 249 + 250 + 249 + 249 + 251 + 248 + 248 (every 1 January is a holiday).
    expect(workdaysBetween('2019-01-01', '2026-12-31')).toBe(1994);
  });

  it('reads days in Shanghai time', () => {
    // 2026-10-07T16:30Z is 2026-10-08 00:30 in Shanghai.
    expect(workdaysBetween('2026-09-30T12:00:00+08:00', '2026-10-07T16:30:00Z')).toBe(1);
    expect(workdaysBetween('2026-09-30T12:00:00+08:00', '2026-10-07T15:30:00Z')).toBe(0);
  });

  it('throws CalendarCoverageError for a range reaching outside the calendar', () => {
    expectUncovered(() => workdaysBetween('2026-12-01', '2027-01-10'), 'workdaysBetween', 2027);
    expectUncovered(() => workdaysBetween('2027-01-10', '2026-12-01'), 'workdaysBetween', 2027);
    expectUncovered(() => workdaysBetween('2018-12-01', '2019-01-10'), 'workdaysBetween', 2018);
    expect(workdaysBetween('2018-12-31', '2019-01-10')).toBe(7);
  });

  it('counts Monday–Friday outside the calendar with outOfCoverage: weekends', () => {
    expect(workdaysBetween('2026-12-31', '2027-01-08', weekends)).toBe(6);
    expect(workdaysBetween('2030-01-01', '2031-01-01', weekends)).toBe(261);
    expect(workdaysBetween('2018-12-28', '2019-01-02', weekends)).toBe(2);
  });

  it('refuses bad instants', () => {
    expectInvalid(() => workdaysBetween('2026-13-01', '2026-10-01'), 'workdaysBetween', 'invalid_instant', ['from']);
    expectInvalid(() => workdaysBetween('2026-10-01', {} as never), 'workdaysBetween', 'invalid_instant', ['to']);
  });
});
