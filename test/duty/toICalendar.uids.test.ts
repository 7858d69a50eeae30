// toICalendar writes one event per duty, under a UID that is stable and its own. A duty as API.md
// shapes it has no `duty` (nor `date`): its UID used to be `rule.duty.role.date` with the word `duty`,
// so two duties of one rule, role and day (the supervisor's work plan on an inspection Sunday) shared a
// UID and the second was silently dropped. Its titles now tell it from the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutyCalendar, type Duty } from '../../src/duty/dutyCalendar.js';
import { ROLES } from '../../src/duty/dutyTable.js';
import { toICalendar } from '../../src/duty/toICalendar.js';
import { toICalendarArgsSchema } from '../../src/schemas/duty.js';
import { expectInvalid } from '../support/errors.js';
import { parseICalendar } from './_ical.js';

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const dayOf = (iso: string): number => Math.floor((Date.parse(`${iso}T00:00:00+08:00`) + OFFSET) / DAY);
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const titles = (en: string) => ({ 'zh-Hans': en, 'zh-Hant': en, en });
const uidsOf = (text: string): string[] => parseICalendar(text).events.map((event) => event.uid);
/** A duty without the package's extra fields, as API.md's Duty has it. */
const contractShaped = ({ duty: _duty, date: _date, ...rest }: Duty): Omit<Duty, 'duty' | 'date'> => rest;

describe('toICalendar UIDs', () => {
  it('writes two duties of one rule, role and day given without their names as two events', () => {
    const duties = [
      { rule: 'supervisor.cadence', role: 'supervisor', dueAt: new Date('2026-05-25T00:00+08:00'), quota: 2, title: titles('Inspections') },
      { rule: 'supervisor.cadence', role: 'supervisor', dueAt: new Date('2026-05-25T00:00+08:00'), title: titles('Work plan') },
    ] as never;
    const events = parseICalendar(toICalendar(duties, { locale: 'en' })).events;
    expect(events.map((event) => event.summary)).toEqual(['Inspections (at least 2)', 'Work plan']);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);
    for (const event of events) expect(event.uid).toMatch(/^supervisor\.cadence\.title-[0-9a-f]{16}\.supervisor\.20260524@wuye-rules$/);
  });

  it("writes every duty of the supervisor's May 2026 without the package's extra fields (74 events, not 72)", () => {
    const duties = dutyCalendar({ from: '2026-05-01', to: '2026-05-31', roles: ['supervisor'] });
    expect(duties).toHaveLength(74);
    const bare = duties.map(contractShaped);
    const uids = uidsOf(toICalendar(bare as never));
    expect(uids).toHaveLength(74);
    expect(new Set(uids).size).toBe(74);
    // The same text in any locale: the UID is made of all the titles, not the one shown.
    expect(uidsOf(toICalendar(bare as never, { locale: 'en' }))).toEqual(uids);
    // With their names, the UIDs are those of the names, as before.
    expect(uidsOf(toICalendar(duties)).filter((uid) => uid.includes('.work-plan.'))).toEqual(['supervisor.cadence.work-plan.supervisor.20260524@wuye-rules']);
  });

  it('writes a duty given twice once, and refuses two different duties under one UID', () => {
    const [first] = dutyCalendar({ from: '2026-03-07', to: '2026-03-07', roles: ['front-desk'] }).filter((duty) => duty.duty === 'weekly-report');
    expect(uidsOf(toICalendar([first!, { ...first! }]))).toHaveLength(1);
    expect(uidsOf(toICalendar([contractShaped(first!), JSON.parse(JSON.stringify(contractShaped(first!)))] as never))).toHaveLength(1);
    // The same duty of the same day with another deadline, quota or title (in any locale, whichever is
    // written: it was refused under 'en' and dropped under 'zh-Hans'): which one the client keeps would be chance.
    const other = [
      { ...first!, dueAt: new Date('2026-03-07T18:00:00+08:00') },
      { ...first!, quota: 3 },
      { ...first!, title: { ...first!.title, 'zh-Hans': '周报' } },
      { ...first!, title: { ...first!.title, en: 'Weekly summary' } },
    ];
    for (const duty of other) {
      for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) expectInvalid(() => toICalendar([first!, duty], { locale }), 'duplicate_duty', ['duties', 1]);
      expect(toICalendarArgsSchema.safeParse([[first, duty]]).error?.issues.map((issue) => issue.path)).toEqual([[0, 1]]);
    }
    // Without names, another title is another duty; another deadline of the same titles is refused.
    expect(uidsOf(toICalendar([contractShaped(first!), contractShaped({ ...first!, title: titles('Report') })] as never))).toHaveLength(2);
    expectInvalid(() => toICalendar([contractShaped(first!), contractShaped(other[0]!)] as never), 'duplicate_duty', ['duties', 1]);
  });

  it('gives each distinct duty one event under a UID of its own, the same whatever the order and the run', () => {
    const window = fc
      .tuple(fc.integer({ min: dayOf('2019-01-01'), max: dayOf('2026-11-20') }), fc.integer({ min: 0, max: 40 }), fc.subarray([...ROLES], { minLength: 1 }))
      .map(([from, length, roles]) => dutyCalendar({ from: iso(from), to: iso(from + length), roles }))
      .filter((duties) => duties.length > 0);
    // Every duty of the window as dutyCalendar gives it, without its name and date, or as its JSON copy;
    // some twice; and siblings: a duty without names with another title, on the same rule, role and day.
    const form = fc.constantFrom('as given', 'without names', 'as JSON');
    const given = window.chain((duties) =>
      fc
        .tuple(
          fc.array(form, { minLength: duties.length, maxLength: duties.length }),
          fc.array(fc.tuple(fc.nat(duties.length - 1), form), { maxLength: 10 }),
          fc.array(fc.tuple(fc.nat(duties.length - 1), fc.string({ maxLength: 12 })), { maxLength: 10 }),
          fc.nat(),
        )
        .map(([forms, repeats, siblings, seed]) => {
          const shaped = (duty: Duty, as: string): object => (as === 'as given' ? duty : as === 'without names' ? contractShaped(duty) : JSON.parse(JSON.stringify(duty)));
          const list: object[] = duties.map((duty, index) => shaped(duty, forms[index]!));
          for (const [index, as] of repeats) list.push(shaped(duties[index]!, as));
          // (Titled by the duty's index too: two duties of one day with one title and another quota would be refused.)
          for (const [index, title] of siblings) list.push(contractShaped({ ...duties[index]!, title: titles(`${index} ${title}`) }));
          // A shuffle, so that repeats and siblings are anywhere.
          return list.map((duty, index) => ({ duty, order: (index * 2_654_435_761 + seed) % 4_294_967_296 })).sort((a, b) => a.order - b.order).map(({ duty }) => duty);
        }),
    );
    fc.assert(
      fc.property(given, fc.context(), (duties, context) => {
        // A duty and its JSON copy are one duty; with or without its names, two.
        const key = (duty: object): string => JSON.stringify(duty);
        const distinct = new Map(duties.map((duty) => [key(duty), duty]));
        const uids = uidsOf(toICalendar(duties as never));
        context.log(`${duties.length} duties, ${distinct.size} distinct`);
        expect(uids).toHaveLength(distinct.size);
        expect(new Set(uids).size).toBe(uids.length);
        // Each duty's UID is the one it has alone, so neither order nor company changes it.
        const alone = new Map([...distinct].map(([text, duty]) => [text, uidsOf(toICalendar([duty] as never))[0]]));
        expect(new Set(uids)).toEqual(new Set(alone.values()));
        expect(new Set(uidsOf(toICalendar([...duties].reverse() as never)))).toEqual(new Set(uids));
      }),
      { numRuns: 40 },
    );
  });
});

