import { describe, expect, it } from 'vitest';
import { caught } from './_helpers.js';
import { addWorkdaysDay, beforeDayOfMonthMs, isWorkdayDay, subtractWorkdaysDay, workdaysBetweenDays } from '../../src/calendar/internal.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { shanghaiDayOf, toEpochMs, toShanghaiIsoString } from '../../src/core/instant.js';
import type { RuleOptions } from '../../src/core/options.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { Policy } from '../../src/policy/Policy.js';

// Policies are spread over defaultPolicy (what definePolicy produces for these top-level keys), so the
// calendar tests do not depend on the other modules' schemas.
const definePolicy = (overrides: Partial<Policy>): Policy => ({ ...defaultPolicy, ...overrides });
const ms = (iso: string): number => toEpochMs(iso, 'test', []);
const day = (iso: string): number => shanghaiDayOf(ms(iso));
const iso = (value: number): string => toShanghaiIsoString(value);
const dayIso = (value: number): string => iso(value * 86_400_000 - 8 * 3_600_000).slice(0, 10);
const weekends: RuleOptions = { policy: definePolicy({ outOfCoverage: 'weekends' }) };

describe('internal defaults', () => {
  it('reads the same defaults as defaultPolicy when no policy is given', () => {
    // internal.ts writes the defaults out instead of importing defaultPolicy (bundle size): they must agree.
    expect(defaultPolicy.beforeDayInclusive).toBe(false);
    expect(defaultPolicy.outOfCoverage).toBe('throw');
    expect(beforeDayOfMonthMs(2026, 11, 5, undefined)).toBe(beforeDayOfMonthMs(2026, 11, 5, { policy: defaultPolicy }));
  });
});

describe('isWorkdayDay', () => {
  it('knows holidays, make-up days and plain weekends', () => {
    expect(isWorkdayDay(day('2026-10-01'), undefined, 'test')).toBe(false);
    expect(isWorkdayDay(day('2026-10-10'), undefined, 'test')).toBe(true);
    expect(isWorkdayDay(day('2026-10-11'), undefined, 'test')).toBe(false);
    expect(isWorkdayDay(day('2026-10-12'), undefined, 'test')).toBe(true);
  });

  it('throws CalendarCoverageError outside the calendar unless outOfCoverage is weekends', () => {
    const error = caught(() => isWorkdayDay(day('2027-01-04'), undefined, 'noticePlan'));
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect((error as CalendarCoverageError).year).toBe(2027);
    expect((error as Error).message.startsWith('noticePlan: ')).toBe(true);
    expect(isWorkdayDay(day('2027-01-04'), weekends, 'test')).toBe(true);
    expect(isWorkdayDay(day('2027-01-03'), weekends, 'test')).toBe(false);
  });
});

describe('addWorkdaysDay and workdaysBetweenDays', () => {
  it('skips holidays and counts make-up days', () => {
    expect(dayIso(addWorkdaysDay(day('2026-09-30'), 1, undefined, 'test'))).toBe('2026-10-08');
    expect(dayIso(addWorkdaysDay(day('2026-09-30'), 3, undefined, 'test'))).toBe('2026-10-10');
    expect(dayIso(addWorkdaysDay(day('2026-10-03'), 0, undefined, 'test'))).toBe('2026-10-03');
    expect(workdaysBetweenDays(day('2026-09-30'), day('2026-10-10'), undefined, 'test')).toBe(3);
    expect(workdaysBetweenDays(day('2026-10-10'), day('2026-09-30'), undefined, 'test')).toBe(-3);
  });

  it('refuses a bad n', () => {
    const error = caught(() => addWorkdaysDay(day('2026-09-30'), -1, undefined, 'test'));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).path).toEqual(['n']);
    expect(() => addWorkdaysDay(day('2026-09-30'), 1.5, undefined, 'test')).toThrow(InvalidInputError);
  });
});

describe('subtractWorkdaysDay', () => {
  it('counts back over holidays and make-up days, the day itself not counting', () => {
    // RULES notice.community-event lead: event Friday 2026-03-06, N = 3 → Tuesday 03-03 (due by its 24:00).
    expect(dayIso(subtractWorkdaysDay(day('2026-03-06'), 3, undefined, 'test'))).toBe('2026-03-03');
    expect(dayIso(subtractWorkdaysDay(day('2026-10-08'), 1, undefined, 'test'))).toBe('2026-09-30');
    expect(dayIso(subtractWorkdaysDay(day('2026-10-12'), 1, undefined, 'test'))).toBe('2026-10-10');
    expect(dayIso(subtractWorkdaysDay(day('2026-10-12'), 0, undefined, 'test'))).toBe('2026-10-12');
  });

  it('is the inverse of addWorkdaysDay on working days', () => {
    for (const start of ['2026-09-30', '2026-02-13', '2025-12-31', '2019-01-02']) {
      for (const n of [1, 2, 5, 30]) {
        expect(subtractWorkdaysDay(addWorkdaysDay(day(start), n, undefined, 'test'), n, undefined, 'test')).toBe(day(start));
      }
    }
  });

  it('throws CalendarCoverageError before the calendar, unless outOfCoverage is weekends', () => {
    expect(() => subtractWorkdaysDay(day('2019-01-03'), 2, undefined, 'test')).toThrow(CalendarCoverageError);
    expect(dayIso(subtractWorkdaysDay(day('2019-01-03'), 2, weekends, 'test'))).toBe('2018-12-31');
    expect(() => subtractWorkdaysDay(day('2019-01-03'), -1, undefined, 'test')).toThrow(InvalidInputError);
  });
});

describe('beforeDayOfMonthMs', () => {
  it('is 00:00 of the Xth, or of the day after with beforeDayInclusive (C5)', () => {
    expect(iso(beforeDayOfMonthMs(2026, 11, 5, undefined))).toBe('2026-11-05T00:00:00.000+08:00');
    expect(iso(beforeDayOfMonthMs(2026, 11, 5, { policy: definePolicy({ beforeDayInclusive: true }) }))).toBe('2026-11-06T00:00:00.000+08:00');
  });

  it('carries month 13 into January of the next year', () => {
    expect(iso(beforeDayOfMonthMs(2026, 13, 5, undefined))).toBe('2027-01-05T00:00:00.000+08:00');
    expect(iso(beforeDayOfMonthMs(2026, 12, 31, { policy: definePolicy({ beforeDayInclusive: true }) }))).toBe('2027-01-01T00:00:00.000+08:00');
  });
});
