import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { complaintRoute } from '../../src/complaint/complaintRoute.js';
import { InvalidInputError } from '../../src/core/errors.js';

const level = fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>;

describe('complaintRoute properties', () => {
  it('is monotone: a more severe level never gets a lower route, and answers name catalogued rules', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        const [severe, mild] = a <= b ? [a, b] : [b, a];
        expect(Number(complaintRoute(severe).especiallySerious)).toBeGreaterThanOrEqual(Number(complaintRoute(mild).especiallySerious));
        for (const id of complaintRoute(a).basis) expect(ruleCatalog[id]).toBeDefined();
        expect(complaintRoute(a)).toBe(complaintRoute(a));
      }),
    );
  });

  it('always throws InvalidInputError for anything but 1–4', () => {
    const bad = fc.oneof(fc.integer().filter((n) => n < 1 || n > 4), fc.double().filter((x) => !Number.isInteger(x)), fc.string(), fc.constantFrom<unknown>(null, undefined, true));
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => complaintRoute(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 200 },
    );
  });
});
