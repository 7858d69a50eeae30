import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { collectionRate } from '../../src/kpi/collectionRate.js';

// Amounts in whole fen up to 100 million yuan, and a collected amount at most the billed one.
const billedAndCollected = fc.integer({ min: 0, max: 10_000_000_000 }).chain((billed) => fc.tuple(fc.integer({ min: 0, max: billed }), fc.constant(billed)));

describe('collectionRate properties', () => {
  it('stays in [0, 1], equals the fen ratio and is deterministic', () => {
    fc.assert(
      fc.property(billedAndCollected, ([collectedFen, billedFen]) => {
        const rate = collectionRate(collectedFen / 100, billedFen / 100);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
        expect(rate).toBe(billedFen === 0 ? 1 : collectedFen / billedFen);
        expect(collectionRate(collectedFen / 100, billedFen / 100)).toBe(rate);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in the amount collected', () => {
    fc.assert(
      fc.property(billedAndCollected, fc.nat(), ([collectedFen, billedFen], extra) => {
        const more = Math.min(billedFen, collectedFen + (extra % 100_000));
        expect(collectionRate(more / 100, billedFen / 100)).toBeGreaterThanOrEqual(collectionRate(collectedFen / 100, billedFen / 100));
      }),
      { numRuns: 200 },
    );
  });

  it('always throws InvalidInputError on bad amounts or more collected than billed', () => {
    const bad = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, '5', null),
      fc.integer({ min: 0, max: 1_000_000 }).map((fen) => fen / 100 + 0.004),
    );
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => collectionRate(value as number, 100)).toThrow(InvalidInputError);
        expect(() => collectionRate(0, value as number)).toThrow(InvalidInputError);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), (billedFen, extra) => {
        expect(() => collectionRate((billedFen + extra) / 100, billedFen / 100)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
