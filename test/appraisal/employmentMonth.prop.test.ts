import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employmentMonth } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';

const hire = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true });
const shanghaiMonth = (date: Date): { year: number; month: number } => {
  const local = new Date(date.getTime() + 8 * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
};
const period = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

describe('employmentMonth properties', () => {
  it('is 1 in the Shanghai month of joining and grows by one a month', () => {
    fc.assert(
      fc.property(hire, fc.nat({ max: 240 }), (hiredOn, after) => {
        const { year, month } = shanghaiMonth(hiredOn);
        const index = year * 12 + month - 1 + after;
        expect(employmentMonth(hiredOn, period(Math.floor(index / 12), (index % 12) + 1))).toBe(after + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every month before joining', () => {
    fc.assert(
      fc.property(hire, fc.integer({ min: 1, max: 120 }), (hiredOn, before) => {
        const { year, month } = shanghaiMonth(hiredOn);
        const index = year * 12 + month - 1 - before;
        expect(() => employmentMonth(hiredOn, period(Math.floor(index / 12), (index % 12) + 1))).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses malformed periods', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)), (text) => {
        expect(() => employmentMonth('2020-01-01', text)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
