import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { classifyRepair } from '../../src/repair/classifyRepair.js';
import type { RepairFacts } from '../../src/repair/repairPolicy.js';

const factsArbitrary = fc.record({
  movedIn: fc.boolean(),
  affectsDailyLife: fc.boolean(),
  renovationStarted: fc.boolean(),
  affectsRenovation: fc.boolean(),
});

describe('classifyRepair properties', () => {
  it('matches the rule of ZN §2.1 for every combination of facts', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const expected =
          facts.movedIn && facts.affectsDailyLife ? 'A' : !facts.movedIn && facts.renovationStarted && facts.affectsRenovation ? 'B' : 'C';
        expect(classifyRepair(facts).repairClass).toBe(expected);
      }),
    );
  });

  it('is deterministic, does not touch its input, and names a catalogued rule', () => {
    fc.assert(
      fc.property(factsArbitrary, (facts) => {
        const copy = { ...facts };
        const result = classifyRepair(facts);
        expect(facts).toEqual(copy);
        expect(classifyRepair(copy)).toBe(result);
        expect(result.basis).toEqual([`repair.class-${result.repairClass.toLowerCase()}`]);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
    );
  });

  it('always throws InvalidInputError when a fact is not a boolean', () => {
    const notBoolean = fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.string(), fc.object());
    const key = fc.constantFrom('movedIn', 'affectsDailyLife', 'renovationStarted', 'affectsRenovation');
    fc.assert(
      fc.property(factsArbitrary, key, notBoolean, (facts, field, value) => {
        expect(() => classifyRepair({ ...facts, [field]: value } as unknown as RepairFacts)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
