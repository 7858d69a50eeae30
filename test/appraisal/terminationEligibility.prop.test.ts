import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminationEligibility, type TerminationFacts } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { inCatalog, snapshot } from './_helpers.js';

const score = fc.oneof(fc.constantFrom(59.99, 60, 69.99, 70), fc.double({ min: -50, max: 120, noNaN: true }));
const facts: fc.Arbitrary<TerminationFacts> = fc.record(
  {
    score,
    lastPlace: fc.boolean(),
    previousMonth: fc.record({ score, lastPlace: fc.boolean() }),
    dismissalOffense: fc.boolean(),
  },
  { requiredKeys: ['score'] },
);

describe('terminationEligibility properties', () => {
  it('is eligible exactly when a ground holds, and lists it', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const result = terminationEligibility(input);
        const low = input.score < 60;
        const twice = input.lastPlace === true && input.score < 70 && input.previousMonth !== undefined && input.previousMonth.lastPlace && input.previousMonth.score < 70;
        const dismissal = input.dismissalOffense === true;
        expect(result.eligible).toBe(low || twice || dismissal);
        expect(result.basis.includes('appraisal.termination.low-score')).toBe(low);
        expect(result.basis.includes('appraisal.termination.last-place')).toBe(twice);
        expect(result.basis.includes('appraisal.termination.dismissal-offense')).toBe(dismissal);
        expect(inCatalog(result.basis)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never removes eligibility when the score drops', () => {
    fc.assert(
      fc.property(facts, fc.double({ min: 0, max: 50, noNaN: true }), (input, drop) => {
        if (terminationEligibility(input).eligible) expect(terminationEligibility({ ...input, score: input.score - drop }).eligible).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(facts, (input) => {
        const copy = snapshot(input);
        expect(terminationEligibility(input)).toBe(terminationEligibility(input));
        expect(input).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('throws InvalidInputError for a score that is not finite', () => {
    fc.assert(
      fc.property(fc.constantFrom(Number.NaN, Infinity, -Infinity, '55', null), (bad) => {
        expect(() => terminationEligibility({ score: bad as number })).toThrow(InvalidInputError);
        expect(() => terminationEligibility({ score: 80, previousMonth: { score: bad as number, lastPlace: true } })).toThrow(InvalidInputError);
      }),
    );
  });
});
