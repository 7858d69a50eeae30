// Exact answers of the visit functions: the seeded draw, whose sequence is part of the contract
// (the same seed gives the same draw on every platform), and the wording of each refusal.
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { annualVisitCoverage, customerArchiveRate, selectVisitSample, visitQuota } from '../../src/visit/index.js';
import { expectInvalid } from '../support/errors.js';

const HOUSEHOLDS = Array.from({ length: 12 }, (_, index) => `H-${String(index + 1).padStart(2, '0')}`);

describe('selectVisitSample', () => {
  it('draws the same households for a seed as it always has', () => {
    expect(selectVisitSample({ households: HOUSEHOLDS, visited: [], count: 4, seed: 'spring-2026' })).toEqual(['H-05', 'H-08', 'H-09', 'H-03']);
    expect(selectVisitSample({ households: HOUSEHOLDS, visited: ['H-03'], excluded: ['H-07'], count: 5, seed: '' })).toEqual(['H-02', 'H-08', 'H-05', 'H-01', 'H-04']);
    expect(selectVisitSample({ households: [...HOUSEHOLDS].reverse(), visited: [], count: 11, seed: '楼栋3' })).toEqual([
      'H-07', 'H-08', 'H-01', 'H-09', 'H-06', 'H-05', 'H-02', 'H-10', 'H-03', 'H-04', 'H-11',
    ]);
  });

  it('returns every eligible household in the order given when the count reaches their number', () => {
    expect(selectVisitSample({ households: HOUSEHOLDS, visited: [], count: 12, seed: 'x' })).toEqual(HOUSEHOLDS);
    expect(selectVisitSample({ households: [...HOUSEHOLDS].reverse(), visited: ['H-01'], count: 11, seed: 'x' })).toEqual([...HOUSEHOLDS].reverse().slice(0, 11));
  });

  it('names the id that is not a string in each list', () => {
    const household = expectInvalid(() => selectVisitSample({ households: ['a', 'b', 3 as never], visited: [], count: 1, seed: 'x' }), 'invalid_type', ['households', 2]);
    expect(household.message).toBe('selectVisitSample: households[2] must be a string, received 3');
    expectInvalid(() => selectVisitSample({ households: HOUSEHOLDS, visited: ['a', 1 as never], count: 1, seed: 'x' }), 'invalid_type', ['visited', 1]);
    const excluded = expectInvalid(() => selectVisitSample({ households: HOUSEHOLDS, visited: [], excluded: [null as never], count: 1, seed: 'x' }), 'invalid_type', ['excluded', 0]);
    expect(excluded.message).toBe('selectVisitSample: excluded[0] must be a string, received null');
  });
});

describe('visitQuota', () => {
  it('says how many households the occupied ones may not exceed', () => {
    const error = expectInvalid(() => visitQuota({ households: 10, occupied: 11 }), 'out_of_range', ['occupied']);
    expect(error.message).toBe('visitQuota: occupied must be at most households (10), received 11');
    expect(visitQuota({ households: 10, occupied: 10 })).toEqual({ percent: 4, minimum: 1, basis: ['visit.quota'] });
  });

  it('keeps apart two answers of huge communities whose store keys a double cannot tell apart', () => {
    // 2e14 × 10,001 + 400 and + 500 are the same double: such answers must not be shared.
    const policy = definePolicy({ visit: { quotaBrackets: [{ upTo: { value: 5e15, inclusive: true }, percent: 4 }, { upTo: null, percent: 5 }] } });
    expect(visitQuota({ households: 5e15, occupied: 5e15 }, { policy })).toEqual({ percent: 4, minimum: 2e14, basis: ['visit.quota'] });
    expect(visitQuota({ households: 6e15, occupied: 4e15 }, { policy })).toEqual({ percent: 5, minimum: 2e14, basis: ['visit.quota'] });
    expect(visitQuota({ households: 5e15, occupied: 5e15 }, { policy })).toEqual({ percent: 4, minimum: 2e14, basis: ['visit.quota'] });
  });
});

describe('customerArchiveRate', () => {
  it('gives the exact rate and refuses more archives than households, at the boundary', () => {
    expect(customerArchiveRate({ archived: 1, households: 3 })).toEqual({ rate: 1 / 3, target: 1, meetsTarget: false, basis: ['visit.coverage'] });
    expect(customerArchiveRate({ archived: 0, households: 1 })).toEqual({ rate: 0, target: 1, meetsTarget: false, basis: ['visit.coverage'] });
    expect(customerArchiveRate({ archived: 3, households: 3 }).meetsTarget).toBe(true);
    const error = expectInvalid(() => customerArchiveRate({ archived: 4, households: 3 }), 'exceeds_total', ['archived']);
    expect(error.message).toBe('customerArchiveRate: archived must be at most households (3), received 4');
  });
});

describe('annualVisitCoverage', () => {
  it('refuses a community of no households', () => {
    const error = expectInvalid(() => annualVisitCoverage({ visits: 1, households: 0 }), 'out_of_range', ['households']);
    expect(error.message).toBe('annualVisitCoverage: households must be a whole number of at least 1, received 0');
  });
});
