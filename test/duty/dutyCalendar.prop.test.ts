import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { dutyCalendar, type Duty } from '../../src/duty/dutyCalendar.js';
import { ROLES, type Role } from '../../src/duty/dutyTable.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { visitSummaryApprovalDueAt } from '../../src/visit/visitSummaryApprovalDueAt.js';
import { snapshot } from '../support/catalog.js';

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const dayOf = (ms: number): number => Math.floor((ms + OFFSET) / DAY);
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const keyOf = (duty: Duty): string => `${duty.rule}|${duty.duty}|${duty.role}|${duty.date}`;

// Days of the built-in calendar (2019–2026), as Shanghai day numbers; windows up to 120 days.
const FIRST = dayOf(Date.parse('2019-01-01T00:00:00+08:00'));
const LAST = dayOf(Date.parse('2026-12-31T00:00:00+08:00'));
const window = fc
  .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 120 }))
  .map(([from, length]) => ({ from, to: Math.min(from + length, LAST) }));
// An instant somewhere inside a day.
const inside = (day: number, offsetMs: number): number => day * DAY - OFFSET + offsetMs;
const offset = fc.integer({ min: 0, max: DAY - 1 });
const roles = fc.option(fc.subarray([...ROLES]), { nil: undefined });
const policies = [undefined, definePolicy({ duty: { surveyCadence: 'both', dailyDutiesOn: 'every-day' }, beforeDayInclusive: true }), definePolicy({ dayCounting: 'elapsed' })];
const policy = fc.constantFrom(...policies);

