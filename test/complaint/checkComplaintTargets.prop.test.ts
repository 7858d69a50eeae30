import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { checkComplaintTargets, type ComplaintTargetFigures } from '../../src/complaint/checkComplaintTargets.js';
import { InvalidInputError } from '../../src/core/errors.js';

const RUNS = { numRuns: 200 };
const figures: fc.Arbitrary<ComplaintTargetFigures> = fc
  .record({ complaints: fc.nat({ max: 500 }), validComplaints: fc.nat({ max: 500 }), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), c: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ complaints, validComplaints, a, b, c }) => ({
    complaints,
    handled: Math.floor(complaints * a),
    returnVisited: Math.floor(complaints * b),
    validComplaints,
    satisfied: Math.floor(validComplaints * c),
  }));

describe('checkComplaintTargets properties', () => {
  it('is total and deterministic, with rates in [0, 1], pass = every target, and catalogued rules', () => {
    fc.assert(
      fc.property(figures, (input) => {
        const copy = { ...input };
        const result = checkComplaintTargets(input);
        expect(checkComplaintTargets(input)).toEqual(result);
        expect(input).toEqual(copy);
        for (const check of result.targets) {
          expect(check.rate).toBeGreaterThanOrEqual(0);
          expect(check.rate).toBeLessThanOrEqual(1);
          // Every default target is 100%: met exactly when nothing was missed.
          expect(check.pass).toBe(check.rate === 1);
        }
        expect(result.pass).toBe(result.targets.every((check) => check.pass));
        expect(result.targets[1]?.pass).toBe(input.handled === input.complaints);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      RUNS,
    );
  });

  it('is monotone: one more complaint handled, visited back or satisfied never lowers a rate', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom(['handled', 'complaints', 1], ['returnVisited', 'complaints', 2], ['satisfied', 'validComplaints', 0]) as fc.Arbitrary<[keyof ComplaintTargetFigures, keyof ComplaintTargetFigures, number]>, (input, [part, whole, index]) => {
        fc.pre(input[part] < input[whole]);
        const before = checkComplaintTargets(input).targets[index]!.rate;
        expect(checkComplaintTargets({ ...input, [part]: input[part] + 1 }).targets[index]!.rate).toBeGreaterThan(before);
      }),
      RUNS,
    );
  });

  it('always throws InvalidInputError for a bad count or a part above its whole', () => {
    const fields = ['complaints', 'handled', 'returnVisited', 'validComplaints', 'satisfied'] as const;
    const badValue = fc.oneof(fc.integer({ min: -100, max: -1 }), fc.constantFrom<unknown>(0.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null));
    fc.assert(
      fc.property(figures, fc.constantFrom(...fields), badValue, (input, field, value) => {
        expect(() => checkComplaintTargets({ ...input, [field]: value } as ComplaintTargetFigures)).toThrow(InvalidInputError);
        expect(() => checkComplaintTargets({ ...input, handled: input.complaints + 1 })).toThrow(expect.objectContaining({ code: 'exceeds_total', path: ['handled'] }));
      }),
      RUNS,
    );
  });
});
