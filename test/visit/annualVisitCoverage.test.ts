import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { annualVisitCoverage } from '../../src/visit/annualVisitCoverage.js';

describe('annualVisitCoverage', () => {
  it.each([
    [600, 500, 1.2, true],
    [599, 500, 1.198, false],
    [120, 100, 1.2, true],
    [119, 100, 1.19, false],
    [0, 10, 0, false],
    [13, 10, 1.3, true],
  ])('%i visits for %i households: rate %d, meets 120%%: %s', (visits, households, rate, meetsTarget) => {
    expect(annualVisitCoverage({ visits, households })).toEqual({ rate, target: 1.2, meetsTarget, basis: ['visit.coverage'] });
  });

  it('compares exactly in integers where the floating-point rate would round up to 1.2', () => {
    const households = 7_205_759_403_792_793;
    expect(8_646_911_284_551_351 / households).toBe(1.2);
    expect(annualVisitCoverage({ visits: 8_646_911_284_551_351, households }).meetsTarget).toBe(false);
    expect(annualVisitCoverage({ visits: 8_646_911_284_551_352, households }).meetsTarget).toBe(true);
    expect(annualVisitCoverage({ visits: 36, households: 30 }).meetsTarget).toBe(true);
  });

  it('follows the policy target and boundary', () => {
    const policy = definePolicy({ visit: { annualCoverageTarget: { value: 1.2, inclusive: false } } });
    expect(annualVisitCoverage({ visits: 120, households: 100 }, { policy }).meetsTarget).toBe(false);
    expect(annualVisitCoverage({ visits: 121, households: 100 }, { policy }).meetsTarget).toBe(true);
  });

  it.each([
    [{ visits: 10, households: 0 }, 'out_of_range', ['households']],
    [{ visits: -1, households: 10 }, 'negative', ['visits']],
    [{ visits: 1.5, households: 10 }, 'not_integer', ['visits']],
    [{ visits: 10 }, 'invalid_type', ['households']],
    ['10/8', 'invalid_type', []],
    [{ visits: 10, households: 8, year: 2026 }, 'unknown_key', ['year']],
  ])('refuses %j with %s', (input, code, path) => {
    expect(() => annualVisitCoverage(input as never)).toThrow(InvalidInputError);
    expect(() => annualVisitCoverage(input as never)).toThrow(expect.objectContaining({ code, path }));
  });
});
