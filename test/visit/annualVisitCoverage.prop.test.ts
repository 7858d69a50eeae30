import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { annualVisitCoverage } from '../../src/visit/annualVisitCoverage.js';

describe('annualVisitCoverage properties', () => {
  it('meets the target exactly when visits × 100 ≥ households × 120, monotone in visits', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1000), (visits, households, extra) => {
        const result = annualVisitCoverage({ visits, households });
        expect(result.meetsTarget).toBe(visits * 100 >= households * 120);
        expect(result.rate).toBe(visits / households);
        expect(annualVisitCoverage({ visits, households })).toEqual(result);
        if (result.meetsTarget) expect(annualVisitCoverage({ visits: visits + extra, households }).meetsTarget).toBe(true);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('always throws InvalidInputError on bad counts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.constantFrom(0.5, Number.NaN, '1')), (bad) => {
        expect(() => annualVisitCoverage({ visits: bad as number, households: 10 })).toThrow(InvalidInputError);
        expect(() => annualVisitCoverage({ visits: 10, households: bad as number })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
