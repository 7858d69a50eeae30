import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emergencyOverrunDeduction } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { inCatalog } from './_helpers.js';

const minutes = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('emergencyOverrunDeduction properties', () => {
  it('never deducts less for a longer overrun', () => {
    fc.assert(
      fc.property(minutes, minutes, (a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(emergencyOverrunDeduction(long).points).toBeGreaterThanOrEqual(emergencyOverrunDeduction(short).points);
      }),
      { numRuns: 200 },
    );
  });

  it('matches the continuous bands (0,10], (10,30], (30,∞)', () => {
    fc.assert(
      fc.property(minutes, (value) => {
        const { severity, points, basis } = emergencyOverrunDeduction(value);
        const expected = value <= 0 ? [null, 0] : value <= 10 ? ['minor', 5] : value <= 30 ? ['moderate', 10] : ['severe', 20];
        expect([severity, points]).toEqual(expected);
        expect(inCatalog(basis)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('throws InvalidInputError for anything but a finite number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(Number.NaN, Infinity, -Infinity), fc.string(), fc.constant(undefined)), (bad) => {
        expect(() => emergencyOverrunDeduction(bad as number)).toThrow(InvalidInputError);
      }),
      { numRuns: 50 },
    );
  });
});