describe('toICalendar refuses a duty that contradicts itself or the duty table, as its schema does', () => {
  const [report] = dutyCalendar({ from: '2026-10-03', to: '2026-10-03', roles: ['front-desk'] }).filter((duty) => duty.duty === 'weekly-report');
  const cases: [string, object, string, (string | number)[]][] = [
    ['a rule no duty comes from', { rule: 'no.such.rule' }, 'invalid_enum', ['duties', 0, 'rule']],
    ['a rule of the catalog that has no dated duty', { rule: 'complaint.approval' }, 'invalid_enum', ['duties', 0, 'rule']],
    ['a duty of another rule', { duty: 'work-plan' }, 'invalid_enum', ['duties', 0, 'duty']],
    ['a duty the table does not have', { duty: 'constructor' }, 'invalid_enum', ['duties', 0, 'duty']],
    ["a date other than dueAt's Shanghai day", { date: '2026-10-09' }, 'conflicting_date', ['duties', 0, 'date']],
    ['a date one day off (the UTC day of a deadline at 24:00)', { dueAt: '2026-10-04T00:00:00+08:00', date: '2026-10-04' }, 'conflicting_date', ['duties', 0, 'date']],
    ['a date written another way', { date: '2026/10/03' }, 'conflicting_date', ['duties', 0, 'date']],
  ];
  for (const [label, change, code, path] of cases) {
    it(`refuses ${label}`, () => {
      const duty = { ...JSON.parse(JSON.stringify(report)), ...change };
      expectInvalid(() => toICalendar([duty]), code, path);
      expect(toICalendarArgsSchema.safeParse([[duty]]).error?.issues.map((issue) => [0, ...issue.path.slice(1)])).toEqual([[0, ...path.slice(1)]]);
    });
  }

  it("says which day a date must be, and takes one that is dueAt's day", () => {
    const error = expectInvalid(() => toICalendar([{ ...report!, date: '2026-10-09' }]), 'conflicting_date', ['duties', 0, 'date']);
    expect(error.message).toBe('toICalendar: duties[0].date must be the Shanghai day of dueAt (2026-10-03) or absent, received "2026-10-09"');
    expect(uidsOf(toICalendar([{ ...report!, date: '2026-10-03' }]))).toEqual(['desk.weekly-report.weekly-report.front-desk.20261003@wuye-rules']);
    // A deadline at 24:00 falls on the day that ends: its date is that day, not the next.
    const allDay = { ...report!, dueAt: new Date('2026-10-04T00:00:00+08:00'), date: '2026-10-03' };
    expect(() => toICalendar([allDay])).not.toThrow();
    expect(toICalendarArgsSchema.safeParse([[allDay]]).success).toBe(true);
  });
});
