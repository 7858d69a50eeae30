// Every value of each enumerated setting is accepted, and every hour or minute setting refuses a
// negative number at its own path: one row per setting, so that a check that lost a value or its
// lower bound is caught by name.
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { DeepPartial, Policy } from '../../src/policy/Policy.js';
import { policyErrorOf } from '../support/errors.js';

const pest = { rule: 'notice.pest-control', departmentLeadHours: 24, residentLead: { amount: 12, unit: 'hour' }, forbiddenOnRestDays: true };

const enumerations: readonly (readonly [string, readonly unknown[], (value: unknown) => unknown])[] = [
  ['outOfCoverage', ['throw', 'statutory', 'weekends'], (value) => ({ outOfCoverage: value })],
  ['repair.clockStartsAt', ['receipt', 'acceptance'], (value) => ({ repair: { clockStartsAt: value } })],
  ['appraisal.escalationCountsBy', ['clauses', 'occurrences'], (value) => ({ appraisal: { escalationCountsBy: value } })],
  ['desk.ladderWindow', ['month', 'employment'], (value) => ({ desk: { ladderWindow: value } })],
  ['desk.shiftRule', ['work-hours', 'posted-shifts'], (value) => ({ desk: { shiftRule: value } })],
  ['duty.surveyCadence', ['quarterly', 'half-yearly', 'both'], (value) => ({ duty: { surveyCadence: value } })],
  ['duty.dailyDutiesOn', ['workdays', 'every-day'], (value) => ({ duty: { dailyDutiesOn: value } })],
  ['communication.notices.pest-control.residentLead.unit', ['hour', 'workday'], (value) => ({ communication: { notices: { 'pest-control': { ...pest, residentLead: { amount: 2, unit: value } } } } })],
];

const lowerBounds: readonly (readonly [readonly (string | number)[], DeepPartial<Policy>])[] = [
  [['repair', 'referralHours'], { repair: { referralHours: -1 } }],
  [['repair', 'paidServiceHours'], { repair: { paidServiceHours: -1 } }],
  [['kpi', 'parkingRenewalLeadHours'], { kpi: { parkingRenewalLeadHours: -1 } }],
  [['communication', 'notices', 'pest-control', 'departmentLeadHours'], { communication: { notices: { 'pest-control': { ...pest, departmentLeadHours: -1 } } } } as never],
  [['communication', 'notices', 'pest-control', 'residentLead', 'amount'], { communication: { notices: { 'pest-control': { ...pest, residentLead: { amount: -1, unit: 'hour' } } } } } as never],
  [['communication', 'publicityUpdateWithin', 'amount'], { communication: { publicityUpdateWithin: { amount: -0.5, unit: 'workhour' } } }],
  [['desk', 'shifts', 'minimumBreakMinutes'], { desk: { shifts: { minimumBreakMinutes: -1 } } } as never],
  [['desk', 'shifts', 'minimumRestDays', 'value'], { desk: { shifts: { minimumRestDays: { value: -1, inclusive: true } } } } as never],
];

describe('definePolicy settings', () => {
  it.each(enumerations)('accepts every value of %s and refuses another', (path, values, override) => {
    for (const value of values) expect(() => definePolicy(override(value) as never), `${path} = ${String(value)}`).not.toThrow();
    const error = policyErrorOf(() => definePolicy(override('other') as never));
    expect(error.path).toEqual(path.split('.'));
    expect(error.message).toBe(`definePolicy: ${path} must be one of ${values.map((value) => JSON.stringify(value)).join(', ')}, received "other"`);
  });

  it.each(lowerBounds)('refuses a negative number at %j', (path, override) => {
    const error = policyErrorOf(() => definePolicy(override));
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(/must be at least 0, received -/);
  });

  it("names the display names a role of the company's own needs", () => {
    const error = policyErrorOf(() => definePolicy({ complaint: { approvalBands: [{ approver: 'boss', upTo: null }] } }));
    expect(error.path).toEqual(['complaint', 'approvalBands', 0, 'approverName']);
    expect(error.message).toBe('definePolicy: complaint.approvalBands[0].approverName: a role of your own needs its display names (approverName with zh-Hans, zh-Hant and en)');
  });
});
