import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { repairDeadline, type RepairDeadlineInput } from '../../src/repair/repairDeadline.js';
import type { RepairClass } from '../../src/repair/repairPolicy.js';
import { repairStatus, type RepairPause, type RepairStatusInput } from '../../src/repair/repairStatus.js';
import { DAY, HOUR, ms, policyWith } from './_support.js';

const FROM = ms('2019-01-01T00:00:00+08:00');
const TO = ms('2026-10-01T00:00:00+08:00');
const repairClass = fc.constantFrom<RepairClass>('A', 'B', 'C');
const offset = fc.integer({ min: 0, max: 40 * DAY });
const policy = fc.constantFrom(
  undefined,
  policyWith({ clockStartsAt: 'acceptance' }),
  policyWith({}, { dayCounting: 'elapsed' }),
  policyWith({}, { extendPastRestDays: true }),
  policyWith({ dueSoon: { measure: 'share-basis-points', threshold: { value: 2000, inclusive: true } } }),
  policyWith({ clockStartsAt: 'acceptance', dueSoon: { measure: 'lead-ms', threshold: { value: 12 * HOUR, inclusive: false } } }),
);

/** A case with instants in order: receipt ≤ acceptance, completion ≤ asOf; pauses after receipt. */
const caseArbitrary = fc
  .record({
    repairClass,
    receivedAt: fc.integer({ min: FROM, max: TO }),
    accepted: fc.option(offset, { nil: undefined }),
    completed: fc.option(offset, { nil: undefined }),
    asOfAfter: offset,
    centralizedHandover: fc.boolean(),
    pauses: fc.array(fc.record({ start: offset, length: fc.option(fc.integer({ min: 0, max: 5 * DAY }), { nil: undefined }) }), { maxLength: 4 }),
  })
  .map(({ repairClass: cls, receivedAt, accepted, completed, asOfAfter, centralizedHandover, pauses }) => {
    const latest = Math.max(accepted ?? 0, completed ?? 0);
    const input: RepairStatusInput = {
      repairClass: cls,
      receivedAt,
      asOf: receivedAt + latest + asOfAfter,
      centralizedHandover,
      ...(accepted === undefined ? {} : { planAcceptedAt: receivedAt + accepted }),
      ...(completed === undefined ? {} : { completedAt: receivedAt + completed }),
      pauses: pauses.map(({ start, length }): RepairPause =>
        length === undefined ? { start: receivedAt + start } : { start: receivedAt + start, end: receivedAt + start + length },
      ),
    };
    return input;
  });

/** Length of the union of [from, to] intervals, by a sweep over elementary segments (a second algorithm). */
function unionLength(intervals: readonly [number, number][]): number {
  const points = [...new Set(intervals.flat())].sort((a, b) => a - b);
  let total = 0;
  for (let index = 0; index + 1 < points.length; index += 1) {
    const left = points[index] as number;
    const right = points[index + 1] as number;
    if (intervals.some(([from, to]) => from <= left && right <= to)) total += right - left;
  }
  return total;
}

const num = (value: unknown): number => (value instanceof Date ? value.getTime() : (value as number));

// The fields of a status input that repairDeadline takes (it refuses the others as unknown).
function deadlineFieldsOf(input: RepairStatusInput): RepairDeadlineInput {
  const { repairClass, receivedAt, centralizedHandover, handoverPeriods } = input;
  return {
    repairClass,
    receivedAt,
    ...(centralizedHandover === undefined ? {} : { centralizedHandover }),
    ...(handoverPeriods === undefined ? {} : { handoverPeriods }),
  };
}

