import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../../src/core/instant.js';
import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { expectInvalid, expectUncovered, shanghai, weekends } from './_helpers.js';

describe('addWorkdays', () => {
  it('keeps the clock time and skips the National Day holidays', () => {
    expect(shanghai(addWorkdays('2026-09-30T10:00:00+08:00', 1))).toBe('2026-10-08T10:00:00.000+08:00');
    expect(shanghai(addWorkdays('2026-09-30T10:00:00+08:00', 2))).toBe('2026-10-09T10:00:00.000+08:00');
    expect(shanghai(addWorkdays('2026-09-30T10:00:00+08:00', 3))).toBe('2026-10-10T10:00:00.000+08:00'); // make-up Saturday
    expect(shanghai(addWorkdays('2026-09-30T10:00:00+08:00', 4))).toBe('2026-10-12T10:00:00.000+08:00');
  });

  it('never counts the starting day, even a working day or a make-up day', () => {
    expect(shanghai(addWorkdays('2026-10-08T23:59:00+08:00', 1))).toBe('2026-10-09T23:59:00.000+08:00');
    expect(shanghai(addWorkdays('2026-02-14T09:00:00+08:00', 1))).toBe('2026-02-24T09:00:00.000+08:00');
    // From a holiday: the first working day after it.
    expect(shanghai(addWorkdays('2026-10-03T09:00:00+08:00', 1))).toBe('2026-10-08T09:00:00.000+08:00');
    // From a Friday: the next Monday.
    expect(shanghai(addWorkdays('2026-03-06T17:00:00+08:00', 1))).toBe('2026-03-09T17:00:00.000+08:00');
  });

  it('returns from unchanged (a new Date) for n = 0, even on a rest day', () => {
    const from = new Date('2026-10-03T09:15:00+08:00');
    const result = addWorkdays(from, 0);
    expect(result).toEqual(from);
    expect(result).not.toBe(from);
    expect(shanghai(addWorkdays('2040-01-01T09:00:00+08:00', 0))).toBe('2040-01-01T09:00:00.000+08:00');
  });

  it('crosses year boundaries within the calendar', () => {
    // 2026-01-01..03 are the New Year holiday; Sunday 2026-01-04 is a make-up working day.
    expect(shanghai(addWorkdays('2025-12-31T09:00:00+08:00', 1))).toBe('2026-01-04T09:00:00.000+08:00');
    expect(shanghai(addWorkdays('2025-12-31T09:00:00+08:00', 2))).toBe('2026-01-05T09:00:00.000+08:00');
    expect(shanghai(addWorkdays('2026-01-02T09:00:00+08:00', 1))).toBe('2026-01-04T09:00:00.000+08:00'); // Sunday make-up day
    expect(shanghai(addWorkdays('2019-01-01T09:00:00+08:00', 250))).toBe('2019-12-31T09:00:00.000+08:00');
  });

  it('adds 250 working days as exactly as 1', () => {
    // 2025 has 248 working days.
    expect(shanghai(addWorkdays('2025-01-01T08:00:00+08:00', 248))).toBe('2025-12-31T08:00:00.000+08:00');
    expect(shanghai(addWorkdays('2025-01-01T08:00:00+08:00', 249))).toBe('2026-01-04T08:00:00.000+08:00');
    expect(shanghai(addWorkdays('2025-01-01T08:00:00+08:00', 250))).toBe('2026-01-05T08:00:00.000+08:00');
  });

  it('throws CalendarCoverageError when the count runs past the calendar', () => {
    expect(shanghai(addWorkdays('2026-12-30T09:00:00+08:00', 1))).toBe('2026-12-31T09:00:00.000+08:00');
    expectUncovered(() => addWorkdays('2026-12-30T09:00:00+08:00', 2), 'addWorkdays', 2027);
    expectUncovered(() => addWorkdays('2029-03-01T09:00:00+08:00', 1), 'addWorkdays', 2029);
    expectUncovered(() => addWorkdays('2018-12-20T09:00:00+08:00', 1), 'addWorkdays', 2018);
    // From the last day before the calendar, only covered days are counted.
    expect(shanghai(addWorkdays('2018-12-31T09:00:00+08:00', 1))).toBe('2019-01-02T09:00:00.000+08:00');
  });

  it('counts Monday–Friday beyond the calendar with outOfCoverage: weekends', () => {
    expect(shanghai(addWorkdays('2026-12-30T09:00:00+08:00', 2, weekends))).toBe('2027-01-01T09:00:00.000+08:00');
    expect(shanghai(addWorkdays('2026-12-30T09:00:00+08:00', 3, weekends))).toBe('2027-01-04T09:00:00.000+08:00');
    // 2018 is not covered: its Monday 12-31 counts as a working day under the fallback.
    expect(shanghai(addWorkdays('2018-12-27T09:00:00+08:00', 2, weekends))).toBe('2018-12-31T09:00:00.000+08:00');
    expect(shanghai(addWorkdays('2018-12-27T09:00:00+08:00', 3, weekends))).toBe('2019-01-02T09:00:00.000+08:00');
    expect(shanghai(addWorkdays('2030-06-07T09:00:00+08:00', 5, weekends))).toBe('2030-06-14T09:00:00.000+08:00');
    expect(shanghai(addWorkdays('2030-06-07T09:00:00+08:00', 2500, weekends))).toBe(shanghai(new Date(Date.parse('2030-06-07T09:00:00+08:00') + 3500 * 86_400_000)));
  });

  it('uses an extended calendar', () => {
    const calendar = extendCalendar(chinaCalendar, { year: 2027, holidays: ['2027-01-01'], workdays: [] });
    expect(shanghai(addWorkdays('2026-12-30T09:00:00+08:00', 2, { calendar }))).toBe('2027-01-04T09:00:00.000+08:00');
  });

  it('refuses bad input', () => {
    expectInvalid(() => addWorkdays('soon', 1), 'addWorkdays', 'invalid_instant', ['from']);
    expectInvalid(() => addWorkdays('2026-10-01', -1), 'addWorkdays', 'negative', ['n']);
    expectInvalid(() => addWorkdays('2026-10-01', 1.5), 'addWorkdays', 'not_integer', ['n']);
    expectInvalid(() => addWorkdays('2026-10-01', Number.POSITIVE_INFINITY), 'addWorkdays', 'not_finite', ['n']);
    expectInvalid(() => addWorkdays('2026-10-01', '2' as never), 'addWorkdays', 'invalid_type', ['n']);
    expectInvalid(() => addWorkdays('2026-10-01', 1e12, weekends), 'addWorkdays', 'out_of_range', ['n']);
    expectInvalid(() => addWorkdays(8.64e15, 1, weekends), 'addWorkdays', 'out_of_range', ['from']);
    expectInvalid(() => addWorkdays(MAX_INSTANT_MS + 1, 1, weekends), 'addWorkdays', 'out_of_range', ['from']);
    expectInvalid(() => addWorkdays(MIN_INSTANT_MS - 1, 1, weekends), 'addWorkdays', 'out_of_range', ['from']);
    // The last instant accepted (9999-12-31T24:00-23:59) lies past 9999 in Shanghai: every result from it would too.
    expectInvalid(() => addWorkdays(MAX_INSTANT_MS, 1, weekends), 'addWorkdays', 'out_of_range', ['from']);
    expectInvalid(() => addWorkdays(MAX_INSTANT_MS, 0), 'addWorkdays', 'out_of_range', ['from']);
  });
});
