import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { visitRoleMinimum } from '../../src/visit/visitRoleMinimum.js';

describe('visitRoleMinimum properties', () => {
  it('gives a whole number for every role and throws InvalidInputError for anything else', () => {
    for (const role of ['manager', 'supervisor'] as const) expect(Number.isInteger(visitRoleMinimum(role))).toBe(true);
    fc.assert(
      fc.property(fc.anything().filter((value) => value !== 'manager' && value !== 'supervisor'), (value) => {
        expect(() => visitRoleMinimum(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