describe('repairStatus properties', () => {
  it('is consistent with its instants: met iff completed ≤ due, open iff asOf ≤ due', () => {
    fc.assert(
      fc.property(caseArbitrary, policy, (input, chosen) => {
        const status = repairStatus(input, { policy: chosen });
        const asOf = num(input.asOf);
        if (input.planAcceptedAt === undefined && input.completedAt === undefined) {
          expect(status).toEqual({ state: 'awaiting-acceptance', basis: status.basis });
          return;
        }
        const due = (status.dueAt as Date).getTime();
        if (input.completedAt !== undefined) {
          const completed = num(input.completedAt);
          expect(status.state).toBe(completed <= due ? 'met' : 'missed');
          if (status.state === 'met') expect(status.remainingMs).toBe(due - completed);
          else expect(status.overdueMs).toBe(completed - due);
        } else {
          expect(status.state).toBe(asOf <= due ? 'open' : 'overdue');
          if (status.state === 'open') expect(status.remainingMs).toBe(due - asOf);
          else expect(status.overdueMs).toBe(asOf - due);
        }
        expect(status.remainingMs === undefined || status.remainingMs >= 0).toBe(true);
        expect(status.overdueMs === undefined || status.overdueMs > 0).toBe(true);
        for (const value of Object.values(status)) expect(value).not.toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('never puts the deadline before the receipt, nor before the deadline counted from receipt', () => {
    fc.assert(
      fc.property(caseArbitrary, policy, (input, chosen) => {
        const status = repairStatus(input, { policy: chosen });
        if (status.dueAt === undefined) return;
        expect(status.dueAt.getTime()).toBeGreaterThan(num(input.receivedAt));
        expect(status.dueAt.getTime()).toBeGreaterThanOrEqual(repairDeadline(deadlineFieldsOf(input), { policy: chosen }).dueAt.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('extends the deadline by exactly the paused time after receipt and up to completion or asOf (default policy)', () => {
    fc.assert(
      fc.property(caseArbitrary, (input) => {
        const status = repairStatus(input);
        if (status.dueAt === undefined) return;
        const horizon = num(input.completedAt ?? input.asOf);
        const clipped = (input.pauses ?? [])
          .map((pause): [number, number] => [num(pause.start), Math.min(pause.end === undefined ? horizon : num(pause.end), horizon)])
          .filter(([from, to]) => to > from);
        const paused = unionLength(clipped);
        expect(status.dueAt.getTime()).toBe(repairDeadline(deadlineFieldsOf(input)).dueAt.getTime() + paused);
        expect(status.basis.includes('repair.pause')).toBe(paused > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('never lets pauses shorten a deadline or turn a met case into a missed one', () => {
    fc.assert(
      fc.property(caseArbitrary, policy, (input, chosen) => {
        const paused = repairStatus(input, { policy: chosen });
        const plain = repairStatus({ ...input, pauses: [] }, { policy: chosen });
        expect(paused.state === 'awaiting-acceptance').toBe(plain.state === 'awaiting-acceptance');
        if (paused.dueAt === undefined || plain.dueAt === undefined) return;
        expect(paused.dueAt.getTime()).toBeGreaterThanOrEqual(plain.dueAt.getTime());
        if (plain.state === 'met') expect(paused.state).toBe('met');
        if (plain.state === 'open') expect(paused.state).toBe('open');
        // A longer pause never gives an earlier deadline either.
        const longer = (input.pauses ?? []).map((pause) => (pause.end === undefined ? pause : { start: pause.start, end: num(pause.end) + HOUR }));
        const extended = repairStatus({ ...input, pauses: longer }, { policy: chosen });
        expect((extended.dueAt as Date).getTime()).toBeGreaterThanOrEqual(paused.dueAt.getTime());
      }),
      { numRuns: 200 },
    );
  });

  it('gives A at most B and B at most C for the same case', () => {
    fc.assert(
      fc.property(caseArbitrary, policy, (input, chosen) => {
        const [a, b, c] = (['A', 'B', 'C'] as const).map((cls) => repairStatus({ ...input, repairClass: cls }, { policy: chosen }).dueAt?.getTime() ?? 0);
        expect(a).toBeLessThanOrEqual(b as number);
        expect(b).toBeLessThanOrEqual(c as number);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic, leaves its input untouched, and names catalogued rules', () => {
    fc.assert(
      fc.property(caseArbitrary, policy, (input, chosen) => {
        const snapshot = structuredClone(input);
        const first = repairStatus(input, { policy: chosen });
        expect(input).toEqual(snapshot);
        expect(repairStatus(snapshot, { policy: chosen })).toEqual(first);
        expect(first.basis.slice(0, 2)).toEqual(['repair.deadline', `repair.class-${input.repairClass.toLowerCase()}`]);
        for (const id of first.basis) expect(ruleCatalog[id]).toBeDefined();
        expect(first.dueSoon === undefined || (first.dueSoon === true && first.state === 'open' && first.basis.includes('repair.due-soon'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never shows a due-soon key under the default policy', () => {
    fc.assert(
      fc.property(caseArbitrary, (input) => {
        expect(repairStatus(input)).not.toHaveProperty('dueSoon');
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError when an instant comes before the receipt or after asOf', () => {
    const field = fc.constantFrom('asOf', 'planAcceptedAt', 'completedAt', 'pause');
    fc.assert(
      fc.property(caseArbitrary, field, fc.integer({ min: 1, max: 10 * DAY }), fc.boolean(), (input, which, gap, late) => {
        const received = num(input.receivedAt);
        const asOf = num(input.asOf);
        let bad: RepairStatusInput;
        let path: (string | number)[];
        if (which === 'asOf') [bad, path] = [{ ...input, asOf: received - gap }, ['asOf']];
        else if (which === 'pause') [bad, path] = [{ ...input, pauses: [{ start: received - gap }] }, ['pauses', 0, 'start']];
        else [bad, path] = [{ ...input, [which]: late ? asOf + gap : received - gap }, [which]];
        let caught: unknown;
        try {
          repairStatus(bad);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InvalidInputError);
        expect(caught).toMatchObject({ path });
      }),
      { numRuns: 200 },
    );
  });
});
