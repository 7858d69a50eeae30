import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { supervisorMonthDeadlines } from '../../src/kpi/supervisorMonthDeadlines.js';

const month = fc.record({ year: fc.integer({ min: 1970, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) }).map(
  ({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`,
);

describe('supervisorMonthDeadlines properties', () => {
  it('keeps the dates in order within the month, deterministic, with catalogued rules', () => {
    fc.assert(
      fc.property(month, (text) => {
        const dates = supervisorMonthDeadlines(text);
        expect(supervisorMonthDeadlines(text)).toEqual(dates);
        const order = [dates.financeReconcileBy, dates.workPlanBy, dates.arrearsReportBy, dates.monthlyReportBy].map((date) => date.getTime());
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(dates.monthlyReportBy.getTime() - dates.financeReconcileBy.getTime()).toBeLessThanOrEqual(26 * 86_400_000);
        for (const id of dates.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError on anything but YYYY-MM', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string().filter((text) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)), fc.integer(), fc.constant(null)), (value) => {
        expect(() => supervisorMonthDeadlines(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
