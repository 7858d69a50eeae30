import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { DeepPartial, Policy } from '../../src/policy/Policy.js';
import { policySchema } from '../../src/schemas/policy.js';
import { appraisalPolicySchema } from '../../src/schemas/appraisal.js';
import { emergencyOverrunDeduction } from '../../src/appraisal/emergencyOverrunDeduction.js';
import { gradeForScore } from '../../src/appraisal/gradeForScore.js';
import { policyErrorOf } from '../support/errors.js';

const policyError = (overrides: unknown): PolicyError => {
  try {
    definePolicy(overrides as DeepPartial<Policy>);
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected a PolicyError');
};

describe('defaultPolicy', () => {
  it('is deep-frozen and valid against the policy schema', () => {
    expect(Object.isFrozen(defaultPolicy)).toBe(true);
    expect(Object.isFrozen(defaultPolicy.complaint.approvalBands[0])).toBe(true);
    expect(policySchema.safeParse(defaultPolicy).success).toBe(true);
  });

  it('holds the readings of RULES.md §0', () => {
    expect(defaultPolicy).toMatchObject({
      dayCounting: 'civil-code',
      extendPastRestDays: false,
      beforeDayInclusive: false,
      restDays: 'calendar',
      outOfCoverage: 'throw',
    });
  });

  it('has the shape the schema checks: its output is a Policy and the default parses strictly', () => {
    const parsed = policySchema.parse(defaultPolicy);
    const asPolicy: Policy = parsed satisfies z.infer<typeof policySchema>;
    expect(asPolicy).toEqual(defaultPolicy);
  });
});

describe('definePolicy', () => {
  it('overrides only the keys given and leaves the rest at the defaults', () => {
    const policy = definePolicy({ dayCounting: 'elapsed' });
    expect(policy.dayCounting).toBe('elapsed');
    expect(policy.complaint).toEqual(defaultPolicy.complaint);
    expect(defaultPolicy.dayCounting).toBe('civil-code');
  });

  it('deep-freezes the result', () => {
    const policy = definePolicy({ extendPastRestDays: true });
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.complaint.approvalBands)).toBe(true);
  });

  it('builds on another base policy', () => {
    const base = definePolicy({ dayCounting: 'elapsed' });
    expect(definePolicy({ beforeDayInclusive: true }, base)).toMatchObject({ dayCounting: 'elapsed', beforeDayInclusive: true });
  });

  it('refuses a base that is not a policy, or cannot be read, at base: never a raw error, never a setting blamed', () => {
    const refusal = (base: unknown) => {
      try {
        definePolicy({ dayCounting: 'elapsed' }, base as Policy);
      } catch (error) {
        expect(error).toBeInstanceOf(PolicyError);
        return [(error as PolicyError).code, (error as PolicyError).path];
      }
      return undefined;
    };
    for (const base of [null, 'x', 1, new Date(), [], { ...defaultPolicy }, JSON.parse(JSON.stringify(defaultPolicy)), new Proxy(defaultPolicy, { ownKeys() { throw new Error('boom'); } })]) {
      expect(refusal(base)).toEqual(['unvalidated_policy', ['base']]);
    }
    const trapping = new Proxy(defaultPolicy, { get() { throw new Error('boom'); } });
    expect(refusal(trapping)).toEqual(['unreadable', ['base']]);
  });

  it('ignores keys set to undefined', () => {
    expect(definePolicy({ dayCounting: undefined }).dayCounting).toBe('civil-code');
  });

  it('does not keep references to the overrides', () => {
    const ceiling = { value: 10, inclusive: true };
    const bands = [
      { approver: 'sales-manager' as const, upTo: ceiling },
      { approver: 'general-manager' as const, upTo: null },
    ];
    const policy = definePolicy({ complaint: { approvalBands: bands } });
    ceiling.value = 99;
    expect(policy.complaint.approvalBands[0]?.upTo?.value).toBe(10);
  });

  it.each([
    [{ dayCounting: 'sometimes' }, ['dayCounting']],
    [{ dayCountng: 'elapsed' }, ['dayCountng']],
    [{ complaint: { approvalBand: [] } }, ['complaint', 'approvalBand']],
    [{ complaint: 'x' }, ['complaint']],
    [{ extendPastRestDays: 'yes' }, ['extendPastRestDays']],
    [{ complaint: { approvalBands: [{ approver: 'sales-manager', upTo: { value: 1, inclusive: true } }] } }, ['complaint', 'approvalBands']],
    [{ complaint: { approvalBands: [{ approver: 'boss', upTo: null }] } }, ['complaint', 'approvalBands', 0, 'approverName']],
    [{ complaint: { approvalBands: [{ approver: ' ', upTo: null }] } }, ['complaint', 'approvalBands', 0, 'approver']],
    [{ complaint: { approvalBands: [{ approver: 'general-manager', upTo: null, extra: 1 }] } }, ['complaint', 'approvalBands', 0, 'extra']],
  ])('refuses %j with a PolicyError at %j', (overrides, path) => {
    const error = policyError(overrides);
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(/^definePolicy: /);
  });

  it('refuses bands whose ceilings decrease or that open early', () => {
    expect(
      policyError({
        complaint: {
          approvalBands: [
            { approver: 'sales-manager', upTo: { value: 5000, inclusive: true } },
            { approver: 'deputy-general-manager', upTo: { value: 1000, inclusive: true } },
            { approver: 'general-manager', upTo: null },
          ],
        },
      }).message,
    ).toMatch(/must rise/);
    expect(
      policyError({
        complaint: { approvalBands: [{ approver: 'sales-manager', upTo: null }, { approver: 'general-manager', upTo: null }] },
      }).message,
    ).toMatch(/only the last/);
  });

  it('accepts a grade band or an overrun tier that holds a single value, as an approval band may, and answers it there', () => {
    // > 90 then ≥ 90: exactly 90 is B; ≥ 10 then > 10: exactly 10 minutes is moderate.
    const grades = definePolicy({ appraisal: { grades: [{ grade: 'A', from: { value: 90, inclusive: false } }, { grade: 'B', from: { value: 90, inclusive: true } }, { grade: 'C', from: { value: 70, inclusive: true } }] } });
    expect([90.5, 90, 89].map((score) => gradeForScore(score, { policy: grades }))).toEqual(['A', 'B', 'C']);
    expect(appraisalPolicySchema.safeParse(grades.appraisal).success).toBe(true);
    const tiers = definePolicy({
      appraisal: {
        emergencyOverrunTiers: [
          { severity: 'minor', over: { value: 0, inclusive: false }, points: 5 },
          { severity: 'moderate', over: { value: 10, inclusive: true }, points: 10 },
          { severity: 'severe', over: { value: 10, inclusive: false }, points: 20 },
        ],
      },
    });
    expect([9, 10, 10.5].map((minutes) => emergencyOverrunDeduction(minutes, { policy: tiers }).severity)).toEqual(['minor', 'moderate', 'severe']);
    expect(appraisalPolicySchema.safeParse(tiers.appraisal).success).toBe(true);
    // A band no value could reach is still out of order (both exclude 90; both include 10).
    expect(() => definePolicy({ appraisal: { grades: [{ grade: 'A', from: { value: 90, inclusive: false } }, { grade: 'B', from: { value: 90, inclusive: false } }] } })).toThrow(/highest first/);
    expect(() => definePolicy({ appraisal: { emergencyOverrunTiers: [{ severity: 'minor', over: { value: 10, inclusive: true }, points: 5 }, { severity: 'severe', over: { value: 10, inclusive: true }, points: 20 }] } })).toThrow(/lowest first/);
  });

  it('refuses overrides that are not an object', () => {
    expect(policyError(null).path).toEqual([]);
    expect(policyError([]).path).toEqual([]);
  });
});

