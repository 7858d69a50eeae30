// Pins what the broader approvalAuthority tests leave open: the amounts beyond the fast path, ceilings
// whose yuan is not a whole number of fen in binary, and the errors of a hand-assembled policy.
import { describe, expect, it } from 'vitest';
import { approvalAuthority, approverNames } from '../../src/complaint/approvalAuthority.js';
import { markValidated } from '../../src/core/brand.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { invalidInputOf, policyErrorOf } from '../support/errors.js';

/** A policy assembled by hand and marked as validated, as a caller bypassing definePolicy could. */
function handAssembled(approvalBands: unknown): Policy {
  return Object.freeze(markValidated({ ...defaultPolicy, complaint: Object.freeze({ ...defaultPolicy.complaint, approvalBands }) })) as Policy;
}


describe('approvalAuthority', () => {
  it('sends 90,000,000,000,000 yuan to the general manager and refuses an amount beyond 2^53 fen', () => {
    expect(approvalAuthority(9e13)).toEqual({ approver: 'general-manager', basis: ['complaint.approval'] });
    expect(approvalAuthority(90_071_992_547_409.91).approver).toBe('general-manager');
    for (const amount of [90_071_992_547_409.92, 1e20]) {
      const error = invalidInputOf(() => approvalAuthority(amount));
      expect({ code: error.code, path: error.path }).toEqual({ code: 'out_of_range', path: ['amountYuan'] });
      expect(error.message).toBe(`approvalAuthority: amountYuan must be a yuan amount below 2^53 fen, received ${amount}`);
    }
  });

  it('reads a ceiling whose yuan times 100 is not a whole number in binary as its fen, on both sides of the boundary', () => {
    // 1.1 * 100 is 110.00000000000001 and 0.29 * 100 is 28.999999999999996 in binary.
    const exclusive = definePolicy({ complaint: { approvalBands: [{ approver: 'sales-manager', upTo: { value: 1.1, inclusive: false } }, { approver: 'general-manager', upTo: null }] } });
    expect(approvalAuthority(1.09, { policy: exclusive }).approver).toBe('sales-manager');
    expect(approvalAuthority(1.1, { policy: exclusive }).approver).toBe('general-manager');
    const inclusive = definePolicy({ complaint: { approvalBands: [{ approver: 'sales-manager', upTo: { value: 0.29, inclusive: true } }, { approver: 'general-manager', upTo: null }] } });
    expect(approvalAuthority(0.29, { policy: inclusive }).approver).toBe('sales-manager');
    expect(approvalAuthority(0.3, { policy: inclusive }).approver).toBe('general-manager');
  });

  it('reads a ceiling finer than the fen as that many fen, not rounded', () => {
    // definePolicy refuses such a ceiling (C9); the bands of a policy assembled without it are still read
    // exactly. 10.005 yuan is 1,000.5 fen: 10.00 is under it, 10.01 over it.
    const policy = handAssembled([{ approver: 'sales-manager', upTo: { value: 10.005, inclusive: true } }, { approver: 'general-manager', upTo: null }]);
    expect(approvalAuthority(10, { policy }).approver).toBe('sales-manager');
    expect(approvalAuthority(10.01, { policy }).approver).toBe('general-manager');
  });

  it('names the band of a hand-assembled policy whose own role has no display names', () => {
    const policy = handAssembled([{ approver: 'sales-manager', upTo: { value: 10, inclusive: true } }, { approver: 'boss', upTo: null }]);
    expect(policyErrorOf(() => approvalAuthority(1, { policy }))).toMatchObject({
      path: ['complaint', 'approvalBands', 1, 'approverName'],
      message: 'approvalAuthority: the role "boss" needs its display names (approverName in zh-Hans, zh-Hant and en)',
    });
  });

  it('refuses an amount above the last closed band of a hand-assembled policy, and answers one at it', () => {
    const policy = handAssembled([{ approver: 'sales-manager', upTo: { value: 10, inclusive: true } }]);
    expect(approvalAuthority(10, { policy })).toEqual({ approver: 'sales-manager', basis: ['complaint.approval'] });
    expect(policyErrorOf(() => approvalAuthority(10.01, { policy }))).toMatchObject({
      path: ['complaint', 'approvalBands'],
      message: "approvalAuthority: the policy's approval bands do not cover 10.01 yuan",
    });
  });

  it('never reaches a band after an open-ended one in a hand-assembled policy', () => {
    const policy = handAssembled([
      { approver: 'general-manager', upTo: null },
      { approver: 'sales-manager', upTo: { value: 10, inclusive: true } },
      { approver: 'deputy-general-manager', upTo: null },
    ]);
    expect(approvalAuthority(5, { policy }).approver).toBe('general-manager');
    expect(approvalAuthority(50, { policy }).approver).toBe('general-manager');
    expect(Object.keys(approverNames({ policy }))).toEqual(['general-manager', 'sales-manager', 'deputy-general-manager']);
  });

  it('keeps the first display names given for a role named by two bands', () => {
    const first = { 'zh-Hans': '甲', 'zh-Hant': '甲', en: 'First' };
    const policy = handAssembled([
      { approver: 'boss', approverName: first, upTo: { value: 10, inclusive: true } },
      { approver: 'boss', approverName: { 'zh-Hans': '乙', 'zh-Hant': '乙', en: 'Second' }, upTo: null },
    ]);
    expect(approverNames({ policy })).toEqual({ boss: first });
  });
});
