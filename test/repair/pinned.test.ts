// Pins what the broader repair tests leave open: the exact errors, the deadline range check of the
// day arithmetic, the clock's start as the error path names it, and the due-soon warning with pauses.
import { describe, expect, it } from 'vitest';
import { classifyRepair, paidServiceDueAt, referralDueAt, repairDeadline, repairStatus } from '../../src/repair/index.js';
import { markValidated } from '../../src/core/brand.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { HOUR, invalidInputOf, ms, policyWith } from './_support.js';
import { policyErrorOf } from '../support/errors.js';

const EVE = '2026-09-30T18:00:00+08:00';

describe('repair errors', () => {
  it.each([
    ['repairDeadline', () => repairDeadline({ receivedAt: EVE } as never), { code: 'missing', path: ['repairClass'], message: 'repairDeadline: repairClass must be one of "A", "B", "C", received undefined' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A' } as never), { code: 'missing', path: ['receivedAt'], message: 'repairDeadline: receivedAt must be a valid instant (Date, epoch ms or ISO-8601 string), received undefined' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'D' as never, receivedAt: EVE }), { code: 'invalid_enum', path: ['repairClass'], message: 'repairDeadline: repairClass must be one of "A", "B", "C", received "D"' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A', receivedAt: EVE, centralizedHandover: 'yes' as never }), { code: 'invalid_type', path: ['centralizedHandover'], message: 'repairDeadline: centralizedHandover must be true or false, received "yes"' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A', receivedAt: EVE, handoverPeriods: [{ end: '2026-06-30' }] as never }), { code: 'missing', path: ['handoverPeriods', 0, 'start'], message: 'repairDeadline: handoverPeriods[0].start must be a valid instant (Date, epoch ms or ISO-8601 string), received undefined' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A', receivedAt: EVE, handoverPeriods: [{ start: '2026-06-01' }] as never }), { code: 'missing', path: ['handoverPeriods', 0, 'end'], message: 'repairDeadline: handoverPeriods[0].end must be a valid instant (Date, epoch ms or ISO-8601 string), received undefined' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A', receivedAt: EVE, handoverPeriods: [{ start: '2026-06-01', end: '2026-06-30', note: 1 }] as never }), { code: 'unknown_key', path: ['handoverPeriods', 0, 'note'], message: 'repairDeadline: handoverPeriods[0].note must be one of the known fields (start, end), received "note"' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A', receivedAt: EVE, handoverPeriods: 'x' as never }), { code: 'invalid_type', path: ['handoverPeriods'], message: 'repairDeadline: handoverPeriods must be an array, received "x"' }],
    ['repairDeadline', () => repairDeadline({ repairClass: 'A', receivedAt: EVE, colour: 1 } as never), { code: 'unknown_key', path: ['colour'], message: 'repairDeadline: colour must be one of the known fields (repairClass, receivedAt, centralizedHandover, handoverPeriods), received "colour"' }],
    ['classifyRepair', () => classifyRepair({ movedIn: true, affectsDailyLife: true, renovationStarted: false } as never), { code: 'missing', path: ['affectsRenovation'], message: 'classifyRepair: affectsRenovation must be true or false, received undefined' }],
    ['classifyRepair', () => classifyRepair({ movedIn: 'yes', affectsDailyLife: true, renovationStarted: false, affectsRenovation: false } as never), { code: 'invalid_type', path: ['movedIn'], message: 'classifyRepair: movedIn must be true or false, received "yes"' }],
    ['classifyRepair', () => classifyRepair({ movedIn: true, affectsDailyLife: true, renovationStarted: false, affectsRenovation: false, colour: 1 } as never), { code: 'unknown_key', path: ['colour'], message: 'classifyRepair: colour must be one of the known fields (movedIn, affectsDailyLife, renovationStarted, affectsRenovation), received "colour"' }],
    ['classifyRepair', () => classifyRepair(null as never), { code: 'invalid_type', path: [], message: 'classifyRepair: input must be an object, received null' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE } as never), { code: 'missing', path: ['asOf'], message: 'repairStatus: asOf must be a valid instant (Date, epoch ms or ISO-8601 string), received undefined' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, planAcceptedAt: '2026-09-30T17:59:59.999+08:00' }), { code: 'out_of_range', path: ['planAcceptedAt'], message: 'repairStatus: planAcceptedAt must be not before receivedAt (2026-09-30T18:00:00.000+08:00), received "2026-09-30T17:59:59.999+08:00"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, planAcceptedAt: '2026-09-30T18:00:00.001+08:00' }), { code: 'out_of_range', path: ['planAcceptedAt'], message: 'repairStatus: planAcceptedAt must be not after asOf (2026-09-30T18:00:00.000+08:00), received "2026-09-30T18:00:00.001+08:00"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, completedAt: '2026-09-30T17:59:59.999+08:00' }), { code: 'out_of_range', path: ['completedAt'], message: 'repairStatus: completedAt must be not before receivedAt (2026-09-30T18:00:00.000+08:00), received "2026-09-30T17:59:59.999+08:00"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, completedAt: '2026-09-30T18:00:00.001+08:00' }), { code: 'out_of_range', path: ['completedAt'], message: 'repairStatus: completedAt must be not after asOf (2026-09-30T18:00:00.000+08:00), received "2026-09-30T18:00:00.001+08:00"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: [{ end: EVE }] as never }), { code: 'missing', path: ['pauses', 0, 'start'], message: 'repairStatus: pauses[0].start must be a valid instant (Date, epoch ms or ISO-8601 string), received undefined' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: [{ start: '2026-09-30T17:59:59.999+08:00' }] }), { code: 'out_of_range', path: ['pauses', 0, 'start'], message: 'repairStatus: pauses[0].start must be not before receivedAt (2026-09-30T18:00:00.000+08:00), received "2026-09-30T17:59:59.999+08:00"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: [{ start: EVE, end: '2026-09-30T17:59:59.999+08:00' }] }), { code: 'out_of_range', path: ['pauses', 0, 'end'], message: "repairStatus: pauses[0].end must be not before the pause's start (2026-09-30T18:00:00.000+08:00), received \"2026-09-30T17:59:59.999+08:00\"" }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: [{ start: EVE, end: 'x' }] }), { code: 'invalid_instant', path: ['pauses', 0, 'end'], message: 'repairStatus: pauses[0].end must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: [{ start: EVE, why: 1 }] as never }), { code: 'unknown_key', path: ['pauses', 0, 'why'], message: 'repairStatus: pauses[0].why must be one of the known fields (start, end), received "why"' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: 5 as never }), { code: 'invalid_type', path: ['pauses'], message: 'repairStatus: pauses must be an array, received 5' }],
    ['repairStatus', () => repairStatus({ repairClass: 'A', receivedAt: EVE, asOf: EVE, colour: 1 } as never), { code: 'unknown_key', path: ['colour'], message: 'repairStatus: colour must be one of the known fields (repairClass, receivedAt, planAcceptedAt, completedAt, asOf, centralizedHandover, handoverPeriods, pauses), received "colour"' }],
    ['referralDueAt', () => referralDueAt('x'), { code: 'invalid_instant', path: ['receivedAt'], message: 'referralDueAt: receivedAt must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
    ['paidServiceDueAt', () => paidServiceDueAt('x'), { code: 'invalid_instant', path: ['requestedAt'], message: 'paidServiceDueAt: requestedAt must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"' }],
  ])('%s refuses bad input with the exact code, path and message (%#)', (_name, run, expected) => {
    const error = invalidInputOf(run);
    expect({ code: error.code, path: error.path, message: error.message }).toEqual(expected);
  });
});

