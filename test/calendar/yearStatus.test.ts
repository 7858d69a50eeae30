import { describe, expect, it } from 'vitest';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { yearStatus } from '../../src/calendar/yearStatus.js';
import { expectInvalid, statutory, weekends } from './_helpers.js';

describe('yearStatus', () => {
  it('calls the years of the notices published, whatever the policy', () => {
    for (const year of [2019, 2022, 2026]) {
      expect(yearStatus(year)).toBe('published');
      expect(yearStatus(year, statutory)).toBe('published');
    }
  });

  it("calls a year of the statutory table provisional only under outOfCoverage: 'statutory'", () => {
    expect(yearStatus(2027, statutory)).toBe('provisional');
    expect(yearStatus(2099, statutory)).toBe('provisional');
    expect(yearStatus(2014, statutory)).toBe('provisional');
    expect(yearStatus(2027)).toBe('uncovered');
    expect(yearStatus(2027, weekends)).toBe('uncovered');
  });

  it('calls a year outside both the calendar and the table uncovered', () => {
    expect(yearStatus(2100, statutory)).toBe('uncovered');
    expect(yearStatus(2013, statutory)).toBe('uncovered');
    expect(yearStatus(2018)).toBe('uncovered');
  });

  it('follows the calendar given: an added notice makes its year published', () => {
    const calendar = extendCalendar(chinaCalendar, { year: 2027, holidays: ['2027-01-01'], workdays: [] });
    expect(yearStatus(2027, { ...statutory, calendar })).toBe('published');
    expect(yearStatus(2028, { ...statutory, calendar })).toBe('provisional');
    const own = defineCalendar({ from: 2120, to: 2121, holidays: [], workdays: [] });
    expect(yearStatus(2120, { calendar: own })).toBe('published');
    expect(yearStatus(2026, { calendar: own })).toBe('uncovered');
  });

  it('refuses a year that is not a whole number in 0–9999', () => {
    expectInvalid(() => yearStatus(2026.5), 'yearStatus', 'not_integer', ['year']);
    expectInvalid(() => yearStatus(Number.NaN), 'yearStatus', 'not_finite', ['year']);
    expectInvalid(() => yearStatus(10_000), 'yearStatus', 'out_of_range', ['year']);
    expectInvalid(() => yearStatus(-1), 'yearStatus', 'negative', ['year']);
    expectInvalid(() => yearStatus('2027' as never), 'yearStatus', 'invalid_type', ['year']);
  });
});
