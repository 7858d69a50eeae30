import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { provisionalMark, usedProvisionalSince } from '../../src/core/provisional.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { periodOrWorkhours as period } from './_arbitraries.js';
import { isWeekendDate } from './_helpers.js';

// Every combination of the counting policies, including the provisional years.
const policies = [
  undefined,
  definePolicy({ dayCounting: 'elapsed' }),
  definePolicy({ extendPastRestDays: true }),
  definePolicy({ dayCounting: 'elapsed', extendPastRestDays: true, outOfCoverage: 'statutory' }),
  definePolicy({ outOfCoverage: 'statutory', businessHours: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '18:00' }] }),
  definePolicy({ outOfCoverage: 'weekends' }),
];
const instant = fc.integer({ min: Date.parse('2025-01-01T00:00:00+08:00'), max: Date.parse('2029-12-31T00:00:00+08:00') });
const spring2020 = fc.integer({ min: Date.parse('2020-01-01T00:00:00+08:00'), max: Date.parse('2020-02-10T00:00:00+08:00') });
const outcome = (run: () => unknown): unknown => {
  try {
    return run();
  } catch (error) {
    return (error as Error).constructor;
  }
};

describe('explainDeadline (properties)', () => {
  it('has the dueAt of dueAt for every period and policy, and throws the same error when dueAt throws', () => {
    fc.assert(
      fc.property(instant, period, fc.constantFrom(...policies), (ms, p, policy) => {
        const options = policy === undefined ? undefined : { policy };
        const expected = outcome(() => dueAt(ms, p, options).getTime());
        const got = outcome(() => explainDeadline(ms, p, options).dueAt.getTime());
        expect(got).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('counts as many working days as the period asks, and ends on the last counted day', () => {
    fc.assert(
      // Also around the 2020 Spring Festival, whose extension left a Monday (2020-02-03) listed as working.
      fc.property(fc.oneof(instant, spring2020), fc.integer({ min: 1, max: 60 }), fc.constantFrom(...policies), (ms, amount, policy) => {
        const options = { policy: policy ?? definePolicy({ outOfCoverage: 'statutory' }) };
        if (options.policy.outOfCoverage === 'throw') return;
        const why = explainDeadline(ms, { amount, unit: 'workday' }, options);
        expect(why.counted).toHaveLength(amount);
        expect(why.counted.every((day) => day.kind === 'workday' || day.kind === 'make-up-workday')).toBe(true);
        expect(why.skipped.every((day) => day.kind !== 'workday' && day.kind !== 'make-up-workday')).toBe(true);
        // A make-up working day and a plain weekend are Saturdays or Sundays; a working day is not.
        for (const day of [...why.counted, ...why.skipped]) {
          if (day.kind === 'workday') expect(isWeekendDate(day.date)).toBe(false);
          if (day.kind === 'make-up-workday' || day.kind === 'weekend') expect(isWeekendDate(day.date)).toBe(true);
        }
        // Counted and skipped days together are every day after the event's, in order, without a gap.
        const all = [...why.counted, ...why.skipped].map((day) => day.date).sort();
        expect(new Set(all).size).toBe(all.length);
        expect(why.provisional).toBe([...why.counted, ...why.skipped].some((day) => day.provisional === true));
        expect(why.basis.includes('calendar.provisional')).toBe(why.provisional);
        // Working days are counted by C3 in either reading of C2; the elapsed one is named after it.
        expect(why.basis[0]).toBe('C3');
        expect(why.basis.includes('C2.elapsed')).toBe(options.policy.dayCounting === 'elapsed');
      }),
      { numRuns: 200 },
    );
  });

  it('is provisional exactly when dueAt read a provisional day, as decisions and the command line say', () => {
    fc.assert(
      fc.property(instant, period, fc.constantFrom(...policies), (ms, p, policy) => {
        const options = policy === undefined ? undefined : { policy };
        const mark = provisionalMark();
        try {
          dueAt(ms, p, options);
        } catch {
          return;
        }
        const why = explainDeadline(ms, p, options);
        expect(why.provisional).toBe(usedProvisionalSince(mark));
        expect(why.basis.includes('calendar.provisional')).toBe(why.provisional);
        // A note says provisional only when the answer is.
        if (!why.provisional) expect([...why.counted, ...why.skipped].some((day) => day.provisional)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('is provisional for working hours exactly when a day it lists is: a day read is a day shown', () => {
    const statutoryPolicies = [
      policies[4]!,
      definePolicy({ outOfCoverage: 'statutory' }),
      // To 24:00: 00:00 is also the closing of the day before.
      definePolicy({ outOfCoverage: 'statutory', businessHours: [{ from: '00:00', to: '09:00' }, { from: '20:00', to: '24:00' }] }),
    ];
    // Around the end of the published years, at whole quarter hours so that openings and closings are hit.
    const quarter = fc.integer({ min: 0, max: 4 * 24 * 60 }).map((n) => Date.parse('2026-12-25T00:00:00+08:00') + n * 15 * 60_000);
    fc.assert(
      fc.property(quarter, fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 30, noNaN: true })), fc.constantFrom(...statutoryPolicies), (ms, amount, policy) => {
        const why = explainDeadline(ms, { amount, unit: 'workhour' }, { policy });
        expect(why.provisional).toBe([...why.counted, ...why.skipped].some((day) => day.provisional === true));
      }),
      // The example: a millionth of a millisecond from 00:00 of a provisional working day whose hours
      // begin at 00:00 (found by a longer run): its own day lends the time, not the day before.
      { numRuns: 400, examples: [[Date.parse('2027-02-23T00:00:00+08:00'), 2.7777777777777774e-13, statutoryPolicies[2]!]] },
    );
  });

  it('lists for less than a millisecond of working time the days a millisecond lists, due a millisecond sooner, and for noise those of none', () => {
    // A fraction of a millisecond is time that goes on from the start: it lends its hours to the same
    // day as one millisecond does, whatever the start (an opening, a closing, 00:00 as 24:00 of the day
    // before) and whatever the days are. Noise (within a millionth of a millisecond of none) is 0 hours.
    const hours = [
      definePolicy({ outOfCoverage: 'statutory' }),
      definePolicy({ outOfCoverage: 'statutory', businessHours: [{ from: '00:00', to: '09:00' }, { from: '20:00', to: '24:00' }] }),
      definePolicy({ outOfCoverage: 'statutory', businessHours: [{ from: '00:00', to: '24:00' }] }),
    ];
    const start = fc.oneof(
      instant,
      fc.integer({ min: 0, max: 4 * 24 * 200 }).map((n) => Date.parse('2026-10-01T00:00:00+08:00') + n * 15 * 60_000),
    );
    // From a millionth of a millisecond (2.7777777777777774e-13 hours is 1e-6 ms) to just under one.
    const fraction = fc.oneof(fc.double({ min: 2.7777777777777774e-13, max: 2.7e-7, noNaN: true }), fc.constantFrom(2.7777777777777774e-13, 1e-12, 1e-9));
    const noise = fc.oneof(fc.double({ min: 0, max: 2.7e-13, noNaN: true }), fc.constantFrom(Number.MIN_VALUE, 1e-16, 1e-13));
    const millisecond = 1 / 3_600_000;
    fc.assert(
      fc.property(start, fraction, noise, fc.constantFrom(...hours), (ms, amount, nothing, policy) => {
        const small = explainDeadline(ms, { amount, unit: 'workhour' }, { policy });
        const one = explainDeadline(ms, { amount: millisecond, unit: 'workhour' }, { policy });
        expect(small.dueAt.getTime()).toBe(one.dueAt.getTime() - 1);
        expect(small.counted).toEqual(one.counted);
        expect(small.skipped).toEqual(one.skipped);
        expect(small.provisional).toBe(one.provisional);
        expect(explainDeadline(ms, { amount: nothing, unit: 'workhour' }, { policy })).toEqual(explainDeadline(ms, { amount: 0, unit: 'workhour' }, { policy }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives every day of a working-hour period its kind: the days lending hours work, the days passed over rest', () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 0, max: 60, noNaN: true }), fc.constantFrom(...policies.slice(3)), (ms, amount, policy) => {
        const why = explainDeadline(ms, { amount, unit: 'workhour' }, { policy });
        expect(why.counted.every((day) => day.kind === 'workday' || day.kind === 'make-up-workday')).toBe(true);
        expect(why.skipped.every((day) => day.kind !== 'workday' && day.kind !== 'make-up-workday' && day.kind !== 'day')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never calls a statutory holiday of a provisional year a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2027-01-01T00:00:00+08:00'), max: Date.parse('2098-01-01T00:00:00+08:00') }), fc.integer({ min: 1, max: 30 }), (ms, amount) => {
        const why = explainDeadline(ms, { amount, unit: 'workday' }, { policy: definePolicy({ outOfCoverage: 'statutory' }) });
        for (const day of why.counted) expect(day.holiday).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and leaves its inputs alone', () => {
    fc.assert(
      fc.property(instant, period, (ms, p) => {
        const options = { policy: policies[3]! };
        const copy = JSON.stringify(p);
        expect(outcome(() => JSON.stringify(explainDeadline(ms, p, options)))).toEqual(outcome(() => JSON.stringify(explainDeadline(ms, p, options))));
        expect(JSON.stringify(p)).toBe(copy);
      }),
      { numRuns: 100 },
    );
  });
});