describe('dutyCalendar properties', () => {
  it('lists duties sorted by deadline, each on a day of the window, catalogued and frozen', () => {
    fc.assert(
      fc.property(window, offset, offset, roles, policy, ({ from, to }, fromOffset, toOffset, chosen, chosenPolicy) => {
        const duties = dutyCalendar({ from: inside(from, fromOffset), to: inside(to, toOffset), ...(chosen === undefined ? {} : { roles: chosen }) }, { policy: chosenPolicy });
        expect(Object.isFrozen(duties)).toBe(true);
        let previous = Number.NEGATIVE_INFINITY;
        for (const duty of duties) {
          const due = duty.dueAt.getTime();
          expect(due).toBeGreaterThanOrEqual(previous);
          previous = due;
          const day = dayOf(due - 1);
          expect(day).toBeGreaterThanOrEqual(from);
          expect(day).toBeLessThanOrEqual(to);
          expect(duty.date).toBe(iso(day));
          expect(Object.hasOwn(ruleCatalog, duty.rule)).toBe(true);
          expect(Object.isFrozen(duty)).toBe(true);
          if (chosen !== undefined) expect(chosen).toContain(duty.role);
          if (duty.quota !== undefined) expect(Number.isInteger(duty.quota) && duty.quota >= 0).toBe(true);
        }
        expect(new Set(duties.map(keyOf)).size).toBe(duties.length);
      }),
      { numRuns: 60 },
    );
  });

  it('lists in a larger window every duty of a smaller one', () => {
    fc.assert(
      fc.property(window, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), roles, ({ from, to }, before, after, chosen) => {
        const range = chosen === undefined ? {} : { roles: chosen };
        const small = dutyCalendar({ from: iso(from), to: iso(to), ...range });
        const large = dutyCalendar({ from: iso(Math.max(FIRST, from - before)), to: iso(Math.min(LAST, to + after)), ...range });
        const keys = new Set(large.map(keyOf));
        for (const duty of small) expect(keys.has(keyOf(duty))).toBe(true);
        // And the larger window restricted to the smaller one's days is exactly the smaller list.
        expect(large.filter((duty) => duty.date >= iso(from) && duty.date <= iso(to))).toEqual(small);
      }),
      { numRuns: 40 },
    );
  });

  it('splits into consecutive windows without losing or repeating a duty', () => {
    fc.assert(
      fc.property(window, fc.integer({ min: 0, max: 120 }), ({ from, to }, cut) => {
        const middle = Math.min(from + cut, to);
        const whole = dutyCalendar({ from: iso(from), to: iso(to) });
        const first = dutyCalendar({ from: iso(from), to: iso(middle) });
        const second = middle === to ? [] : dutyCalendar({ from: iso(middle + 1), to: iso(to) });
        expect([...first, ...second].map(keyOf).sort()).toEqual(whole.map(keyOf).sort());
      }),
      { numRuns: 30 },
    );
  });

  it('gives each role the duties of the whole list for that role', () => {
    fc.assert(
      fc.property(window, fc.subarray([...ROLES], { minLength: 1 }), ({ from, to }, chosen) => {
        const all = dutyCalendar({ from: iso(from), to: iso(to) });
        expect(dutyCalendar({ from: iso(from), to: iso(to), roles: chosen })).toEqual(all.filter((duty) => chosen.includes(duty.role)));
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic and leaves its input alone, whatever form the instants take', () => {
    fc.assert(
      fc.property(window, roles, ({ from, to }, chosen) => {
        const range = { from: iso(from), to: `${iso(to)}T12:00:00+08:00`, ...(chosen === undefined ? {} : { roles: chosen }) };
        const before = snapshot(range);
        const first = dutyCalendar(range);
        expect(range).toEqual(before);
        expect(dutyCalendar(range)).toEqual(first);
        expect(dutyCalendar({ ...range, from: new Date(inside(from, 0)), to: inside(to, 5 * 3_600_000) })).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses every unknown role and every to before from with InvalidInputError', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !(ROLES as readonly string[]).includes(text)), (role) => {
        expect(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-02', roles: [role as Role] })).toThrow(InvalidInputError);
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(window, fc.integer({ min: 1, max: 400 }), ({ from }, back) => {
        expect(() => dutyCalendar({ from: iso(from), to: iso(from - back) })).toThrow(InvalidInputError);
      }),
      { numRuns: 30 },
    );
  });
});

// The visit-summary approval under any approval period: the listing must agree with
// visitSummaryApprovalDueAt counted from each month's summary deadline, however far after its month
// the period reaches (the window looks back far enough for hours, days, weeks, months and working days).
describe('dutyCalendar approvals under any approval period', () => {
  const period = fc.oneof(
    fc.record({ unit: fc.constant('hour' as const), amount: fc.integer({ min: 0, max: 24 * 130 }) }),
    fc.record({ unit: fc.constant('day' as const), amount: fc.integer({ min: 1, max: 130 }) }),
    fc.record({ unit: fc.constant('week' as const), amount: fc.integer({ min: 1, max: 18 }) }),
    fc.record({ unit: fc.constant('month' as const), amount: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ unit: fc.constant('workday' as const), amount: fc.integer({ min: 1, max: 90 }) }),
    fc.constantFrom({ unit: 'same-day' as const }, { unit: 'next-day' as const }),
  );
  // Windows from 2020 on, so that every base the approvals need is inside the calendar.
  const start = dayOf(Date.parse('2020-01-01T00:00:00+08:00'));
  const end = dayOf(Date.parse('2026-06-30T00:00:00+08:00'));

  it('lists exactly the approvals whose deadline falls in the window', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: start, max: end }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 28 }), (within, from, length, summaryBeforeDay) => {
        const policy = definePolicy({ visit: { approvalWithin: within, summaryBeforeDay } });
        const to = from + length;
        const listed = dutyCalendar({ from: iso(from), to: iso(to), roles: ['manager'] }, { policy })
          .filter((duty) => duty.duty === 'visit-summary-approval')
          .map((duty) => duty.dueAt.getTime());
        const expected: number[] = [];
        const first = new Date(from * DAY);
        // Every month's summary deadline from a year before the window to its end.
        for (let month = first.getUTCFullYear() * 12 + first.getUTCMonth() - 12; month <= first.getUTCFullYear() * 12 + first.getUTCMonth() + 3; month += 1) {
          const summaryBy = Date.UTC(Math.floor(month / 12), month % 12, summaryBeforeDay) - OFFSET;
          // A summary due after the window cannot have its approval inside it. The deadline is an
          // instant at midnight, so its day is the one that ends there (an approval period of 0 hours
          // falls due at that same midnight, on the window's last day).
          if (dayOf(summaryBy - 1) > to) break;
          const due = visitSummaryApprovalDueAt(summaryBy, { policy }).getTime();
          const day = dayOf(due - 1);
          if (day >= from && day <= to) expected.push(due);
        }
        expect(listed).toEqual(expected.sort((a, b) => a - b));
      }),
      // The example: an approval due the instant the summary is (0 hours), at midnight ending the
      // window's last day, 9 November 2024.
      { numRuns: 150, examples: [[{ unit: 'hour', amount: 0 }, dayOf(Date.parse('2024-09-30T00:00:00+08:00')), 40, 10]] },
    );
  });
});
