import { describe, expect, it } from 'vitest';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { defaultComplaintPolicy, defaultLevelThresholds } from '../../src/complaint/complaintPolicy.js';
import { PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { complaintPolicySchema } from '../../src/schemas/complaint.js';

describe('defaultComplaintPolicy', () => {
  it('holds the numbers of the sources with their boundaries', () => {
    const { levelThresholds: levels } = defaultComplaintPolicy;
    expect(levels.groupLitigationHouseholds).toEqual({ value: 10, inclusive: true });
    expect(levels.recurrenceComplainants).toEqual({ value: 3, inclusive: true });
    expect(levels.collectiveComplainants).toEqual({ value: 3, inclusive: true });
    expect(levels.collectiveHouseholds).toEqual({ value: 3, inclusive: true });
    expect(levels.repeatsAfterResolution).toEqual({ value: 3, inclusive: true });
    expect(levels.unresolvedLongerThan).toEqual({ period: { amount: 1, unit: 'month' }, inclusive: false });
    expect(defaultComplaintPolicy.recurrenceWindow).toEqual({ amount: 1, unit: 'month' });
    expect(defaultComplaintPolicy.forwardWithin).toEqual({ unit: 'same-day' });
    expect(defaultComplaintPolicy.majorLevels).toEqual([1, 2]);
    expect(defaultComplaintPolicy.routineResponseWithin).toEqual({ amount: 1, unit: 'day' });
    expect(defaultComplaintPolicy.majorResponseWithin).toEqual({ amount: 3, unit: 'day' });
    expect(defaultComplaintPolicy.closeWithin).toEqual({ amount: 6, unit: 'day' });
    expect(defaultComplaintPolicy.reportWithin).toEqual({ amount: 3, unit: 'day' });
    expect(defaultComplaintPolicy.especiallySeriousLevels).toEqual([1]);
    expect(defaultComplaintPolicy.targets).toEqual({
      satisfaction: { value: 1, inclusive: true },
      handling: { value: 1, inclusive: true },
      returnVisit: { value: 1, inclusive: true },
    });
  });

  it('is the complaint section of the deep-frozen default policy', () => {
    expect(defaultPolicy.complaint).toBe(defaultComplaintPolicy);
    expect(Object.isFrozen(defaultPolicy.complaint.levelThresholds.unresolvedLongerThan.period)).toBe(true);
  });

  it("has as its thresholds the constant classifyComplaint reads without a policy, and classifies as the default policy does", () => {
    expect(defaultComplaintPolicy.levelThresholds).toBe(defaultLevelThresholds);
    expect(Object.isFrozen(defaultLevelThresholds.groupLitigationHouseholds)).toBe(true);
    const cases = [
      { collectiveHouseholds: 11 },
      { collectiveHouseholds: 2, collectiveComplainants: 3 },
      { litigation: 'filed', litigationHouseholds: 10 },
      { sameIssueComplainantsInMonth: 3 },
      { repeatsAfterResolution: 2 },
      { unresolved: { openedAt: '2026-01-31T09:00+08:00', asOf: '2026-02-28T24:00+08:00', causedByUs: true } },
      { unresolved: { openedAt: '2026-01-31T09:00+08:00', asOf: '2026-03-01T00:00:00.001+08:00', causedByUs: true } },
    ] as const;
    for (const facts of cases) expect(classifyComplaint(facts), JSON.stringify(facts)).toEqual(classifyComplaint(facts, { policy: defaultPolicy }));
    // Only a policy that asks for it makes more than 10 households a crisis.
    expect(classifyComplaint({ collectiveHouseholds: 11 }).level).toBe(2);
    expect(classifyComplaint({ collectiveHouseholds: 11 }, { policy: definePolicy({ complaint: { collectiveAboveTenHouseholds: 1 } }) }).level).toBe(1);
  });
});

describe('complaintPolicySchema', () => {
  it('accepts the default section', () => {
    expect(complaintPolicySchema.safeParse(defaultComplaintPolicy).success).toBe(true);
  });

  it.each([
    [{ levelThresholds: { ...defaultComplaintPolicy.levelThresholds, recurrenceComplainants: { value: -1, inclusive: true } } }, ['levelThresholds', 'recurrenceComplainants', 'value']],
    [{ levelThresholds: { ...defaultComplaintPolicy.levelThresholds, households: { value: 3, inclusive: true } } }, ['levelThresholds']],
    [{ majorLevels: [1, 5] }, ['majorLevels', 1]],
    [{ closeWithin: { amount: 0, unit: 'day' } }, ['closeWithin', 'amount']],
    [{ closeWithin: { amount: 6, unit: 'fortnight' } }, ['closeWithin', 'unit']],
    [{ targets: { ...defaultComplaintPolicy.targets, handling: { value: 1.2, inclusive: true } } }, ['targets', 'handling', 'value']],
    [{ escalation: 'always' }, []],
  ])('refuses %j', (override, path) => {
    const result = complaintPolicySchema.safeParse({ ...defaultComplaintPolicy, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});

// These go through definePolicy, which validates the whole policy: they need every module's section
// schema to match its interface.
describe('definePolicy with complaint overrides', () => {
  it('overrides one threshold and keeps the rest', () => {
    const policy = definePolicy({ complaint: { levelThresholds: { collectiveHouseholds: { value: 5, inclusive: true } } } });
    expect(policy.complaint.levelThresholds.collectiveComplainants).toEqual({ value: 3, inclusive: true });
    expect(classifyComplaint({ collectiveHouseholds: 4 }, { policy }).level).toBe(4);
    expect(classifyComplaint({ collectiveHouseholds: 5 }, { policy }).level).toBe(2);
  });

  it('refuses a bad complaint setting with a PolicyError naming it', () => {
    expect(() => definePolicy({ complaint: { majorLevels: [7] } } as never)).toThrow(PolicyError);
    expect(() => definePolicy({ complaint: { levelThreshold: {} } } as never)).toThrow(expect.objectContaining({ path: ['complaint', 'levelThreshold'] }));
  });
});
