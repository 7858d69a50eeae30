import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { approvalAuthority } from '../../src/complaint/approvalAuthority.js';
import { InvalidInputError } from '../../src/core/errors.js';

const RANK = { 'sales-manager': 0, 'deputy-general-manager': 1, 'general-manager': 2 } as const;
// Amounts exact to the fen, up to 100 million yuan.
const amount = fc.integer({ min: 0, max: 10_000_000_000 }).map((fen) => fen / 100);

describe('approvalAuthority properties', () => {
  it('is monotone: a larger amount never needs a lower approver', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(RANK[approvalAuthority(low).approver]).toBeLessThanOrEqual(RANK[approvalAuthority(high).approver]);
      }),
    );
  });

  it('is total and deterministic over amounts exact to the fen, naming a catalogued rule', () => {
    fc.assert(
      fc.property(amount, (value) => {
        const result = approvalAuthority(value);
        expect(approvalAuthority(value)).toEqual(result);
        for (const id of result.basis) expect(ruleCatalog[id]).toBeDefined();
      }),
    );
  });

  it('puts both sides of 1,000 and 5,000 in the right bands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (fen) => {
        expect(approvalAuthority((100_000 - fen) / 100).approver).toBe('sales-manager');
        expect(approvalAuthority((100_000 + fen) / 100).approver).toBe(fen < 400_000 ? 'deputy-general-manager' : 'general-manager');
        expect(approvalAuthority((500_000 - fen) / 100).approver).toBe('deputy-general-manager');
        expect(approvalAuthority((500_000 + fen) / 100).approver).toBe('general-manager');
      }),
    );
  });

  it('always throws InvalidInputError on negative, non-finite or sub-fen amounts', () => {
    const bad = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      fc.integer({ min: 0, max: 1_000_000 }).map((fen) => fen / 100 + 0.004),
    );
    fc.assert(fc.property(bad, (value) => {
      expect(() => approvalAuthority(value)).toThrow(InvalidInputError);
    }));
  });
});
