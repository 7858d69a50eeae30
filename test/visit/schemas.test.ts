import { describe, expect, it } from 'vitest';
import {
  annualVisitCoverageInputSchema,
  selectVisitSampleInputSchema,
  visitAllowedAtInputSchema,
  visitPaperworkDueInputSchema,
  visitPolicySchema,
  visitQuotaInputSchema,
  visitRoleMinimumInputSchema,
  visitSummaryApprovalDueAtInputSchema,
} from '../../src/schemas/visit.js';
import { defaultVisitPolicy } from '../../src/visit/visitPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { PolicyError } from '../../src/core/errors.js';

describe('visit schemas', () => {
  it('accept what the functions accept', () => {
    expect(visitQuotaInputSchema.safeParse({ households: 800, occupied: 750 }).success).toBe(true);
    expect(visitRoleMinimumInputSchema.safeParse('manager').success).toBe(true);
    expect(visitAllowedAtInputSchema.safeParse('2026-03-05T22:00:00+08:00').success).toBe(true);
    expect(visitPaperworkDueInputSchema.safeParse(Date.now()).success).toBe(true);
    expect(visitSummaryApprovalDueAtInputSchema.safeParse(new Date()).success).toBe(true);
    expect(selectVisitSampleInputSchema.safeParse({ households: ['a'], visited: [], count: 1, seed: 's' }).success).toBe(true);
    expect(selectVisitSampleInputSchema.safeParse({ households: ['a'], visited: [], excluded: ['b'], count: 0, seed: '' }).success).toBe(true);
    expect(annualVisitCoverageInputSchema.safeParse({ visits: 0, households: 1 }).success).toBe(true);
  });

  it('refuse what the functions refuse, with the same paths', () => {
    const tooMany = visitQuotaInputSchema.safeParse({ households: 300, occupied: 301 });
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.path).toEqual(['occupied']);
    expect(visitQuotaInputSchema.safeParse({ households: 300.5, occupied: 1 }).success).toBe(false);
    expect(visitQuotaInputSchema.safeParse({ households: 300, occupied: 1, extra: 1 }).success).toBe(false);
    expect(visitRoleMinimumInputSchema.safeParse('staff').success).toBe(false);
    expect(selectVisitSampleInputSchema.safeParse({ households: ['a', 1], visited: [], count: 1, seed: 's' }).success).toBe(false);
    expect(selectVisitSampleInputSchema.safeParse({ households: [], visited: [], count: -1, seed: 's' }).success).toBe(false);
    expect(annualVisitCoverageInputSchema.safeParse({ visits: 1, households: 0 }).success).toBe(false);
  });

  it('validate the policy section', () => {
    expect(visitPolicySchema.safeParse(defaultVisitPolicy).success).toBe(true);
    const bad = [
      { roleMinimums: { manager: -1 } },
      { roleMinimums: { manager: 2.5 } },
      { earliest: { value: 1500, inclusive: true } },
      { summaryBeforeDay: 31 },
      { approvalWithin: { amount: 0, unit: 'workday' } },
      { annualCoverageTarget: { value: 1.23456, inclusive: true } },
      { quotaBrackets: [] },
    ];
    for (const visit of bad) expect(() => definePolicy({ visit } as never), JSON.stringify(visit)).toThrow(PolicyError);
  });
});
