import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { badInstant, coveredMs, instantForms, nearMs } from './_arbitraries.js';
import { modelAddWorkdays, shanghaiDate, weekends } from './_helpers.js';

const count = fc.integer({ min: 0, max: 300 });

describe('addWorkdays (properties)', () => {
  it('agrees with a day-by-day walk, inside and outside the calendar', () => {
    fc.assert(
      fc.property(nearMs, count, fc.boolean(), (ms, n, fallback) => {
        const expected = modelAddWorkdays(chinaCalendar, ms, n, fallback);
        const options = fallback ? weekends : undefined;
        if (expected === 'uncovered') expect(() => addWorkdays(ms, n, options)).toThrow(CalendarCoverageError);
        else expect(addWorkdays(ms, n, options).getTime()).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips with workdaysBetween: workdaysBetween(d, addWorkdays(d, n)) === n', () => {
    fc.assert(
      fc.property(nearMs, count, (ms, n) => {
        expect(workdaysBetween(ms, addWorkdays(ms, n, weekends), weekends)).toBe(n);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in n, lands on a working day for n ≥ 1, and keeps the clock time', () => {
    fc.assert(
      fc.property(nearMs, count, (ms, n) => {
        const result = addWorkdays(ms, n, weekends);
        const next = addWorkdays(ms, n + 1, weekends);
        expect(next.getTime()).toBeGreaterThan(result.getTime());
        expect(isWorkday(next, weekends)).toBe(true);
        expect((next.getTime() - ms) % 86_400_000).toBe(0);
        if (n === 0) expect(result.getTime()).toBe(ms);
        else expect(shanghaiDate(result.getTime()) > shanghaiDate(ms)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and reads every instant form the same way', () => {
    fc.assert(
      fc.property(coveredMs, fc.integer({ min: 0, max: 20 }), (ms, n) => {
        const answers = instantForms(ms).map((form) => {
          try {
            return addWorkdays(form, n).getTime();
          } catch (error) {
            return (error as Error).name;
          }
        });
        expect(new Set(answers).size).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('does not mutate the Date it is given', () => {
    fc.assert(
      fc.property(coveredMs, count, (ms, n) => {
        const date = new Date(ms);
        addWorkdays(date, n, weekends);
        expect(date.getTime()).toBe(ms);
      }),
      { numRuns: 50 },
    );
  });

  it('always throws InvalidInputError for a bad instant or a bad n', () => {
    fc.assert(
      fc.property(badInstant, (value) => {
        expect(() => addWorkdays(value as never, 1)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constantFrom<unknown>(Number.NaN, Infinity, '1', null, undefined)),
        (n) => {
          expect(() => addWorkdays('2026-10-01', n as never)).toThrow(InvalidInputError);
        },
      ),
      { numRuns: 100 },
    );
  });
});
