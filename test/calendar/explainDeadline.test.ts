import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { dueAt } from '../../src/calendar/dueAt.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { expectInvalid, shanghai } from './_helpers.js';

const statutory = { policy: definePolicy({ outOfCoverage: 'statutory' }) };
const dates = (notes: readonly { date: string }[]): string[] => notes.map((note) => note.date);

describe('explainDeadline', () => {
  it('explains a working-day deadline across the National Day holidays: counted working days, skipped rest days', () => {
    const why = explainDeadline('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' });
    expect(shanghai(why.dueAt)).toBe('2026-10-10T00:00:00.000+08:00');
    expect(why.counted).toEqual([{ date: '2026-10-08', kind: 'workday' }, { date: '2026-10-09', kind: 'workday' }]);
    expect(why.skipped).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((date) => ({ date, kind: 'holiday', holiday: '国庆节' })));
    expect(why.provisional).toBe(false);
    expect(why.basis).toEqual(['C3']);
  });

  it('names a make-up working day and a plain weekend', () => {
    // 2026-02-14 (Saturday) is a make-up working day of the Spring Festival notice.
    const why = explainDeadline('2026-02-12T10:00:00+08:00', { amount: 2, unit: 'workday' });
    expect(why.counted).toEqual([{ date: '2026-02-13', kind: 'workday' }, { date: '2026-02-14', kind: 'make-up-workday' }]);
    const weekend = explainDeadline('2026-03-06T10:00:00+08:00', { amount: 1, unit: 'workday' });
    expect(weekend.skipped).toEqual([{ date: '2026-03-07', kind: 'weekend' }, { date: '2026-03-08', kind: 'weekend' }]);
  });

  it("reads a day's kind from the calendar's own lists: a listed working day is a make-up working day on a weekend, a working day on a weekday", () => {
    // A company calendar: Tuesday 2030-03-12 off, Wednesday 2030-03-13 listed as a working day (it
    // works as any Wednesday), Saturday 2030-03-16 made a working day.
    const calendar = defineCalendar({ from: 2030, to: 2030, holidays: ['2030-03-12'], workdays: ['2030-03-13', '2030-03-16'] });
    const why = explainDeadline('2030-03-11T10:00:00+08:00', { amount: 2, unit: 'workday' }, { calendar });
    expect(why.counted).toEqual([{ date: '2030-03-13', kind: 'workday' }, { date: '2030-03-14', kind: 'workday' }]);
    expect(explainDeadline('2030-03-15T10:00:00+08:00', { amount: 1, unit: 'workday' }, { calendar }).counted).toEqual([{ date: '2030-03-16', kind: 'make-up-workday' }]);
    // 2020-02-03, a Monday the 2020 notices list as working (after the extended Spring Festival).
    expect(explainDeadline('2020-01-31T10:00:00+08:00', { amount: 1, unit: 'workday' }).counted).toEqual([{ date: '2020-02-03', kind: 'workday' }]);
    // A rest day with no statutory day in its run has no name.
    expect(why.skipped).toEqual([{ date: '2030-03-12', kind: 'holiday' }]);
    // The calendar's own years are never provisional, even with the statutory table around them.
    const withTable = explainDeadline('2030-03-11T10:00:00+08:00', { amount: 2, unit: 'workday' }, { calendar, ...statutory });
    expect(withTable).toEqual(why);
    expect(shanghai(why.dueAt)).toBe('2030-03-15T00:00:00.000+08:00');
  });

  it('names every rest day of the 2019–2026 notices as holiday-cn names it', () => {
    const fixture = JSON.parse(readFileSync(new URL('../fixtures/holiday-cn/days-2019-2026.json', import.meta.url), 'utf8')) as { days: Record<string, { name: string; isOffDay: boolean }> };
    const named = Object.entries(fixture.days).filter(([, day]) => day.isOffDay);
    expect(named.length).toBe(chinaCalendar.holidays.length);
    // Through the skipped days of a one-working-day deadline from the day before each rest day.
    for (const [date, { name }] of named) {
      const dayBefore = Date.parse(`${date}T12:00:00+08:00`) - 86_400_000;
      const why = explainDeadline(dayBefore, { amount: 1, unit: 'workday' });
      expect(why.skipped.find((note) => note.date === date), date).toEqual({ date, kind: 'holiday', holiday: name });
    }
  });

  it('explains a provisional year: statutory days, compensation days and flags', () => {
    const why = explainDeadline('2027-02-04T10:00:00+08:00', { amount: 2, unit: 'workday' }, statutory);
    expect(why.provisional).toBe(true);
    expect(why.basis).toEqual(['C3', 'calendar.provisional']);
    expect(dates(why.counted)).toEqual(['2027-02-11', '2027-02-12']);
    expect(why.skipped).toEqual([
      { date: '2027-02-05', kind: 'holiday', holiday: '春节', provisional: true },
      { date: '2027-02-06', kind: 'holiday', holiday: '春节', provisional: true },
      { date: '2027-02-07', kind: 'holiday', holiday: '春节', provisional: true },
      { date: '2027-02-08', kind: 'holiday', holiday: '春节', provisional: true },
      { date: '2027-02-09', kind: 'compensatory', holiday: '春节', provisional: true },
      { date: '2027-02-10', kind: 'compensatory', holiday: '春节', provisional: true },
    ]);
    expect(why.counted.every((note) => note.kind === 'workday' && note.provisional === true)).toBe(true);
  });


  it("names the weekends-only fallback in the basis when it read a day the calendar does not cover", () => {
    const weekends = { policy: definePolicy({ outOfCoverage: 'weekends' }) };
    // 2027-10-01 counts as an ordinary Friday: an approximation the answer must own.
    const across = explainDeadline('2027-09-30T10:00:00+08:00', { amount: 1, unit: 'workday' }, weekends);
    expect([across.basis, across.provisional]).toEqual([['C3', 'C3.weekends-fallback'], false]);
    // A deadline inside the covered years, a day period, and hours read no fallback day.
    expect(explainDeadline('2026-09-30T10:00:00+08:00', { amount: 1, unit: 'workday' }, weekends).basis).toEqual(['C3']);
    expect(explainDeadline('2027-09-30T10:00:00+08:00', { amount: 3, unit: 'day' }, weekends).basis).toEqual(['C2']);
    expect(explainDeadline('2027-09-30T10:00:00+08:00', { amount: 3, unit: 'hour' }, weekends).basis).toEqual(['C4']);
    // The rest-day extension looked the last day up; working hours read the day of their deadline.
    const extended = { policy: definePolicy({ outOfCoverage: 'weekends', extendPastRestDays: true }) };
    expect(explainDeadline('2027-09-30T10:00:00+08:00', { amount: 3, unit: 'day' }, extended).basis).toEqual(['C2', 'C2.rest-day-extension', 'C3.weekends-fallback']);
    expect(explainDeadline('2027-09-29T10:00:00+08:00', { amount: 1, unit: 'day' }, extended).basis).toEqual(['C2', 'C3.weekends-fallback']);
    expect(explainDeadline('2026-12-31T20:00:00+08:00', { amount: 0, unit: 'workhour' }, weekends).basis).toEqual(['calendar.work-hours', 'C3.weekends-fallback']);
    expect(explainDeadline('2026-12-30T20:00:00+08:00', { amount: 0, unit: 'workhour' }, weekends).basis).toEqual(['calendar.work-hours']);
    // Same-day and next-day are never extended, so they read no day of the calendar, covered or not.
    expect(explainDeadline('2027-01-01T10:00:00+08:00', { unit: 'next-day' }, extended).basis).toEqual(['C5']);
    expect(explainDeadline('2027-01-01T10:00:00+08:00', { unit: 'same-day' }, extended).basis).toEqual(['C5']);
  });

  it('lists the days of an elapsed period from 00:00 as the period covers them: its own day first, the day before its 00:00 deadline last', () => {
    const both = { policy: definePolicy({ dayCounting: 'elapsed', extendPastRestDays: true }) };
    // Friday 00:00 + 24 h covers Friday, a working day: nothing to extend.
    const friday = explainDeadline('2026-09-11T00:00:00+08:00', { amount: 1, unit: 'day' }, both);
    expect([shanghai(friday.dueAt), friday.counted, friday.skipped, friday.basis]).toEqual(['2026-09-12T00:00:00.000+08:00', [{ date: '2026-09-11', kind: 'day' }], [], ['C2.elapsed']]);
    // Saturday 00:00 + 24 h covers Saturday: Sunday skipped, Monday counted to its 24:00.
    const saturday = explainDeadline('2026-09-12T00:00:00+08:00', { amount: 1, unit: 'day' }, both);
    expect(shanghai(saturday.dueAt)).toBe('2026-09-15T00:00:00.000+08:00');
    expect([dates(saturday.counted), dates(saturday.skipped), saturday.basis]).toEqual([['2026-09-12', '2026-09-14'], ['2026-09-13'], ['C2.elapsed', 'C2.rest-day-extension']]);
    // From 10:00 the period's last instant is on the day of its deadline, as before.
    expect(dates(explainDeadline('2026-09-11T10:00:00+08:00', { amount: 1, unit: 'day' }, both).counted)).toEqual(['2026-09-12', '2026-09-14']);
  });

  it('names a provisional day two holidays share after both, as the 2020 notice named 1 October', () => {
    // 2028: 中秋 (八月十五) falls on 3 October, inside National Day; each holiday is owed its own day back.
    const why = explainDeadline('2028-09-29T10:00:00+08:00', { amount: 1, unit: 'workday' }, statutory);
    expect(why.skipped.map((note) => [note.date, note.kind, note.holiday])).toEqual([
      ['2028-09-30', 'weekend', undefined],
      ['2028-10-01', 'holiday', '国庆节'],
      ['2028-10-02', 'holiday', '国庆节'],
      ['2028-10-03', 'holiday', '国庆节、中秋节'],
      ['2028-10-04', 'compensatory', '国庆节'],
      ['2028-10-05', 'compensatory', '中秋节'],
    ]);
    // The shipped 2020 notice names its shared run the same way.
    const published = explainDeadline('2020-09-30T10:00:00+08:00', { amount: 1, unit: 'workday' });
    expect(published.skipped.find((note) => note.date === '2020-10-01')?.holiday).toBe('国庆节、中秋节');
  });
  it('counts calendar days for day periods and skips rest days only when the last day is extended', () => {
    const plain = explainDeadline('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' });
    expect(plain.counted).toEqual(['2026-10-01', '2026-10-02', '2026-10-03'].map((date) => ({ date, kind: 'day' })));
    expect(plain.skipped).toEqual([]);
    expect(plain.basis).toEqual(['C2']);
    const extended = explainDeadline('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, { policy: definePolicy({ extendPastRestDays: true }) });
    expect(shanghai(extended.dueAt)).toBe('2026-10-09T00:00:00.000+08:00');
    expect(dates(extended.counted)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-08']);
    expect(dates(extended.skipped)).toEqual(['2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(extended.basis).toEqual(['C2', 'C2.rest-day-extension']);
    expect(explainDeadline('2026-01-31T10:00:00+08:00', { amount: 1, unit: 'month' }).counted).toHaveLength(28);
  });

  it('counts no days for hours, one for same-day and next-day', () => {
    expect(explainDeadline('2026-10-05T15:00:00+08:00', { amount: 30, unit: 'hour' })).toMatchObject({ counted: [], skipped: [], basis: ['C4'] });
    expect(explainDeadline('2026-10-05T15:00:00+08:00', { unit: 'same-day' }).counted).toEqual([{ date: '2026-10-05', kind: 'day' }]);
    expect(explainDeadline('2026-10-05T23:59:59+08:00', { unit: 'next-day' }).counted).toEqual([{ date: '2026-10-06', kind: 'day' }]);
  });

  it('explains working hours: the start day when it lends hours, the working days after, the rest days between', () => {
    const why = explainDeadline('2026-09-30T16:00:00+08:00', { amount: 3, unit: 'workhour' });
    expect(shanghai(why.dueAt)).toBe('2026-10-08T09:30:00.000+08:00');
    expect(dates(why.counted)).toEqual(['2026-09-30', '2026-10-08']);
    expect(why.skipped).toHaveLength(7);
    expect(why.basis).toEqual(['calendar.work-hours']);
    // After closing time the start day lends nothing.
    expect(dates(explainDeadline('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'workhour' }).counted)).toEqual(['2026-10-08']);
  });

  it('skips the start day of working hours when it is a rest day, as it skips the rest days after it', () => {
    // Saturday 7 March 2026, then Sunday: the hour is counted on Monday 9 March.
    const weekend = explainDeadline('2026-03-07T10:00:00+08:00', { amount: 1, unit: 'workhour' });
    expect(shanghai(weekend.dueAt)).toBe('2026-03-09T09:00:00.000+08:00');
    expect(weekend.skipped).toEqual([{ date: '2026-03-07', kind: 'weekend' }, { date: '2026-03-08', kind: 'weekend' }]);
    expect(dates(weekend.counted)).toEqual(['2026-03-09']);
    // National Day 2026: from 1 October, every rest day through 7 October is passed over, the first included.
    const holiday = explainDeadline('2026-10-01T10:00:00+08:00', { amount: 10, unit: 'workhour' });
    expect(dates(holiday.skipped)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']);
    expect(dates(holiday.counted)).toEqual(['2026-10-08', '2026-10-09']);
  });

  it('explains at most 36,600 days, though dueAt counts any period', () => {
    const century = explainDeadline('2026-01-01T10:00:00+08:00', { amount: 36_600, unit: 'day' });
    expect(century.counted).toHaveLength(36_600);
    expectInvalid(() => explainDeadline('2026-01-01T10:00:00+08:00', { amount: 36_601, unit: 'day' }), 'explainDeadline', 'out_of_range', ['period', 'amount']);
    expectInvalid(() => explainDeadline('2026-01-01T10:00:00+08:00', { amount: 60_000_000, unit: 'day' }), 'explainDeadline', 'out_of_range', ['period', 'amount']);
    expectInvalid(() => explainDeadline('2026-01-01T10:00:00+08:00', { amount: 1_300, unit: 'month' }), 'explainDeadline', 'out_of_range', ['period', 'amount']);
    const weekends = { policy: definePolicy({ outOfCoverage: 'weekends' }) };
    expectInvalid(() => explainDeadline('2026-01-01T10:00:00+08:00', { amount: 2_000_000, unit: 'workday' }, weekends), 'explainDeadline', 'out_of_range', ['period', 'amount']);
    expect(dueAt('2026-01-01T10:00:00+08:00', { amount: 2_900_000, unit: 'day' }).getTime()).toBeGreaterThan(0);
  });

  it('gives the start day of working hours its own kind, provisional in a provisional year', () => {
    expect(explainDeadline('2026-03-02T16:30:00+08:00', { amount: 1, unit: 'workhour' }).counted).toEqual([{ date: '2026-03-02', kind: 'workday' }]);
    // 2026-02-28 (a Saturday) is a make-up working day of the 2026 notice.
    expect(explainDeadline('2026-02-28T10:00:00+08:00', { amount: 1, unit: 'workhour' }).counted).toEqual([{ date: '2026-02-28', kind: 'make-up-workday' }]);
    const why = explainDeadline('2027-01-04T10:00:00+08:00', { amount: 1, unit: 'workhour' }, statutory);
    expect(why).toMatchObject({ provisional: true, counted: [{ date: '2027-01-04', kind: 'workday', provisional: true }], skipped: [], basis: ['calendar.work-hours', 'calendar.provisional'] });
  });

  it('is provisional when the rest-day extension looked up a last day of a provisional year, even one that works', () => {
    const extending = { policy: definePolicy({ outOfCoverage: 'statutory', extendPastRestDays: true }) };
    // 9 days from 30 December 2026 end on Friday 8 January 2027, a working day of the provisional year.
    const why = explainDeadline('2026-12-30T13:53:00+08:00', { amount: 9, unit: 'day' }, extending);
    expect(shanghai(why.dueAt)).toBe('2027-01-09T00:00:00.000+08:00');
    expect(why.provisional).toBe(true);
    expect(why.basis).toEqual(['C2', 'calendar.provisional']);
    expect(why.counted.at(-1)).toEqual({ date: '2027-01-08', kind: 'day', provisional: true });
    expect(why.counted.slice(0, -1).every((day) => day.provisional === undefined)).toBe(true);
    // Without the extension no calendar is read: nothing is provisional.
    expect(explainDeadline('2026-12-30T13:53:00+08:00', { amount: 9, unit: 'day' }, statutory)).toMatchObject({ provisional: false, basis: ['C2'] });
  });

  it('returns frozen results and agrees with dueAt', () => {
    const why = explainDeadline('2026-12-30T10:00:00+08:00', { amount: 3, unit: 'workday' }, statutory);
    expect(why.dueAt.getTime()).toBe(dueAt('2026-12-30T10:00:00+08:00', { amount: 3, unit: 'workday' }, statutory).getTime());
    expect(Object.isFrozen(why) && Object.isFrozen(why.counted) && Object.isFrozen(why.skipped) && Object.isFrozen(why.basis) && Object.isFrozen(why.counted[0])).toBe(true);
    expect(why.counted[0]).toEqual({ date: '2026-12-31', kind: 'workday' });
    expect(why.counted[1]).toEqual({ date: '2027-01-04', kind: 'workday', provisional: true });
  });

  it('throws as dueAt throws', () => {
    expectInvalid(() => explainDeadline('soon', { amount: 1, unit: 'day' }), 'explainDeadline', 'invalid_instant', ['from']);
    expectInvalid(() => explainDeadline('2026-01-01', { amount: -1, unit: 'workhour' }), 'explainDeadline', 'negative', ['period', 'amount']);
    expect(() => explainDeadline('2026-12-30', { amount: 3, unit: 'workday' })).toThrow(CalendarCoverageError);
  });
});
