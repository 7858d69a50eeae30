import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { yearStatus } from '../../src/calendar/yearStatus.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { runCli } from '../cli/_helpers.js';
import { expectInvalid } from './_helpers.js';

// holiday-cn's 2026.json as published (MIT, see test/fixtures/holiday-cn/LICENSE).
const file2026 = readFileSync(new URL('../fixtures/holiday-cn/2026.json', import.meta.url), 'utf8');
// A 2027 file in holiday-cn's format, as the real one will look when the notice appears.
const file2027 = {
  $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
  $id: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2027.json',
  year: 2027,
  papers: ['https://www.gov.cn/zhengce/content/2027.htm'],
  days: [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-05', isOffDay: true },
    { name: '春节', date: '2027-02-11', isOffDay: true },
    { name: '春节', date: '2027-02-20', isOffDay: false },
    { name: '国庆节', date: '2026-12-31', isOffDay: true },
  ],
};

describe('extendCalendar with a holiday-cn file', () => {
  it('turns the published file into the next year in one step: rest days, make-up working days, late December', () => {
    const calendar = extendCalendar(chinaCalendar, file2027);
    expect(calendar.to).toBe(2027);
    expect(['2027-01-01', '2027-02-11', '2027-02-20', '2026-12-31', '2027-03-01'].map((day) => isWorkday(day, { calendar }))).toEqual([false, false, true, false, true]);
    expect(yearStatus(2027, { calendar, policy: definePolicy({ outOfCoverage: 'statutory' }) })).toBe('published');
  });

  it('reads the real 2026.json exactly as the shipped calendar has it', () => {
    const base = extendCalendar(defineCalendar({ from: 2025, to: 2025, holidays: [], workdays: [] }), JSON.parse(file2026));
    const year = (list: readonly string[]) => list.filter((day) => day.startsWith('2026'));
    expect(year(base.holidays)).toEqual(year(chinaCalendar.holidays));
    expect(year(base.workdays)).toEqual(year(chinaCalendar.workdays));
  });

  it('refuses a malformed day naming the field', () => {
    const bad = (day: unknown) => ({ ...file2027, days: [file2027.days[0], day] });
    expectInvalid(() => extendCalendar(chinaCalendar, bad({ name: '春节', date: '2027-02-30', isOffDay: true }) as never), 'extendCalendar', 'invalid_date', ['notice', 'days', 1, 'date']);
    expectInvalid(() => extendCalendar(chinaCalendar, bad({ name: '春节', date: '2027-02-10', isOffDay: 'yes' }) as never), 'extendCalendar', 'invalid_type', ['notice', 'days', 1, 'isOffDay']);
    expectInvalid(() => extendCalendar(chinaCalendar, bad({ name: '春节', date: '2027-02-10', isOffDay: true, note: 1 }) as never), 'extendCalendar', 'unknown_key', ['notice', 'days', 1, 'note']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, extra: 1 } as never), 'extendCalendar', 'unknown_key', ['notice', 'extra']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, year: 2028 }), 'extendCalendar', 'out_of_range', ['notice', 'year']);
  });

  it('checks the file\'s own descriptions and lists as the format has them, naming each field', () => {
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, $schema: 1 } as never), 'extendCalendar', 'invalid_type', ['notice', '$schema']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, $id: null } as never), 'extendCalendar', 'invalid_type', ['notice', '$id']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, papers: 'x' } as never), 'extendCalendar', 'invalid_type', ['notice', 'papers']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, papers: ['a', 1] } as never), 'extendCalendar', 'invalid_type', ['notice', 'papers', 1]);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, days: 'x' } as never), 'extendCalendar', 'invalid_type', ['notice', 'days']);
    expectInvalid(() => extendCalendar(chinaCalendar, { ...file2027, days: [{ ...file2027.days[0], name: 0 }] } as never), 'extendCalendar', 'invalid_type', ['notice', 'days', 0, 'name']);
    // Regression: a file without its days was read as the plain form and refused at its `$schema`.
    const { days, ...dayless } = file2027;
    expect(days).toHaveLength(5);
    expectInvalid(() => extendCalendar(chinaCalendar, dayless as never), 'extendCalendar', 'invalid_type', ['notice', 'days']);
    expect(() => extendCalendar(chinaCalendar, dayless as never)).toThrow('extendCalendar: notice.days must be an array, received undefined');
    expectInvalid(() => extendCalendar(chinaCalendar, { year: 2027, papers: [] } as never), 'extendCalendar', 'invalid_type', ['notice', 'days']);
    expectInvalid(() => extendCalendar(chinaCalendar, { year: 2027, $id: 'x' } as never), 'extendCalendar', 'invalid_type', ['notice', 'days']);
    // The plain form's lists beside a file's field: a mix of the two forms, refused at the stray field.
    expectInvalid(() => extendCalendar(chinaCalendar, { year: 2027, holidays: [], workdays: [], papers: [] } as never), 'extendCalendar', 'unknown_key', ['notice', 'papers']);
    // Without the optional descriptions the file is read all the same.
    const { $schema, $id, papers, ...bare } = file2027;
    expect([$schema, $id, papers.length]).toEqual([file2027.$schema, file2027.$id, 1]);
    expect(extendCalendar(chinaCalendar, bare).to).toBe(2027);
  });

  it('keeps the lists sorted when the notice lists days of the year before after its own', () => {
    const calendar = extendCalendar(chinaCalendar, file2027);
    expect(calendar.holidays).toEqual([...calendar.holidays].sort());
    expect(calendar.workdays).toEqual([...calendar.workdays].sort());
    expect(calendar.holidays.indexOf('2026-12-31')).toBeLessThan(calendar.holidays.indexOf('2027-01-01'));
    // A notice may change any day of the year before, not only late December: the lists stay in order.
    const plain = extendCalendar(chinaCalendar, { year: 2027, holidays: ['2027-01-01', '2026-03-03'], workdays: ['2027-02-20', '2026-03-07'] });
    expect(plain.holidays).toEqual([...plain.holidays].sort());
    expect(plain.workdays).toEqual([...plain.workdays].sort());
    expect(plain.holidays.indexOf('2026-03-03')).toBeLessThan(plain.holidays.indexOf('2026-04-04'));
  });

  it("names the file's own day for a date outside its two years or listed both ways", () => {
    const bad = (...days: unknown[]) => ({ ...file2027, days: [file2027.days[0], ...days] });
    expectInvalid(() => extendCalendar(chinaCalendar, bad({ name: '元旦', date: '2025-12-31', isOffDay: true }) as never), 'extendCalendar', 'out_of_range', ['notice', 'days', 1, 'date']);
    expect(() => extendCalendar(chinaCalendar, bad({ name: '元旦', date: '2025-12-31', isOffDay: true }) as never)).toThrow('extendCalendar: notice.days[1].date must be within 2026–2027, received "2025-12-31"');
    expectInvalid(() => extendCalendar(chinaCalendar, bad({ name: '元旦', date: '2028-01-01', isOffDay: true }) as never), 'extendCalendar', 'out_of_range', ['notice', 'days', 1, 'date']);
    const conflicting = bad({ name: '春节', date: '2027-02-20', isOffDay: false }, { name: '春节', date: '2027-02-20', isOffDay: true });
    expectInvalid(() => extendCalendar(chinaCalendar, conflicting as never), 'extendCalendar', 'conflicting_date', ['notice', 'days', 2, 'isOffDay']);
    expect(() => extendCalendar(chinaCalendar, conflicting as never)).toThrow('extendCalendar: notice.days[2].isOffDay must be false, as the earlier entry of 2027-02-20 says, received true');
    // The same day listed twice the same way is one day.
    const twice = extendCalendar(chinaCalendar, bad({ name: '春节', date: '2027-02-20', isOffDay: false }, { name: '春节', date: '2027-02-20', isOffDay: false }) as never);
    expect(twice.workdays.filter((day) => day === '2027-02-20')).toHaveLength(1);
  });
});