describe('definePolicy periods', () => {
  it('takes an amount alone (the unit kept) or a whole period, in its type as at run time', () => {
    expect(definePolicy({ complaint: { closeWithin: { amount: 3 } } }).complaint.closeWithin).toEqual({ amount: 3, unit: 'day' });
    expect(definePolicy({ complaint: { closeWithin: { unit: 'next-day' } } }).complaint.closeWithin).toEqual({ unit: 'next-day' });
    // A unit alone would replace the period whole without its amount: refused, and a compile error.
    // @ts-expect-error a unit that counts needs its amount
    expect(() => definePolicy({ complaint: { closeWithin: { unit: 'day' } } })).toThrow(PolicyError);
    // @ts-expect-error same-day counts no amount
    expect(() => definePolicy({ complaint: { forwardWithin: { unit: 'same-day', amount: 1 } } })).toThrow(PolicyError);
    // @ts-expect-error a notice's lead takes hours or working days only
    expect(() => definePolicy({ communication: { notices: { works: { residentLead: { amount: 2, unit: 'day' } } } } })).toThrow(PolicyError);
    expect(definePolicy({ communication: { notices: { works: { residentLead: { amount: 2, unit: 'workday' } } } } }).communication.notices.works.residentLead).toEqual({ amount: 2, unit: 'workday' });
  });

  it('replaces a period whole when the override names its unit', () => {
    const policy = definePolicy({ communication: { deadlines: { 'property-loss': { unit: 'same-day' } } } });
    expect(policy.communication.deadlines['property-loss']).toEqual({ unit: 'same-day' });
    expect(policy.communication.deadlines['contract-change']).toEqual({ amount: 2, unit: 'workday' });
  });
});

describe('definePolicy and Maps or Sets', () => {
  it('refuses a Map or a Set where an object of settings goes, as policySchema does, instead of keeping the defaults', () => {
    for (const [value, path] of [
      [new Map([['dayCounting', 'elapsed']]), []],
      [{ kpi: new Map([['phoneRings', { value: 9, inclusive: true }]]) }, ['kpi']],
      [{ complaint: { closeWithin: new Set() } }, ['complaint', 'closeWithin']],
      // An empty condition would make the first class rule match every repair.
      [{ repair: { classRules: [{ repairClass: 'A', when: new Map() }] } }, ['repair', 'classRules', 0, 'when']],
    ] as const) {
      const error = policyErrorOf(() => definePolicy(value as never));
      expect([error.code, error.path]).toEqual(['invalid_type', path]);
      // The message names what was given: a Map or a Set (not merely a built-in value).
      expect(error.message).toMatch(/must be an object of settings, not a (Map|Set)$/);
    }
  });
});
