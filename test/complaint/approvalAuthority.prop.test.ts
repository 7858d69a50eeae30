import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { approvalAuthority } from '../../src/complaint/approvalAuthority.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const RANK: Readonly<Record<string, number>> = { 'sales-manager': 0, 'deputy-general-manager': 1, 'general-manager': 2 };
// Amounts exact to the fen, up to 100 million yuan.
const amount = fc.integer({ min: 0, max: 10_000_000_000 }).map((fen) => fen / 100);

describe('approvalAuthority properties', () => {
  it('is monotone: a larger amount never needs a lower approver', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(RANK[approvalAuthority(low).approver]).toBeLessThanOrEqual(RANK[approvalAuthority(high).approver] as number);
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

  it("agrees with a plain reading of any company's bands, compiled once per policy", () => {
    const band = fc.record({ fen: fc.integer({ min: 0, max: 2_000_000 }), inclusive: fc.boolean() });
    // The highest fen a band reaches: each band must reach one the bands before it do not (definePolicy
    // refuses the rest, as it should: up to 0 exclusive, or 14 inclusive then 15 exclusive, made the
    // property fail for some seeds).
    const top = (entry: { fen: number; inclusive: boolean }): number => entry.fen - (entry.inclusive ? 0 : 1);
    fc.assert(
      fc.property(fc.uniqueArray(band, { minLength: 1, maxLength: 5, selector: (entry) => entry.fen }), fc.array(fc.integer({ min: 0, max: 2_100_000 }), { maxLength: 20 }), (raw, amounts) => {
        const sorted = [...raw].sort((a, b) => a.fen - b.fen);
        fc.pre(sorted.every((entry, index) => top(entry) > (index === 0 ? -1 : top(sorted[index - 1]!))));
        const policy = definePolicy({
          complaint: {
            approvalBands: [
              ...sorted.map((entry, index) => ({ approver: `role-${index}`, approverName: { 'zh-Hans': `角色${index}`, 'zh-Hant': `角色${index}`, en: `Role ${index}` }, upTo: { value: entry.fen / 100, inclusive: entry.inclusive } })),
              { approver: 'general-manager', upTo: null },
            ],
          },
        });
        for (const fen of amounts) {
          const expected = sorted.findIndex((entry) => fen < entry.fen || (fen === entry.fen && entry.inclusive));
          expect(approvalAuthority(fen / 100, { policy }).approver).toBe(expected === -1 ? 'general-manager' : `role-${expected}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
