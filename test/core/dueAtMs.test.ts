// The deadline of a period (core/dueAtMs.ts), with this copy's working-day engine as the calendar's
// own functions pass it; how a rule without an engine of its own reaches the policy's is
// test/core/workdayEngine.test.ts.
import { describe, expect, it } from 'vitest';
import { caught } from '../calendar/_helpers.js';
import { workdayEngine } from '../../src/calendar/workdayEngine.js';
import { dueAtMs as dueAtMsWith } from '../../src/core/dueAtMs.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { toEpochMs, toShanghaiIsoString } from '../../src/core/instant.js';
import type { RuleOptions } from '../../src/core/options.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { Policy } from '../../src/policy/Policy.js';

// dueAtMs with this copy's working-day engine, as the calendar's own functions call it.
const dueAtMs = (...args: Parameters<typeof dueAtMsWith>): number => dueAtMsWith(args[0], args[1], args[2], args[3], args[4], args[5], workdayEngine);

// Policies are spread over defaultPolicy (what definePolicy produces for these top-level keys), so the
// tests do not depend on the other modules' schemas (dueAtMs reads only the counting keys).
const definePolicy = (overrides: Partial<Policy>): Policy => ({ ...defaultPolicy, ...overrides });
const ms = (iso: string): number => toEpochMs(iso, 'test', []);
const iso = (value: number): string => toShanghaiIsoString(value);
const elapsed: RuleOptions = { policy: definePolicy({ dayCounting: 'elapsed' }) };
const extend: RuleOptions = { policy: definePolicy({ extendPastRestDays: true }) };
const weekends: RuleOptions = { policy: definePolicy({ outOfCoverage: 'weekends' }) };


