import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { shanghaiTimeOfDayMs } from '../../src/core/instant.js';
import { repairDeadline } from '../../src/repair/repairDeadline.js';
import type { RepairClass } from '../../src/repair/repairPolicy.js';
import { DAY, ms, policyWith } from './_support.js';

// Receipts inside the shipped calendar's years, leaving room for 30 days and a holiday extension.
const FROM = ms('2019-01-01T00:00:00+08:00');
const TO = ms('2026-11-15T00:00:00+08:00');
const instant = fc.integer({ min: FROM, max: TO });
// The Shanghai day number of an instant, written out here rather than taken from the library.
const shanghaiDay = (at: number): number => Math.floor((at + 8 * 3_600_000) / DAY);
const repairClass = fc.constantFrom<RepairClass>('A', 'B', 'C');
const policy = fc.constantFrom(
  undefined,
  policyWith({}, { dayCounting: 'elapsed' }),
  policyWith({}, { extendPastRestDays: true }),
  policyWith({}, { dayCounting: 'elapsed', extendPastRestDays: true }),
);

describe('repairDeadline properties', () => {
  it('never puts the deadline before the receipt, nor earlier than the days allowed', () => {
    fc.assert(
      fc.property(repairClass, instant, fc.boolean(), policy, (cls, receivedAt, centralizedHandover, chosen) => {
        const result = repairDeadline({ repairClass: cls, receivedAt, centralizedHandover }, { policy: chosen });
        expect(result.dueAt.getTime()).toBeGreaterThan(receivedAt);
        expect(result.dueAt.getTime()).toBeGreaterThanOrEqual(receivedAt + result.days * DAY);
      }),
      { numRuns: 200 },
    );
  });

  it("gives class A at most class B's deadline, and B at most C's, for the same receipt", () => {
    fc.assert(
      fc.property(instant, fc.boolean(), policy, (receivedAt, centralizedHandover, chosen) => {
        const [a, b, c] = (['A', 'B', 'C'] as const).map((cls) =>
          repairDeadline({ repairClass: cls, receivedAt, centralizedHandover }, { policy: chosen }).dueAt.getTime(),
        );
        expect(a).toBeLessThanOrEqual(b as number);
        expect(b).toBeLessThanOrEqual(c as number);
        const outside = repairDeadline({ repairClass: 'C', receivedAt }, { policy: chosen }).dueAt.getTime();
        const during = repairDeadline({ repairClass: 'C', receivedAt, centralizedHandover: true }, { policy: chosen }).dueAt.getTime();
        expect(outside).toBeLessThanOrEqual(during);
      }),
      { numRuns: 200 },
    );
  });

  it('ends at 24:00 Shanghai time under the Civil Code and after exactly N × 24 h when elapsed', () => {
    const elapsed = policyWith({}, { dayCounting: 'elapsed' });
    fc.assert(
      fc.property(repairClass, instant, (cls, receivedAt) => {
        const civil = repairDeadline({ repairClass: cls, receivedAt });
        expect(shanghaiTimeOfDayMs(civil.dueAt.getTime())).toBe(0);
        const exact = repairDeadline({ repairClass: cls, receivedAt }, { policy: elapsed });
        expect(exact.dueAt.getTime()).toBe(receivedAt + exact.days * DAY);
        // The civil-code deadline is the elapsed one rounded up to the next Shanghai midnight.
        expect(civil.dueAt.getTime()).toBeGreaterThan(exact.dueAt.getTime());
        expect(civil.dueAt.getTime() - exact.dueAt.getTime()).toBeLessThanOrEqual(DAY);
      }),
      { numRuns: 200 },
    );
  });

  it('never moves a deadline earlier when last days are extended past rest days', () => {
    const extend = policyWith({}, { extendPastRestDays: true });
    fc.assert(
      fc.property(repairClass, instant, fc.boolean(), (cls, receivedAt, centralizedHandover) => {
        const plain = repairDeadline({ repairClass: cls, receivedAt, centralizedHandover }).dueAt.getTime();
        const extended = repairDeadline({ repairClass: cls, receivedAt, centralizedHandover }, { policy: extend }).dueAt.getTime();
        expect(extended).toBeGreaterThanOrEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('decides a handover period by the receipt day, both ends included', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -40, max: 40 }), fc.integer({ min: 0, max: 30 }), (receivedAt, offsetDays, lengthDays) => {
        // A period starting offsetDays after the receipt's day (negative: before), lengthDays long.
        const start = receivedAt + offsetDays * DAY;
        const end = start + lengthDays * DAY;
        const dayOf = (value: number): number => Math.floor((value + 8 * 3_600_000) / DAY);
        const inside = dayOf(start) <= dayOf(receivedAt) && dayOf(receivedAt) <= dayOf(end);
        const { days } = repairDeadline({ repairClass: 'C', receivedAt, handoverPeriods: [{ start, end }] });
        expect(days).toBe(inside ? 30 : 15);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic, leaves its input untouched and names catalogued rules', () => {
    fc.assert(
      fc.property(repairClass, instant, fc.option(fc.boolean(), { nil: undefined }), (cls, receivedAt, centralizedHandover) => {
        const input = {
          repairClass: cls,
          receivedAt: new Date(receivedAt),
          handoverPeriods: [{ start: '2026-06-01', end: '2026-06-30' }],
          ...(centralizedHandover === undefined ? {} : { centralizedHandover }),
        };
        const snapshot = structuredClone(input);
        const result = repairDeadline(input);
        expect(input).toEqual(snapshot);
        expect(repairDeadline(snapshot)).toEqual(result);
        expect(result.basis[0]).toBe('repair.deadline');
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError on a bad class or receipt', () => {
    const badClass = fc.oneof(fc.string().filter((text) => !['A', 'B', 'C'].includes(text)), fc.integer(), fc.constant(null));
    const badInstant = fc.oneof(
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1.5, null, true, 'not a date', '2026-13-01', '2026-02-29'),
      fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
    );
    fc.assert(
      fc.property(badClass, instant, (cls, receivedAt) => {
        expect(() => repairDeadline({ repairClass: cls as RepairClass, receivedAt })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(repairClass, badInstant, (cls, receivedAt) => {
        expect(() => repairDeadline({ repairClass: cls, receivedAt: receivedAt as number })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });

  it('throws InvalidInputError exactly when a handover period ends on a Shanghai day before its first', () => {
    fc.assert(
      fc.property(repairClass, instant, instant, fc.integer({ min: 1, max: 90 * DAY }), (cls, receivedAt, start, gap) => {
        const end = start - gap;
        const run = () => repairDeadline({ repairClass: cls, receivedAt, handoverPeriods: [{ start, end }] });
        if (shanghaiDay(end) < shanghaiDay(start)) expect(run).toThrow(expect.objectContaining({ code: 'out_of_range', path: ['handoverPeriods', 0, 'end'] }));
        else expect(run().days).toBe(shanghaiDay(receivedAt) === shanghaiDay(start) && cls === 'C' ? 30 : repairDeadline({ repairClass: cls, receivedAt }).days);
      }),
      { numRuns: 200 },
    );
  });
});