// 99,979,498 days from 2026-02-14 08:00 in Shanghai would end at the last instant a Date holds (8.64e15 ms):
// more than 100 years, so definePolicy refuses it at the row.
const DAYS = 99_979_498;

describe('repairDeadline', () => {
  it('cannot be given days no date can hold: definePolicy refuses them at the row', () => {
    const error = policyErrorOf(() => policyWith({ deadlines: [{ repairClass: 'A', duringHandover: null, days: DAYS }, ...defaultPolicy.repair.deadlines.slice(1)] } as never));
    expect({ path: error.path, message: error.message }).toEqual({
      path: ['repair', 'deadlines', 0, 'days'],
      message: `definePolicy: repair.deadlines[0].days must be at most 36525, received ${DAYS}`,
    });
  });

  it('counts a receipt on the first and on the last day of a handover period as inside it, and the days around as outside', () => {
    const periods = [{ start: '2026-06-01T12:00:00+08:00', end: '2026-06-30T08:00:00+08:00' }];
    const days = (receivedAt: string) => repairDeadline({ repairClass: 'C', receivedAt, handoverPeriods: periods }).days;
    expect(days('2026-05-31T23:59:59.999+08:00')).toBe(15);
    expect(days('2026-06-01T00:00:00+08:00')).toBe(30);
    expect(days('2026-06-30T23:59:59.999+08:00')).toBe(30);
    expect(days('2026-07-01T00:00:00+08:00')).toBe(15);
  });

  it('accepts a handover period of a single instant', () => {
    expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T09:00:00+08:00', handoverPeriods: [{ start: '2026-06-10T12:00:00+08:00', end: '2026-06-10T12:00:00+08:00' }] }).days).toBe(30);
  });
});

