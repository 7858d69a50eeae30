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

// The next opening at or after `t`, counted day by day with isWorkday: `t` itself when it lies in
// business hours or at a closing instant (24:00 being 00:00 of the next day), else the first opening
// after it on a working day. A model of RULES C12, independent of the calendar index.
// With `timeGoesOn` (a positive amount), a closing instant is not in business hours: the first instant
// at or after `t` from which business time goes on.
function nextOpening(t: number, policy: (typeof shifts)[number], timeGoesOn = false): number {
  const minutes = (text: string): number => (Number(text.slice(0, 2)) * 60 + Number(text.slice(3))) * 60_000;
  const dayStart = t - clockOf(t);
  if (!timeGoesOn && policy.businessHours.at(-1)!.to === '24:00' && clockOf(t) === 0 && isWorkday(t - 1, { policy })) return t;
  for (let day = 0; day < 40; day += 1) {
    const start = dayStart + day * 86_400_000;
    if (!isWorkday(start, { policy })) continue;
    for (const { from, to } of policy.businessHours) {
      if (start + minutes(to) > t || (!timeGoesOn && start + minutes(to) === t)) return Math.max(start + minutes(from), t);
    }
  }
  throw new Error('no opening within 40 days');
}

// Amounts of every size: none, pure floating-point noise (1e-15 hours), sub-millisecond, fractions
// of a millisecond near whole ones, and whole hours.
const anyAmount = fc.oneof(
  fc.constantFrom(0, Number.MIN_VALUE, 1e-15, 2.7e-13, 2.8e-13, 1e-12, 1e-9, 1 / 3_600_000, 0.1 + 0.2),
  fc.double({ min: 0, max: 1e-9, noNaN: true }),
  fc.double({ min: 0, max: 1e-5, noNaN: true }),
  fc.integer({ min: 0, max: 100_000 }).map((ms) => ms / 3_600_000),
  fc.double({ min: 0, max: 400, noNaN: true }),
  quarters,
);
// Starts across the published years (with their holidays and make-up working days) and the
// provisional ones, biased to the minutes around openings and closings.
const anyStart = fc.oneof(
  instant,
  fc.tuple(fc.integer({ min: Date.parse('2019-01-01T08:00:00+08:00') / 86_400_000, max: Date.parse('2031-01-01T08:00:00+08:00') / 86_400_000 }), fc.constantFrom(0, 8, 9, 12, 13.5, 16, 17.5, 18, 20, 24), fc.integer({ min: -2, max: 2 })).map(
    ([day, hour, ms]) => day * 86_400_000 - 8 * 3_600_000 + hour * 3_600_000 + ms,
  ),
);

// An amount within a millionth of a millisecond of none: floating-point noise, read as 0 hours.
const isNoise = (hours: number): boolean => Math.abs(hours * 3_600_000) < 1e-6;

// The index of a shift in `shifts` (a counterexample then names it in a word, not a whole policy).
const shift = fc.integer({ min: 0, max: shifts.length - 1 });

describe("dueAt with unit 'workhour': every amount ≥ 0 (properties)", () => {
  it('is never before the next opening at or after the start, nor before the start, and never shrinks as the amount grows', () => {
    fc.assert(
      fc.property(anyStart, anyAmount, anyAmount, shift, (t, a, b, which) => {
        const policy = shifts[which]!;
        const options = { policy };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const opening = nextOpening(t, policy);
        const early = dueAt(t, workhours(low), options).getTime();
        const late = dueAt(t, workhours(high), options).getTime();
        expect(dueAt(t, workhours(0), options).getTime()).toBe(opening);
        expect(early).toBeGreaterThanOrEqual(opening);
        expect(opening).toBeGreaterThanOrEqual(t);
        // An amount of noise alone (1e-15 hours, within a millionth of a millisecond of none) is 0 hours;
        // any more, however small (1e-12 hours, floored to no millisecond), is time that begins where
        // business time goes on: from a closing instant, the next opening.
        if (isNoise(low)) expect(early).toBe(opening);
        else if (low > 0) expect(early).toBeGreaterThanOrEqual(nextOpening(t, policy, true));
        expect(late).toBeGreaterThanOrEqual(early);
        // Inside business hours, or at a closing instant.
        expect(inside(late, policy) || inside(late - 1, policy)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('in steps is never later than at once, and the same when the steps are whole milliseconds', () => {
    const wholeMs = fc.integer({ min: 0, max: 2_000 * 3_600_000 }).map((ms) => ms / 3_600_000);
    fc.assert(
      fc.property(anyStart, anyAmount, anyAmount, wholeMs, wholeMs, shift, (t, a, b, c, d, which) => {
        const options = { policy: shifts[which]! };
        const steps = (first: number, second: number): number => dueAt(dueAt(t, workhours(first), options), workhours(second), options).getTime();
        // The sum itself exact: one that loses part of b (345 + 2.8e-13) asks for other hours.
        if (a + b - a === b && a + b - b === a) expect(steps(a, b)).toBeLessThanOrEqual(dueAt(t, workhours(a + b), options).getTime());
        expect(steps(c, d)).toBe(dueAt(t, workhours(c + d), options).getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it('changes no deadline by noise, added in a step or to the amount', () => {
    const noise = fc.oneof(fc.constantFrom(0, Number.MIN_VALUE, 1e-16, 1e-15, 1e-14, 1e-13, 2.7e-13), fc.double({ min: 0, max: 1e-13, noNaN: true }), fc.double({ min: 0, max: 2.7e-13, noNaN: true }));
    fc.assert(
      fc.property(anyStart, quarters, noise, shift, (t, a, n, which) => {
        const options = { policy: shifts[which]! };
        const due = dueAt(t, workhours(a), options).getTime();
        expect(dueAt(due, workhours(n), options).getTime()).toBe(due);
        // Added to the amount, noise this close to a millionth of a millisecond can cross it in the
        // rounding of the sum (294.5 + 2.7e-13 is 294.50000000000028): the sum is checked for noise up
        // to 1e-13 hours, whose sum with any of these amounts stays well inside.
        if (n <= 1e-13) expect(dueAt(t, workhours(a + n), options).getTime()).toBe(due);
      }),
      // The example: a deadline at the day's closing time, 17:30 (the default business hours).
      { numRuns: 500, examples: [[Date.parse('2026-09-28T08:00:00+08:00'), 9.5, 1e-14, 0], [Date.parse('2019-01-01T00:00:00+08:00'), 294.5, 2.7e-13, 0]] },
    );
  });
});
