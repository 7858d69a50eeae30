import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import type { Period } from '../../src/calendar/Period.js';
import { deepFreeze } from '../../src/core/decision.js';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { badInstant, badPeriod, coveredMs, instantForms, nearMs, period, wideMs } from './_arbitraries.js';
import { shanghaiDate, weekends, withPolicy } from './_helpers.js';

const DAY = 86_400_000;
const policies = {
  civil: weekends,
  elapsed: withPolicy({ dayCounting: 'elapsed', outOfCoverage: 'weekends' }),
  civilExtended: withPolicy({ extendPastRestDays: true, outOfCoverage: 'weekends' }),
  elapsedExtended: withPolicy({ dayCounting: 'elapsed', extendPastRestDays: true, outOfCoverage: 'weekends' }),
};
const policy = fc.constantFrom(...Object.values(policies));
const startOfShanghaiDay = (ms: number): number => Date.parse(`${shanghaiDate(ms)}T00:00:00+08:00`);

describe('dueAt (properties)', () => {
  it('never precedes from, whatever the period and policy', () => {
    fc.assert(
      fc.property(nearMs, period, policy, (ms, p, options) => {
        expect(dueAt(ms, p, options).getTime()).toBeGreaterThanOrEqual(ms);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in the amount', () => {
    fc.assert(
      fc.property(nearMs, period, fc.integer({ min: 1, max: 40 }), policy, (ms, p, extra, options) => {
        if (!('amount' in p)) return;
        const longer = { ...p, amount: p.amount + extra };
        expect(dueAt(ms, longer, options).getTime()).toBeGreaterThanOrEqual(dueAt(ms, p, options).getTime());
      }),
      { numRuns: 200 },
    );
  });

  // Keeping the clock time on another day is not monotone in from: under elapsed counting, working
  // days (Friday 13:00 + 1 → Monday 13:00, Saturday 00:00 + 1 → Monday 00:00, RULES C8) and
  // extendPastRestDays (see dueAt.test.ts) are left out.
  it('is monotone in from', () => {
    const monotonePolicy = fc.constantFrom(policies.civil, policies.elapsed, policies.civilExtended);
    fc.assert(
      fc.property(nearMs, fc.integer({ min: 0, max: 40 * DAY }), period, monotonePolicy, (ms, later, p, options) => {
        if (options === policies.elapsed && p.unit === 'workday') return;
        expect(dueAt(ms + later, p, options).getTime()).toBeGreaterThanOrEqual(dueAt(ms, p, options).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('ends civil-code day periods at 24:00 of day D + N, for any date and without a calendar', () => {
    fc.assert(
      fc.property(wideMs, fc.integer({ min: 1, max: 1000 }), fc.constantFrom('day' as const, 'week' as const), (ms, amount, unit) => {
        const days = unit === 'week' ? 7 * amount : amount;
        expect(dueAt(ms, { amount, unit }).getTime()).toBe(startOfShanghaiDay(ms) + (days + 1) * DAY);
      }),
      { numRuns: 200 },
    );
  });

  it('ends civil-code month periods at 24:00 of the corresponding day or the month’s last day', () => {
    fc.assert(
      fc.property(wideMs, fc.integer({ min: 1, max: 240 }), (ms, amount) => {
        const [year, month, day] = shanghaiDate(ms).split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(2000, month - 1 + amount, 1));
        const targetYear = year - 2000 + target.getUTCFullYear();
        const targetMonth = target.getUTCMonth();
        const probe = new Date(0);
        probe.setUTCFullYear(targetYear, targetMonth + 1, 0);
        const lastDay = Math.min(day, probe.getUTCDate());
        probe.setUTCFullYear(targetYear, targetMonth, lastDay + 1);
        expect(dueAt(ms, { amount, unit: 'month' }).getTime()).toBe(probe.getTime() - 8 * 3_600_000);
      }),
      { numRuns: 200 },
    );
  });

  it('returns 00:00 Shanghai for every civil-code period but hours; hours are exact', () => {
    fc.assert(
      fc.property(nearMs, period, (ms, p) => {
        const due = dueAt(ms, p, policies.civil).getTime();
        if (p.unit === 'hour') expect(due).toBe(Math.floor(ms + p.amount * 3_600_000));
        else expect(due).toBe(startOfShanghaiDay(due));
      }),
      { numRuns: 200 },
    );
  });

  it('ends a working-day period, and an extended day period, just after a working day', () => {
    fc.assert(
      fc.property(nearMs, period, (ms, p) => {
        if (p.unit === 'hour' || p.unit === 'same-day' || p.unit === 'next-day') return;
        const options = p.unit === 'workday' ? policies.civil : policies.civilExtended;
        expect(isWorkday(dueAt(ms, p, options).getTime() - 1, weekends)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('ends an extended elapsed period with its last instant on a working day, a deadline at 00:00 being 24:00 of the day before', () => {
    // Events at the very start of a day weighted in: their deadlines fall at 00:00, the boundary case.
    const from = fc.oneof(nearMs, nearMs.map(startOfShanghaiDay));
    fc.assert(
      fc.property(from, period, (ms, p) => {
        if (p.unit !== 'day' && p.unit !== 'week' && p.unit !== 'month') return;
        const due = dueAt(ms, p, policies.elapsedExtended).getTime();
        expect(isWorkday(due - 1, weekends)).toBe(true);
        // Moved only when the plain deadline's last instant rests, and then to the first such working day.
        const plain = dueAt(ms, p, policies.elapsed).getTime();
        if (isWorkday(plain - 1, weekends)) expect(due).toBe(plain);
        else for (let day = plain + DAY; day < due; day += DAY) expect(isWorkday(day - 1, weekends)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never ends an elapsed period after the civil-code one, nor an extended one before the plain one', () => {
    fc.assert(
      fc.property(nearMs, period, (ms, p) => {
        expect(dueAt(ms, p, policies.elapsed).getTime()).toBeLessThanOrEqual(dueAt(ms, p, policies.civil).getTime());
        expect(dueAt(ms, p, policies.civilExtended).getTime()).toBeGreaterThanOrEqual(dueAt(ms, p, policies.civil).getTime());
        expect(dueAt(ms, p, policies.elapsedExtended).getTime()).toBeGreaterThanOrEqual(dueAt(ms, p, policies.elapsed).getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('either answers or throws CalendarCoverageError under the default policy, and agrees with the fallback inside the calendar', () => {
    fc.assert(
      fc.property(coveredMs, period, (ms, p) => {
        let result: number | 'uncovered';
        try {
          result = dueAt(ms, p).getTime();
        } catch (error) {
          expect(error).toBeInstanceOf(CalendarCoverageError);
          result = 'uncovered';
        }
        if (result !== 'uncovered') expect(result).toBe(dueAt(ms, p, weekends).getTime());
        else expect(p.unit).toBe('workday');
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic, reads every instant form alike, and does not mutate its inputs', () => {
    fc.assert(
      fc.property(nearMs, period, policy, (ms, p, options) => {
        const frozen = deepFreeze({ ...p }) as Period;
        const date = new Date(ms);
        const answers = instantForms(ms).map((form) => dueAt(form, frozen, options).getTime());
        expect(new Set(answers).size).toBe(1);
        expect(dueAt(date, frozen, options).getTime()).toBe(answers[0]);
        expect(date.getTime()).toBe(ms);
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError for a bad instant or a bad period', () => {
    fc.assert(
      fc.property(badInstant, period, (value, p) => {
        expect(() => dueAt(value as never, p)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(nearMs, badPeriod, (ms, p) => {
        expect(() => dueAt(ms, p as never, weekends)).toThrow(InvalidInputError);
      }),
      { numRuns: 200 },
    );
  });
});
