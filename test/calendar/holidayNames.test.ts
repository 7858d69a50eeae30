// The names explainDeadline gives rest days: a holiday-cn file's own names for a calendar built from it,
// the names the 2019–2026 notices give for the shipped calendar, and the statutory names of a
// provisional year. Regression: a file's names ("国庆") were replaced by derived ones ("国庆节、中秋节").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { calendarSpecSchema } from '../../src/schemas/calendar.js';
import { runCli } from '../cli/_helpers.js';
import { expectInvalid } from './_helpers.js';

const statutory = definePolicy({ outOfCoverage: 'statutory' });
const offDays = (name: string, ...dates: string[]) => dates.map((date) => ({ name, date, isOffDay: true }));
// 2027 in holiday-cn's format, with names of its own ("五一劳动节" where the package says 劳动节).
const file2027 = {
  year: 2027,
  papers: [],
  days: [...offDays('元旦', '2027-01-01'), ...offDays('五一劳动节', '2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05'), { name: '五一劳动节', date: '2027-04-25', isOffDay: false }],
};
// 2028: 中秋 falls on 3 October, inside the National Day break, which this file names "国庆" alone.
const file2028 = {
  year: 2028,
  days: offDays('国庆', '2028-10-01', '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05', '2028-10-06', '2028-10-07', '2028-10-08'),
};
const namesSkipped = (from: string, workdays: number, calendar: Parameters<typeof explainDeadline>[2]) =>
  explainDeadline(from, { amount: workdays, unit: 'workday' }, calendar).skipped.map((note) => [note.date, note.kind, note.holiday]);

