import { describe, expect, it } from 'vitest';
import { repairStatus, type RepairStatusInput } from '../../src/repair/repairStatus.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { DAY, HOUR, invalidInputOf, ms, policyWith } from './_support.js';

// A leak reported on the eve of National Day: class A, due at 24:00 on 3 October.
const EVE = '2026-09-30T18:00:00+08:00';
const DUE = '2026-10-04T00:00:00+08:00';
const DUE_MS = ms(DUE);
const A_BASIS = ['repair.deadline', 'repair.class-a'];
const leak = (fields: Partial<RepairStatusInput>): RepairStatusInput => ({ repairClass: 'A', receivedAt: EVE, asOf: EVE, ...fields });
const at = (value: number): string => new Date(value).toISOString();

describe('repairStatus', () => {
  describe('awaiting acceptance (在业主认可处理方案的前提下)', () => {
    it('runs no limit before the owner accepts the plan', () => {
      expect(repairStatus(leak({ asOf: '2026-10-20T09:00:00+08:00' }))).toEqual({ state: 'awaiting-acceptance', basis: A_BASIS });
    });

    it('returns one interned answer per class', () => {
      const first = repairStatus(leak({ asOf: '2026-10-01T09:00:00+08:00' }));
      expect(Object.isFrozen(first)).toBe(true);
      expect(repairStatus(leak({ asOf: '2026-10-02T09:00:00+08:00' }))).toBe(first);
      expect(repairStatus({ repairClass: 'C', receivedAt: EVE, asOf: EVE })).toEqual({
        state: 'awaiting-acceptance',
        basis: ['repair.deadline', 'repair.class-c'],
      });
    });
  });

  describe('open and overdue, with the clock from receipt', () => {
    it('is open with the time left until the deadline', () => {
      expect(repairStatus(leak({ planAcceptedAt: '2026-09-30T20:00:00+08:00', asOf: '2026-10-03T12:00:00+08:00' }))).toEqual({
        state: 'open',
        dueAt: new Date(DUE),
        remainingMs: 12 * HOUR,
        basis: A_BASIS,
      });
    });

    it('is still open at the deadline itself, and overdue one millisecond later', () => {
      const accepted = { planAcceptedAt: '2026-10-01T10:00:00+08:00' };
      expect(repairStatus(leak({ ...accepted, asOf: DUE }))).toEqual({ state: 'open', dueAt: new Date(DUE), remainingMs: 0, basis: A_BASIS });
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS + 1) }))).toEqual({
        state: 'overdue',
        dueAt: new Date(DUE),
        overdueMs: 1,
        basis: A_BASIS,
      });
    });

    it('counts from receipt even when the plan was accepted late (default policy)', () => {
      const status = repairStatus(leak({ planAcceptedAt: '2026-10-03T09:00:00+08:00', asOf: '2026-10-05T00:00:00+08:00' }));
      expect(status).toEqual({ state: 'overdue', dueAt: new Date(DUE), overdueMs: DAY, basis: A_BASIS });
    });

    it('gives class C 30 days in a handover period given as a flag or as periods', () => {
      const input: RepairStatusInput = { repairClass: 'C', receivedAt: EVE, planAcceptedAt: EVE, asOf: '2026-10-20T00:00:00+08:00' };
      expect(repairStatus(input).state).toBe('overdue');
      expect(repairStatus({ ...input, centralizedHandover: true })).toEqual({
        state: 'open',
        dueAt: new Date('2026-10-31T00:00:00+08:00'),
        remainingMs: 11 * DAY,
        basis: ['repair.deadline', 'repair.class-c'],
      });
      expect(repairStatus({ ...input, handoverPeriods: [{ start: '2026-09-01', end: '2026-09-30' }] }).state).toBe('open');
    });
  });

  describe('met and missed', () => {
    it('is met when finished at or before the deadline, with the time to spare', () => {
      expect(repairStatus(leak({ planAcceptedAt: EVE, completedAt: DUE, asOf: '2026-10-10T00:00:00+08:00' }))).toEqual({
        state: 'met',
        dueAt: new Date(DUE),
        remainingMs: 0,
        basis: A_BASIS,
      });
      expect(repairStatus(leak({ planAcceptedAt: EVE, completedAt: '2026-10-02T16:00:00+08:00', asOf: '2026-10-10T00:00:00+08:00' }))).toEqual({
        state: 'met',
        dueAt: new Date(DUE),
        remainingMs: 32 * HOUR,
        basis: A_BASIS,
      });
    });

    it('is missed when finished after the deadline, by how much', () => {
      expect(repairStatus(leak({ planAcceptedAt: EVE, completedAt: at(DUE_MS + 1), asOf: at(DUE_MS + 1) }))).toEqual({
        state: 'missed',
        dueAt: new Date(DUE),
        overdueMs: 1,
        basis: A_BASIS,
      });
    });

    it('reads a completion without a recorded acceptance as accepted', () => {
      expect(repairStatus(leak({ completedAt: '2026-10-04T08:00:00+08:00', asOf: '2026-10-05T00:00:00+08:00' }))).toEqual({
        state: 'missed',
        dueAt: new Date(DUE),
        overdueMs: 8 * HOUR,
        basis: A_BASIS,
      });
    });

    it('judges by the completion, not by asOf', () => {
      const status = repairStatus(leak({ planAcceptedAt: EVE, completedAt: '2026-10-03T00:00:00+08:00', asOf: '2026-12-01T00:00:00+08:00' }));
      expect(status.state).toBe('met');
      expect(status.remainingMs).toBe(DAY);
    });
  });

  describe('clock started at acceptance (policy repair.clockStartsAt)', () => {
    const policy = policyWith({ clockStartsAt: 'acceptance' });

    it('counts the days from the acceptance', () => {
      // Accepted on 2 October: 3 days end at 24:00 on 5 October.
      expect(repairStatus(leak({ planAcceptedAt: '2026-10-02T10:00:00+08:00', asOf: '2026-10-05T00:00:00+08:00' }), { policy })).toEqual({
        state: 'open',
        dueAt: new Date('2026-10-06T00:00:00+08:00'),
        remainingMs: DAY,
        basis: A_BASIS,
      });
    });

    it('starts the clock at completion when no acceptance was recorded', () => {
      const status = repairStatus(leak({ completedAt: '2026-10-05T09:00:00+08:00', asOf: '2026-10-06T00:00:00+08:00' }), { policy });
      expect(status).toEqual({ state: 'met', dueAt: new Date('2026-10-09T00:00:00+08:00'), remainingMs: ms('2026-10-09T00:00:00+08:00') - ms('2026-10-05T09:00:00+08:00'), basis: A_BASIS });
    });

    it('takes a completion before the recorded acceptance as the acceptance', () => {
      const status = repairStatus(
        leak({ planAcceptedAt: '2026-10-03T10:00:00+08:00', completedAt: '2026-10-02T10:00:00+08:00', asOf: '2026-10-04T00:00:00+08:00' }),
        { policy },
      );
      expect(status.dueAt).toEqual(new Date('2026-10-06T00:00:00+08:00'));
    });

    it('honours elapsed counting too', () => {
      const elapsed = policyWith({ clockStartsAt: 'acceptance' }, { dayCounting: 'elapsed' });
      const status = repairStatus(leak({ planAcceptedAt: '2026-10-02T10:00:00+08:00', asOf: '2026-10-05T09:00:00+08:00' }), { policy: elapsed });
      expect(status).toEqual({ state: 'open', dueAt: new Date('2026-10-05T10:00:00+08:00'), remainingMs: HOUR, basis: A_BASIS });
    });
  });

  describe('pauses (the clock stands still, e.g. the owner is not at home)', () => {
    const accepted = { planAcceptedAt: EVE };
    const PAUSE_BASIS = [...A_BASIS, 'repair.pause'];

    it('extends the deadline by a closed pause', () => {
      const status = repairStatus(
        leak({ ...accepted, asOf: '2026-10-03T12:00:00+08:00', pauses: [{ start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T21:00:00+08:00' }] }),
      );
      expect(status).toEqual({ state: 'open', dueAt: new Date('2026-10-04T12:00:00+08:00'), remainingMs: DAY, basis: PAUSE_BASIS });
    });

    it('counts overlapping pauses once', () => {
      const pauses = [
        { start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T21:00:00+08:00' },
        { start: '2026-10-02T15:00:00+08:00', end: '2026-10-03T03:00:00+08:00' },
        { start: '2026-10-02T10:00:00+08:00', end: '2026-10-02T11:00:00+08:00' },
      ];
      expect(repairStatus(leak({ ...accepted, asOf: '2026-10-03T12:00:00+08:00', pauses })).dueAt).toEqual(new Date('2026-10-04T18:00:00+08:00'));
    });

    it('adds separate pauses up', () => {
      const pauses = [
        { start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T10:00:00+08:00' },
        { start: '2026-10-01T09:00:00+08:00', end: '2026-10-01T11:00:00+08:00' },
      ];
      expect(repairStatus(leak({ ...accepted, asOf: '2026-10-03T12:00:00+08:00', pauses })).dueAt).toEqual(new Date('2026-10-04T03:00:00+08:00'));
    });

    it('freezes the time left during a pause still running', () => {
      const pauses = [{ start: '2026-10-03T00:00:00+08:00' }];
      // At the pause's start one day was left; it stays one day while the pause runs.
      for (const asOf of ['2026-10-03T00:00:00+08:00', '2026-10-03T12:00:00+08:00', '2026-10-09T00:00:00+08:00']) {
        const status = repairStatus(leak({ ...accepted, asOf, pauses }));
        expect(status.state).toBe('open');
        expect(status.remainingMs).toBe(DAY);
        expect(status.dueAt).toEqual(new Date(ms(asOf) + DAY));
      }
    });

    it('counts a pause ending after asOf only up to asOf', () => {
      const pauses = [{ start: '2026-10-03T00:00:00+08:00', end: '2026-10-10T00:00:00+08:00' }];
      expect(repairStatus(leak({ ...accepted, asOf: '2026-10-03T12:00:00+08:00', pauses }))).toEqual({
        state: 'open',
        dueAt: new Date('2026-10-04T12:00:00+08:00'),
        remainingMs: DAY,
        basis: PAUSE_BASIS,
      });
    });

    it('judges a case finished while paused with the pause counted up to completion', () => {
      const pauses = [{ start: '2026-10-03T00:00:00+08:00' }];
      const status = repairStatus(leak({ ...accepted, completedAt: '2026-10-06T00:00:00+08:00', asOf: '2026-10-07T00:00:00+08:00', pauses }));
      expect(status).toEqual({ state: 'met', dueAt: new Date('2026-10-07T00:00:00+08:00'), remainingMs: DAY, basis: PAUSE_BASIS });
    });

    it('turns a would-be miss into a meet when the owner was away', () => {
      const input = leak({ ...accepted, completedAt: '2026-10-04T08:00:00+08:00', asOf: '2026-10-05T00:00:00+08:00' });
      expect(repairStatus(input).state).toBe('missed');
      const paused = repairStatus({ ...input, pauses: [{ start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T21:00:00+08:00' }] });
      expect(paused).toEqual({ state: 'met', dueAt: new Date('2026-10-04T12:00:00+08:00'), remainingMs: 4 * HOUR, basis: PAUSE_BASIS });
    });

    it('ignores pauses after completion or after asOf, and names no pause rule then', () => {
      const later = [{ start: '2026-10-05T00:00:00+08:00', end: '2026-10-06T00:00:00+08:00' }];
      expect(repairStatus(leak({ ...accepted, completedAt: '2026-10-02T00:00:00+08:00', asOf: '2026-10-07T00:00:00+08:00', pauses: later }))).toEqual({
        state: 'met',
        dueAt: new Date(DUE),
        remainingMs: 2 * DAY,
        basis: A_BASIS,
      });
      expect(repairStatus(leak({ ...accepted, asOf: '2026-10-02T00:00:00+08:00', pauses: later })).dueAt).toEqual(new Date(DUE));
      expect(repairStatus(leak({ ...accepted, asOf: '2026-10-02T00:00:00+08:00', pauses: [] })).basis).toEqual(A_BASIS);
    });

    it('counts only the paused time after the clock starts at acceptance', () => {
      const policy = policyWith({ clockStartsAt: 'acceptance' });
      const pauses = [{ start: '2026-10-01T00:00:00+08:00', end: '2026-10-02T12:00:00+08:00' }];
      // Accepted at 00:00 on 2 October: 3 days end at 24:00 on 5 October, and 12 of the 36 paused hours count.
      const status = repairStatus(leak({ planAcceptedAt: '2026-10-02T00:00:00+08:00', asOf: '2026-10-03T00:00:00+08:00', pauses }), { policy });
      expect(status.dueAt).toEqual(new Date('2026-10-06T12:00:00+08:00'));
    });

    it('keeps stopping the clock after the deadline: the overdue time stands still', () => {
      const pauses = [{ start: '2026-10-05T00:00:00+08:00' }];
      for (const asOf of ['2026-10-05T00:00:00+08:00', '2026-10-06T00:00:00+08:00']) {
        expect(repairStatus(leak({ ...accepted, asOf, pauses })).overdueMs).toBe(DAY);
      }
    });
  });

  describe('due-soon warning (policy repair.dueSoon)', () => {
    const accepted = { planAcceptedAt: EVE };

    it('never appears under the default policy', () => {
      for (const asOf of [EVE, '2026-10-03T23:59:59.999+08:00', DUE]) {
        expect(Object.keys(repairStatus(leak({ ...accepted, asOf })))).not.toContain('dueSoon');
      }
    });

    it('fires within a fixed lead, its boundary as the policy says', () => {
      const inclusive = policyWith({ dueSoon: { measure: 'lead-ms', threshold: { value: 6 * HOUR, inclusive: true } } });
      const exclusive = policyWith({ dueSoon: { measure: 'lead-ms', threshold: { value: 6 * HOUR, inclusive: false } } });
      const sixHoursBefore = leak({ ...accepted, asOf: at(DUE_MS - 6 * HOUR) });
      expect(repairStatus(sixHoursBefore, { policy: inclusive })).toEqual({
        state: 'open',
        dueAt: new Date(DUE),
        remainingMs: 6 * HOUR,
        dueSoon: true,
        basis: [...A_BASIS, 'repair.due-soon'],
      });
      expect(repairStatus(sixHoursBefore, { policy: exclusive })).toEqual({ state: 'open', dueAt: new Date(DUE), remainingMs: 6 * HOUR, basis: A_BASIS });
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS - 6 * HOUR + 1) }), { policy: exclusive }).dueSoon).toBe(true);
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS - 6 * HOUR - 1) }), { policy: inclusive })).not.toHaveProperty('dueSoon');
    });

    it('fires within a share of the allowed time', () => {
      // Allowed: 18:00 on 30 September to 24:00 on 3 October = 78 hours; 25% = 19.5 hours.
      const policy = policyWith({ dueSoon: { measure: 'share-basis-points', threshold: { value: 2500, inclusive: true } } });
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS - 19.5 * HOUR) }), { policy }).dueSoon).toBe(true);
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS - 19.5 * HOUR - 1) }), { policy })).not.toHaveProperty('dueSoon');
    });

    it('does not flag a case that is overdue, met or awaiting acceptance', () => {
      const policy = policyWith({ dueSoon: { measure: 'lead-ms', threshold: { value: 100 * DAY, inclusive: true } } });
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS + 1) }), { policy })).not.toHaveProperty('dueSoon');
      expect(repairStatus(leak({ ...accepted, completedAt: EVE, asOf: EVE }), { policy })).not.toHaveProperty('dueSoon');
      expect(repairStatus(leak({ asOf: EVE }), { policy })).not.toHaveProperty('dueSoon');
      expect(repairStatus(leak({ ...accepted, asOf: EVE }), { policy }).dueSoon).toBe(true);
    });

    it('measures the time left including pauses', () => {
      const policy = policyWith({ dueSoon: { measure: 'lead-ms', threshold: { value: 6 * HOUR, inclusive: true } } });
      const pauses = [{ start: '2026-10-01T00:00:00+08:00', end: '2026-10-01T12:00:00+08:00' }];
      expect(repairStatus(leak({ ...accepted, asOf: at(DUE_MS - 6 * HOUR), pauses }), { policy })).toEqual({
        state: 'open',
        dueAt: new Date('2026-10-04T12:00:00+08:00'),
        remainingMs: 18 * HOUR,
        basis: [...A_BASIS, 'repair.pause'],
      });
    });
  });

  describe('result shape', () => {
    it('has exactly the keys that apply, never undefined ones', () => {
      const keys = (input: RepairStatusInput): string[] => Object.keys(repairStatus(input)).sort();
      expect(keys(leak({}))).toEqual(['basis', 'state']);
      expect(keys(leak({ planAcceptedAt: EVE }))).toEqual(['basis', 'dueAt', 'remainingMs', 'state']);
      expect(keys(leak({ planAcceptedAt: EVE, asOf: at(DUE_MS + 1) }))).toEqual(['basis', 'dueAt', 'overdueMs', 'state']);
      expect(keys(leak({ completedAt: EVE }))).toEqual(['basis', 'dueAt', 'remainingMs', 'state']);
      expect(keys(leak({ completedAt: at(DUE_MS + 1), asOf: at(DUE_MS + 1) }))).toEqual(['basis', 'dueAt', 'overdueMs', 'state']);
    });

    it('is frozen', () => {
      const status = repairStatus(leak({ planAcceptedAt: EVE }));
      expect(Object.isFrozen(status)).toBe(true);
      expect(Object.isFrozen(status.basis)).toBe(true);
    });
  });

  describe('bad input', () => {
    it.each([
      [{ asOf: '2026-09-30T17:59:59.999+08:00' }, ['asOf']],
      [{ planAcceptedAt: '2026-09-30T17:00:00+08:00', asOf: '2026-10-01T00:00:00+08:00' }, ['planAcceptedAt']],
      [{ planAcceptedAt: '2026-10-02T00:00:00+08:00', asOf: '2026-10-01T00:00:00+08:00' }, ['planAcceptedAt']],
      [{ completedAt: '2026-09-30T17:00:00+08:00', asOf: '2026-10-01T00:00:00+08:00' }, ['completedAt']],
      [{ completedAt: '2026-10-02T00:00:00+08:00', asOf: '2026-10-01T00:00:00+08:00' }, ['completedAt']],
      [{ planAcceptedAt: EVE, completedAt: '2026-10-01T00:00:00.001+08:00', asOf: '2026-10-01T00:00:00+08:00' }, ['completedAt']],
      [{ asOf: '2026-10-02T00:00:00+08:00', pauses: [{ start: '2026-09-30T12:00:00+08:00', end: '2026-10-01T00:00:00+08:00' }] }, ['pauses', 0, 'start']],
      [{ asOf: '2026-10-02T00:00:00+08:00', pauses: [{ start: '2026-10-01T12:00:00+08:00', end: '2026-10-01T00:00:00+08:00' }] }, ['pauses', 0, 'end']],
      [
        { asOf: '2026-10-02T00:00:00+08:00', handoverPeriods: [{ start: '2026-10-01', end: '2026-09-01' }] },
        ['handoverPeriods', 0, 'end'],
      ],
    ])('refuses instants out of order: %j → out_of_range at %j', (fields, path) => {
      const error = invalidInputOf(() => repairStatus(leak(fields as Partial<RepairStatusInput>)));
      expect(error).toMatchObject({ code: 'out_of_range', path });
      expect(error.message.startsWith(`repairStatus: `)).toBe(true);
    });

    it('says which instant the field must not precede or follow', () => {
      expect(invalidInputOf(() => repairStatus(leak({ completedAt: '2026-10-02T00:00:00+08:00', asOf: '2026-10-01T00:00:00+08:00' }))).message).toBe(
        'repairStatus: completedAt must be not after asOf (2026-10-01T00:00:00.000+08:00), received "2026-10-02T00:00:00+08:00"',
      );
      expect(invalidInputOf(() => repairStatus(leak({ asOf: '2026-09-30T12:00:00+08:00' }))).message).toBe(
        'repairStatus: asOf must be not before receivedAt (2026-09-30T18:00:00.000+08:00), received "2026-09-30T12:00:00+08:00"',
      );
    });

    it.each([
      [{ asOf: undefined }, 'missing', ['asOf']],
      [{ asOf: 'now' }, 'invalid_instant', ['asOf']],
      [{ planAcceptedAt: 'soon' }, 'invalid_instant', ['planAcceptedAt']],
      [{ completedAt: Number.NaN }, 'invalid_instant', ['completedAt']],
      [{ completedAt: null }, 'invalid_instant', ['completedAt']],
      [{ receivedAt: undefined }, 'missing', ['receivedAt']],
      [{ repairClass: 'X' }, 'invalid_enum', ['repairClass']],
      [{ repairClass: undefined }, 'missing', ['repairClass']],
      [{ pauses: 'none' }, 'invalid_type', ['pauses']],
      [{ pauses: [42] }, 'invalid_type', ['pauses', 0]],
      [{ pauses: [{ end: EVE }] }, 'missing', ['pauses', 0, 'start']],
      [{ pauses: [{ start: EVE, end: 'later' }] }, 'invalid_instant', ['pauses', 0, 'end']],
      [{ centralizedHandover: 1 }, 'invalid_type', ['centralizedHandover']],
    ])('refuses %j with %s at %j', (fields, code, path) => {
      expect(invalidInputOf(() => repairStatus(leak(fields as Partial<RepairStatusInput>)))).toMatchObject({ code, path });
    });

    it('refuses a non-object', () => {
      expect(invalidInputOf(() => repairStatus(null as unknown as RepairStatusInput))).toMatchObject({ code: 'invalid_type', path: [] });
    });

    it('refuses instants outside the years 0000–9999, naming the field', () => {
      const late = 8.64e15 - DAY;
      expect(invalidInputOf(() => repairStatus({ repairClass: 'A', receivedAt: late, planAcceptedAt: late, asOf: late }))).toMatchObject({
        code: 'out_of_range',
        path: ['receivedAt'],
      });
      expect(invalidInputOf(() => repairStatus({ repairClass: 'A', receivedAt: 0, planAcceptedAt: 253_402_387_140_001, asOf: 0 }))).toMatchObject({
        code: 'out_of_range',
        path: ['planAcceptedAt'],
      });
    });

    it('cannot be given days no date can hold: definePolicy refuses them at the row (at most 36,525)', () => {
      expect(() => policyWith({ deadlines: [{ repairClass: 'A', duringHandover: null, days: 99_000_000 }, ...defaultPolicy.repair.deadlines.slice(1)] } as never)).toThrow(
        'definePolicy: repair.deadlines[0].days must be at most 36525, received 99000000',
      );
    });
  });
});
