import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { dueAt } from '../../src/calendar/dueAt.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import {
  addWorkdaysArgsSchema,
  addWorkdaysInputSchema,
  calendarSpecSchema,
  defineCalendarInputSchema,
  dueAtArgsSchema,
  dueAtInputSchema,
  extendCalendarArgsSchema,
  holidayNoticeSchema,
  isWorkdayInputSchema,
  periodSchema,
  workdaysBetweenArgsSchema,
} from '../../src/schemas/calendar.js';
import { badPeriod, period } from './_arbitraries.js';
import { weekends } from './_helpers.js';

describe('calendar schemas', () => {
  it('accept exactly the periods dueAt accepts', () => {
    fc.assert(
      fc.property(period, (value) => {
        expect(periodSchema.safeParse(value).success).toBe(true);
        expect(() => dueAt('2026-10-01T09:00:00+08:00', value, weekends)).not.toThrow();
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(badPeriod, (value) => {
        const issue = periodSchema.safeParse(value).error?.issues[0];
        expect(issue).toBeDefined();
        // The schema names the field the function names (the unit tells the kinds of period apart).
        let thrown: unknown;
        try {
          dueAt('2026-10-01T09:00:00+08:00', value as never, weekends);
        } catch (error) {
          thrown = error;
        }
        expect((thrown as { path?: unknown }).path).toEqual(['period', ...(issue?.path ?? [])]);
      }),
      { numRuns: 200 },
    );
    expect(periodSchema.safeParse({ amount: 1, unit: 'day', extra: true }).success).toBe(false);
  });

  it('describe the arguments of each function', () => {
    expect(isWorkdayInputSchema.safeParse('2026-10-01').success).toBe(true);
    expect(isWorkdayInputSchema.safeParse('someday').success).toBe(false);
    expect(addWorkdaysArgsSchema.safeParse(['2026-10-01T09:00:00+08:00', 2]).success).toBe(true);
    expect(addWorkdaysArgsSchema.safeParse(['2026-10-01T09:00:00+08:00', -1]).success).toBe(false);
    expect(addWorkdaysInputSchema).toBe(addWorkdaysArgsSchema);
    expect(workdaysBetweenArgsSchema.safeParse([0, Date.now()]).success).toBe(true);
    expect(dueAtArgsSchema.safeParse(['2026-10-01', { unit: 'same-day' }]).success).toBe(true);
    expect(dueAtArgsSchema.safeParse(['2026-10-01', { amount: 0, unit: 'day' }]).success).toBe(false);
    expect(dueAtInputSchema).toBe(dueAtArgsSchema);
  });

  it('accept calendars and refuse what defineCalendar refuses', () => {
    expect(calendarSpecSchema.safeParse(chinaCalendar).success).toBe(true);
    expect(defineCalendarInputSchema.safeParse({ from: 2030, to: 2030, holidays: ['2030-10-01'], workdays: ['2030-09-29'] }).success).toBe(true);
    const bad = [
      { from: 2031, to: 2030, holidays: [], workdays: [] },
      { from: 2030, to: 2030, holidays: ['2030-02-29'], workdays: [] },
      { from: 2030, to: 2030, holidays: ['2031-01-01'], workdays: [] },
      { from: 2030, to: 2030, holidays: ['2030-10-01'], workdays: ['2030-10-01'] },
      { from: 2030, to: 2030, holidays: [], workdays: [], extra: 1 },
      { from: 1800, to: 2030, holidays: [], workdays: [] },
    ];
    for (const spec of bad) {
      expect(calendarSpecSchema.safeParse(spec).success, JSON.stringify(spec)).toBe(false);
      expect(() => defineCalendar(spec as never), JSON.stringify(spec)).toThrow();
    }
    expect(calendarSpecSchema.safeParse({ from: 2024, to: 2024, holidays: ['2024-02-29'], workdays: [] }).success).toBe(true);
  });

  it('describe a holiday notice and the arguments of extendCalendar', () => {
    const notice = { year: 2027, holidays: ['2026-12-31', '2027-01-01'], workdays: ['2027-02-20'] };
    expect(holidayNoticeSchema.safeParse(notice).success).toBe(true);
    expect(holidayNoticeSchema.safeParse({ ...notice, holidays: ['2025-12-31'] }).success).toBe(false);
    expect(holidayNoticeSchema.safeParse({ ...notice, workdays: ['2027-01-01'] }).success).toBe(false);
    expect(extendCalendarArgsSchema.safeParse([chinaCalendar, notice]).success).toBe(true);
  });

  it('refuse a notice whose year does not follow the calendar\'s last, at notice.year, as extendCalendar does', () => {
    const spec = { from: 2026, to: 2027, holidays: ['2026-10-01'], workdays: [] };
    for (const year of [2026, 2027, 2029, 1900]) {
      for (const notice of [
        { year, holidays: [`${year}-01-01`], workdays: [] },
        { year, days: [{ name: '元旦', date: `${year}-01-01`, isOffDay: true }] },
      ]) {
        const parsed = extendCalendarArgsSchema.safeParse([spec, notice]);
        expect(parsed.error?.issues.map((issue) => issue.path), `${year}`).toEqual([[1, 'year']]);
        expect(() => extendCalendar(defineCalendar(spec), notice)).toThrow(expect.objectContaining({ code: 'out_of_range', path: ['notice', 'year'] }));
      }
    }
    expect(extendCalendarArgsSchema.safeParse([spec, { year: 2028, holidays: ['2028-01-01'], workdays: [] }]).success).toBe(true);
  });

  it('carry titles and bilingual descriptions', () => {
    for (const schema of [periodSchema, calendarSpecSchema, holidayNoticeSchema, isWorkdayInputSchema, addWorkdaysArgsSchema, workdaysBetweenArgsSchema, dueAtArgsSchema, extendCalendarArgsSchema]) {
      const meta = z.globalRegistry.get(schema);
      expect(meta?.title).toBeTruthy();
      expect(meta?.description).toMatch(/[\u4e00-\u9fff]/);
      expect(meta?.description).toMatch(/[A-Za-z]{4}/);
    }
  });
});
