import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { phoneAnsweredInTime } from '../../src/kpi/phoneAnsweredInTime.js';

describe('phoneAnsweredInTime properties', () => {
  it('is in time exactly up to 3 rings, and fewer rings never turn in time into late', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        expect(phoneAnsweredInTime(a)).toBe(a <= 3);
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        if (phoneAnsweredInTime(more)) expect(phoneAnsweredInTime(fewer)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on a bad count', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: -1 }), fc.constantFrom(0.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null)), (value) => {
        expect(() => phoneAnsweredInTime(value as number)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
