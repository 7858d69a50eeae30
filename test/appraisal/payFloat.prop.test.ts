import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { payFloat } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { inCatalog } from './_helpers.js';

const score = fc.double({ min: -1000, max: 1000, noNaN: true });
const month = fc.integer({ min: 1, max: 600 });

describe('payFloat properties', () => {
  it('stays within ±300 yuan and exact to the fen', () => {
    fc.assert(
      fc.property(score, (value) => {
        const { amountYuan } = payFloat(value);
        expect(Math.abs(amountYuan)).toBeLessThanOrEqual(300);
        // At most two decimals: the yuan amount is the integer fen divided by 100.
        expect(Number.isInteger(Number((amountYuan * 100).toFixed(6)))).toBe(true);
        expect(Math.round(amountYuan * 100) / 100).toBe(amountYuan);
        expect(Object.is(amountYuan, -0)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('never pays less for a higher score', () => {
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(payFloat(high).amountYuan).toBeGreaterThanOrEqual(payFloat(low).amountYuan);
      }),
      { numRuns: 200 },
    );
  });

  it('clamps exactly when the unclamped amount is beyond the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200, max: 300 }), (points) => {
        const result = payFloat(points);
        expect(result.clamped).toBe(Math.abs((points - 80) * 10) > 300);
        expect(result.amountYuan).toBe(Math.max(-300, Math.min(300, (points - 80) * 10)));
      }),
      { numRuns: 200 },
    );
  });

  it('is 0 in months 1–2 and the plain float from month 3', () => {
    fc.assert(
      fc.property(score, month, (value, employmentMonth) => {
        const result = payFloat(value, { employmentMonth });
        if (employmentMonth <= 2) expect(result).toEqual({ amountYuan: 0, clamped: false, basis: ['appraisal.pay-float-start'] });
        else expect(result).toEqual(payFloat(value));
        expect(inCatalog(result.basis)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and leaves its options alone', () => {
    fc.assert(
      fc.property(score, month, (value, employmentMonth) => {
        const options = { employmentMonth };
        expect(payFloat(value, options)).toEqual(payFloat(value, options));
        expect(options).toEqual({ employmentMonth });
      }),
      { numRuns: 100 },
    );
  });

  it('throws InvalidInputError for a bad score or month', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ score: fc.constantFrom(Number.NaN, Infinity, -Infinity), employmentMonth: fc.constant(3) }),
          fc.record({ score: fc.constant(90), employmentMonth: fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0.1, max: 50, noInteger: true })) }),
        ),
        ({ score: value, employmentMonth }) => {
          expect(() => payFloat(value, { employmentMonth })).toThrow(InvalidInputError);
        },
      ),
      { numRuns: 200 },
    );
  });
});
