import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { visitQuota } from '../../src/visit/visitQuota.js';

// A community: households, and occupied households at most that many.
const community = fc.integer({ min: 0, max: 1_000_000 }).chain((households) =>
  fc.record({ households: fc.constant(households), occupied: fc.integer({ min: 0, max: households }) }),
);

describe('visitQuota properties', () => {
  it('is total, deterministic, leaves its input alone and names a catalogued rule', () => {
    fc.assert(
      fc.property(community, (input) => {
        const copy = { ...input };
        const result = visitQuota(input);
        expect(input).toEqual(copy);
        expect(visitQuota({ ...input })).toEqual(result);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('is never below the exact percentage, and never a whole visit above it', () => {
    fc.assert(
      fc.property(community, ({ households, occupied }) => {
        const { percent, minimum } = visitQuota({ households, occupied });
        expect(Number.isInteger(minimum)).toBe(true);
        expect(minimum * 100).toBeGreaterThanOrEqual(occupied * percent);
        expect((minimum - 1) * 100).toBeLessThan(occupied * percent);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in occupied households for a given community size', () => {
    fc.assert(
      fc.property(community, fc.integer({ min: 0, max: 1_000_000 }), ({ households, occupied }, other) => {
        const more = Math.min(households, occupied + (other % 1000));
        expect(visitQuota({ households, occupied: more }).minimum).toBeGreaterThanOrEqual(visitQuota({ households, occupied }).minimum);
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers the percentage for a larger community, with 300, 500 and 800 in the lower bracket', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(visitQuota({ households: large, occupied: 0 }).percent).toBeGreaterThanOrEqual(visitQuota({ households: small, occupied: 0 }).percent);
      }),
      { numRuns: 200 },
    );
    for (const [edge, percent] of [[300, 4], [500, 5], [800, 6]] as const) {
      expect(visitQuota({ households: edge, occupied: edge }).percent).toBe(percent);
      expect(visitQuota({ households: edge + 1, occupied: edge }).percent).toBe(percent + 1);
    }
  });

  it('always throws InvalidInputError on bad counts or more occupied than households', () => {
    const badCount = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '12', null, undefined),
    );
    fc.assert(
      fc.property(badCount, fc.nat(1000), (bad, good) => {
        expect(() => visitQuota({ households: bad as number, occupied: 0 })).toThrow(InvalidInputError);
        expect(() => visitQuota({ households: good, occupied: bad as number })).toThrow(InvalidInputError);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1000 }), (households, extra) => {
        expect(() => visitQuota({ households, occupied: households + extra })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
