import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { complaintDeadlines } from '../../src/complaint/complaintDeadlines.js';
import { noticePlan } from '../../src/communication/noticePlan.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { repairDeadline } from '../../src/repair/repairDeadline.js';
import { repairStatus } from '../../src/repair/repairStatus.js';
import type { Policy } from '../../src/policy/Policy.js';
import { periodOrWorkhours as period } from './_arbitraries.js';

// A decision counted under outOfCoverage 'weekends' names the fallback (C3.weekends-fallback) in its
// basis exactly when it read a day the calendar does not cover; so does explainDeadline. The oracle is the same call under the
// default 'throw': it meets an uncovered day exactly when it throws CalendarCoverageError; otherwise
// the two answers are the same, the basis included.
const FALLBACK = 'C3.weekends-fallback';
const settings = [{}, { extendPastRestDays: true }, { dayCounting: 'elapsed' as const }];
const pairs = settings.map((extra) => [definePolicy(extra), definePolicy({ ...extra, outOfCoverage: 'weekends' })] as const);
const HOUR = 3_600_000;
// Around both ends of the shipped calendar (2019–2026), and inside it.
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2018-11-01T00:00:00+08:00'), max: Date.parse('2019-03-01T00:00:00+08:00') }),
  fc.integer({ min: Date.parse('2022-01-01T00:00:00+08:00'), max: Date.parse('2022-03-01T00:00:00+08:00') }),
  fc.integer({ min: Date.parse('2026-10-01T00:00:00+08:00'), max: Date.parse('2027-03-01T00:00:00+08:00') }),
);

type Call = (policy: Policy) => { readonly basis: readonly string[] };
const call = fc.oneof(
  fc.record({ level: fc.constantFrom(1, 2, 3, 4), at: instant }).map(({ level, at }): Call => (policy) => complaintDeadlines({ level, receivedAt: at }, { policy })),
  fc.record({ repairClass: fc.constantFrom('A', 'B', 'C'), at: instant }).map(({ repairClass, at }): Call => (policy) => repairDeadline({ repairClass, receivedAt: at }, { policy })),
  fc
    .record({ repairClass: fc.constantFrom('A', 'B', 'C'), at: instant, hours: fc.integer({ min: 1, max: 24 * 40 }) })
    .map(({ repairClass, at, hours }): Call => (policy) => repairStatus({ repairClass, receivedAt: at, asOf: at + hours * HOUR }, { policy })),
  fc.record({ kind: fc.constantFrom('pest-control', 'utility-outage', 'community-event', 'works'), at: instant }).map(({ kind, at }): Call => (policy) => noticePlan(kind, at, { policy })),
  fc.record({ at: instant, period }).map(({ at, period: p }): Call => (policy) => explainDeadline(at, p, { policy })),
  fc
    .record({ at: instant, days: fc.integer({ min: 1, max: 70 }), causedByUs: fc.boolean() })
    .map(({ at, days, causedByUs }): Call => (policy) => classifyComplaint({ unresolved: { openedAt: at, asOf: at + days * 24 * HOUR, causedByUs } }, { policy })),
);

function outcome(run: () => { readonly basis: readonly string[] }): { readonly basis: readonly string[] } | 'uncovered' {
  try {
    return run();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return 'uncovered';
    throw error;
  }
}

describe('decisions under the weekends-only fallback (properties)', () => {
  it('name C3.weekends-fallback exactly when they read a day the calendar does not cover', () => {
    let named = 0;
    let unnamed = 0;
    fc.assert(
      fc.property(call, fc.constantFrom(...pairs), (decide, [strict, fallback]) => {
        const expected = outcome(() => decide(strict));
        const got = decide(fallback);
        if (expected === 'uncovered') {
          named += 1;
          expect(got.basis.filter((rule) => rule === FALLBACK)).toEqual([FALLBACK]);
          // Not provisional: a decision has no such key, an explanation says false.
          expect((got as { provisional?: boolean }).provisional ?? false).toBe(false);
        } else {
          unnamed += 1;
          expect(got).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
    // Both sides were reached (each is some tens of the runs: a bound well below that, so no seed fails it).
    expect(named).toBeGreaterThan(5);
    expect(unnamed).toBeGreaterThan(5);
  });
});
