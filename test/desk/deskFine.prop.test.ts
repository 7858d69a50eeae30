import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deskFine, type DeskFineKind } from '../../src/desk/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { inCatalog } from './_helpers.js';

const kinds: DeskFineKind[] = ['handover-log', 'weekly-report', 'customer-complaint', 'off-work-chat', 'cleaning-duty', 'customer-data-leak'];
const kind = fc.constantFrom(...kinds);
const SEVERITY = { fine: 0, 'withhold-month-pay': 1, 'deemed-resignation': 2 } as const;

describe('deskFine properties', () => {
  it('always carries legalRisk, an amount exactly for fines, and a catalogued basis', () => {
    fc.assert(
      fc.property(kind, fc.integer({ min: 1, max: 1000 }), (k, n) => {
        const result = deskFine(k, n);
        expect(result.legalRisk).toBe(true);
        expect('amountYuan' in result).toBe(result.outcome === 'fine');
        if (result.amountYuan !== undefined) expect(Math.round(result.amountYuan * 100)).toBe(result.amountYuan * 100);
        expect(inCatalog(result.basis)).toBe(true);
        expect(deskFine(k, n)).toBe(result);
      }),
      { numRuns: 200 },
    );
  });

  it('never gets milder with a later occurrence', () => {
    fc.assert(
      fc.property(kind, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 }), (k, a, b) => {
        const [early, late] = a <= b ? [deskFine(k, a), deskFine(k, b)] : [deskFine(k, b), deskFine(k, a)];
        expect(SEVERITY[late.outcome]).toBeGreaterThanOrEqual(SEVERITY[early.outcome]);
        if (late.outcome === 'fine' && early.outcome === 'fine') expect(late.amountYuan).toBeGreaterThanOrEqual(early.amountYuan ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it('throws InvalidInputError for an occurrence that is not a whole number ≥ 1', () => {
    fc.assert(
      fc.property(kind, fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constant(Number.NaN)), (k, bad) => {
        expect(() => deskFine(k, bad)).toThrow(InvalidInputError);
      }),
      { numRuns: 200 },
    );
  });
});
