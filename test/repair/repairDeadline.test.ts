import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { repairDeadline, type RepairDeadlineInput } from '../../src/repair/repairDeadline.js';
import { invalidInputOf, policyWith } from './_support.js';

const due = (input: RepairDeadlineInput, options?: Parameters<typeof repairDeadline>[1]): string =>
  toShanghaiIsoString(repairDeadline(input, options).dueAt);

const EVE = '2026-09-30T18:00:00+08:00';
const JUNE_HANDOVER = [{ start: '2026-06-01', end: '2026-06-30' }];

describe('repairDeadline', () => {
  describe('days per class (ZN §2.2), counted under the Civil Code by default', () => {
    it('gives a leak reported on the eve of National Day until the end of 3 October', () => {
      expect(repairDeadline({ repairClass: 'A', receivedAt: EVE })).toEqual({
        dueAt: new Date('2026-10-04T00:00:00+08:00'),
        days: 3,
        basis: ['repair.deadline', 'repair.class-a'],
      });
    });

    it('gives class B 7 days', () => {
      expect(repairDeadline({ repairClass: 'B', receivedAt: EVE })).toEqual({
        dueAt: new Date('2026-10-08T00:00:00+08:00'),
        days: 7,
        basis: ['repair.deadline', 'repair.class-b'],
      });
    });

    it('gives class C 15 days outside a centralized handover period', () => {
      expect(repairDeadline({ repairClass: 'C', receivedAt: EVE })).toEqual({
        dueAt: new Date('2026-10-16T00:00:00+08:00'),
        days: 15,
        basis: ['repair.deadline', 'repair.class-c'],
      });
    });

    it('gives class C 30 days during a centralized handover period', () => {
      expect(repairDeadline({ repairClass: 'C', receivedAt: EVE, centralizedHandover: true })).toEqual({
        dueAt: new Date('2026-10-31T00:00:00+08:00'),
        days: 30,
        basis: ['repair.deadline', 'repair.class-c'],
      });
    });

    it('ignores the handover period for classes A and B', () => {
      expect(repairDeadline({ repairClass: 'A', receivedAt: EVE, centralizedHandover: true }).days).toBe(3);
      expect(repairDeadline({ repairClass: 'B', receivedAt: EVE, handoverPeriods: [{ start: '2026-09-01', end: '2026-10-31' }] }).days).toBe(7);
    });

    it('does not count the day of receipt, whatever the hour', () => {
      expect(due({ repairClass: 'A', receivedAt: '2026-09-30T00:00:00+08:00' })).toBe('2026-10-04T00:00:00.000+08:00');
      expect(due({ repairClass: 'A', receivedAt: '2026-09-30T23:59:59.999+08:00' })).toBe('2026-10-04T00:00:00.000+08:00');
      expect(due({ repairClass: 'A', receivedAt: '2026-09-29T23:59:59.999+08:00' })).toBe('2026-10-03T00:00:00.000+08:00');
    });

    it('reads day boundaries in Shanghai time, whatever offset the receipt is written in', () => {
      // 16:30Z is 00:30 on 1 October in Shanghai: the receipt day is the 1st.
      expect(due({ repairClass: 'A', receivedAt: '2026-09-30T16:30:00Z' })).toBe('2026-10-05T00:00:00.000+08:00');
      expect(due({ repairClass: 'A', receivedAt: '2026-09-30T15:59:59.999Z' })).toBe('2026-10-04T00:00:00.000+08:00');
      // Offset-less strings are Shanghai time; epoch ms and Dates are instants.
      expect(due({ repairClass: 'A', receivedAt: '2026-09-30T18:00' })).toBe('2026-10-04T00:00:00.000+08:00');
      expect(due({ repairClass: 'A', receivedAt: Date.parse(EVE) })).toBe('2026-10-04T00:00:00.000+08:00');
      expect(due({ repairClass: 'A', receivedAt: new Date(EVE) })).toBe('2026-10-04T00:00:00.000+08:00');
    });

    it('counts across a month end and a leap day', () => {
      expect(due({ repairClass: 'C', receivedAt: '2028-02-20T10:00:00+08:00' })).toBe('2028-03-07T00:00:00.000+08:00');
      expect(due({ repairClass: 'B', receivedAt: '2026-12-28T10:00:00+08:00' })).toBe('2027-01-05T00:00:00.000+08:00');
    });
  });

  describe('counting policy', () => {
    it('counts exact 24-hour days under dayCounting: elapsed', () => {
      const policy = policyWith({}, { dayCounting: 'elapsed' });
      expect(due({ repairClass: 'A', receivedAt: EVE }, { policy })).toBe('2026-10-03T18:00:00.000+08:00');
      expect(due({ repairClass: 'C', receivedAt: EVE, centralizedHandover: true }, { policy })).toBe('2026-10-30T18:00:00.000+08:00');
    });

    it('moves a last day that falls in the National Day holiday to the next working day with extendPastRestDays', () => {
      const policy = policyWith({}, { extendPastRestDays: true });
      // Class A's last day, 3 October, is a holiday; 8 October is the first working day after the break.
      expect(due({ repairClass: 'A', receivedAt: EVE }, { policy })).toBe('2026-10-09T00:00:00.000+08:00');
      expect(due({ repairClass: 'B', receivedAt: EVE }, { policy })).toBe('2026-10-09T00:00:00.000+08:00');
      // Class C's last day, 15 October (a Thursday), works: no change.
      expect(due({ repairClass: 'C', receivedAt: EVE }, { policy })).toBe('2026-10-16T00:00:00.000+08:00');
    });

    it("uses a company's own days", () => {
      const policy = policyWith({
        deadlines: [
          { repairClass: 'A', duringHandover: null, days: 2 },
          { repairClass: 'B', duringHandover: null, days: 5 },
          { repairClass: 'C', duringHandover: true, days: 20 },
          { repairClass: 'C', duringHandover: false, days: 10 },
        ],
      });
      expect(repairDeadline({ repairClass: 'A', receivedAt: EVE }, { policy })).toEqual({
        dueAt: new Date('2026-10-03T00:00:00+08:00'),
        days: 2,
        basis: ['repair.deadline', 'repair.class-a'],
      });
      expect(repairDeadline({ repairClass: 'C', receivedAt: EVE, centralizedHandover: true }, { policy }).days).toBe(20);
      expect(repairDeadline({ repairClass: 'C', receivedAt: EVE }, { policy }).days).toBe(10);
    });
  });

  describe('centralized handover periods (whole Shanghai days, both ends included)', () => {
    it.each([
      ['2026-05-31T23:59:59.999+08:00', 15],
      ['2026-06-01T00:00:00+08:00', 30],
      ['2026-06-15T12:00:00+08:00', 30],
      ['2026-06-30T23:59:59.999+08:00', 30],
      ['2026-07-01T00:00:00+08:00', 15],
    ])('gives a class C receipt at %s %d days', (receivedAt, days) => {
      expect(repairDeadline({ repairClass: 'C', receivedAt, handoverPeriods: JUNE_HANDOVER }).days).toBe(days);
    });

    it('takes the whole day of an end written with a time or in another offset', () => {
      const periods = [{ start: '2026-06-01T09:00:00+08:00', end: '2026-06-29T16:00:00Z' }]; // = 30 June 00:00 Shanghai
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-30T20:00:00+08:00', handoverPeriods: periods }).days).toBe(30);
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-01T08:00:00+08:00', handoverPeriods: periods }).days).toBe(30);
    });

    it('checks every period of the list', () => {
      const periods = [
        { start: '2026-03-01', end: '2026-03-31' },
        { start: '2026-09-01', end: '2026-09-30' },
      ];
      expect(repairDeadline({ repairClass: 'C', receivedAt: EVE, handoverPeriods: periods }).days).toBe(30);
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-05-01T10:00:00+08:00', handoverPeriods: periods }).days).toBe(15);
      expect(repairDeadline({ repairClass: 'C', receivedAt: EVE, handoverPeriods: [] }).days).toBe(15);
    });

    it('treats a period of a single day as that whole day', () => {
      const periods = [{ start: '2026-06-10', end: '2026-06-10' }];
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T23:00:00+08:00', handoverPeriods: periods }).days).toBe(30);
    });

    it('reads the ends of a period as days: an end earlier in the clock than the start, on the same day, is that one day', () => {
      const periods = [{ start: '2026-06-10T18:00:00+08:00', end: '2026-06-10T09:00:00+08:00' }];
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T12:00:00+08:00', handoverPeriods: periods }).days).toBe(30);
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-11T00:00:00+08:00', handoverPeriods: periods }).days).toBe(15);
      // Shanghai days, not the host's or UTC's: 2026-06-09T16:00Z is 00:00 of 10 June in Shanghai.
      const utc = [{ start: '2026-06-10T10:00:00Z', end: '2026-06-09T16:00:00Z' }];
      expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T08:00:00+08:00', handoverPeriods: utc }).days).toBe(30);
    });

    it('is in a handover period when the flag is true or the receipt lies in a period (false defers to the periods)', () => {
      const outside = '2026-07-15T10:00:00+08:00';
      const inside = '2026-06-15T10:00:00+08:00';
      expect(repairDeadline({ repairClass: 'C', receivedAt: outside, centralizedHandover: true, handoverPeriods: JUNE_HANDOVER }).days).toBe(30);
      expect(repairDeadline({ repairClass: 'C', receivedAt: inside, centralizedHandover: false, handoverPeriods: JUNE_HANDOVER }).days).toBe(30);
      expect(repairDeadline({ repairClass: 'C', receivedAt: outside, centralizedHandover: false, handoverPeriods: JUNE_HANDOVER }).days).toBe(15);
      expect(repairDeadline({ repairClass: 'C', receivedAt: outside, centralizedHandover: false }).days).toBe(15);
    });
  });

  it('refuses a hand-assembled policy that leaves a class without a deadline row', () => {
    const policy = { ...defaultPolicy, repair: { ...defaultPolicy.repair, deadlines: [{ repairClass: 'A', duringHandover: null, days: 3 }] } } as Policy;
    expect(() => repairDeadline({ repairClass: 'C', receivedAt: EVE }, { policy })).toThrow(PolicyError);
    expect(() => repairDeadline({ repairClass: 'C', receivedAt: EVE, centralizedHandover: true }, { policy })).toThrow(
      /^repairDeadline: options.policy must be built with definePolicy/,
    );
  });

  it('returns a frozen decision and a fresh Date each time', () => {
    const first = repairDeadline({ repairClass: 'A', receivedAt: EVE });
    const second = repairDeadline({ repairClass: 'A', receivedAt: EVE });
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.basis)).toBe(true);
    expect(first.dueAt).not.toBe(second.dueAt);
    expect(Object.keys(first).sort()).toEqual(['basis', 'days', 'dueAt']);
  });

  describe('bad input', () => {
    it('names receivedAt in the message', () => {
      const error = invalidInputOf(() => repairDeadline({ repairClass: 'A', receivedAt: 'yesterday' }));
      expect(error).toMatchObject({ code: 'invalid_instant', path: ['receivedAt'] });
      expect(error.message).toBe(
        'repairDeadline: receivedAt must be a valid instant (Date, epoch ms or ISO-8601 string), received "yesterday"',
      );
    });

    it.each([
      [{ receivedAt: EVE }, 'missing', ['repairClass']],
      [{ repairClass: 'D', receivedAt: EVE }, 'invalid_enum', ['repairClass']],
      [{ repairClass: 'a', receivedAt: EVE }, 'invalid_enum', ['repairClass']],
      [{ repairClass: 'A' }, 'missing', ['receivedAt']],
      [{ repairClass: 'A', receivedAt: '2026-02-30T10:00:00+08:00' }, 'invalid_instant', ['receivedAt']],
      [{ repairClass: 'A', receivedAt: Number.NaN }, 'invalid_instant', ['receivedAt']],
      [{ repairClass: 'A', receivedAt: new Date(Number.NaN) }, 'invalid_instant', ['receivedAt']],
      [{ repairClass: 'A', receivedAt: 1.5 }, 'invalid_instant', ['receivedAt']],
      [{ repairClass: 'A', receivedAt: 8.64e15 - 1000 }, 'out_of_range', ['receivedAt']],
      [{ repairClass: 'C', receivedAt: EVE, centralizedHandover: 'yes' }, 'invalid_type', ['centralizedHandover']],
      [{ repairClass: 'C', receivedAt: EVE, handoverPeriods: { start: '2026-06-01', end: '2026-06-30' } }, 'invalid_type', ['handoverPeriods']],
      [{ repairClass: 'C', receivedAt: EVE, handoverPeriods: [null] }, 'invalid_type', ['handoverPeriods', 0]],
      [{ repairClass: 'C', receivedAt: EVE, handoverPeriods: [{ end: '2026-06-30' }] }, 'missing', ['handoverPeriods', 0, 'start']],
      [{ repairClass: 'C', receivedAt: EVE, handoverPeriods: [{ start: '2026-06-01' }] }, 'missing', ['handoverPeriods', 0, 'end']],
      [{ repairClass: 'C', receivedAt: EVE, handoverPeriods: [{ start: 'June', end: '2026-06-30' }] }, 'invalid_instant', ['handoverPeriods', 0, 'start']],
      [
        { repairClass: 'C', receivedAt: EVE, handoverPeriods: [...JUNE_HANDOVER, { start: '2026-09-30', end: '2026-09-01' }] },
        'out_of_range',
        ['handoverPeriods', 1, 'end'],
      ],
      [{ repairClass: 'A', receivedAt: EVE, handoverPeriods: [{ start: '2026-06-30T00:30:00+08:00', end: '2026-06-29T23:59:59+08:00' }] }, 'out_of_range', ['handoverPeriods', 0, 'end']],
    ])('refuses %j with %s at %j', (input, code, path) => {
      expect(invalidInputOf(() => repairDeadline(input as unknown as RepairDeadlineInput))).toMatchObject({ code, path });
    });

    it.each([null, undefined, 'A', 42])('refuses %j as the repair', (value) => {
      expect(invalidInputOf(() => repairDeadline(value as unknown as RepairDeadlineInput))).toMatchObject({ code: 'invalid_type', path: [] });
    });

    it('starts every message with the function name', () => {
      const error = invalidInputOf(() =>
        repairDeadline({ repairClass: 'C', receivedAt: EVE, handoverPeriods: [{ start: '2026-09-30', end: '2026-09-01' }] }),
      );
      expect(error.message).toMatch(/^repairDeadline: handoverPeriods\[0\]\.end must be not on a day before the period's start \(2026-09-30T00:00:00\.000\+08:00\), received "2026-09-01"$/);
    });
  });
});
