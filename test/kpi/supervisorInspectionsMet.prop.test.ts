import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { supervisorInspectionsMet } from '../../src/kpi/supervisorInspectionsMet.js';

describe('supervisorInspectionsMet properties', () => {
  it('is met exactly from 2 inspections on, monotone', () => {
    fc.assert(
      fc.property(fc.nat(1000), (count) => {
        expect(supervisorInspectionsMet(count)).toBe(count >= 2);
        if (supervisorInspectionsMet(count)) expect(supervisorInspectionsMet(count + 1)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError on a bad count', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.constantFrom(0.5, Number.NaN, '2', undefined)), (value) => {
        expect(() => supervisorInspectionsMet(value as number)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
