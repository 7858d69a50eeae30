// The exact wording and place of each refusal of the kpi functions, and the values on both sides of their limits.
import { describe, expect, it } from 'vitest';
import { collectionCheck, collectionRate, parkingPermitRevocation, serviceOrderKind, summarizeServiceRatings, supervisorMonthDeadlines } from '../../src/kpi/index.js';
import { expectInvalid } from '../support/errors.js';

const SATISFIED = { attitude: 'satisfied', skill: 'satisfied', arrival: 'satisfied', promise: 'satisfied' } as const;
const EXPIRES = '2026-03-01T00:00:00+08:00';

describe('collectionCheck', () => {
  it('takes rates of exactly 0 and 1 and refuses a rate just outside them, naming the month', () => {
    expect(collectionCheck({ current: 1, previous: 1, beforePrevious: 0 })).toEqual({
      pass: false,
      buckets: [
        { bucket: 'current', rate: 1, target: 0.8, pass: true },
        { bucket: 'previous', rate: 1, target: 0.9, pass: true },
        { bucket: 'before-previous', rate: 0, target: 1, pass: false },
      ],
      basis: ['kpi.collection'],
    });
    const above = expectInvalid(() => collectionCheck({ current: 1.0001, previous: 0.9, beforePrevious: 0.9 }), 'out_of_range', ['current']);
    expect(above.message).toBe('collectionCheck: current must be a rate between 0 and 1, received 1.0001');
    const below = expectInvalid(() => collectionCheck({ current: 1, previous: -0.0001, beforePrevious: 0.9 }), 'out_of_range', ['previous']);
    expect(below.message).toBe('collectionCheck: previous must be a rate between 0 and 1, received -0.0001');
  });
});

describe('collectionRate', () => {
  it('refuses more collected than billed, naming the bill, and counts nothing billed as fully collected', () => {
    const error = expectInvalid(() => collectionRate(100.01, 100), 'out_of_range', ['collectedYuan']);
    expect(error.message).toBe('collectionRate: collectedYuan must be at most billedYuan (100), received 100.01');
    expect(collectionRate(100, 100)).toBe(1);
    expect(collectionRate(0, 0)).toBe(1);
    expect(collectionRate(0, 100)).toBe(0);
  });
});

describe('parkingPermitRevocation', () => {
  it('says a missing renewal flag must be true or false', () => {
    const missing = expectInvalid(() => parkingPermitRevocation({ expiresAt: EXPIRES, asOf: EXPIRES } as never), 'missing', ['renewalPaid']);
    expect(missing.message).toBe('parkingPermitRevocation: renewalPaid must be true or false, received undefined');
    const typed = expectInvalid(() => parkingPermitRevocation({ expiresAt: EXPIRES, asOf: EXPIRES, renewalPaid: 'no' as never }), 'invalid_type', ['renewalPaid']);
    expect(typed.message).toBe('parkingPermitRevocation: renewalPaid must be true or false, received "no"');
  });

  it('names the instant that is not valid', () => {
    expectInvalid(() => parkingPermitRevocation({ expiresAt: 'x', asOf: EXPIRES, renewalPaid: true }), 'invalid_instant', ['expiresAt']);
    expectInvalid(() => parkingPermitRevocation({ expiresAt: EXPIRES, asOf: 'y', renewalPaid: true }), 'invalid_instant', ['asOf']);
  });

  it('ends the permit at the instant it expires', () => {
    expect(parkingPermitRevocation({ expiresAt: EXPIRES, asOf: EXPIRES, renewalPaid: false })).toEqual({ expired: true, revoke: true, basis: ['kpi.parking.revocation'] });
    expect(parkingPermitRevocation({ expiresAt: EXPIRES, asOf: EXPIRES, renewalPaid: true })).toEqual({ expired: true, revoke: false, basis: ['kpi.parking.revocation'] });
  });

  it('keeps a permit valid until the last millisecond before it expires, renewed or not', () => {
    expect(parkingPermitRevocation({ expiresAt: EXPIRES, asOf: '2026-02-28T23:59:59.999+08:00', renewalPaid: false })).toEqual({ expired: false, revoke: false, basis: ['kpi.parking.revocation'] });
    expect(parkingPermitRevocation({ expiresAt: EXPIRES, asOf: '2026-02-28T23:59:59.999+08:00', renewalPaid: true })).toEqual({ expired: false, revoke: false, basis: ['kpi.parking.revocation'] });
  });
});

describe('summarizeServiceRatings', () => {
  it('names the card and the aspect of a rating it does not know', () => {
    const error = expectInvalid(() => summarizeServiceRatings([SATISFIED, { ...SATISFIED, skill: 'great' as never }]), 'invalid_enum', [1, 'skill']);
    expect(error.message).toBe('summarizeServiceRatings: [1].skill must be one of "very-satisfied", "satisfied", "average", "poor", received "great"');
    expectInvalid(() => summarizeServiceRatings([SATISFIED, 3 as never]), 'invalid_type', [1]);
  });
});

describe('supervisorMonthDeadlines', () => {
  it("says the month must be written 'YYYY-MM'", () => {
    const error = expectInvalid(() => supervisorMonthDeadlines('2026-13'), 'invalid_month', ['month']);
    expect(error.message).toBe("supervisorMonthDeadlines: month must be a month as 'YYYY-MM', received \"2026-13\"");
  });

  it('refuses a value that only reads as a month once turned into text', () => {
    expectInvalid(() => supervisorMonthDeadlines(['2026-03'] as never), 'invalid_month', ['month']);
    expectInvalid(() => supervisorMonthDeadlines({ toString: () => '2026-03' } as never), 'invalid_month', ['month']);
  });
});

describe('serviceOrderKind', () => {
  it('names the codes it knows', () => {
    const error = expectInvalid(() => serviceOrderKind('E' as never), 'invalid_enum', ['code']);
    expect(error.message).toBe('serviceOrderKind: code must be one of "A", "B", "C", "D", received "E"');
  });
});
