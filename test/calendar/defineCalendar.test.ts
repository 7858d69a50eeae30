import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { expectInvalid, expectUncovered } from './_helpers.js';

describe('defineCalendar', () => {
  it('builds a frozen calendar with sorted, deduplicated dates', () => {
    const calendar = defineCalendar({ from: 2030, to: 2031, holidays: ['2031-01-01', '2030-10-01', '2030-10-01'], workdays: ['2030-09-29'] });
    expect(calendar).toEqual({ from: 2030, to: 2031, holidays: ['2030-10-01', '2031-01-01'], workdays: ['2030-09-29'] });
    expect(Object.isFrozen(calendar) && Object.isFrozen(calendar.holidays) && Object.isFrozen(calendar.workdays)).toBe(true);
  });

  it('makes listed days rest or work, and leaves the rest Monday–Friday', () => {
    const calendar = defineCalendar({ from: 2030, to: 2030, holidays: ['2030-10-01', '2030-10-05'], workdays: ['2030-09-29'] });
    expect(isWorkday('2030-10-01', { calendar })).toBe(false); // Tuesday holiday
    expect(isWorkday('2030-10-05', { calendar })).toBe(false); // Saturday listed as a holiday: still rest
    expect(isWorkday('2030-09-29', { calendar })).toBe(true); // Sunday make-up day
    expect(isWorkday('2030-10-02', { calendar })).toBe(true);
    expect(isWorkday('2030-10-06', { calendar })).toBe(false);
    expect(workdaysBetween('2030-09-27', '2030-10-04', { calendar })).toBe(5); // 09-29, 09-30, 10-02, 10-03, 10-04
    expectUncovered(() => isWorkday('2031-01-02', { calendar }), 'isWorkday', 2031);
  });

  it('round-trips a calendar through JSON', () => {
    const copy = defineCalendar(JSON.parse(JSON.stringify(chinaCalendar)));
    expect(copy).toEqual(chinaCalendar);
    expect(workdaysBetween('2019-01-01', '2026-12-31', { calendar: copy })).toBe(workdaysBetween('2019-01-01', '2026-12-31'));
  });

  it('does not mutate its spec', () => {
    const spec = { from: 2030, to: 2030, holidays: ['2030-10-02', '2030-10-01'], workdays: [] as string[] };
    const before = structuredClone(spec);
    defineCalendar(spec);
    expect(spec).toEqual(before);
  });

  it('validates the years', () => {
    expectInvalid(() => defineCalendar({ from: 2030.5, to: 2031, holidays: [], workdays: [] }), 'defineCalendar', 'not_integer', ['from']);
    expectInvalid(() => defineCalendar({ from: '2030' as never, to: 2031, holidays: [], workdays: [] }), 'defineCalendar', 'invalid_type', ['from']);
    expectInvalid(() => defineCalendar({ from: 1800, to: 2031, holidays: [], workdays: [] }), 'defineCalendar', 'out_of_range', ['from']);
    expectInvalid(() => defineCalendar({ from: 2030, to: 3000, holidays: [], workdays: [] }), 'defineCalendar', 'out_of_range', ['to']);
    expectInvalid(() => defineCalendar({ from: 2031, to: 2030, holidays: [], workdays: [] }), 'defineCalendar', 'out_of_range', ['to']);
    expectInvalid(() => defineCalendar({ from: 2030, to: Number.NaN, holidays: [], workdays: [] }), 'defineCalendar', 'not_finite', ['to']);
  });

  it('validates the dates, naming the entry', () => {
    const spec = (holidays: unknown[], workdays: unknown[] = []) => ({ from: 2030, to: 2030, holidays, workdays }) as never;
    expectInvalid(() => defineCalendar(spec(['2030-02-29'])), 'defineCalendar', 'invalid_date', ['holidays', 0]);
    expectInvalid(() => defineCalendar(spec(['2030-10-01', '2030-1-2'])), 'defineCalendar', 'invalid_date', ['holidays', 1]);
    expectInvalid(() => defineCalendar(spec(['2030-10-01T00:00'])), 'defineCalendar', 'invalid_date', ['holidays', 0]);
    expectInvalid(() => defineCalendar(spec([20301001])), 'defineCalendar', 'invalid_date', ['holidays', 0]);
    expectInvalid(() => defineCalendar(spec([], ['2030-00-10'])), 'defineCalendar', 'invalid_date', ['workdays', 0]);
    // Exactly ten characters: digits, dashes at 5 and 8, a real month and day; nothing before or after.
    for (const bad of ['2030-10-1', '2030-10-011', ' 2030-10-01', '2030-10-01\n', '2030/10/01', '2030-1a-01', '+030-10-01', '2030-13-01', '2030-04-31', '2030-10-00', '2030-10-32', '２０３０-10-01']) {
      expectInvalid(() => defineCalendar(spec([bad])), 'defineCalendar', 'invalid_date', ['holidays', 0]);
    }
    expect(defineCalendar({ from: 2028, to: 2028, holidays: ['2028-02-29', '2028-12-31'], workdays: ['2028-01-01'] } as never).holidays).toEqual(['2028-02-29', '2028-12-31']);
    expectInvalid(() => defineCalendar(spec(['2031-01-01'])), 'defineCalendar', 'out_of_range', ['holidays', 0]);
    expectInvalid(() => defineCalendar(spec([], ['2029-12-31'])), 'defineCalendar', 'out_of_range', ['workdays', 0]);
    expectInvalid(() => defineCalendar(spec(['2030-10-01'], ['2030-09-29', '2030-10-01'])), 'defineCalendar', 'conflicting_date', ['workdays', 1]);
    expectInvalid(() => defineCalendar({ from: 2030, to: 2030, holidays: '2030-10-01', workdays: [] } as never), 'defineCalendar', 'invalid_type', ['holidays']);
    expectInvalid(() => defineCalendar({ from: 2030, to: 2030, holidays: [] } as never), 'defineCalendar', 'invalid_type', ['workdays']);
    expectInvalid(() => defineCalendar(null as never), 'defineCalendar', 'invalid_type', []);
  });

  it('refuses unknown keys, so a typo does not pass silently', () => {
    expectInvalid(() => defineCalendar({ from: 2030, to: 2030, holidays: [], workdays: [], workday: ['2030-09-29'] } as never), 'defineCalendar', 'unknown_key', ['workday']);
  });
});