describe('holiday names', () => {
  it('names a rest day of a calendar built from a holiday-cn file as the file names it', () => {
    const calendar = extendCalendar(extendCalendar(chinaCalendar, file2027), file2028);
    expect(calendar.holidayNames).toEqual({
      '2027-01-01': '元旦',
      ...Object.fromEntries(['01', '02', '03', '04', '05'].map((day) => [`2027-05-${day}`, '五一劳动节'])),
      ...Object.fromEntries(['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => [`2028-10-0${day.slice(1)}`, '国庆'])),
    });
    expect(namesSkipped('2028-09-30T10:00:00+08:00', 1, { calendar })).toEqual([
      ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day) => [`2028-10-${day}`, 'holiday', '国庆']),
    ]);
    expect(namesSkipped('2027-04-30T10:00:00+08:00', 1, { calendar })).toEqual(['01', '02', '03', '04', '05'].map((day) => [`2027-05-${day}`, 'holiday', '五一劳动节']));
    // A weekend inside no break keeps no name; a working day is not named.
    expect(namesSkipped('2027-01-08T10:00:00+08:00', 1, { calendar })).toEqual([
      ['2027-01-09', 'weekend', undefined],
      ['2027-01-10', 'weekend', undefined],
    ]);
  });

  it('keeps the names of the 2019–2026 notices exactly, shipped or read from the files', () => {
    // The shipped calendar carries no names: they are those the notices give (explainDeadline.test.ts checks every day).
    expect(chinaCalendar.holidayNames).toBeUndefined();
    expect(namesSkipped('2020-09-30T10:00:00+08:00', 1, undefined)[0]).toEqual(['2020-10-01', 'holiday', '国庆节、中秋节']);
    expect(namesSkipped('2023-09-28T10:00:00+08:00', 1, undefined)[0]).toEqual(['2023-09-29', 'holiday', '中秋节、国庆节']);
    const file2026 = JSON.parse(readFileSync(new URL('../fixtures/holiday-cn/2026.json', import.meta.url), 'utf8'));
    const fromFile = extendCalendar(defineCalendar({ from: 2025, to: 2025, holidays: [], workdays: [] }), file2026);
    for (const from of ['2026-09-30T10:00:00+08:00', '2026-02-13T10:00:00+08:00', '2026-04-30T10:00:00+08:00', '2026-01-01T10:00:00+08:00']) {
      expect(namesSkipped(from, 3, { calendar: fromFile })).toEqual(namesSkipped(from, 3, undefined));
    }
  });

  it('keeps the derived names of a provisional year and of a plain notice', () => {
    const calendar = extendCalendar(chinaCalendar, file2027);
    // 2028 is provisional: its names come from the statutory table, 中秋 on 3 October included.
    expect(namesSkipped('2028-09-30T10:00:00+08:00', 1, { calendar, policy: statutory }).slice(0, 3)).toEqual([
      ['2028-10-01', 'holiday', '国庆节'],
      ['2028-10-02', 'holiday', '国庆节'],
      ['2028-10-03', 'holiday', '国庆节、中秋节'],
    ]);
    const plain = extendCalendar(calendar, { year: 2028, holidays: ['2028-10-02', '2028-10-03', '2028-10-04'], workdays: [] });
    // A plain notice names nothing: its rest days are named after the statutory days of their run.
    expect(namesSkipped('2028-09-30T10:00:00+08:00', 1, { calendar: plain })).toEqual([
      ['2028-10-01', 'weekend', undefined],
      ['2028-10-02', 'holiday', '国庆节'],
      ['2028-10-03', 'holiday', '国庆节'],
      ['2028-10-04', 'holiday', '国庆节'],
    ]);
  });

  it('drops the name of a day a later notice lists again, as it drops the day', () => {
    const calendar = extendCalendar(extendCalendar(chinaCalendar, { ...file2027, days: [...file2027.days, ...offDays('元旦', '2027-12-31')] }), {
      year: 2028,
      holidays: ['2028-01-01'],
      workdays: ['2027-12-31'],
    });
    expect(isWorkday('2027-12-31', { calendar })).toBe(true);
    expect(Object.keys(calendar.holidayNames ?? {})).not.toContain('2027-12-31');
    expect(calendar.holidayNames?.['2027-01-01']).toBe('元旦');
  });

  it('survives JSON and defineCalendar, as the rest of a calendar does', () => {
    const calendar = extendCalendar(chinaCalendar, file2027);
    const copy = defineCalendar(JSON.parse(JSON.stringify(calendar)));
    expect(copy).toEqual(calendar);
    expect(Object.isFrozen(copy.holidayNames)).toBe(true);
    expect(namesSkipped('2027-04-30T10:00:00+08:00', 1, { calendar: copy })).toEqual(namesSkipped('2027-04-30T10:00:00+08:00', 1, { calendar }));
    // No name given, no key: a calendar without names is the shape it always was.
    expect(defineCalendar({ from: 2030, to: 2030, holidays: ['2030-10-01'], workdays: [], holidayNames: {} })).toEqual({ from: 2030, to: 2030, holidays: ['2030-10-01'], workdays: [] });
  });

  it('refuses a name for a date that is not a rest day of the calendar, or a name that is no text', () => {
    const spec = (holidayNames: unknown) => ({ from: 2030, to: 2030, holidays: ['2030-10-01'], workdays: ['2030-09-29'], holidayNames }) as never;
    expectInvalid(() => defineCalendar(spec({ '2030-09-29': '国庆节' })), 'defineCalendar', 'out_of_range', ['holidayNames', '2030-09-29']);
    expectInvalid(() => defineCalendar(spec({ '2030-10-32': '国庆节' })), 'defineCalendar', 'invalid_date', ['holidayNames', '2030-10-32']);
    expectInvalid(() => defineCalendar(spec({ '2030-10-01': 1 })), 'defineCalendar', 'invalid_type', ['holidayNames', '2030-10-01']);
    expectInvalid(() => defineCalendar(spec({ '2030-10-01': '' })), 'defineCalendar', 'empty', ['holidayNames', '2030-10-01']);
    expectInvalid(() => defineCalendar(spec({ '2030-10-01': ' \t\u3000' })), 'defineCalendar', 'empty', ['holidayNames', '2030-10-01']);
    expectInvalid(() => defineCalendar(spec(['国庆节'])), 'defineCalendar', 'invalid_type', ['holidayNames']);
    // The schema agrees.
    expect(calendarSpecSchema.safeParse(spec({ '2030-10-01': '国庆节' })).success).toBe(true);
    for (const names of [{ '2030-09-29': '国庆节' }, { '2030-10-32': '国庆节' }, { '2030-10-01': 1 }, { '2030-10-01': '' }, { '2030-10-01': '   ' }, ['国庆节']]) {
      expect(calendarSpecSchema.safeParse(spec(names)).success).toBe(false);
    }
  });

  it('reads a holiday-cn day with a blank name as unnamed, empty or white space alike', () => {
    const days = [
      { name: '', date: '2027-01-01', isOffDay: true },
      { name: '   ', date: '2027-01-04', isOffDay: true },
      { name: '元旦', date: '2027-01-05', isOffDay: true },
    ];
    const calendar = extendCalendar(chinaCalendar, { year: 2027, papers: [], days });
    expect(calendar.holidayNames).toEqual({ '2027-01-05': '元旦' });
    const skipped = explainDeadline('2026-12-31T10:00:00+08:00', { amount: 1, unit: 'workday' }, { calendar }).skipped;
    expect(skipped.find((note) => note.date === '2027-01-04')?.holiday).not.toMatch(/^\s*$/);
  });

  it('reaches the command line: --calendar with a holiday-cn file names its days in explainDeadline', async () => {
    const files = { '2028.json': JSON.stringify([file2027, file2028]) };
    const { lines } = await runCli(['explainDeadline', '--calendar', '2028.json'], { input: '["2028-09-30T10:00:00+08:00", {"amount": 1, "unit": "workday"}]\n', files });
    const result = (lines[0] as { result: { skipped: { holiday?: string }[] } }).result;
    expect(result.skipped.map((note) => note.holiday)).toEqual(Array(8).fill('国庆'));
  });
});
