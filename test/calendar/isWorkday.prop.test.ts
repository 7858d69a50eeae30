import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { badInstant, coveredMs, instantForms, nearMs } from './_arbitraries.js';
import { modelIsWorkday, shanghaiDate, weekends } from './_helpers.js';

describe('isWorkday (properties)', () => {
  it('agrees with the day-by-day definition, inside and outside the calendar', () => {
    fc.assert(
      fc.property(nearMs, fc.boolean(), (ms, fallback) => {
        const expected = modelIsWorkday(chinaCalendar, shanghaiDate(ms), fallback);
        if (expected === 'uncovered') expect(() => isWorkday(ms)).toThrow(CalendarCoverageError);
        else expect(isWorkday(ms, fallback ? weekends : undefined)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same answer for every form of the same instant, and for every instant of the same Shanghai day', () => {
    fc.assert(
      fc.property(coveredMs, fc.integer({ min: 0, max: 86_399_999 }), (ms, other) => {
        const answer = isWorkday(ms);
        for (const form of instantForms(ms)) expect(isWorkday(form)).toBe(answer);
        const startOfDay = Date.parse(`${shanghaiDate(ms)}T00:00:00+08:00`);
        expect(isWorkday(startOfDay + other)).toBe(answer);
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError for a bad instant', () => {
    fc.assert(
      fc.property(badInstant, (value) => {
        expect(() => isWorkday(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });

  it('does not mutate a Date it is given', () => {
    fc.assert(
      fc.property(coveredMs, (ms) => {
        const date = new Date(ms);
        isWorkday(date);
        expect(date.getTime()).toBe(ms);
      }),
      { numRuns: 50 },
    );
  });
});
