import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { badInstant, coveredMs, nearMs } from './_arbitraries.js';
import { modelWorkdaysBetween, weekends } from './_helpers.js';

describe('workdaysBetween (properties)', () => {
  it('agrees with a day-by-day count, inside and outside the calendar', () => {
    fc.assert(
      fc.property(nearMs, fc.integer({ min: -400, max: 400 }), fc.boolean(), (ms, days, fallback) => {
        const to = ms + days * 86_400_000 + 3_600_000 * (days % 5);
        const expected = modelWorkdaysBetween(chinaCalendar, ms, to, fallback);
        const options = fallback ? weekends : undefined;
        if (expected === 'uncovered') expect(() => workdaysBetween(ms, to, options)).toThrow(CalendarCoverageError);
        else expect(workdaysBetween(ms, to, options)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(nearMs, nearMs, nearMs, (a, b, c) => {
        expect(workdaysBetween(a, b, weekends)).toBe(-workdaysBetween(b, a, weekends) || 0);
        expect(Object.is(workdaysBetween(a, b, weekends), -0)).toBe(false);
        expect(workdaysBetween(a, c, weekends)).toBe(workdaysBetween(a, b, weekends) + workdaysBetween(b, c, weekends));
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in to and never exceeds the days between', () => {
    fc.assert(
      fc.property(coveredMs, fc.integer({ min: 0, max: 400 }), (ms, days) => {
        const to = ms + days * 86_400_000;
        const result = workdaysBetween(ms, to, weekends);
        expect(result).toBeGreaterThanOrEqual(0);
        expect(result).toBeLessThanOrEqual(days);
        expect(workdaysBetween(ms, to + 86_400_000, weekends)).toBeGreaterThanOrEqual(result);
        expect(workdaysBetween(ms, ms)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('always throws InvalidInputError for a bad instant', () => {
    fc.assert(
      fc.property(badInstant, fc.boolean(), (value, first) => {
        expect(() => (first ? workdaysBetween(value as never, '2026-10-01') : workdaysBetween('2026-10-01', value as never))).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
