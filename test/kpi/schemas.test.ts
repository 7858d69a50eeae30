import { describe, expect, it } from 'vitest';
import {
  collectionCheckInputSchema,
  collectionRateArgsSchema,
  collectionRateInputSchema,
  kpiPolicySchema,
  parkingRenewalNoticeByInputSchema,
  phoneAnsweredInTimeInputSchema,
  serviceDueAtArgsSchema,
  serviceDueAtInputSchema,
  serviceOrderKindInputSchema,
  summarizeServiceRatingsInputSchema,
  supervisorInspectionsMetInputSchema,
  supervisorMonthDeadlinesInputSchema,
} from '../../src/schemas/kpi.js';
import { defaultKpiPolicy } from '../../src/kpi/kpiPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { PolicyError } from '../../src/core/errors.js';

describe('kpi schemas', () => {
  it('accept what the functions accept', () => {
    expect(collectionRateArgsSchema.safeParse([8000, 10000]).success).toBe(true);
    expect(collectionRateArgsSchema.safeParse([0, 0]).success).toBe(true);
    expect(collectionRateInputSchema).toBe(collectionRateArgsSchema);
    expect(collectionCheckInputSchema.safeParse({ current: 0.8, previous: 0.9, beforePrevious: 1 }).success).toBe(true);
    expect(summarizeServiceRatingsInputSchema.safeParse([{ attitude: 'poor', skill: 'average', arrival: 'satisfied', promise: 'very-satisfied' }]).success).toBe(true);
    expect(summarizeServiceRatingsInputSchema.safeParse([]).success).toBe(true);
    expect(serviceDueAtArgsSchema.safeParse(['parking-permit', '2026-03-05T09:00']).success).toBe(true);
    expect(serviceDueAtInputSchema).toBe(serviceDueAtArgsSchema);
    expect(parkingRenewalNoticeByInputSchema.safeParse('2026-04-01').success).toBe(true);
    expect(phoneAnsweredInTimeInputSchema.safeParse(3).success).toBe(true);
    expect(serviceOrderKindInputSchema.safeParse('D').success).toBe(true);
    expect(supervisorMonthDeadlinesInputSchema.safeParse('2026-12').success).toBe(true);
    expect(supervisorInspectionsMetInputSchema.safeParse(2).success).toBe(true);
  });

  it('refuse what the functions refuse', () => {
    const over = collectionRateArgsSchema.safeParse([100.01, 100]);
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.path).toEqual([0]);
    expect(collectionRateArgsSchema.safeParse([10.001, 100]).success).toBe(false);
    expect(collectionCheckInputSchema.safeParse({ current: 80, previous: 0.9, beforePrevious: 1 }).success).toBe(false);
    expect(summarizeServiceRatingsInputSchema.safeParse([{ attitude: 'good', skill: 'average', arrival: 'satisfied', promise: 'poor' }]).success).toBe(false);
    expect(serviceDueAtArgsSchema.safeParse(['move-in', '2026-03-05']).success).toBe(false);
    expect(phoneAnsweredInTimeInputSchema.safeParse(-1).success).toBe(false);
    expect(serviceOrderKindInputSchema.safeParse('E').success).toBe(false);
    expect(supervisorMonthDeadlinesInputSchema.safeParse('2026-13').success).toBe(false);
  });

  it('validate the policy section', () => {
    expect(kpiPolicySchema.safeParse(defaultKpiPolicy).success).toBe(true);
    const bad = [
      { collectionTargets: { current: { value: 80, inclusive: true } } },
      { satisfactionTarget: { value: 0.95001, inclusive: true } },
      { serviceDeadlines: { 'secondary-renovation': { amount: 2.5, unit: 'workday' } } },
      { parkingRenewalLeadHours: -1 },
      { supervisor: { workPlanBeforeDay: 0 } },
      { supervisor: { arrearsReportDay: 30 } },
    ];
    for (const kpi of bad) expect(() => definePolicy({ kpi } as never), JSON.stringify(kpi)).toThrow(PolicyError);
  });
});
