import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const shifts = [
  definePolicy({ outOfCoverage: 'statutory' }),
  definePolicy({ outOfCoverage: 'statutory', businessHours: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '18:00' }] }),
  definePolicy({ outOfCoverage: 'statutory', businessHours: [{ from: '00:00', to: '08:00' }, { from: '16:00', to: '24:00' }] }),
];
// Quarter hours: sums of them are exact in binary floating point, as the additivity law needs.
const quarters = fc.integer({ min: 0, max: 4 * 400 }).map((n) => n / 4);
const instant = fc.integer({ min: Date.parse('2026-01-01T00:00:00+08:00'), max: Date.parse('2040-01-01T00:00:00+08:00') });
const clockOf = (ms: number): number => (ms + 8 * 3_600_000) % 86_400_000;
const inside = (ms: number, policy: (typeof shifts)[number]): boolean =>
  isWorkday(ms, { policy }) &&
  policy.businessHours.some(({ from, to }) => {
    const minutes = (text: string) => (Number(text.slice(0, 2)) * 60 + Number(text.slice(3))) * 60_000;
    return clockOf(ms) >= minutes(from) && clockOf(ms) < minutes(to);
  });
const workhours = (amount: number) => ({ amount, unit: 'workhour' as const });

describe("dueAt with unit 'workhour' (properties)", () => {
  it('is additive for starts inside business hours: dueAt(dueAt(t, a), b) = dueAt(t, a + b)', () => {
    fc.assert(
      fc.property(instant, quarters, quarters, fc.constantFrom(...shifts), (t, a, b, policy) => {
        fc.pre(inside(t, policy));
        const options = { policy };
        expect(dueAt(dueAt(t, workhours(a), options), workhours(b), options).getTime()).toBe(dueAt(t, workhours(a + b), options).getTime());
      }),
      { numRuns: 300 },
    );
  });

  it('is additive from any start, 0 hours being the next opening outside business hours', () => {
    fc.assert(
      fc.property(instant, quarters, quarters, fc.constantFrom(...shifts), (t, a, b, policy) => {
        const options = { policy };
        expect(dueAt(dueAt(t, workhours(a), options), workhours(b), options).getTime()).toBe(dueAt(t, workhours(a + b), options).getTime());
        const opening = dueAt(t, workhours(0), options).getTime();
        expect(inside(opening, policy) || inside(opening - 1, policy)).toBe(true);
        expect(opening === t || !inside(t, policy)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never goes back, grows with the amount, and ends inside (or at the close of) business hours', () => {
    fc.assert(
      fc.property(instant, quarters, quarters, fc.constantFrom(...shifts), (t, a, b, policy) => {
        const options = { policy };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const early = dueAt(t, workhours(low), options).getTime();
        const late = dueAt(t, workhours(high), options).getTime();
        expect(early).toBeGreaterThanOrEqual(t);
        expect(late).toBeGreaterThanOrEqual(early);
        if (high > 0) expect(inside(late - 1, policy)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and leaves its inputs alone', () => {
    fc.assert(
      fc.property(instant, quarters, (t, a) => {
        const period = workhours(a);
        const options = { policy: shifts[1]! };
        expect(dueAt(t, period, options).getTime()).toBe(dueAt(t, period, options).getTime());
        expect(period).toEqual(workhours(a));
      }),
      { numRuns: 100 },
    );
  });
});
