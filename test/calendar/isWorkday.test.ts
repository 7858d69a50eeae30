import { describe, expect, it } from 'vitest';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { expectInvalid, expectUncovered, weekends } from './_helpers.js';

describe('isWorkday', () => {
  it('counts Monday–Friday as working days and weekends as rest days', () => {
    expect(isWorkday('2026-03-02T09:00:00+08:00')).toBe(true); // Monday
    expect(isWorkday('2026-03-06T09:00:00+08:00')).toBe(true); // Friday
    expect(isWorkday('2026-03-07T09:00:00+08:00')).toBe(false); // Saturday
    expect(isWorkday('2026-03-08T09:00:00+08:00')).toBe(false); // Sunday
  });

  it('skips statutory holidays and counts make-up weekends (调休)', () => {
    expect(isWorkday('2026-10-01')).toBe(false);
    expect(isWorkday('2026-10-07')).toBe(false);
    expect(isWorkday('2026-10-08')).toBe(true);
    expect(isWorkday('2026-10-10')).toBe(true); // Saturday make-up day
    expect(isWorkday('2026-02-14')).toBe(true); // Saturday make-up day
    expect(isWorkday('2026-02-23')).toBe(false); // Monday, last day of the Spring Festival
  });

  it('reads the day in Shanghai time at both edges of the day', () => {
    // 2026-10-07T16:00Z is 2026-10-08 00:00 in Shanghai.
    expect(isWorkday('2026-10-07T15:59:59.999Z')).toBe(false);
    expect(isWorkday('2026-10-07T16:00:00Z')).toBe(true);
    expect(isWorkday('2026-10-08T23:59:59.999+08:00')).toBe(true);
    expect(isWorkday(Date.parse('2026-10-08T00:00:00+08:00'))).toBe(true);
    expect(isWorkday(new Date('2026-10-07T23:59:59+08:00'))).toBe(false);
  });

  it('throws CalendarCoverageError outside 2019–2026, naming the year', () => {
    expectUncovered(() => isWorkday('2027-01-04'), 'isWorkday', 2027);
    expectUncovered(() => isWorkday('2031-05-06'), 'isWorkday', 2031);
    expectUncovered(() => isWorkday('2018-12-31T12:00:00+08:00'), 'isWorkday', 2018);
    // 2026-12-31T16:00Z is already 2027 in Shanghai.
    expectUncovered(() => isWorkday('2026-12-31T16:00:00Z'), 'isWorkday', 2027);
    expect(isWorkday('2026-12-31T15:59:59Z')).toBe(true);
  });

  it('falls back to Monday–Friday outside the calendar with outOfCoverage: weekends', () => {
    expect(isWorkday('2027-01-01', weekends)).toBe(true); // a Friday: the 2027 New Year holiday is unknown
    expect(isWorkday('2027-01-02', weekends)).toBe(false);
    expect(isWorkday('2018-12-31', weekends)).toBe(true);
    // Covered days still use the calendar.
    expect(isWorkday('2026-10-01', weekends)).toBe(false);
  });

  it('uses the calendar of the options', () => {
    const calendar = defineCalendar({ from: 2030, to: 2030, holidays: ['2030-05-01'], workdays: ['2030-05-04'] });
    expect(isWorkday('2030-05-01', { calendar })).toBe(false);
    expect(isWorkday('2030-05-04', { calendar })).toBe(true);
    expect(isWorkday('2030-05-02', { calendar })).toBe(true);
    expectUncovered(() => isWorkday('2026-05-06', { calendar }), 'isWorkday', 2026);
  });

  it('refuses bad instants', () => {
    expectInvalid(() => isWorkday('yesterday'), 'isWorkday', 'invalid_instant', ['day']);
    expectInvalid(() => isWorkday(Number.NaN), 'isWorkday', 'invalid_instant', ['day']);
    expectInvalid(() => isWorkday(new Date(Number.NaN)), 'isWorkday', 'invalid_instant', ['day']);
    expectInvalid(() => isWorkday('2026-02-30'), 'isWorkday', 'invalid_instant', ['day']);
    expectInvalid(() => isWorkday(null as never), 'isWorkday', 'invalid_instant', ['day']);
  });

  it('refuses a calendar option that is not a calendar', () => {
    expectInvalid(() => isWorkday('2026-10-08', { calendar: 'china' as never }), 'isWorkday', 'unvalidated_calendar', ['options', 'calendar']);
    expectInvalid(
      () => isWorkday('2026-10-08', { calendar: { from: 2026, to: 2026, holidays: ['2026-13-01'], workdays: [] } }),
      'isWorkday',
      'unvalidated_calendar',
      ['options', 'calendar'],
    );
  });

  it('refuses a hand-built calendar, even a valid or frozen one: defineCalendar validates and marks it', () => {
    const calendar = { from: 2030, to: 2030, holidays: ['2030-05-01'], workdays: [] as string[] };
    expectInvalid(() => isWorkday('2030-05-01', { calendar }), 'isWorkday', 'unvalidated_calendar', ['options', 'calendar']);
    expectInvalid(() => isWorkday('2030-05-01', { calendar: Object.freeze({ ...calendar }) }), 'isWorkday', 'unvalidated_calendar', ['options', 'calendar']);
    expect(isWorkday('2030-05-01', { calendar: defineCalendar(calendar) })).toBe(false);
  });
});