describe('repairStatus', () => {
  it('names the field the clock starts at when the deadline falls past 9999-12-31 (+08:00)', () => {
    // Class A: 3 days. From 9999-12-28, 24:00 of 9999-12-31 would be the year 10000.
    const early = '9999-12-01T00:00:00+08:00';
    const late = '9999-12-28T00:00:00+08:00';
    const receipt = policyWith({});
    const acceptance = policyWith({ clockStartsAt: 'acceptance' });
    const pathOf = (fields: object, policy: typeof receipt) => invalidInputOf(() => repairStatus({ repairClass: 'A', asOf: late, ...fields } as never, { policy })).path;
    expect(pathOf({ receivedAt: late, planAcceptedAt: late }, receipt)).toEqual(['receivedAt']);
    expect(pathOf({ receivedAt: early, planAcceptedAt: late }, acceptance)).toEqual(['planAcceptedAt']);
    expect(pathOf({ receivedAt: early, completedAt: late }, acceptance)).toEqual(['completedAt']);
    // A completion at the instant of the recorded acceptance: the clock starts at the acceptance.
    expect(pathOf({ receivedAt: early, planAcceptedAt: late, completedAt: late }, acceptance)).toEqual(['planAcceptedAt']);
    // From receipt on 9999-12-01 the clock runs to 9999-12-05: acceptance on the 28th is in time.
    expect(repairStatus({ repairClass: 'A', receivedAt: early, planAcceptedAt: late, asOf: late }, { policy: receipt }).dueAt).toEqual(new Date('9999-12-05T00:00:00+08:00'));
  });

  it('names both the pause and the due-soon rules when a paused case is due soon', () => {
    const policy = policyWith({ dueSoon: { measure: 'lead-ms', threshold: { value: 6 * HOUR, inclusive: true } } });
    const pauses = [{ start: '2026-10-01T00:00:00+08:00', end: '2026-10-01T12:00:00+08:00' }];
    expect(repairStatus({ repairClass: 'A', receivedAt: EVE, planAcceptedAt: EVE, asOf: '2026-10-04T06:00:00+08:00', pauses }, { policy })).toEqual({
      state: 'open',
      dueAt: new Date('2026-10-04T12:00:00+08:00'),
      remainingMs: 6 * HOUR,
      dueSoon: true,
      basis: ['repair.deadline', 'repair.class-a', 'repair.pause', 'repair.due-soon'],
    });
  });

  it('reads a share threshold of the allowed time with its boundary excluded when the policy says so', () => {
    // Allowed: 18:00 on 30 September to 24:00 on 3 October = 78 hours; 25% = 19.5 hours.
    const policy = policyWith({ dueSoon: { measure: 'share-basis-points', threshold: { value: 2500, inclusive: false } } });
    const due = ms('2026-10-04T00:00:00+08:00');
    const status = (asOf: number) => repairStatus({ repairClass: 'A', receivedAt: EVE, planAcceptedAt: EVE, asOf }, { policy });
    expect(status(due - 19.5 * HOUR)).not.toHaveProperty('dueSoon');
    expect(status(due - 19.5 * HOUR + 1).dueSoon).toBe(true);
  });

  it('counts overlapping pauses once whatever order they are given in', () => {
    const pauses = [
      { start: '2026-10-02T15:00:00+08:00', end: '2026-10-03T03:00:00+08:00' },
      { start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T21:00:00+08:00' },
    ];
    // 09:00 on 2 October to 03:00 on 3 October: 18 hours.
    expect(repairStatus({ repairClass: 'A', receivedAt: EVE, planAcceptedAt: EVE, asOf: '2026-10-03T12:00:00+08:00', pauses }).dueAt).toEqual(
      new Date('2026-10-04T18:00:00+08:00'),
    );
  });
});

describe('classifyRepair', () => {
  it('answers the interned decision of each class', () => {
    const facts = (movedIn: boolean, affectsDailyLife: boolean, renovationStarted: boolean, affectsRenovation: boolean) => ({ movedIn, affectsDailyLife, renovationStarted, affectsRenovation });
    expect(classifyRepair(facts(true, true, false, false))).toEqual({ repairClass: 'A', basis: ['repair.class-a'] });
    expect(classifyRepair(facts(false, false, true, true))).toEqual({ repairClass: 'B', basis: ['repair.class-b'] });
    expect(classifyRepair(facts(false, false, false, false))).toEqual({ repairClass: 'C', basis: ['repair.class-c'] });
    expect(classifyRepair(facts(true, true, false, false))).toBe(classifyRepair(facts(true, true, false, false)));
  });
});

describe('referralDueAt', () => {
  it('rounds a fractional-hour policy down to the millisecond', () => {
    const policy = policyWith({ referralHours: 1 / 3 });
    expect(referralDueAt('2026-03-05T09:00:00+08:00', { policy }).getTime()).toBe(ms('2026-03-05T09:20:00+08:00'));
    // 0.0000002 hours is 0.72 ms: the deadline is the whole millisecond at or before it, as dueAt's
    // (an act 1 ms after the start is 0.28 ms late).
    expect(referralDueAt('2026-03-05T09:00:00+08:00', { policy: policyWith({ referralHours: 0.0000002 }) }).getTime()).toBe(ms('2026-03-05T09:00:00.000+08:00'));
  });
});

describe('paidServiceDueAt', () => {
  it('rounds a fractional-hour policy down to the millisecond', () => {
    const policy = policyWith({ paidServiceHours: 1 / 3 });
    expect(paidServiceDueAt('2026-03-05T09:00:00+08:00', { policy }).getTime()).toBe(ms('2026-03-05T09:20:00+08:00'));
    // 0.0000002 hours is 0.72 ms: the deadline is the whole millisecond at or before it, as dueAt's
    // (an act 1 ms after the start is 0.28 ms late).
    expect(paidServiceDueAt('2026-03-05T09:00:00+08:00', { policy: policyWith({ paidServiceHours: 0.0000002 }) }).getTime()).toBe(ms('2026-03-05T09:00:00.000+08:00'));
  });
});

describe('repairDeadline with a hand-assembled policy', () => {
  /** A policy assembled by hand and marked as validated, as a caller bypassing definePolicy could. */
  const handAssembled = (deadlines: unknown): Policy =>
    Object.freeze(markValidated({ ...defaultPolicy, repair: Object.freeze({ ...defaultPolicy.repair, deadlines }) })) as Policy;

  it('names the class and the period a policy without a row for them lacks', () => {
    const receivedAt = '2026-06-10T09:00:00+08:00';
    expect(policyErrorOf(() => repairDeadline({ repairClass: 'C', receivedAt }, { policy: handAssembled(defaultPolicy.repair.deadlines.slice(0, 3)) }))).toMatchObject({
      path: ['repair', 'deadlines'],
      message: "repairDeadline: the policy's repair deadlines have no row for class C outside a handover period",
    });
    expect(policyErrorOf(() => repairDeadline({ repairClass: 'C', receivedAt, centralizedHandover: true }, { policy: handAssembled(defaultPolicy.repair.deadlines.slice(3)) }))).toMatchObject({
      path: ['repair', 'deadlines'],
      message: "repairDeadline: the policy's repair deadlines have no row for class C during a handover period",
    });
  });

  it('takes the first row that matches the class and the period', () => {
    const policy = handAssembled([
      { repairClass: 'C', duringHandover: false, days: 5 },
      { repairClass: 'C', duringHandover: null, days: 9 },
      { repairClass: 'C', duringHandover: true, days: 30 },
    ]);
    expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T09:00:00+08:00' }, { policy }).days).toBe(5);
    expect(repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T09:00:00+08:00', centralizedHandover: true }, { policy }).days).toBe(9);
  });
});
