import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { expectInvalid, expectUncovered, shanghai } from './_helpers.js';

// A made-up notice for 2027 (the real one is not published in the data): New Year's Day moved onto
// 2026-12-31 to 2027-01-01, a Spring Festival week, one make-up Saturday.
const notice2027 = {
  year: 2027,
  holidays: ['2026-12-31', '2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  workdays: ['2027-02-13'],
};

describe('extendCalendar', () => {
  it('adds the next year in one call', () => {
    const calendar = extendCalendar(chinaCalendar, notice2027);
    expect([calendar.from, calendar.to]).toEqual([2019, 2027]);
    expect(isWorkday('2027-02-08', { calendar })).toBe(false);
    expect(isWorkday('2027-02-13', { calendar })).toBe(true);
    expect(isWorkday('2027-03-01', { calendar })).toBe(true);
    // 2026-12-31 and 2027-01-01 rest: Monday 01-04 and Tuesday 01-05 are the next two working days.
    expect(shanghai(addWorkdays('2026-12-30T09:00:00+08:00', 2, { calendar }))).toBe('2027-01-05T09:00:00.000+08:00');
    expectUncovered(() => isWorkday('2028-01-03', { calendar }), 'isWorkday', 2028);
  });

  it('lets the new notice override late-December days of the year before (C10)', () => {
    expect(isWorkday('2026-12-31')).toBe(true);
    const calendar = extendCalendar(chinaCalendar, notice2027);
    expect(isWorkday('2026-12-31', { calendar })).toBe(false);
    // A working day the old calendar listed can become a holiday, and the other way round.
    const base = defineCalendar({ from: 2030, to: 2030, holidays: ['2030-12-30'], workdays: ['2030-12-28'] });
    const next = extendCalendar(base, { year: 2031, holidays: ['2030-12-28'], workdays: ['2030-12-30'] });
    expect(next).toEqual({ from: 2030, to: 2031, holidays: ['2030-12-28'], workdays: ['2030-12-30'] });
  });

  it('leaves the calendar it extends unchanged', () => {
    const before = JSON.stringify(chinaCalendar);
    extendCalendar(chinaCalendar, notice2027);
    expect(JSON.stringify(chinaCalendar)).toBe(before);
    expect(workdaysBetween('2026-01-01', '2026-12-31', { calendar: extendCalendar(chinaCalendar, notice2027) })).toBe(247);
    expect(workdaysBetween('2026-01-01', '2026-12-31')).toBe(248);
  });

  it('chains, one year at a time', () => {
    const through2028 = extendCalendar(extendCalendar(chinaCalendar, notice2027), { year: 2028, holidays: ['2028-01-03'], workdays: [] });
    expect(through2028.to).toBe(2028);
    expect(isWorkday('2028-01-03', { calendar: through2028 })).toBe(false);
  });

  it('refuses a year that does not follow the calendar', () => {
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, year: 2028 }), 'extendCalendar', 'out_of_range', ['notice', 'year']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, year: 2026 }), 'extendCalendar', 'out_of_range', ['notice', 'year']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, year: 2027.5 }), 'extendCalendar', 'not_integer', ['notice', 'year']);
  });

  it('refuses dates outside the notice year and the year before, bad dates and conflicts', () => {
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, holidays: ['2025-12-31'] }), 'extendCalendar', 'out_of_range', ['notice', 'holidays', 0]);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, workdays: ['2028-01-01'] }), 'extendCalendar', 'out_of_range', ['notice', 'workdays', 0]);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, holidays: ['2027-02-30'] }), 'extendCalendar', 'invalid_date', ['notice', 'holidays', 0]);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, workdays: ['2027-02-08'] }), 'extendCalendar', 'conflicting_date', ['notice', 'workdays', 0]);
    expectInvalid(() => extendCalendar(chinaCalendar, { year: 2027, holidays: [] } as never), 'extendCalendar', 'invalid_type', ['notice', 'workdays']);
    expectInvalid(() => extendCalendar(chinaCalendar, 2027 as never), 'extendCalendar', 'invalid_type', ['notice']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...notice2027, title: '2027' } as never), 'extendCalendar', 'unknown_key', ['notice', 'title']);
  });

  it('refuses a calendar that is not a calendar', () => {
    expectInvalid(() => extendCalendar(null as never, notice2027), 'extendCalendar', 'invalid_type', ['calendar']);
    expectInvalid(() => extendCalendar({ from: 2026, to: 2025, holidays: [], workdays: [] }, notice2027), 'extendCalendar', 'out_of_range', ['calendar', 'to']);
  });
});