describe('wuye-rules --calendar with a holiday-cn file', () => {
  it('accepts the file format as published', async () => {
    const files = { '2027.json': JSON.stringify(file2027) };
    const { lines } = await runCli(['isWorkday', '--calendar', '2027.json'], { input: '"2027-02-11"\n"2027-02-20"\n', files });
    expect(lines).toEqual([
      { line: 1, ok: true, result: false },
      { line: 2, ok: true, result: true },
    ]);
  });

  it('takes the files of years the calendar has, as an ERP that syncs every file passes them, when they agree with it', async () => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    const files = years.map((year) => JSON.parse(readFileSync(new URL(`../../data/holiday-cn/${year}.json`, import.meta.url), 'utf8')) as unknown);
    // 2022.json does not say 2022-12-31 rests (2023's notice made it a holiday): a day a file leaves out is not compared.
    const { status, lines } = await runCli(['isWorkday', '--calendar', 'all.json'], { input: '"2022-12-31"\n"2026-12-31"\n"2027-02-11"\n', files: { 'all.json': JSON.stringify([...files, file2027]) } });
    expect(status).toBe(0);
    expect(lines.map((line) => line.result)).toEqual([false, false, false]);
    const alone = await runCli(['isWorkday', '--calendar', '2026.json'], { input: '"2026-10-07"\n', files: { '2026.json': file2026 } });
    expect(alone.lines[0]?.result).toBe(false);
  });

  it('refuses a file of a year the calendar has that lists a day otherwise, naming the day', async () => {
    const changed = JSON.parse(file2026) as { days: { name: string; date: string; isOffDay: boolean }[] };
    for (const [day, expected] of [
      [{ name: '国庆节', date: '2026-03-03', isOffDay: true }, '2026-03-03'],
      [{ name: '国庆节', date: '2026-10-01', isOffDay: false }, '2026-10-01'],
    ] as const) {
      const days = changed.days.filter((entry) => entry.date !== day.date);
      const outcome = await runCli(['isWorkday', '--calendar', '2026.json'], { input: '"2026-03-03"\n', files: { '2026.json': JSON.stringify({ ...changed, days: [...days, day] }) } });
      expect(outcome.status).toBe(2);
      expect(outcome.stderr).toContain(`the notice of 2026 is of a year the calendar already has (2019–2026), and says otherwise of ${expected}; a file adds the years after 2026`);
    }
  });

  it('names the absent days of a file without them', async () => {
    const { days, ...dayless } = file2027;
    expect(days).toHaveLength(5);
    const outcome = await runCli(['isWorkday', '--calendar', '2027.json'], { input: '"2027-02-11"\n', files: { '2027.json': JSON.stringify(dayless) } });
    expect(outcome.stderr).toContain('extendCalendar: notice.days must be an array, received undefined');
  });
});
