import { describe, expect, it } from 'vitest';
import { dutyCalendar, type Duty } from '../../src/duty/dutyCalendar.js';
import { toICalendar } from '../../src/duty/toICalendar.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { toICalendarArgsSchema } from '../../src/schemas/duty.js';
import { expectInvalid } from '../support/errors.js';
import { dutyOfEvent, parseICalendar, unfold } from './_ical.js';

const march = dutyCalendar({ from: '2026-03-01', to: '2026-03-31' });
// A hand-built duty with a deadline inside a day (the weekly report, Saturday 17:00), as a JSON copy reads.
const weeklyReport = { rule: 'desk.weekly-report', role: 'front-desk', dueAt: '2026-03-07T17:00:00+08:00', title: { 'zh-Hans': '周报', 'zh-Hant': '週報', en: 'Weekly report' } } as const;

describe('toICalendar', () => {
  it('writes a calendar a real parser reads, with every field of every duty', () => {
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const parsed = parseICalendar(toICalendar(march, { locale, name: 'Community A' }));
      expect(parsed).toMatchObject({ name: 'Community A', version: '2.0', calscale: 'GREGORIAN', timezones: ['Asia/Shanghai'] });
      expect(parsed.prodid).toContain('wuye-rules');
      expect(parsed.events).toHaveLength(march.length);
      parsed.events.forEach((event, index) => {
        const duty = march[index]!;
        const { title, ...rest } = duty;
        expect(dutyOfEvent(event, locale)).toEqual({ ...rest, title: title[locale] });
      });
    }
  });

  it('writes a deadline at 24:00 as an all-day event on its day and one inside a day at its time in Asia/Shanghai', () => {
    const events = parseICalendar(toICalendar(march)).events;
    const plan = events.find((event) => event.uid.includes('.work-plan.'))!;
    expect(plan).toMatchObject({ allDay: true, startDate: '2026-03-24', endDate: '2026-03-25' });
    const report = events.find((event) => event.uid.includes('.weekly-report.'))!;
    expect(report).toMatchObject({ allDay: false, startDate: '2026-03-07', startTime: '17:00:00', tzid: 'Asia/Shanghai', endDate: undefined });
  });

  it('uses CRLF line ends and folds lines at 75 octets without splitting a character', () => {
    const text = toICalendar(march, { locale: 'zh-Hant', name: '某某花園物業服務中心（一期、二期）客服部全體職員工作日曆'.repeat(3) });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    // Unfolding gives back whole lines, each starting with a property name.
    for (const line of unfold(text).split('\r\n').slice(0, -1)) expect(line).toMatch(/^[A-Z-]+[;:]/);
  });

  it('fills each folded line to the last character that fits in 75 octets, for 1-, 2-, 3- and 4-byte characters', () => {
    for (const unit of ['a', 'é', '客', '😀']) {
      const octets = Buffer.byteLength(unit, 'utf8');
      const text = toICalendar([], { name: unit.repeat(200) });
      const physical = text.split('\r\n').filter((line) => line.startsWith('X-WR-CALNAME') || line.startsWith(' '));
      // Every line but the last holds as many whole characters as 75 octets allow, and no more.
      for (const line of physical.slice(0, -1)) {
        const length = Buffer.byteLength(line, 'utf8');
        expect(length, `${unit}: ${line}`).toBeLessThanOrEqual(75);
        expect(length + octets, `${unit}: ${line}`).toBeGreaterThan(75);
      }
      expect(unfold(text)).toContain(`X-WR-CALNAME:${unit.repeat(200)}\r\n`);
    }
  });

  it('refuses a lone surrogate in a name or a title, which UTF-8 would write as U+FFFD, and takes whole characters outside the plane', () => {
    expectInvalid(() => toICalendar([], { name: 'a\uD800b' }), 'lone_surrogate', ['options', 'name']);
    expectInvalid(() => toICalendar([], { name: 'a\uDC00' }), 'lone_surrogate', ['options', 'name']);
    expectInvalid(() => toICalendar([{ ...weeklyReport, title: { ...weeklyReport.title, en: 'Weekly \uDBFF report' } }], { locale: 'en' }), 'lone_surrogate', ['duties', 0, 'title', 'en']);
    expectInvalid(() => toICalendar([{ ...weeklyReport, title: { ...weeklyReport.title, 'zh-Hant': '週\uD800報' } }]), 'lone_surrogate', ['duties', 0, 'title', 'zh-Hant']);
    expect(toICalendarArgsSchema.safeParse([[], { name: 'a\uD800b' }]).success).toBe(false);
    expect(toICalendarArgsSchema.safeParse([[{ ...weeklyReport, title: { ...weeklyReport.title, en: 'x\uDC00' } }]]).success).toBe(false);
    expect(unfold(toICalendar([], { name: '𠀀 community 😀' }))).toContain('X-WR-CALNAME:𠀀 community 😀');
    expect(toICalendarArgsSchema.safeParse([[], { name: '𠀀 community 😀' }]).success).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const duty = { ...march[0]!, title: { 'zh-Hans': 'a,b;c\\d\ne\r\nf', 'zh-Hant': 'x', en: 'y' } };
    const text = toICalendar([duty], { name: 'One, two; three\\four\nfive' });
    expect(unfold(text)).toContain('SUMMARY:a\\,b\\;c\\\\d\\ne\\nf\r\n');
    const parsed = parseICalendar(text);
    expect(parsed.name).toBe('One, two; three\\four\nfive');
    expect(parsed.events[0]?.summary).toBe('a,b;c\\d\ne\nf');
  });

  it('gives each occurrence a stable UID and the same text whatever window it came from', () => {
    const week = dutyCalendar({ from: '2026-03-02', to: '2026-03-08' });
    const eventsOf = (duties: readonly Duty[]): Map<string, string> => {
      const blocks = unfold(toICalendar(duties)).split('BEGIN:VEVENT\r\n').slice(1);
      return new Map(blocks.map((block) => [/^UID:(.*)$/m.exec(block)![1]!.trim(), block.split('END:VEVENT')[0]!]));
    };
    const fromWeek = eventsOf(week);
    const fromMonth = eventsOf(march);
    expect(fromWeek.size).toBe(week.length);
    for (const [uid, block] of fromWeek) expect(fromMonth.get(uid)).toBe(block);
    expect(new Set(parseICalendar(toICalendar(march)).events.map((event) => event.uid)).size).toBe(march.length);
  });

  it('scopes the UIDs by the calendar name, so two communities stay apart in one client', () => {
    const uids = (name?: string): string[] => parseICalendar(toICalendar(march.slice(0, 3), name === undefined ? {} : { name })).events.map((event) => event.uid);
    expect(uids()[0]).toMatch(/@wuye-rules$/);
    expect(uids('一期')[0]).toMatch(/@[0-9a-f]{8}\.wuye-rules$/);
    expect(uids('一期')).toEqual(uids('一期'));
    expect(uids('一期')[0]).not.toBe(uids('二期')[0]);
  });

  it('is pure: DTSTAMP comes from the duty or the stamp option, never the clock', () => {
    expect(toICalendar(march)).toBe(toICalendar(march));
    const events = parseICalendar(toICalendar(march.slice(0, 1))).events;
    expect(events[0]?.stamp).toBe('2026-03-01T16:00:00Z');
    const stamped = parseICalendar(toICalendar(march.slice(0, 2), { stamp: '2026-02-20T10:00:00+08:00' })).events;
    expect(stamped.map((event) => event.stamp)).toEqual(['2026-02-20T02:00:00Z', '2026-02-20T02:00:00Z']);
  });

  it('reads a JSON copy of the duties (dueAt as a string) to the same text', () => {
    expect(toICalendar(JSON.parse(JSON.stringify(march)) as Duty[], { locale: 'en' })).toBe(toICalendar(march, { locale: 'en' }));
  });

  it('writes one event for a duty given twice', () => {
    expect(parseICalendar(toICalendar([march[0]!, march[0]!])).events).toHaveLength(1);
  });

  it('writes an empty calendar for no duties, named in the locale unless named', () => {
    const parsed = parseICalendar(toICalendar([], { locale: 'en' }));
    expect(parsed.events).toEqual([]);
    expect(parsed.name).toBe('Property customer-service duties');
    expect(parseICalendar(toICalendar([])).name).toBe('物业客服工作日历');
  });

  it('marks a provisional duty in its description', () => {
    const duty = { ...march[0]!, provisional: true as const };
    const event = parseICalendar(toICalendar([duty], { locale: 'en' })).events[0]!;
    expect(event.description).toContain('provisional calendar');
    expect(dutyOfEvent(event, 'en').provisional).toBe(true);
  });

  it('refuses what is not a list of duties, naming the field', () => {
    expectInvalid(() => toICalendar('duties' as never), 'invalid_type', ['duties']);
    expectInvalid(() => toICalendar([null] as never), 'invalid_type', ['duties', 0]);
    expectInvalid(() => toICalendar([march[0]!, { ...march[1]!, role: 'cleaner' }] as never), 'invalid_enum', ['duties', 1, 'role']);
    expectInvalid(() => toICalendar([{ ...march[0]!, dueAt: 'soon' }] as never), 'invalid_instant', ['duties', 0, 'dueAt']);
    expectInvalid(() => toICalendar([{ ...march[0]!, due: march[0]!.dueAt }] as never), 'unknown_key', ['duties', 0, 'due']);
    expectInvalid(() => toICalendar([{ ...march[0]!, title: { en: 'x' } }] as never), 'invalid_type', ['duties', 0, 'title', 'zh-Hans']);
    // A title's keys are locales: a typo is refused, not ignored; a title in another locale must be text too.
    expectInvalid(() => toICalendar([{ ...march[0]!, title: { ...march[0]!.title, 'zh-hans': 'x' } }] as never), 'unknown_key', ['duties', 0, 'title', 'zh-hans']);
    expectInvalid(() => toICalendar([{ ...march[0]!, title: { ...march[0]!.title, fr: 'x' } }] as never), 'unknown_key', ['duties', 0, 'title', 'fr']);
    expectInvalid(() => toICalendar([{ ...march[0]!, title: { ...march[0]!.title, en: 7 } }] as never), 'invalid_type', ['duties', 0, 'title', 'en']);
    expectInvalid(() => toICalendar([{ ...march[0]!, quota: -1 }] as never), 'negative', ['duties', 0, 'quota']);
    expectInvalid(() => toICalendar(march, { locale: 'fr' } as never), 'invalid_enum', ['options', 'locale']);
    expectInvalid(() => toICalendar(march, { lang: 'en' } as never), 'unknown_key', ['options', 'lang']);
    expectInvalid(() => toICalendar(march, { name: 3 } as never), 'invalid_type', ['options', 'name']);
  });

  it('refuses each optional field of a duty that is not what the format says, at its path', () => {
    const first = march[0]!;
    expectInvalid(() => toICalendar([{ ...first, duty: 7 }] as never), 'invalid_type', ['duties', 0, 'duty']);
    expectInvalid(() => toICalendar([{ ...first, date: 20260301 }] as never), 'invalid_type', ['duties', 0, 'date']);
    expectInvalid(() => toICalendar([{ ...first, provisional: false }] as never), 'invalid_type', ['duties', 0, 'provisional']);
    expectInvalid(() => toICalendar([{ ...first, rule: undefined }] as never), 'missing', ['duties', 0, 'rule']);
    expectInvalid(() => toICalendar([{ ...first, dueAt: undefined }] as never), 'missing', ['duties', 0, 'dueAt']);
    expectInvalid(() => toICalendar(march, { stamp: 'now' } as never), 'invalid_instant', ['options', 'stamp']);
    // Absent optional fields are no obstacle; a duty without its `duty` gets a stable UID from its titles.
    const { duty: _duty, date: _date, ...bare } = first;
    expect(unfold(toICalendar([bare as never]))).toMatch(new RegExp(`UID:${first.rule.replace(/\./g, '\\.')}\\.title-[0-9a-f]{16}\\.${first.role}\\.20260301@wuye-rules\r\n`));
  });

  it('refuses a deadline or a stamp an iCalendar date of a four-digit year cannot hold, as its schema does', () => {
    const at = (dueAt: string) => [{ ...weeklyReport, dueAt }] as never;
    // 0000-01-01T00:00Z is 08:00 in Shanghai: a timed event on 0000-01-01, stamped in year 0000.
    const first = toICalendar(at('0000-01-01T08:00:00+08:00'));
    expect(first).toContain('DTSTART;TZID=Asia/Shanghai:00000101T080000');
    expect(first).toContain('X-WUYE-DUE:00000101T000000Z');
    expect(first).toContain('DTSTAMP:00000101T000000Z');
    // 0000-01-01T16:00Z is 0000-01-02T00:00+08:00: an all-day event on 0000-01-01.
    const allDay = toICalendar(at('0000-01-02T00:00:00+08:00'));
    expect(allDay).toContain('DTSTART;VALUE=DATE:00000101');
    expect(allDay).toContain('X-WUYE-DUE:00000101T160000Z');
    // A millisecond earlier is in the year −1 in UTC: its X-WUYE-DUE cannot be written.
    expectInvalid(() => toICalendar(at('0000-01-01T07:59:59.999+08:00')), 'out_of_range', ['duties', 0, 'dueAt']);
    expectInvalid(() => toICalendar(at('0000-01-01T00:00:00+00:01')), 'out_of_range', ['duties', 0, 'dueAt']);
    expect(toICalendar(at('0000-01-01T00:00:00-12:00'))).toContain('X-WUYE-DUE:00000101T120000Z');
    const last = toICalendar(at('9999-12-31T23:59:00+08:00'));
    expect(last).toContain('DTSTART;TZID=Asia/Shanghai:99991231T235900');
    expectInvalid(() => toICalendar(at('9999-12-31T23:59:59.999-01:00')), 'out_of_range', ['duties', 0, 'dueAt']);
    expect(toICalendar(at('2026-03-07T17:00:00+08:00'), { stamp: '0000-01-01T00:00:00Z' })).toContain('DTSTAMP:00000101T000000Z');
    expectInvalid(() => toICalendar(at('2026-03-07T17:00:00+08:00'), { stamp: '0000-01-01T07:59:59+08:00' }), 'out_of_range', ['options', 'stamp']);
    const schema = toICalendarArgsSchema;
    expect(schema.safeParse([at('0000-01-01T08:00:00+08:00')]).success).toBe(true);
    expect(schema.safeParse([at('0000-01-01T07:59:59.999+08:00')]).error?.issues.map((issue) => issue.path)).toEqual([[0, 0, 'dueAt']]);
    expect(schema.safeParse([at('9999-12-31T23:59:59.999-01:00')]).success).toBe(false);
    expect(schema.safeParse([at('2026-03-07T17:00:00+08:00'), { stamp: '0000-01-01T07:59:59+08:00' }]).error?.issues.map((issue) => issue.path)).toEqual([[1, 'stamp']]);
  });

  it("writes every duty dutyCalendar lists at either end of the years 0000–9999, as dutyCalendar's window allows them", () => {
    // The weekly report of Saturday 0000-01-01 is due at 17:00 (09:00Z): the first day a window may start on.
    const policy = definePolicy({ outOfCoverage: 'weekends' });
    for (const range of [{ from: '0000-01-01', to: '0000-01-31' }, { from: '9999-12-01', to: '9999-12-30' }]) {
      const duties = dutyCalendar(range, { policy });
      expect(parseICalendar(toICalendar(duties)).events).toHaveLength(duties.length);
      expect(toICalendarArgsSchema.safeParse([JSON.parse(JSON.stringify(duties))]).success).toBe(true);
    }
    const first = dutyCalendar({ from: '0000-01-01', to: '0000-01-01', roles: ['front-desk'] }, { policy }).find((duty) => duty.duty === 'weekly-report')!;
    expect(first.dueAt.toISOString()).toBe('0000-01-01T09:00:00.000Z');
    expect(toICalendar([first])).toContain('X-WUYE-DUE:00000101T090000Z');
  });

  it('writes the quota after the title and the deadline in the description, in each locale', () => {
    const inspections = { rule: 'supervisor.cadence', duty: 'area-inspections', role: 'supervisor', dueAt: '2026-03-09T00:00:00+08:00', quota: 2, title: { 'zh-Hans': '检查', 'zh-Hant': '檢查', en: 'Inspect' } } as const;
    const report = weeklyReport;
    const expected = {
      'zh-Hans': ['SUMMARY:检查（至少2）', '规则: supervisor.cadence', '截止（北京时间）: 2026-03-08 24:00', '数量: 2', '截止（北京时间）: 2026-03-07 17:00'],
      'zh-Hant': ['SUMMARY:檢查（至少2）', '規則: supervisor.cadence', '截止（北京時間）: 2026-03-08 24:00', '數量: 2', '截止（北京時間）: 2026-03-07 17:00'],
      en: ['SUMMARY:Inspect (at least 2)', 'Rule: supervisor.cadence', 'Due (Asia/Shanghai): 2026-03-08 24:00', 'Quota: 2', 'Due (Asia/Shanghai): 2026-03-07 17:00'],
    } as const;
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const text = unfold(toICalendar([inspections, report] as never, { locale })).replace(/\\n/g, '\n');
      for (const piece of expected[locale]) expect(text, `${locale}: ${piece}`).toContain(piece);
      expect(text).toContain(locale === 'en' ? 'SUMMARY:Weekly report\r\n' : `SUMMARY:${report.title[locale]}\r\n`);
    }
  });

  it('writes the whole description: rule, role by its name in the locale, deadline', () => {
    const report = weeklyReport;
    const manager = { ...report, role: 'manager' } as const;
    const expected = {
      'zh-Hans': ['规则: desk.weekly-report\n岗位: 前台\n截止（北京时间）: 2026-03-07 17:00', '规则: desk.weekly-report\n岗位: 服务中心经理\n截止（北京时间）: 2026-03-07 17:00'],
      'zh-Hant': ['規則: desk.weekly-report\n崗位: 前台\n截止（北京時間）: 2026-03-07 17:00', '規則: desk.weekly-report\n崗位: 服務中心經理\n截止（北京時間）: 2026-03-07 17:00'],
      en: ['Rule: desk.weekly-report\nRole: Front desk\nDue (Asia/Shanghai): 2026-03-07 17:00', 'Rule: desk.weekly-report\nRole: Service-center manager\nDue (Asia/Shanghai): 2026-03-07 17:00'],
    } as const;
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      expect(parseICalendar(toICalendar([report, manager] as never, { locale })).events.map((event) => event.description)).toEqual(expected[locale]);
    }
  });

  it('writes minutes and seconds of a deadline inside a day, local and UTC, and the exact deadline for people and programs', () => {
    const duty = { ...weeklyReport, dueAt: '2026-03-07T17:31:05.900+08:00' };
    const text = unfold(toICalendar([duty] as never, { stamp: '2026-02-20T10:42:17+08:00' }));
    // DTSTART and DTSTAMP have whole seconds (RFC 5545); the description and X-WUYE-DUE keep the fraction.
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20260307T173105\r\n');
    expect(text).toContain('X-WUYE-DUE:20260307T093105.900Z\r\n');
    expect(text).toContain('DTSTAMP:20260220T024217Z\r\n');
    expect(text).toContain('截止（北京时间）: 2026-03-07 17:31:05.900\r\n');
    const seconds = unfold(toICalendar([{ ...weeklyReport, dueAt: '2026-03-07T17:31:05+08:00' }] as never));
    expect(seconds).toContain('X-WUYE-DUE:20260307T093105Z\r\n');
    expect(seconds).toContain('截止（北京时间）: 2026-03-07 17:31:05\r\n');
    // Before 1970 the milliseconds are still those of the instant (a negative epoch).
    expect(unfold(toICalendar([{ ...weeklyReport, dueAt: '1969-03-08T17:00:00.001+08:00' }] as never))).toContain('X-WUYE-DUE:19690308T090000.001Z\r\n');
  });

  it('declares Asia/Shanghai at +08:00 from 1601, so that a client reads an early timed deadline at +08:00 too', () => {
    const text = toICalendar([{ ...weeklyReport, dueAt: '1975-03-01T17:00:00+08:00' }] as never);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:19750301T170000\r\n');
  });

  it('names the calendar in every UID by a 32-bit FNV-1a hash of its name, 8 hex digits with leading zeros', () => {
    // FNV-1a over UTF-16 units, written here independently of the library.
    const fnv = (text: string): number => {
      let hash = 0x811c9dc5;
      for (const unit of Array.from({ length: text.length }, (_, index) => text.charCodeAt(index))) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
      return hash;
    };
    // A name whose hash is below 0x10000000, so that its hex text needs a leading zero.
    let name = '';
    for (let index = 0; fnv(name) >= 0x10000000 || name === ''; index += 1) name = `Community ${index}`;
    const duty = { ...weeklyReport, duty: 'weekly-report' };
    for (const chosen of [name, '某某花园', 'A']) {
      const hash = fnv(chosen).toString(16).padStart(8, '0');
      expect(hash).toHaveLength(8);
      expect(parseICalendar(toICalendar([duty] as never, { name: chosen })).events[0]?.uid).toBe(`desk.weekly-report.weekly-report.front-desk.20260307@${hash}.wuye-rules`);
    }
    expect(fnv(name).toString(16)).toHaveLength(7);
  });

  it('counts the octets of characters at the edges of each UTF-8 length when folding', () => {
    // U+007F is a control and dropped; U+0080, U+0800 and U+10000 are the first of 2, 3 and 4 octets,
    // U+07FF and U+FFFF the last of 2 and 3.
    for (const character of ['\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}']) {
      const title = character.repeat(60);
      const text = toICalendar([{ ...weeklyReport, title: { 'zh-Hans': title, 'zh-Hant': title, en: title } }] as never);
      const physical = text.split('\r\n');
      const summary = physical.findIndex((line) => line.startsWith('SUMMARY:'));
      const octets = Buffer.byteLength(character);
      // The first line holds 'SUMMARY:' and as many whole characters as fit in 75 octets; each
      // continuation line a space and as many as fit in the 74 left.
      expect(physical[summary], `U+${character.codePointAt(0)!.toString(16)}`).toBe(`SUMMARY:${character.repeat(Math.floor((75 - 8) / octets))}`);
      expect(physical[summary + 1]).toBe(` ${character.repeat(Math.min(60 - Math.floor((75 - 8) / octets), Math.floor(74 / octets)))}`);
    }
  });

  it('says what a bad provisional must be', () => {
    const duty = { ...weeklyReport, provisional: false };
    expect(() => toICalendar([duty] as never)).toThrow('toICalendar: duties[0].provisional must be true or absent, received false');
  });
});
