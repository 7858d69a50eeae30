// How definePolicy lays overrides over the base, and how policyAt words its refusals: exact messages and paths.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { DeepPartial, Policy } from '../../src/policy/Policy.js';
import { policyAt } from '../../src/policy/policyAt.js';
import { policyErrorOf } from '../support/errors.js';


function invalidOf(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

const define = (overrides: unknown): Policy => definePolicy(overrides as DeepPartial<Policy>);

describe('definePolicy', () => {
  it('names an unknown key by its whole path', () => {
    const error = policyErrorOf(() => define({ complaint: { approvalBand: [] } }));
    expect({ path: error.path, message: error.message }).toEqual({
      path: ['complaint', 'approvalBand'],
      message: 'definePolicy: unknown policy key complaint.approvalBand',
    });
  });

  it('says so when the overrides are not an object', () => {
    const error = policyErrorOf(() => define(7));
    expect({ path: error.path, message: error.message }).toEqual({ path: [], message: 'definePolicy: overrides must be an object' });
  });

  it('replaces a setting that is not an object whole, even by an object', () => {
    const error = policyErrorOf(() => define({ dayCounting: {} }));
    expect({ path: error.path, message: error.message }).toEqual({
      path: ['dayCounting'],
      message: 'definePolicy: dayCounting must be one of "civil-code", "elapsed", received {}',
    });
  });

  it('does not merge a list into a section', () => {
    const error = policyErrorOf(() => define({ complaint: [] }));
    expect({ path: error.path, message: error.message }).toEqual({ path: ['complaint'], message: 'definePolicy: complaint must be an object, received []' });
  });

  it('merges a period override without a unit into the base period, and replaces it whole when the unit is named', () => {
    const amountOnly = define({ communication: { deadlines: { 'contract-change': { amount: 3 } } } });
    expect(amountOnly.communication.deadlines['contract-change']).toEqual({ amount: 3, unit: 'workday' });
    const switched = define({ communication: { deadlines: { 'contract-change': { unit: 'next-day' } } } });
    expect(switched.communication.deadlines['contract-change']).toEqual({ unit: 'next-day' });
    const hours = define({ communication: { deadlines: { 'contract-change': { amount: 5, unit: 'hour' } } } });
    expect(hours.communication.deadlines['contract-change']).toEqual({ amount: 5, unit: 'hour' });
  });

  it('builds the policy from plain objects and arrays of its own', () => {
    const bands = [
      { approver: 'sales-manager' as const, upTo: { value: 10, inclusive: true } },
      { approver: 'general-manager' as const, upTo: null },
    ];
    const policy = definePolicy({ complaint: { approvalBands: bands }, communication: { deadlines: { 'property-loss': { unit: 'same-day' } } } });
    const objects = [policy, policy.complaint, policy.complaint.approvalBands[0], policy.complaint.approvalBands[0]?.upTo, policy.communication.deadlines['property-loss']];
    for (const object of objects) expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Array.isArray(policy.complaint.approvalBands)).toBe(true);
    expect(policy.complaint.approvalBands).not.toBe(bands);
    expect(Object.isFrozen(bands)).toBe(false);
    expect(Object.isFrozen(bands[0])).toBe(false);
    expect(policy.complaint.approvalBands).toStrictEqual([
      { approver: 'sales-manager', upTo: { value: 10, inclusive: true } },
      { approver: 'general-manager', upTo: null },
    ]);
  });
});

describe('policyAt', () => {
  const january = '2026-01-01T00:00:00+08:00';

  it('says which instant has no policy in force yet, in Shanghai time', () => {
    const error = invalidOf(() => policyAt([{ effectiveFrom: january, policy: defaultPolicy }], new Date('2025-12-31T15:59:59.999Z')));
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({
      code: 'no_policy_in_force',
      path: ['at'],
      message: 'policyAt: at must be on or after the earliest effectiveFrom, received "2025-12-31T23:59:59.999+08:00"',
    });
  });

  it('takes a version from its first millisecond', () => {
    const elapsed = definePolicy({ dayCounting: 'elapsed' });
    const versions = [
      { effectiveFrom: january, policy: defaultPolicy },
      { effectiveFrom: '2026-03-01T00:00:00+08:00', policy: elapsed },
    ];
    expect(policyAt(versions, january)).toBe(defaultPolicy);
    expect(policyAt(versions, '2026-02-28T23:59:59.999+08:00')).toBe(defaultPolicy);
    expect(policyAt(versions, '2026-03-01T00:00:00+08:00')).toBe(elapsed);
    expect(policyAt([...versions].reverse(), '2026-03-01T00:00:00.001+08:00')).toBe(elapsed);
    expect(policyAt([...versions].reverse(), '2026-02-28T23:59:59.999+08:00')).toBe(defaultPolicy);
  });

  it('names the second version of a date', () => {
    const versions = [
      { effectiveFrom: january, policy: defaultPolicy },
      { effectiveFrom: '2025-12-31T16:00:00Z', policy: defaultPolicy },
    ];
    const error = invalidOf(() => policyAt(versions, '2026-02-01T00:00:00+08:00'));
    expect({ code: error.code, path: error.path, message: error.message }).toEqual({
      code: 'duplicate_effective_date',
      path: ['versions', 1, 'effectiveFrom'],
      message: 'policyAt: versions[1].effectiveFrom must be a date no other version has, received "2025-12-31T16:00:00Z"',
    });
  });

  it('refuses a policy object that definePolicy did not build', () => {
    const copy = structuredClone(defaultPolicy);
    const error = policyErrorOf(() => policyAt([{ effectiveFrom: january, policy: defaultPolicy }, { effectiveFrom: '2026-06-01T00:00:00+08:00', policy: copy }], january));
    expect(error.path).toEqual(['versions', 1, 'policy']);
    expect(error.message.startsWith('policyAt: versions[1].policy must be a policy built with definePolicy (or defaultPolicy), received ')).toBe(true);
  });
});
