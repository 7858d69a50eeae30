import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types.
import { defaultSourceDirectory, generateHolidayModule, modulePath } from '../../scripts/generate-holidays.mjs';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { isWeekendDate } from './_helpers.js';

// The schedules as the State Council General Office notices publish them, transcribed by hand from
// the notices (not from the data): each year's rest periods (inclusive ranges) and make-up working days.
const NOTICES: Record<number, { off: [string, string][]; work: string[] }> = {
  2019: {
    off: [['2019-01-01', '2019-01-01'], ['2019-02-04', '2019-02-10'], ['2019-04-05', '2019-04-07'], ['2019-05-01', '2019-05-04'], ['2019-06-07', '2019-06-09'], ['2019-09-13', '2019-09-15'], ['2019-10-01', '2019-10-07']],
    work: ['2019-02-02', '2019-02-03', '2019-04-28', '2019-05-05', '2019-09-29', '2019-10-12'],
  },
  2020: {
    // Spring Festival extended to 2020-02-02 by the notice of 2020-01-27 (COVID-19): 2020-02-01 no longer a make-up day.
    off: [['2020-01-01', '2020-01-01'], ['2020-01-24', '2020-02-02'], ['2020-04-04', '2020-04-06'], ['2020-05-01', '2020-05-05'], ['2020-06-25', '2020-06-27'], ['2020-10-01', '2020-10-08']],
    work: ['2020-01-19', '2020-04-26', '2020-05-09', '2020-06-28', '2020-09-27', '2020-10-10'],
  },
  2021: {
    off: [['2021-01-01', '2021-01-03'], ['2021-02-11', '2021-02-17'], ['2021-04-03', '2021-04-05'], ['2021-05-01', '2021-05-05'], ['2021-06-12', '2021-06-14'], ['2021-09-19', '2021-09-21'], ['2021-10-01', '2021-10-07']],
    work: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  2022: {
    off: [['2022-01-01', '2022-01-03'], ['2022-01-31', '2022-02-06'], ['2022-04-03', '2022-04-05'], ['2022-04-30', '2022-05-04'], ['2022-06-03', '2022-06-05'], ['2022-09-10', '2022-09-12'], ['2022-10-01', '2022-10-07'], ['2022-12-31', '2022-12-31']],
    work: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  2023: {
    off: [['2023-01-01', '2023-01-02'], ['2023-01-21', '2023-01-27'], ['2023-04-05', '2023-04-05'], ['2023-04-29', '2023-05-03'], ['2023-06-22', '2023-06-24'], ['2023-09-29', '2023-10-06']],
    work: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  2024: {
    off: [['2024-01-01', '2024-01-01'], ['2024-02-10', '2024-02-17'], ['2024-04-04', '2024-04-06'], ['2024-05-01', '2024-05-05'], ['2024-06-10', '2024-06-10'], ['2024-09-15', '2024-09-17'], ['2024-10-01', '2024-10-07']],
    work: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  2025: {
    off: [['2025-01-01', '2025-01-01'], ['2025-01-28', '2025-02-04'], ['2025-04-04', '2025-04-06'], ['2025-05-01', '2025-05-05'], ['2025-05-31', '2025-06-02'], ['2025-10-01', '2025-10-08']],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [['2026-01-01', '2026-01-03'], ['2026-02-15', '2026-02-23'], ['2026-04-04', '2026-04-06'], ['2026-05-01', '2026-05-05'], ['2026-06-19', '2026-06-21'], ['2026-09-25', '2026-09-27'], ['2026-10-01', '2026-10-07']],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
function* daysOf(first: string, last: string): Generator<string> {
  for (let ms = Date.parse(`${first}T00:00:00Z`); ms <= Date.parse(`${last}T00:00:00Z`); ms += DAY_MS) yield isoDay(ms);
}

describe('chinaCalendar', () => {
  it('reads as a plain record of its four fields, its lists written out once and the same on every read', () => {
    expect(Object.keys(chinaCalendar)).toEqual(['from', 'to', 'holidays', 'workdays']);
    expect(chinaCalendar.holidays).toBe(chinaCalendar.holidays);
    expect(chinaCalendar.workdays).toBe(chinaCalendar.workdays);
    const copy = { ...chinaCalendar };
    expect(copy).toEqual({ from: 2019, to: 2026, holidays: chinaCalendar.holidays, workdays: chinaCalendar.workdays });
    expect(JSON.parse(JSON.stringify(chinaCalendar))).toEqual(copy);
    expect(structuredClone(chinaCalendar)).toEqual(copy);
    // Frozen for good: no field can be replaced or added.
    expect(Reflect.set(chinaCalendar, 'holidays', [])).toBe(false);
    expect(Reflect.defineProperty(chinaCalendar, 'extra', { value: 1 })).toBe(false);
    expect(chinaCalendar.holidays.length).toBeGreaterThan(200);
  });

  it('covers 2019–2026 and is a frozen, sorted, duplicate-free calendar', () => {
    expect([chinaCalendar.from, chinaCalendar.to]).toEqual([2019, 2026]);
    expect(Object.isFrozen(chinaCalendar) && Object.isFrozen(chinaCalendar.holidays) && Object.isFrozen(chinaCalendar.workdays)).toBe(true);
    for (const list of [chinaCalendar.holidays, chinaCalendar.workdays]) {
      expect([...list].sort()).toEqual(list);
      expect(new Set(list).size).toBe(list.length);
    }
    expect(chinaCalendar.holidays.filter((day) => chinaCalendar.workdays.includes(day))).toEqual([]);
  });

  for (const [year, notice] of Object.entries(NOTICES)) {
    it(`matches the ${year} State Council notice on every day of the year`, () => {
      const off = new Set(notice.off.flatMap(([first, last]) => [...daysOf(first, last)]));
      const work = new Set(notice.work);
      const wrong: string[] = [];
      for (const day of daysOf(`${year}-01-01`, `${year}-12-31`)) {
        const expected = work.has(day) || (!isWeekendDate(day) && !off.has(day));
        if (isWorkday(`${day}T12:00:00+08:00`) !== expected) wrong.push(day);
      }
      expect(wrong).toEqual([]);
      for (const day of work) expect(chinaCalendar.workdays, day).toContain(day);
      // Weekend days inside a holiday period are rest days either way; the notices (and the data) do not always list them.
      for (const day of off) if (!isWeekendDate(day)) expect(chinaCalendar.holidays, day).toContain(day);
    });
  }

  it('spot-checks the make-up days and holidays the issue names', () => {
    for (const day of ['2026-02-14', '2026-02-28', '2024-02-04', '2024-02-18', '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(isWorkday(day), day).toBe(true);
    }
    for (const day of [...daysOf('2026-02-15', '2026-02-23'), ...daysOf('2026-10-01', '2026-10-07'), ...daysOf('2020-01-31', '2020-02-02')]) {
      expect(isWorkday(day), day).toBe(false);
    }
    // 2020-02-03 was the first working day after the extended Spring Festival.
    expect(isWorkday('2020-02-03')).toBe(true);
  });

  it('lets the 2023 notice make 2022-12-31 a holiday (C10)', () => {
    expect(chinaCalendar.holidays).toContain('2022-12-31');
    expect(isWorkday('2022-12-31')).toBe(false);
  });

  it('counts the working days of each year as the notices do', () => {
    for (const [year, notice] of Object.entries(NOTICES)) {
      const off = new Set(notice.off.flatMap(([first, last]) => [...daysOf(first, last)]));
      let expected = notice.work.length;
      for (const day of daysOf(`${year}-01-01`, `${year}-12-31`)) {
        if (!isWeekendDate(day) && !off.has(day)) expected += 1;
      }
      const from = Number(year) === 2019 ? `${year}-01-01` : `${Number(year) - 1}-12-31`;
      // 2019-01-01 is a holiday, so starting the count on it (its day not counted) loses nothing.
      expect(workdaysBetween(from, `${year}-12-31`), year).toBe(expected);
    }
    expect(workdaysBetween('2026-01-01', '2026-12-31')).toBe(248);
  });

  it('drops the 2018 days of the 2019 notice: 2018 stays uncovered', () => {
    expect(chinaCalendar.holidays.some((day) => day.startsWith('2018'))).toBe(false);
    expect(chinaCalendar.workdays.some((day) => day.startsWith('2018'))).toBe(false);
  });
});

describe('scripts/generate-holidays.mjs', () => {
  // The source files are kept in the repository (data/holiday-cn/), so this runs from a clean clone.
  it('produces exactly the committed module', () => {
    expect(existsSync(join(defaultSourceDirectory as string, '2026.json'))).toBe(true);
    expect(generateHolidayModule()).toBe(readFileSync(modulePath as string, 'utf8'));
  });

  // A schedule is written from the statutory days; one that strays from them is refused, not mis-encoded.
  const generateFrom = (days: { date: string; isOffDay: boolean }[]): string => {
    const directory = mkdtempSync(join(tmpdir(), 'holiday-cn-'));
    writeFileSync(join(directory, '2030.json'), JSON.stringify({ year: 2030, papers: [], days: days.map((day) => ({ name: '', ...day })) }));
    return generateHolidayModule(directory) as string;
  };

  it('writes each run of rest days from its statutory day and each make-up working day beside it', () => {
    // 2030: 元旦 alone, then 春节 (初一 2030-02-03, 除夕 the day before) 2030-02-02..08 with a make-up Saturday 2030-01-26.
    const text = generateFrom([
      { date: '2030-01-01', isOffDay: true },
      { date: '2030-01-26', isOffDay: false },
      ...['02', '03', '04', '05', '06', '07', '08'].map((day) => ({ date: `2030-02-${day}`, isOffDay: true })),
    ]);
    // 元旦: back 0, 1 day; 春节: back 0 from 除夕, 7 days, make-up 7 days before it ('G'); the others none.
    expect(text).toContain("export const CHINA_DAYS = '17G00000';");
  });

  it('refuses rest days that hold no statutory day, and a make-up working day far from every one', () => {
    expect(() => generateFrom([{ date: '2030-03-12', isOffDay: true }])).toThrow(/2030-03-12 hold no statutory day/);
    expect(() => generateFrom([{ date: '2030-08-01', isOffDay: false }])).toThrow(/2030-08-01 is too far from a statutory day/);
    expect(() => generateFrom(['2029-12-29', '2029-12-30', '2029-12-31', '2030-01-01'].map((date) => ({ date, isOffDay: true })))).not.toThrow();
    expect(() => generateFrom(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((day) => ({ date: `2030-10-${day}`, isOffDay: true })))).toThrow(/does not fit one character/);
  });
});
