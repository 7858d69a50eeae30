import { describe, expect, it } from 'vitest';
import { approvalAuthority, approverNames } from '../../src/complaint/approvalAuthority.js';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { sealPolicy } from '../../src/policy/_sealPolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { policyErrorOf } from '../support/errors.js';

describe('approvalAuthority', () => {
  it.each([
    [0, 'sales-manager'],
    [999.99, 'sales-manager'],
    [1000, 'sales-manager'],
    [1000.01, 'deputy-general-manager'],
    [3000, 'deputy-general-manager'],
    [4999.99, 'deputy-general-manager'],
    [5000, 'general-manager'],
    [5000.01, 'general-manager'],
    [1_000_000, 'general-manager'],
  ])('sends %d yuan to the %s', (amount, approver) => {
    expect(approvalAuthority(amount)).toEqual({ approver, basis: ['complaint.approval'] });
  });

  it('names the default roles in three locales', () => {
    expect(approverNames()).toEqual({
      'sales-manager': { 'zh-Hans': '销售部门经理', 'zh-Hant': '銷售部門經理', en: 'Sales department manager' },
      'deputy-general-manager': { 'zh-Hans': '副总经理', 'zh-Hant': '副總經理', en: 'Deputy general manager' },
      'general-manager': { 'zh-Hans': '总经理', 'zh-Hant': '總經理', en: 'General manager' },
    });
    expect(Object.isFrozen(approverNames())).toBe(true);
    expect(approverNames()).toBe(approverNames());
  });

  it("returns a company's own role ids and display names", () => {
    const policy = definePolicy({
      complaint: {
        approvalBands: [
          { approver: 'project-manager', approverName: { 'zh-Hans': '项目经理', 'zh-Hant': '項目經理', en: 'Project manager' }, upTo: { value: 500, inclusive: true } },
          { approver: 'regional-director', approverName: { 'zh-Hans': '区域总监', 'zh-Hant': '區域總監', en: 'Regional director' }, upTo: { value: 20000, inclusive: false } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    });
    expect(approvalAuthority(500, { policy }).approver).toBe('project-manager');
    expect(approverNames({ policy })[approvalAuthority(500.01, { policy }).approver]?.en).toBe('Regional director');
    expect(approvalAuthority(19999.99, { policy }).approver).toBe('regional-director');
    expect(approvalAuthority(20000, { policy })).toEqual({ approver: 'general-manager', basis: ['complaint.approval'] });
    // A default role without names in the band gets its built-in names.
    expect(approverNames({ policy })['general-manager']).toEqual({ 'zh-Hans': '总经理', 'zh-Hant': '總經理', en: 'General manager' });
    expect(Object.keys(approverNames({ policy }))).toEqual(['project-manager', 'regional-director', 'general-manager']);
    // Compiled once per policy: the same frozen answer every time.
    expect(approvalAuthority(1, { policy })).toBe(approvalAuthority(2, { policy }));
    expect(Object.isFrozen(approverNames({ policy })['project-manager'])).toBe(true);
  });

  it('keeps the display names of any role id, __proto__ and constructor included, as own keys', () => {
    // Regression (review of the packed package): the names were kept in a plain object, where the role
    // `__proto__` set its prototype and `constructor` found Object's: approverNames answered {}.
    const name = (text: string) => ({ 'zh-Hans': text, 'zh-Hant': text, en: text });
    const policy = definePolicy({
      complaint: {
        approvalBands: [
          { approver: '__proto__', approverName: name('P'), upTo: { value: 5, inclusive: true } },
          { approver: 'constructor', approverName: name('C'), upTo: { value: 10, inclusive: true } },
          { approver: 'toString', approverName: name('T'), upTo: null },
        ],
      },
    });
    const names = approverNames({ policy });
    expect(Object.keys(names)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(names['__proto__']).toEqual(name('P'));
    expect(names.constructor).toEqual(name('C'));
    expect(names.toString).toEqual(name('T'));
    expect(Object.getOwnPropertyDescriptor(names, '__proto__')?.value).toEqual(name('P'));
    expect(JSON.parse(JSON.stringify(names))).toEqual({ ['__proto__']: name('P'), constructor: name('C'), toString: name('T') });
    expect(approvalAuthority(3, { policy }).approver).toBe('__proto__');
    // An id no band has reads as nothing, never as something the record inherits.
    expect(approverNames()['constructor']).toBeUndefined();
    expect(approverNames()['__proto__']).toBeUndefined();
  });

  it('finds no built-in names for a role id such as constructor in a policy that skipped the checks', () => {
    // sealPolicy marks data as a policy without checking it (definePolicy checks first): the one way such a band reaches the rule.
    const policy = sealPolicy({ ...defaultPolicy, complaint: { ...defaultPolicy.complaint, approvalBands: [{ approver: 'constructor', upTo: null }] } } as Policy);
    expect(policyErrorOf(() => approvalAuthority(1, { policy }))).toMatchObject({ code: 'missing', path: ['complaint', 'approvalBands', 0, 'approverName'] });
  });

  it('refuses a role id given to two bands, in definePolicy', () => {
    const name = (text: string) => ({ 'zh-Hans': text, 'zh-Hant': text, en: text });
    const error = policyErrorOf(() =>
      definePolicy({
        complaint: {
          approvalBands: [
            { approver: 'a', approverName: name('A1'), upTo: { value: 5, inclusive: true } },
            { approver: 'a', approverName: name('A2'), upTo: null },
          ],
        },
      }),
    );
    expect({ code: error.code, path: error.path }).toEqual({ code: 'duplicate_id', path: ['complaint', 'approvalBands', 1, 'approver'] });
  });

  it('refuses a role of its own without display names, in definePolicy and in a hand-built policy', () => {
    expect(() => definePolicy({ complaint: { approvalBands: [{ approver: 'boss', upTo: null }] } })).toThrow(PolicyError);
    const policy: Policy = { ...defaultPolicy, complaint: { ...defaultPolicy.complaint, approvalBands: [{ approver: 'boss', upTo: null }] } };
    expect(() => approvalAuthority(1, { policy })).toThrow(PolicyError);
  });

  it('refuses a policy ceiling that is not exact to the fen, as every yuan amount (C9)', () => {
    const error = policyErrorOf(() =>
      definePolicy({ complaint: { approvalBands: [{ approver: 'sales-manager', upTo: { value: 0.005, inclusive: true } }, { approver: 'general-manager', upTo: null }] } }),
    );
    expect(error.path).toEqual(['complaint', 'approvalBands', 0, 'upTo', 'value']);
  });

  it('reads floating-point noise as the fen it means (1000.0000000001 is 1,000)', () => {
    expect(approvalAuthority(1000.0000000001).approver).toBe('sales-manager');
    expect(approvalAuthority(0.1 + 0.2).approver).toBe('sales-manager');
  });

  it('returns frozen, interned decisions', () => {
    const first = approvalAuthority(10);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.basis)).toBe(true);
    expect(approvalAuthority(20)).toBe(first);
  });

  it.each([
    [-1, 'negative'],
    [Number.NaN, 'not_finite'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    [Number.NEGATIVE_INFINITY, 'not_finite'],
    [1000.004, 'sub_fen_amount'],
    ['1000', 'invalid_type'],
  ])('refuses %j with %s', (amount, code) => {
    let caught: unknown;
    try {
      approvalAuthority(amount as number);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught).toMatchObject({ code, path: ['amountYuan'] });
    expect((caught as Error).message).toMatch(/^approvalAuthority: amountYuan must be/);
  });

  it("follows a company's own bands and boundaries", () => {
    const policy = definePolicy({
      complaint: {
        approvalBands: [
          { approver: 'sales-manager', upTo: { value: 1000, inclusive: false } },
          { approver: 'deputy-general-manager', upTo: { value: 5000, inclusive: true } },
          { approver: 'general-manager', upTo: null },
        ],
      },
    });
    expect(approvalAuthority(1000, { policy }).approver).toBe('deputy-general-manager');
    expect(approvalAuthority(5000, { policy }).approver).toBe('deputy-general-manager');
    expect(approvalAuthority(5000.01, { policy }).approver).toBe('general-manager');
  });

  it('refuses a hand-built policy whose bands leave an amount uncovered', () => {
    const policy: Policy = {
      ...defaultPolicy,
      complaint: { ...defaultPolicy.complaint, approvalBands: [{ approver: 'sales-manager', upTo: { value: 10, inclusive: true } }] },
    };
    expect(() => approvalAuthority(11, { policy })).toThrow(PolicyError);
  });
});
