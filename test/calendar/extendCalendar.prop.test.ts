import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { modelIsWorkday } from './_helpers.js';

const DAY = 86_400_000;
const dateIn = (first: string, last: string) =>
  fc.integer({ min: Date.parse(`${first}T00:00:00Z`) / DAY, max: Date.parse(`${last}T00:00:00Z`) / DAY }).map((day) => new Date(day * DAY).toISOString().slice(0, 10));

/** A 2027 notice: days of 2027, plus a few of late 2026. */
const notice = fc
  .record({
    holidays: fc.array(dateIn('2026-12-01', '2027-12-31'), { maxLength: 40 }),
    workdays: fc.array(dateIn('2026-12-01', '2027-12-31'), { maxLength: 10 }),
  })
  .map((value) => ({ year: 2027, holidays: value.holidays, workdays: value.workdays.filter((day) => !value.holidays.includes(day)) }));

describe('extendCalendar (properties)', () => {
  it('covers one more year, lets the notice win, and keeps every other day as it was', () => {
    fc.assert(
      fc.property(notice, dateIn('2026-06-01', '2027-12-31'), (value, date) => {
        const before = JSON.stringify(chinaCalendar);
        const calendar = extendCalendar(chinaCalendar, value);
        expect(JSON.stringify(chinaCalendar)).toBe(before);
        expect(calendar.to).toBe(2027);
        const expected = value.workdays.includes(date)
          ? true
          : value.holidays.includes(date)
            ? false
            : modelIsWorkday({ ...chinaCalendar, to: 2027 }, date, true);
        expect(isWorkday(date, { calendar })).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError for a notice of the wrong year or with dates outside it', () => {
    const bad = fc.oneof(
      notice.map((value) => ({ ...value, year: fc.sample(fc.constantFrom(2025, 2026, 2028, 2031), 1)[0] })),
      notice.map((value) => ({ ...value, holidays: [...value.holidays, '2025-12-31'] })),
      notice.map((value) => ({ ...value, workdays: [...value.workdays, '2028-01-01'] })),
      notice.map((value) => ({ ...value, holidays: ['2027-05-01', ...value.holidays], workdays: ['2027-05-01'] })),
    );
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => extendCalendar(chinaCalendar, value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
