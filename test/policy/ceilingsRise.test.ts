// A band or bracket no value can reach is refused; whether it can is counted in the values that come:
// whole fen for an approval band, whole households for a visit quota bracket.
import { describe, expect, it } from 'vitest';
import { ceilingsRise } from '../../src/policy/_policyData.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policySchema } from '../../src/schemas/policy/index.js';
import { policyErrorOf } from '../support/errors.js';

const rows = (...ceilings: ([number, boolean] | null)[]) => ceilings.map((ceiling) => ({ upTo: ceiling === null ? null : { value: ceiling[0], inclusive: ceiling[1] } }));

describe('ceilingsRise', () => {
  it('in fen: each band must let in a fen the bands before it do not', () => {
    expect(ceilingsRise(rows([1000, true], [5000, false], null), 100)).toBe(true);
    expect(ceilingsRise(rows([1000, false], [1000, true], null), 100)).toBe(true);
    expect(ceilingsRise(rows([1000, true], [1000, true], null), 100)).toBe(false);
    expect(ceilingsRise(rows([1000, true], [1000, false], null), 100)).toBe(false);
    // ≤ 1000 then < 1000.01: no whole fen lies between.
    expect(ceilingsRise(rows([1000, true], [1000.01, false], null), 100)).toBe(false);
    expect(ceilingsRise(rows([1000, true], [1000.01, true], null), 100)).toBe(true);
    // Noise within a millionth of a fen is that fen: < 0.1 + 0.2 lets in 0.29, ≤ 0.3 adds 0.30.
    expect(ceilingsRise(rows([0.1 + 0.2, false], [0.3, true], null), 100)).toBe(true);
    expect(ceilingsRise(rows([1000, true], [1000.000000001, true], null), 100)).toBe(false);
  });

  it('refuses a first ceiling below every value: amounts and sizes start at 0', () => {
    expect(ceilingsRise(rows([0, false], null), 100)).toBe(false);
    expect(ceilingsRise(rows([0, true], null), 100)).toBe(true);
    expect(ceilingsRise(rows([0.01, false], null), 100)).toBe(true);
    // Noise below 0 within a millionth of a fen is 0.
    expect(ceilingsRise(rows([1e-9, false], null), 100)).toBe(false);
    expect(ceilingsRise(rows([0, false], null), 1)).toBe(false);
    expect(ceilingsRise(rows([0.5, false], null), 1)).toBe(true);
    expect(ceilingsRise(rows(null), 100)).toBe(true);
  });

  it('in whole households for quota brackets', () => {
    expect(ceilingsRise(rows([300, true], [301, false], null), 1)).toBe(false);
    expect(ceilingsRise(rows([300, true], [301, true], null), 1)).toBe(true);
    expect(ceilingsRise(rows([300, false], [300, true], null), 1)).toBe(true);
  });

  it('is what definePolicy and the policy schema both apply', () => {
    const bands = [
      { approver: 'sales-manager', upTo: { value: 1000, inclusive: true } },
      { approver: 'deputy-general-manager', upTo: { value: 1000.01, inclusive: false } },
      { approver: 'general-manager', upTo: null },
    ];
    expect(policyErrorOf(() => definePolicy({ complaint: { approvalBands: bands } })).path).toEqual(['complaint', 'approvalBands']);
    const merged = { ...definePolicy({}), complaint: { ...definePolicy({}).complaint, approvalBands: bands } };
    expect(policySchema.safeParse(merged).success).toBe(false);
  });

  it('refuses a first approval band or quota bracket no value can reach (< 0), in definePolicy and the policy schema alike', () => {
    const bands = [
      { approver: 'sales-manager', upTo: { value: 0, inclusive: false } },
      { approver: 'general-manager', upTo: null },
    ];
    const error = policyErrorOf(() => definePolicy({ complaint: { approvalBands: bands } }));
    expect({ code: error.code, path: error.path }).toEqual({ code: 'unordered', path: ['complaint', 'approvalBands'] });
    const base = definePolicy({});
    expect(policySchema.safeParse({ ...base, complaint: { ...base.complaint, approvalBands: bands } }).success).toBe(false);
    const brackets = [{ upTo: { value: 0, inclusive: false }, percent: 50 }, { upTo: null, percent: 20 }];
    expect(policyErrorOf(() => definePolicy({ visit: { quotaBrackets: brackets } })).code).toBe('unordered');
    expect(policySchema.safeParse({ ...base, visit: { ...base.visit, quotaBrackets: brackets } }).success).toBe(false);
    // A first band of exactly 0 yuan is reachable (a zero-yuan goodwill gesture), and accepted.
    const zero = [{ approver: 'sales-manager', upTo: { value: 0, inclusive: true } }, { approver: 'general-manager', upTo: null }];
    expect(() => definePolicy({ complaint: { approvalBands: zero } })).not.toThrow();
    expect(policySchema.safeParse({ ...base, complaint: { ...base.complaint, approvalBands: zero } }).success).toBe(true);
  });
});
