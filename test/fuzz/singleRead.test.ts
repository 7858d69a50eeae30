// One snapshot read per input (issue 12): every callable function reads each field of the objects and
// arrays it is given once, into its own copy, and works from that copy. Proved with inputs whose fields
// are getters that count their reads and answer something else from the second read on: the answer
// must be the one the first-read values give, or one of the library's own errors, never a mix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WuyeRulesError } from '../../src/core/errors.js';
import * as library from '../../src/index.js';
import { exampleArguments, registry } from '../support/adversarial.js';

// Argument lists that reach the optional and nested fields the example lines leave out.
const richInputs: Readonly<Record<string, readonly unknown[][]>> = {
  classifyComplaint: [[{ media: 'possible', litigation: 'possible', litigationHouseholds: 3, severeReputationalHarm: false, unresolved: { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-03-01T00:00:00+08:00', causedByUs: true }, repeatsAfterResolution: 1, needsOtherDepartment: true, sameIssueComplainantsInMonth: 2, collectiveComplainants: 1, collectiveHouseholds: 1 }]],
  complaintDeadlines: [[{ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T16:00:00+08:00' }]],
  repairDeadline: [[{ repairClass: 'C', receivedAt: '2026-10-05T15:00:00+08:00', centralizedHandover: true, handoverPeriods: [{ start: '2026-10-01T00:00:00+08:00', end: '2026-10-31T00:00:00+08:00' }] }]],
  repairStatus: [[{ repairClass: 'B', receivedAt: '2026-10-05T15:00:00+08:00', planAcceptedAt: '2026-10-05T16:00:00+08:00', completedAt: '2026-10-12T16:00:00+08:00', asOf: '2026-10-13T00:00:00+08:00', pauses: [{ start: '2026-10-06T09:00:00+08:00', end: '2026-10-07T09:00:00+08:00' }] }]],
  scoreMonth: [[{ bonuses: [{ item: 'cover-shift', times: 1 }], deductions: [{ item: 'late-or-early-leave', points: 2 }], emergencyOverrunMinutes: [5, 20], adjustment: { points: 2, reason: '帮忙' }, examScore: 95 }]],
  appraiseMonth: [[{ period: '2026-03', members: [{ id: 'li', hiredOn: '2026-01-15T09:00:00+08:00', month: { adjustment: { points: 1, reason: 'x' } } }, { id: 'wang', employmentMonth: 5, previousMonth: { score: 60, lastPlace: true } }] }]],
  terminationEligibility: [[{ score: 58, lastPlace: true, previousMonth: { score: 59, lastPlace: true }, dismissalOffense: false }]],
  weeklyReportCheck: [[{ weekOf: '2026-03-02T09:00:00+08:00', submittedAt: '2026-03-07T16:30:00+08:00', content: '本周完成工作' }]],
  probationSettlement: [[{ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-03-20T18:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00' }]],
  selectVisitSample: [[{ households: ['1-101', '1-102', '1-103', '1-104'], visited: ['1-101'], excluded: ['1-104'], count: 1, seed: 's' }]],
  dutyCalendar: [[{ from: '2026-03-01', to: '2026-03-31' }]],
  extendCalendar: [[{ from: 2026, to: 2026, holidays: [], workdays: [] }, { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }]],
  toICalendar: [[library.dutyCalendar({ from: '2026-03-01', to: '2026-03-03', roles: ['supervisor'] }).map((duty) => ({ ...duty })), { locale: 'en', name: 'x', stamp: '2026-03-01T00:00:00Z' }]],
  definePolicy: [[{ dayCounting: 'elapsed', complaint: { collectiveAboveTenHouseholds: 1 }, visit: { quotaBrackets: [{ upTo: { value: 300, inclusive: true }, percent: 10 }, { upTo: null, percent: 5 }] } }]],
  policyAt: [[[{ effectiveFrom: '2026-01-01', policy: library.defaultPolicy }, { effectiveFrom: '2026-07-01', policy: library.definePolicy({ dayCounting: 'elapsed' }) }], '2026-08-01']],
};


type Reads = Map<string, number>;

/**
 * A copy of JSON-like data whose every object field and array element is a getter: the first read
 * gives the value (itself a getter copy), every later read `later(path)`. `reads` counts the reads.
 */
function shifting(value: unknown, reads: Reads, later: (path: string) => unknown, path = ''): unknown {
  // A frozen object (a policy from definePolicy) is the library's own: it is checked by identity.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || value instanceof Date) return value;
  const source = value as Record<string, unknown>;
  const copy = (Array.isArray(value) ? new Array(value.length) : {}) as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const at = `${path}/${key}`;
    const first = shifting(source[key], reads, later, at);
    reads.set(at, 0);
    Object.defineProperty(copy, key, {
      enumerable: true,
      configurable: true,
      get() {
        const count = (reads.get(at) ?? 0) + 1;
        reads.set(at, count);
        return count === 1 ? first : later(at);
      },
    });
  }
  return copy;
}

function outcome(call: () => unknown): { result: unknown } | { error: string } {
  try {
    return { result: call() };
  } catch (error) {
    if (error instanceof WuyeRulesError) return { error: error.name };
    throw error;
  }
}

// Values a later read gives instead: other valid-looking values and wrong ones.
const laterValues: readonly unknown[] = [undefined, null, 0, 1, 99, -1, '', 'x', '2027-01-01T00:00:00+08:00', true, false, [], {}];

function checkSingleRead(call: (...args: unknown[]) => unknown, example: readonly unknown[]): void {
  const wrap = (argument: unknown, reads: Reads, later: (path: string) => unknown, index: number) => shifting(argument, reads, later, `${index}`);
  const expected = outcome(() => call(...example));
  expect('result' in expected).toBe(true);
  // Each field is read once: a later read would meet a different value.
  const reads: Reads = new Map();
  const first = outcome(() => call(...example.map((argument, index) => wrap(argument, reads, () => 'changed', index))));
  expect(first).toEqual(expected);
  expect([...reads].filter(([, count]) => count > 1).map(([path]) => path)).toEqual([]);
  // Whatever the later reads would give, the answer is the first read's.
  fc.assert(
    fc.property(fc.func(fc.constantFrom(...laterValues)), (later) => {
      expect(outcome(() => call(...example.map((argument, index) => wrap(argument, new Map(), later, index))))).toEqual(expected);
    }),
    { seed: 1212, numRuns: 20 },
  );
}

describe('one snapshot read per input', () => {
  for (const fn of registry.values()) {
    const example = exampleArguments(fn);
    if (!example.some((argument) => typeof argument === 'object' && argument !== null)) continue;
    it(`${fn.name} reads every field once and answers from the first read`, () => checkSingleRead(fn.call, example));
  }
  for (const [name, inputs] of Object.entries(richInputs)) {
    it(`${name} reads every optional and nested field once too`, () => {
      for (const input of inputs) checkSingleRead((library as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown, input);
    });
  }
});