describe('dueAtMs', () => {
  it('reads the same defaults as defaultPolicy when no policy is given', () => {
    // dueAtMs reads the counting keys one by one instead of importing defaultPolicy (bundle size): they must agree.
    expect(defaultPolicy.dayCounting).toBe('civil-code');
    expect(defaultPolicy.extendPastRestDays).toBe(false);
    expect(defaultPolicy.outOfCoverage).toBe('throw');
    const from = ms('2026-09-30T18:00:00+08:00');
    for (const period of [{ amount: 3, unit: 'day' }, { amount: 2, unit: 'workday' }, { amount: 1, unit: 'month' }] as const) {
      expect(dueAtMs(from, period, undefined, 'test', ['period'])).toBe(dueAtMs(from, period, { policy: defaultPolicy }, 'test', ['period']));
    }
  });

  const due = (from: string, period: unknown, options?: RuleOptions): string =>
    iso(dueAtMs(ms(from), period as never, options, 'test', ['period']));

  it('ends a civil-code day period at 24:00 of the last day, the event day not counting (C2)', () => {
    expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' })).toBe('2026-10-04T00:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', { amount: 3, unit: 'day' })).toBe('2026-10-09T00:00:00.000+08:00');
    expect(due('2026-10-05T00:00:00+08:00', { amount: 1, unit: 'day' })).toBe('2026-10-07T00:00:00.000+08:00');
    expect(due('2026-10-05T23:59:59.999+08:00', { amount: 1, unit: 'day' })).toBe('2026-10-07T00:00:00.000+08:00');
  });

  it('reads the event day in Shanghai time, not UTC', () => {
    // 2026-10-04T16:30Z is 2026-10-05 00:30 in Shanghai.
    expect(due('2026-10-04T16:30:00Z', { amount: 1, unit: 'day' })).toBe('2026-10-07T00:00:00.000+08:00');
    expect(due('2026-10-04T15:59:59Z', { amount: 1, unit: 'day' })).toBe('2026-10-06T00:00:00.000+08:00');
  });

  it('counts weeks as 7 days and months to the corresponding day or the month end', () => {
    expect(due('2026-10-05T15:00:00+08:00', { amount: 1, unit: 'week' })).toBe('2026-10-13T00:00:00.000+08:00');
    expect(due('2026-01-31T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2026-03-01T00:00:00.000+08:00');
    expect(due('2024-01-31T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2024-03-01T00:00:00.000+08:00');
    expect(due('2024-01-30T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2024-03-01T00:00:00.000+08:00');
    expect(due('2024-01-28T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2024-02-29T00:00:00.000+08:00');
    expect(due('2026-01-15T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2026-02-16T00:00:00.000+08:00');
    expect(due('2026-11-30T15:00:00+08:00', { amount: 3, unit: 'month' })).toBe('2027-03-01T00:00:00.000+08:00');
    expect(due('2026-12-31T15:00:00+08:00', { amount: 12, unit: 'month' })).toBe('2028-01-01T00:00:00.000+08:00');
  });

  it('ends N working days at 24:00 of the Nth working day after the event day (C3)', () => {
    // 2026-10-01..07 are National Day holidays; 10-08 and 10-09 work, 10-10 (Saturday) is a make-up day.
    expect(due('2026-09-30T10:00:00+08:00', { amount: 1, unit: 'workday' })).toBe('2026-10-09T00:00:00.000+08:00');
    expect(due('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' })).toBe('2026-10-10T00:00:00.000+08:00');
    expect(due('2026-09-30T10:00:00+08:00', { amount: 3, unit: 'workday' })).toBe('2026-10-11T00:00:00.000+08:00');
    expect(due('2026-09-30T10:00:00+08:00', { amount: 4, unit: 'workday' })).toBe('2026-10-13T00:00:00.000+08:00');
    expect(due('2026-10-01T00:00:00+08:00', { amount: 1, unit: 'workday' })).toBe('2026-10-09T00:00:00.000+08:00');
  });

  it('counts hours exactly (C4), fractional hours included', () => {
    expect(due('2026-10-05T15:00:00+08:00', { amount: 24, unit: 'hour' })).toBe('2026-10-06T15:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', { amount: 0, unit: 'hour' })).toBe('2026-10-05T15:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', { amount: 0.5, unit: 'hour' })).toBe('2026-10-05T15:30:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', { amount: 1 / 3, unit: 'hour' })).toBe('2026-10-05T15:20:00.000+08:00');
  });

  it('ends same-day at 24:00 of the event day and next-day at 24:00 of the day after (C5)', () => {
    expect(due('2026-10-05T15:00:00+08:00', { unit: 'same-day' })).toBe('2026-10-06T00:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', { unit: 'next-day' })).toBe('2026-10-07T00:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', { unit: 'next-day' }, elapsed)).toBe('2026-10-07T00:00:00.000+08:00');
  });

  it('counts elapsed time under dayCounting: elapsed', () => {
    expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, elapsed)).toBe('2026-10-03T18:00:00.000+08:00');
    expect(due('2026-09-30T18:00:00+08:00', { amount: 2, unit: 'week' }, elapsed)).toBe('2026-10-14T18:00:00.000+08:00');
    expect(due('2026-01-31T18:00:00+08:00', { amount: 1, unit: 'month' }, elapsed)).toBe('2026-02-28T18:00:00.000+08:00');
    expect(due('2026-09-30T18:00:00+08:00', { amount: 2, unit: 'workday' }, elapsed)).toBe('2026-10-09T18:00:00.000+08:00');
    expect(due('2026-09-30T18:00:00+08:00', { amount: 5, unit: 'hour' }, elapsed)).toBe('2026-09-30T23:00:00.000+08:00');
  });

  it('moves a last day that is a rest day to the next working day with extendPastRestDays (art. 203)', () => {
    expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, extend)).toBe('2026-10-09T00:00:00.000+08:00');
    // A last day that works is not moved: 2026-10-10 is a make-up Saturday.
    expect(due('2026-10-03T18:00:00+08:00', { amount: 7, unit: 'day' }, extend)).toBe('2026-10-11T00:00:00.000+08:00');
    // 2026-10-04 + 1 week = 10-11 (Sunday) → Monday 10-12.
    expect(due('2026-10-04T18:00:00+08:00', { amount: 1, unit: 'week' }, extend)).toBe('2026-10-13T00:00:00.000+08:00');
    // 2026-01-31 + 1 month = 02-28 (Saturday, a make-up working day): unchanged.
    expect(due('2026-01-31T18:00:00+08:00', { amount: 1, unit: 'month' }, extend)).toBe('2026-03-01T00:00:00.000+08:00');
    // 2026-01-15 + 1 month = 02-15 (Spring Festival) → 02-24.
    expect(due('2026-01-15T18:00:00+08:00', { amount: 1, unit: 'month' }, extend)).toBe('2026-02-25T00:00:00.000+08:00');
    const both: RuleOptions = { policy: definePolicy({ extendPastRestDays: true, dayCounting: 'elapsed' }) };
    expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, both)).toBe('2026-10-08T18:00:00.000+08:00');
    expect(due('2026-09-29T18:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-09-30T18:00:00.000+08:00');
    // Hours, same-day and next-day are not extended.
    expect(due('2026-09-30T18:00:00+08:00', { amount: 24, unit: 'hour' }, extend)).toBe('2026-10-01T18:00:00.000+08:00');
    expect(due('2026-10-01T18:00:00+08:00', { unit: 'same-day' }, extend)).toBe('2026-10-02T00:00:00.000+08:00');
    // Elapsed from 00:00: the deadline is 24:00 of the day before its own, and that day decides.
    // Friday 2026-09-11 works: not moved; Saturday 09-12 rests: to 24:00 of Monday 09-14.
    expect(due('2026-09-11T00:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-09-12T00:00:00.000+08:00');
    expect(due('2026-09-12T00:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-09-15T00:00:00.000+08:00');
    // 2026-09-30 00:00 + 1 day is 24:00 of 09-30, a working day, though 10-01 (the day of its 00:00) rests.
    expect(due('2026-09-30T00:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-10-01T00:00:00.000+08:00');
    // 2026-09-27 00:00 + 1 week covers through Saturday 10-03 (a holiday): 24:00 of 10-08, the next working day.
    expect(due('2026-09-27T00:00:00+08:00', { amount: 1, unit: 'week' }, both)).toBe('2026-10-09T00:00:00.000+08:00');
  });

  it('needs no calendar for civil-code day, week, month and hour periods', () => {
    expect(due('2040-09-30T18:00:00+08:00', { amount: 3, unit: 'day' })).toBe('2040-10-04T00:00:00.000+08:00');
    expect(due('1999-12-31T18:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2000-02-01T00:00:00.000+08:00');
    expect(due('2040-09-30T18:00:00+08:00', { amount: 2, unit: 'hour' })).toBe('2040-09-30T20:00:00.000+08:00');
  });

  it('throws CalendarCoverageError when working days or extension reach outside the calendar', () => {
    const error = caught(() => dueAtMs(ms('2026-12-30T10:00:00+08:00'), { amount: 2, unit: 'workday' }, undefined, 'test', ['period']));
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect((error as CalendarCoverageError).year).toBe(2027);
    expect(() => dueAtMs(ms('2026-12-30T10:00:00+08:00'), { amount: 5, unit: 'day' }, extend, 'test', ['period'])).toThrow(CalendarCoverageError);
    expect(due('2026-12-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, weekends)).toBe('2027-01-02T00:00:00.000+08:00');
  });

  it('rejects bad periods with the caller name and path', () => {
    const check = (period: unknown, code: string, path: (string | number)[]): void => {
      const error = caught(() => dueAtMs(ms('2026-10-05T15:00:00+08:00'), period as never, undefined, 'repairDeadline', ['limit']));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).code).toBe(code);
      expect((error as InvalidInputError).path).toEqual(path);
      expect((error as InvalidInputError).message.startsWith('repairDeadline: ')).toBe(true);
    };
    check(null, 'invalid_type', ['limit']);
    check({ amount: 1, unit: 'year' }, 'invalid_enum', ['limit', 'unit']);
    check({ amount: 0, unit: 'day' }, 'out_of_range', ['limit', 'amount']);
    check({ amount: 1.5, unit: 'workday' }, 'not_integer', ['limit', 'amount']);
    check({ unit: 'month' }, 'invalid_type', ['limit', 'amount']);
    check({ amount: -1, unit: 'hour' }, 'negative', ['limit', 'amount']);
    check({ amount: Number.NaN, unit: 'hour' }, 'not_finite', ['limit', 'amount']);
    check({ amount: 1e20, unit: 'day' }, 'out_of_range', ['limit', 'amount']);
    // A misspelt amount is named as the unknown key it is, not reported as a missing amount.
    check({ unit: 'day', amout: 3 }, 'unknown_key', ['limit', 'amout']);
    check({ amonut: 2, unit: 'workday' }, 'unknown_key', ['limit', 'amonut']);
    check({ unit: 'next-day', amount: 1 }, 'unknown_key', ['limit', 'amount']);
    // A working-day amount that runs past 9999 whatever the calendar is refused before the calendar is
    // asked (no CalendarCoverageError for 2027); so is one of working hours.
    for (const options of [undefined, weekends]) {
      for (const unit of ['workday', 'workhour'] as const) {
        const error = caught(() => dueAtMs(ms('2026-10-05T15:00:00+08:00'), { amount: 1e9, unit }, options, 'test', ['limit']));
        expect({ code: (error as InvalidInputError).code, path: (error as InvalidInputError).path }).toEqual({ code: 'out_of_range', path: ['limit', 'amount'] });
      }
    }
    // Within reach of the span, the calendar is asked: outside its years, that is its refusal.
    expect(() => dueAtMs(ms('2026-10-05T15:00:00+08:00'), { amount: 1_000, unit: 'workday' }, undefined, 'test', ['limit'])).toThrow(CalendarCoverageError);
  });
});

describe('dueAtMs at the edge of representable time', () => {
  it('refuses a same-day or next-day deadline a Date cannot hold', () => {
    expect(() => dueAtMs(8.64e15 - 1, { unit: 'next-day' }, undefined, 'f', ['period'])).toThrow(
      expect.objectContaining({ code: 'out_of_range', path: ['period', 'unit'] }),
    );
  });
});
