import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { collectionCheck } from '../../src/kpi/collectionCheck.js';

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
        // Within 10⁻¹² of a target is the target (floating-point noise).
        expect(result.buckets.map((bucket) => bucket.pass)).toEqual([input.current >= 0.8 - 1e-12, input.previous >= 0.9 - 1e-12, input.beforePrevious >= 1 - 1e-12]);
        expect(result.pass).toBe(result.buckets.every((bucket) => bucket.pass));
        expect(collectionCheck({ ...input })).toEqual(result);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      { numRuns: 200 },
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
