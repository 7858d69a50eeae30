import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  communicationDueAtArgsSchema,
  communicationDueAtInputSchema,
  communicationPolicySchema,
  companyMeetingDayInputSchema,
  noticePlanArgsSchema,
  noticePlanInputSchema,
  publicityUpdateDueAtInputSchema,
  retentionUntilArgsSchema,
  retentionUntilInputSchema,
} from '../../src/schemas/communication.js';
import { defaultCommunicationPolicy } from '../../src/communication/communicationPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { PolicyError } from '../../src/core/errors.js';

describe('communication schemas', () => {
  it('accept the arguments the functions accept', () => {
    expect(noticePlanArgsSchema.safeParse(['pest-control', '2026-03-05T09:00:00+08:00']).success).toBe(true);
    expect(noticePlanInputSchema).toBe(noticePlanArgsSchema);
    expect(communicationDueAtArgsSchema.safeParse(['appeal-reply', 1_772_676_000_000]).success).toBe(true);
    expect(communicationDueAtInputSchema).toBe(communicationDueAtArgsSchema);
    expect(retentionUntilArgsSchema.safeParse(['notice', new Date()]).success).toBe(true);
    expect(retentionUntilInputSchema).toBe(retentionUntilArgsSchema);
    expect(publicityUpdateDueAtInputSchema.safeParse('2026-01-31').success).toBe(true);
    expect(companyMeetingDayInputSchema.safeParse('2026-03-04T15:00').success).toBe(true);
  });

  it('refuse what the functions refuse', () => {
    expect(noticePlanArgsSchema.safeParse(['fumigation', '2026-03-05']).success).toBe(false);
    expect(noticePlanArgsSchema.safeParse(['works']).success).toBe(false);
    expect(communicationDueAtArgsSchema.safeParse(['appeal-reply', 'next week']).success).toBe(false);
    expect(retentionUntilArgsSchema.safeParse(['contract', '2026-03-05']).success).toBe(false);
  });

  it('carry titles and descriptions in Chinese and English, and export to JSON Schema', () => {
    const json = z.toJSONSchema(noticePlanArgsSchema, { unrepresentable: 'any' }) as { title?: string; description?: string };
    expect(json.title).toBe('noticePlan arguments');
    expect(json.description).toMatch(/作业/);
    expect(json.description).toMatch(/starts/);
  });

  it('validate the policy section: periods, leads and the weekday', () => {
    expect(communicationPolicySchema.safeParse(defaultCommunicationPolicy).success).toBe(true);
    const bad = [
      { deadlines: { 'property-loss': { amount: 1.5, unit: 'workday' } } },
      { deadlines: { 'property-loss': { amount: 0, unit: 'day' } } },
      { deadlines: { 'property-loss': { amount: -1, unit: 'hour' } } },
      { notices: { 'community-event': { residentLead: { amount: 0, unit: 'workday' } } } },
      { notices: { works: { residentLead: { amount: 2, unit: 'day' } } } },
      { notices: { works: { departmentLeadHours: -4 } } },
      { notices: { works: { rule: '' } } },
      { companyMeetingWeekday: 7 },
      { retention: { minutes: { amount: 12, unit: 'month' } } },
    ];
    for (const communication of bad) expect(() => definePolicy({ communication } as never), JSON.stringify(communication)).toThrow(PolicyError);
    expect(definePolicy({ communication: { deadlines: { 'property-loss': { amount: 0.5, unit: 'hour' } } } }).communication.deadlines['property-loss']).toEqual({
      amount: 0.5,
      unit: 'hour',
    });
  });
});
