// customerArchiveRate against its target (`visit.archiveTarget`): an exact comparison in integers at
// any target of at most four decimals, either boundary, monotone in the archived households.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { customerArchiveRate } from '../../src/visit/customerArchiveRate.js';

describe('customerArchiveRate under visit.archiveTarget', () => {
  it('meets the target exactly when archived × 10000 reaches households × the target in basis points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000 }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }), (households, basisPoints, inclusive, share) => {
        const archived = Math.floor(households * share);
        const policy = definePolicy({ visit: { archiveTarget: { value: basisPoints / 10_000, inclusive } } });
        const result = customerArchiveRate({ archived, households }, { policy });
        const scaled = archived * 10_000;
        const target = households * basisPoints;
        expect(result.meetsTarget).toBe(inclusive ? scaled >= target : scaled > target);
        expect(result.target).toBe(basisPoints / 10_000);
        if (result.meetsTarget && archived < households) expect(customerArchiveRate({ archived: archived + 1, households }, { policy }).meetsTarget).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads 98% exclusive as above 98%: 98% itself is not enough, one household more is', () => {
    const policy = definePolicy({ visit: { archiveTarget: { value: 0.98, inclusive: false } } });
    expect(customerArchiveRate({ archived: 980, households: 1000 }, { policy }).meetsTarget).toBe(false);
    expect(customerArchiveRate({ archived: 981, households: 1000 }, { policy }).meetsTarget).toBe(true);
    expect(customerArchiveRate({ archived: 999, households: 1000 }).meetsTarget).toBe(false);
  });

  it('is refused by definePolicy above 1, below 0 or with a fifth decimal', () => {
    for (const value of [1.0001, -0.1, 0.12345]) {
      let error: unknown;
      try {
        definePolicy({ visit: { archiveTarget: { value, inclusive: true } } });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).path.slice(0, 2)).toEqual(['visit', 'archiveTarget']);
    }
  });
});
