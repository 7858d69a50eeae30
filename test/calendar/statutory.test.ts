import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { dueAt } from '../../src/calendar/dueAt.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { provisionalMark, usedProvisionalSince } from '../../src/core/provisional.js';
import { expectUncovered, shanghai, statutory, withPolicy } from './_helpers.js';

/** Runs `run` and says whether it read a provisional day. */
function readsProvisional(run: () => unknown): boolean {
  const mark = provisionalMark();
  run();
  return usedProvisionalSince(mark);
}

describe("outOfCoverage: 'statutory'", () => {
  it('rests on every statutory day of 2027 under the 2024 text: 除夕 to 初三, 1–2 May, 1–3 October', () => {
    for (const day of ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03']) {
      expect(isWorkday(day, statutory), day).toBe(false);
    }
  });

  it('gives a compensation day (补假) on the first weekdays after a holiday for each of its days on a weekend', () => {
    // 春节 2027: 初一 Saturday 6 Feb and 初二 Sunday 7 Feb → Tuesday 9 and Wednesday 10 Feb off.
    expect(['2027-02-09', '2027-02-10', '2027-02-11'].map((day) => isWorkday(day, statutory))).toEqual([false, false, true]);
    // 劳动节 2027: 1–2 May are Saturday and Sunday → Monday 3 and Tuesday 4 May off.
    expect(['2027-05-03', '2027-05-04', '2027-05-05'].map((day) => isWorkday(day, statutory))).toEqual([false, false, true]);
    // 元旦 2028 is a Saturday → Monday 3 January off.
    expect(isWorkday('2028-01-03', statutory)).toBe(false);
  });

  it('gives a compensation day for a day 中秋 shares with 国庆 (2028: 中秋 on Tuesday 3 October)', () => {
    // 国庆 1 Oct (Sunday) and the shared 3 Oct each earn a day: 4 and 5 October.
    expect(['2028-10-04', '2028-10-05', '2028-10-06'].map((day) => isWorkday(day, statutory))).toEqual([false, false, true]);
  });

  it('reads years before 2025 under the 2013 text: no 除夕, one day in May', () => {
    const before = defineCalendar({ from: 2030, to: 2030, holidays: [], workdays: [] });
    const options = { ...statutory, calendar: before };
    // 2024: 除夕 Friday 9 February works; 初一–初三 are 10–12 Feb, two on a weekend → 13 and 14 Feb off.
    expect(['2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15'].map((day) => isWorkday(day, options))).toEqual([true, false, false, false, true]);
    // 2 May 2024 (Thursday) works under the 2013 text.
    expect(isWorkday('2024-05-02', options)).toBe(true);
  });

  it('has no make-up working days: every Saturday and Sunday rests', () => {
    // The published 2026 calendar works on Saturday 14 February; a provisional year never does.
    for (const day of ['2027-02-13', '2027-02-20', '2027-09-25', '2027-10-09']) expect(isWorkday(day, statutory), day).toBe(false);
  });

  it('never alters a published year', () => {
    for (const day of ['2026-02-14', '2026-02-28', '2026-10-09', '2026-10-10', '2026-12-31', '2026-01-04']) {
      expect(isWorkday(day, statutory), day).toBe(isWorkday(day));
    }
    expect(readsProvisional(() => isWorkday('2026-12-31', statutory))).toBe(false);
  });

  it('counts working days across the boundary into the provisional year and notes it', () => {
    // From Wednesday 30 December 2026: Thursday 31 Dec, then 1 Jan 2027 (元旦, Friday) rests, Monday 4 Jan.
    expect(shanghai(dueAt('2026-12-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, statutory))).toBe('2027-01-05T00:00:00.000+08:00');
    expect(readsProvisional(() => addWorkdays('2026-12-30T10:00:00+08:00', 1, statutory))).toBe(false);
    expect(readsProvisional(() => addWorkdays('2026-12-30T10:00:00+08:00', 2, statutory))).toBe(true);
    expect(workdaysBetween('2027-02-04', '2027-02-11', statutory)).toBe(1);
    // A civil-code day period does not read the calendar: nothing provisional about it.
    expect(readsProvisional(() => dueAt('2027-02-04', { amount: 3, unit: 'day' }, statutory))).toBe(false);
  });

  it('throws CalendarCoverageError beyond the statutory table, naming the year and both ways out', () => {
    expectUncovered(() => isWorkday('2100-03-01', statutory), 'isWorkday', 2100);
    expectUncovered(() => isWorkday('2013-03-01', statutory), 'isWorkday', 2013);
    expectUncovered(() => isWorkday('2027-03-01'), 'isWorkday', 2027);
  });

  it('throws for the years between a custom calendar and the statutory table', () => {
    const old = defineCalendar({ from: 2000, to: 2001, holidays: ['2001-10-01'], workdays: [] });
    const options = { ...statutory, calendar: old };
    expect(isWorkday('2001-10-01', options)).toBe(false);
    expect(isWorkday('2030-10-01', options)).toBe(false);
    expectUncovered(() => isWorkday('2005-03-01', options), 'isWorkday', 2005);
    expectUncovered(() => workdaysBetween('2001-12-30', '2030-01-10', options), 'workdaysBetween', 2002);
  });

  it('throws for the first and last day of that gap, and for a calendar after the table', () => {
    // 2002-01-01 to 2013-12-31: neither the calendar (2000–2001) nor the table (2014–2099) covers them.
    const options = { ...statutory, calendar: defineCalendar({ from: 2000, to: 2001, holidays: [], workdays: [] }) };
    expect(isWorkday('2001-12-31', options)).toBe(true);
    expectUncovered(() => isWorkday('2002-01-01', options), 'isWorkday', 2002);
    expectUncovered(() => isWorkday('2013-12-31', options), 'isWorkday', 2013);
    expect(isWorkday('2014-01-02', options)).toBe(true);
    const later = { ...statutory, calendar: defineCalendar({ from: 2110, to: 2111, holidays: [], workdays: [] }) };
    expect(isWorkday('2099-12-31', later)).toBe(true);
    expectUncovered(() => isWorkday('2100-01-01', later), 'isWorkday', 2100);
    expectUncovered(() => isWorkday('2109-12-31', later), 'isWorkday', 2109);
    expect(isWorkday('2110-01-01', later)).toBe(true);
  });

  it('finds no gap where the calendar touches or overlaps the table, 1970 included', () => {
    // A calendar from 1960 reaches the table: every day from 1960 to 2099 is covered (1970-01-01 is day 0).
    const options = { ...statutory, calendar: defineCalendar({ from: 1960, to: 2013, holidays: [], workdays: [] }) };
    expect(workdaysBetween('1969-12-30', '1970-01-05', options)).toBe(4);
    expect(workdaysBetween('2013-12-30', '2014-01-03', options)).toBe(3);
    expectUncovered(() => isWorkday('1959-12-31', options), 'isWorkday', 1959);
  });

  it("leaves outOfCoverage: 'weekends' as it was: Monday–Friday, not flagged", () => {
    const weekends = withPolicy({ outOfCoverage: 'weekends' });
    expect(isWorkday('2027-02-08', weekends)).toBe(true);
    expect(readsProvisional(() => isWorkday('2027-02-08', weekends))).toBe(false);
  });
});
