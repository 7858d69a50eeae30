import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { serviceOrderKind } from '../../src/kpi/serviceOrderTypes.js';

describe('serviceOrderKind properties', () => {
  it('always throws InvalidInputError for anything but A–D', () => {
    fc.assert(
      fc.property(fc.anything().filter((value) => !['A', 'B', 'C', 'D'].includes(value as string)), (value) => {
        expect(() => serviceOrderKind(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
