import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { modelAddWorkdays, modelIsWorkday, modelWorkdaysBetween, shanghaiDate, weekends } from './_helpers.js';

const DAY = 86_400_000;
const dateIn = (from: number, to: number) =>
  fc.integer({ min: Date.UTC(from, 0, 1) / DAY, max: Date.UTC(to, 11, 31) / DAY }).map((day) => new Date(day * DAY).toISOString().slice(0, 10));

/** A valid spec of 1–3 years from 2030, with holidays and make-up days on any days (no overlap). */
const spec = fc
  .record({ from: fc.integer({ min: 2030, max: 2032 }), span: fc.integer({ min: 0, max: 2 }) })
  .chain(({ from, span }) =>
    fc.record({
      from: fc.constant(from),
      to: fc.constant(from + span),
      holidays: fc.array(dateIn(from, from + span), { maxLength: 60 }),
      workdays: fc.array(dateIn(from, from + span), { maxLength: 20 }),
    }),
  )
  .map((value) => ({ ...value, workdays: value.workdays.filter((day) => !value.holidays.includes(day)) }));

describe('defineCalendar (properties)', () => {
  it('returns the spec sorted and deduplicated, frozen, and leaves the spec alone', () => {
    fc.assert(
      fc.property(spec, (value) => {
        const before = structuredClone(value);
        const calendar = defineCalendar(value);
        expect(value).toEqual(before);
        expect(calendar).toEqual({ from: value.from, to: value.to, holidays: [...new Set(value.holidays)].sort(), workdays: [...new Set(value.workdays)].sort() });
        expect(Object.isFrozen(calendar.holidays)).toBe(true);
        expect(defineCalendar(calendar)).toEqual(calendar);
      }),
      { numRuns: 100 },
    );
  });

  it('indexes any calendar exactly as the day-by-day definition counts it', () => {
    fc.assert(
      fc.property(
        spec,
        fc.integer({ min: Date.parse('2029-06-01T00:00:00+08:00'), max: Date.parse('2035-06-01T00:00:00+08:00') }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -200, max: 200 }),
        fc.boolean(),
        (value, ms, n, days, fallback) => {
          const calendar = defineCalendar(value);
          const options = fallback ? { ...weekends, calendar } : { calendar };
          const check = <T>(expected: T | 'uncovered', run: () => T): void => {
            if (expected === 'uncovered') expect(run).toThrow(CalendarCoverageError);
            else expect(run()).toBe(expected);
          };
          check(modelIsWorkday(calendar, shanghaiDate(ms), fallback), () => isWorkday(ms, options));
          check(modelAddWorkdays(calendar, ms, n, fallback), () => addWorkdays(ms, n, options).getTime());
          check(modelWorkdaysBetween(calendar, ms, ms + days * DAY, fallback), () => workdaysBetween(ms, ms + days * DAY, options));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError for a bad spec', () => {
    const bad = fc.oneof(
      spec.map((value) => ({ ...value, from: value.to + 1 })),
      spec.map((value) => ({ ...value, holidays: [...value.holidays, `${value.to + 1}-01-01`] })),
      spec.map((value) => ({ ...value, workdays: [...value.workdays, `${value.from - 1}-12-31`] })),
      spec.map((value) => ({ ...value, holidays: [...value.holidays, `${value.from}-02-30`] })),
      spec.map((value) => ({ ...value, holidays: ['2030-10-01', ...value.holidays], workdays: ['2030-10-01'] })),
      spec.map((value) => ({ ...value, from: value.from + 0.5 })),
      fc.constantFrom<unknown>(null, 2030, 'china', [], {}),
    );
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => defineCalendar(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
