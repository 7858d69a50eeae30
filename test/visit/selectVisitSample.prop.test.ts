import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { selectVisitSample } from '../../src/visit/selectVisitSample.js';

const id = fc.string({ minLength: 1, maxLength: 6 });
const draw = fc.record({
  households: fc.array(id, { maxLength: 60 }),
  visited: fc.array(id, { maxLength: 20 }),
  excluded: fc.option(fc.array(id, { maxLength: 20 }), { nil: undefined }),
  count: fc.nat(70),
  seed: fc.string(),
});

function eligibleOf(input: { households: string[]; visited: string[]; excluded?: string[] | undefined }): Set<string> {
  const barred = new Set([...input.visited, ...(input.excluded ?? [])]);
  return new Set(input.households.filter((household) => !barred.has(household)));
}

describe('selectVisitSample properties', () => {
  it('draws distinct eligible households, min(count, eligible) of them', () => {
    fc.assert(
      fc.property(draw, (input) => {
        const sample = selectVisitSample(input);
        const eligible = eligibleOf(input);
        expect(new Set(sample).size).toBe(sample.length);
        expect(sample.length).toBe(Math.min(input.count, eligible.size));
        for (const household of sample) expect(eligible.has(household)).toBe(true);
        if (input.count >= eligible.size) expect(new Set(sample)).toEqual(eligible);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic, leaves its input alone, and ignores the order of visited and excluded', () => {
    fc.assert(
      fc.property(draw, (input) => {
        const snapshot = structuredClone(input);
        const sample = selectVisitSample(input);
        expect(input).toEqual(snapshot);
        expect(selectVisitSample(structuredClone(input))).toEqual(sample);
        const shuffled = {
          ...input,
          visited: [...input.visited].reverse(),
          excluded: input.excluded === undefined ? undefined : [...input.excluded].reverse(),
        };
        expect(selectVisitSample(shuffled)).toEqual(sample);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores the order of the register when drawing fewer than are eligible', () => {
    fc.assert(
      fc.property(draw, (input) => {
        fc.pre(input.count < eligibleOf(input).size);
        expect(selectVisitSample({ ...input, households: [...input.households].reverse() })).toEqual(selectVisitSample(input));
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError on a bad count or a list that is not of strings', () => {
    const badCount = fc.oneof(fc.integer({ max: -1 }), fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null));
    fc.assert(
      fc.property(draw, badCount, (input, count) => {
        expect(() => selectVisitSample({ ...input, count: count as number })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(draw, fc.constantFrom(1, null, {}, ['x', 2]), (input, bad) => {
        expect(() => selectVisitSample({ ...input, households: [...input.households, bad] as never })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
