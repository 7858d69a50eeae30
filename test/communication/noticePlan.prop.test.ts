import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkdayDay } from '../../src/calendar/internal.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { noticePlan } from '../../src/communication/noticePlan.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { HOUR_MS, shanghaiDayOf, shanghaiTimeOfDayMs, weekdayOfDay } from '../../src/core/instant.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

// Instants well inside the shipped calendar (2019–2026), so working days can be counted back.
const instant = fc.integer({ min: Date.parse('2019-02-01T00:00:00+08:00'), max: Date.parse('2026-12-31T23:59:59.999+08:00') });
const kind = fc.constantFrom('pest-control', 'utility-outage', 'community-event', 'works' as const);
const weekends = definePolicy({ restDays: 'weekends' });

describe('noticePlan properties', () => {
  it('is deterministic, does not touch its input, and names catalogued rules', () => {
    fc.assert(
      fc.property(kind, instant, (k, ms) => {
        const start = new Date(ms);
        const plan = noticePlan(k, start);
        expect(start.getTime()).toBe(ms);
        expect(noticePlan(k, ms)).toEqual(plan);
        expect(noticePlan(k, new Date(ms).toISOString())).toEqual(plan);
        for (const id of plan.basis) expect(ruleCatalog[id], id).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });

  it('never asks for a notice after the start, and the department always hears before the residents', () => {
    fc.assert(
      fc.property(kind, instant, (k, ms) => {
        const plan = noticePlan(k, ms);
        expect(plan.residentNoticeBy.getTime()).toBeLessThanOrEqual(ms);
        if (plan.departmentNoticeBy !== undefined) expect(plan.departmentNoticeBy.getTime()).toBeLessThanOrEqual(plan.residentNoticeBy.getTime());
        expect('departmentNoticeBy' in plan).toBe(k === 'pest-control' || k === 'utility-outage');
      }),
      { numRuns: 150 },
    );
  });

  it('uses exact hours for the hour leads (C4)', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        expect(noticePlan('pest-control', ms).residentNoticeBy.getTime()).toBe(ms - 12 * HOUR_MS);
        expect(noticePlan('pest-control', ms).departmentNoticeBy?.getTime()).toBe(ms - 24 * HOUR_MS);
        expect(noticePlan('utility-outage', ms).residentNoticeBy.getTime()).toBe(ms - 24 * HOUR_MS);
        expect(noticePlan('utility-outage', ms).departmentNoticeBy?.getTime()).toBe(ms - 32 * HOUR_MS);
        expect(noticePlan('works', ms).residentNoticeBy.getTime()).toBe(ms - 24 * HOUR_MS);
      }),
      { numRuns: 100 },
    );
  });

  it('gives a community event exactly 3 working days between the notice deadline and the event day', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const due = noticePlan('community-event', ms).residentNoticeBy.getTime();
        expect(shanghaiTimeOfDayMs(due)).toBe(0);
        const lastNoticeDay = shanghaiDayOf(due) - 1;
        expect(isWorkdayDay(lastNoticeDay, undefined, 'test')).toBe(true);
        let workdays = 0;
        for (let day = lastNoticeDay; day < shanghaiDayOf(ms); day += 1) if (isWorkdayDay(day, undefined, 'test')) workdays += 1;
        expect(workdays).toBe(3);
      }),
      { numRuns: 100 },
    );
  });

  it('allows pest control exactly on working days (calendar) or weekdays (weekends), and everything else always', () => {
    fc.assert(
      fc.property(kind, instant, (k, ms) => {
        const day = shanghaiDayOf(ms);
        const weekday = weekdayOfDay(day);
        const restrict = k === 'pest-control';
        const calendarPlan = noticePlan(k, ms);
        const weekendPlan = noticePlan(k, ms, { policy: weekends });
        expect(calendarPlan.allowed).toBe(!restrict || isWorkdayDay(day, undefined, 'test'));
        expect(weekendPlan.allowed).toBe(!restrict || (weekday !== 0 && weekday !== 6));
        expect(calendarPlan.basis.includes('notice.pest-control.rest-day')).toBe(!calendarPlan.allowed);
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an unknown kind or an invalid instant', () => {
    const badKind = fc.string().filter((text) => !['pest-control', 'utility-outage', 'community-event', 'works'].includes(text));
    const badInstant = fc.oneof(
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5, 'soon', '', '2026-13-01', '2026-03-05T25:00', null, undefined, {}),
      fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text)),
    );
    fc.assert(
      fc.property(badKind, instant, (k, ms) => {
        expect(() => noticePlan(k as never, ms)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(kind, badInstant, (k, value) => {
        expect(() => noticePlan(k, value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
