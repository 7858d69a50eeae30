import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { collectionCheck } from '../../src/kpi/collectionCheck.js';
import { collectionRate } from '../../src/kpi/collectionRate.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const rates = fc.record({ current: rate, previous: rate, beforePrevious: rate });

describe('collectionCheck properties', () => {
  it('passes each month exactly when its rate reaches the target, and overall when all do', () => {
    fc.assert(
      fc.property(rates, (input) => {
        const snapshot = { ...input };
        const result = collectionCheck(input);
        expect(input).toEqual(snapshot);
        expect(result.buckets.map((bucket) => bucket.bucket)).toEqual(['current', 'previous', 'before-previous']);
        // Within 4 ε of a target, relative to it, is the target (floating-point noise).
        const reaches = (rate: number, target: number): boolean => rate >= target - 4 * Number.EPSILON * target;
        expect(result.buckets.map((bucket) => bucket.pass)).toEqual([reaches(input.current, 0.8), reaches(input.previous, 0.9), reaches(input.beforePrevious, 1)]);
        expect(result.pass).toBe(result.buckets.every((bucket) => bucket.pass));
        expect(collectionCheck({ ...input })).toEqual(result);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('passes a rate of whole fen exactly when the fen collected reach the target (bills up to 10 billion yuan, whole-percent targets)', () => {
    // On these bills a fen short of a whole-percent target is at least 1 / (100 × 10¹² fen) = 10⁻¹⁴ below
    // it: far above the noise read as the target, and below the 10⁻¹² that used to be.
    const maxBilled = 1_000_000_000_000n;
    const percent = fc.integer({ min: 1, max: 100 }).map(BigInt);
    // Any amount collected, or the fewest fen that reach the target and one fen either side.
    const amounts = (target: bigint): fc.Arbitrary<[bigint, bigint]> =>
      fc.bigInt({ min: 1n, max: maxBilled }).chain((billed) => {
        const atTarget = (target * billed + 99n) / 100n;
        const near = [atTarget - 1n, atTarget, atTarget + 1n].filter((fen) => fen >= 0n && fen <= billed);
        return fc.oneof(fc.bigInt({ min: 0n, max: billed }), fc.constantFrom(...near)).map((collected): [bigint, bigint] => [billed, collected]);
      });
    fc.assert(
      fc.property(percent.chain((target) => amounts(target).map((bill) => [target, ...bill] as const)), ([target, billed, collected]) => {
        const policy = definePolicy({ kpi: { collectionTargets: { current: { value: Number(target) / 100, inclusive: true } } } });
        const rate = collectionRate(Number(collected) / 100, Number(billed) / 100);
        expect(collectionCheck({ current: rate, previous: 1, beforePrevious: 1 }, { policy }).buckets[0]?.pass).toBe(collected * 100n >= target * billed);
      }),
      { numRuns: 400 },
    );
  });

  it('reads the noise of a sum of two rates that make the target as the target', () => {
    // Two shares of four decimals that add up to a target, added in binary floating point.
    const split = fc.constantFrom(8_000, 9_000, 10_000).chain((target) => fc.integer({ min: 0, max: target }).map((part) => [target, part] as const));
    fc.assert(
      fc.property(split, ([target, part]) => {
        const rate = part / 10_000 + (target - part) / 10_000;
        const result = collectionCheck({ current: rate, previous: rate, beforePrevious: rate });
        const index = target === 8_000 ? 0 : target === 9_000 ? 1 : 2;
        expect(result.buckets[index]?.pass).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: raising a rate never turns a pass into a fail', () => {
    fc.assert(
      fc.property(rates, rate, (input, other) => {
        const raised = { ...input, current: Math.max(input.current, other) };
        if (collectionCheck(input).pass) expect(collectionCheck(raised).pass).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('always throws InvalidInputError on a rate outside [0, 1] or not a number', () => {
    const bad = fc.oneof(
      fc.double({ min: 1, noNaN: true }).filter((x) => x > 1),
      fc.double({ max: 0, noNaN: true }).filter((x) => x < 0),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '0.8', null, undefined),
    );
    fc.assert(
      fc.property(rates, bad, fc.constantFrom('current', 'previous', 'beforePrevious' as const), (input, value, field) => {
        expect(() => collectionCheck({ ...input, [field]: value })).toThrow(InvalidInputError);
      }),
      { numRuns: 150 },
    );
  });
});
