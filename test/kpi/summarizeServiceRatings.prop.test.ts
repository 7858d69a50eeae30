import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { summarizeServiceRatings } from '../../src/kpi/summarizeServiceRatings.js';

const rating = fc.constantFrom('very-satisfied', 'satisfied', 'average', 'poor' as const);
const cardArbitrary = fc.record({ attitude: rating, skill: rating, arrival: rating, promise: rating });
const cards = fc.array(cardArbitrary, { maxLength: 30 });

describe('summarizeServiceRatings properties', () => {
  it('keeps the rate in [0, 1], counts every rating once and meets 95% exactly in integers', () => {
    fc.assert(
      fc.property(cards, (input) => {
        const snapshot = structuredClone(input);
        const summary = summarizeServiceRatings(input);
        expect(input).toEqual(snapshot);
        expect(summarizeServiceRatings(structuredClone(input))).toEqual(summary);
        let total = 0;
        let good = 0;
        for (const counts of Object.values(summary.byAspect)) {
          total += counts['very-satisfied'] + counts.satisfied + counts.average + counts.poor;
          good += counts['very-satisfied'] + counts.satisfied;
        }
        expect(total).toBe(input.length * 4);
        if (input.length === 0) {
          expect(summary.satisfactionRate).toBeNull();
          expect(summary.meetsTarget).toBeNull();
        } else {
          expect(summary.satisfactionRate).toBe(good / total);
          expect(summary.satisfactionRate).toBeGreaterThanOrEqual(0);
          expect(summary.satisfactionRate).toBeLessThanOrEqual(1);
          expect(summary.meetsTarget).toBe(good * 100 >= total * 95);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone: improving a rating never lowers the rate', () => {
    fc.assert(
      fc.property(fc.array(cardArbitrary, { minLength: 1, maxLength: 40 }), fc.nat(), (input, index) => {
        const improved = input.map((card, position) => (position === index % input.length ? { ...card, arrival: 'very-satisfied' as const } : card));
        expect(summarizeServiceRatings(improved).satisfactionRate!).toBeGreaterThanOrEqual(summarizeServiceRatings(input).satisfactionRate!);
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an unknown rating or a card that is not an object', () => {
    fc.assert(
      fc.property(cards, fc.oneof(fc.string(), fc.constant(null), fc.integer()), fc.constantFrom('attitude', 'skill', 'arrival', 'promise'), (input, bad, aspect) => {
        fc.pre(!['very-satisfied', 'satisfied', 'average', 'poor'].includes(bad as string));
        const broken = [...input, { attitude: 'satisfied', skill: 'satisfied', arrival: 'satisfied', promise: 'satisfied', [aspect]: bad }];
        expect(() => summarizeServiceRatings(broken as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 150 },
    );
  });
});
