import { describe, expect, it } from 'vitest';
import { defaultDeskPolicy } from '../../src/desk/deskPolicy.js';
import type { DeskPolicy } from '../../src/desk/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { checkShiftInputSchema, deskFineArgsSchema, deskFineInputSchema, deskPolicySchema } from '../../src/schemas/desk.js';
import { policyErrorPath } from '../support/errors.js';


describe('desk schemas', () => {
  it('accepts the default section, typed as DeskPolicy', () => {
    const parsed: DeskPolicy = deskPolicySchema.parse(defaultDeskPolicy);
    expect(parsed).toEqual(defaultDeskPolicy);
  });

  it.each([
    ['an unknown ladder', { desk: { fines: { smoking: { ruleId: 'desk.misc', steps: [] } } } }, ['desk', 'fines', 'smoking']],
    ['an empty ladder', { desk: { fines: { 'cleaning-duty': { ruleId: 'desk.misc.cleaning-duty', steps: [] } } } }, ['desk', 'fines', 'cleaning-duty', 'steps']],
    ['another rule id', { desk: { fines: { 'cleaning-duty': { ruleId: 'desk.misc', steps: [{ outcome: 'fine', amountYuan: 5 }] } } } }, ['desk', 'fines', 'cleaning-duty', 'ruleId']],
    ['a fine without an amount', { desk: { fines: { 'cleaning-duty': { ruleId: 'desk.misc.cleaning-duty', steps: [{ outcome: 'fine' }] } } } }, ['desk', 'fines', 'cleaning-duty', 'steps', 0, 'amountYuan']],
    ['an amount finer than the fen', { desk: { fines: { 'cleaning-duty': { ruleId: 'desk.misc.cleaning-duty', steps: [{ outcome: 'fine', amountYuan: 5.001 }] } } } }, ['desk', 'fines', 'cleaning-duty', 'steps', 0, 'amountYuan']],
    ['a pattern ending before it starts', { desk: { shifts: { patterns: [{ id: 'early', startMinute: 480, endMinute: 400, latestEndMinute: 400 }] } } }, ['desk', 'shifts', 'patterns', 0]],
    ['a negative break minimum', { desk: { shifts: { minimumBreakMinutes: -1 } } }, ['desk', 'shifts', 'minimumBreakMinutes']],
  ])('makes definePolicy refuse %s', (_, overrides, path) => {
    expect(policyErrorPath(() => definePolicy(overrides as never))).toEqual(path);
  });

  it('validates the inputs of the functions', () => {
    expect(deskFineInputSchema.safeParse('handover-log').success).toBe(true);
    expect(deskFineInputSchema.safeParse('smoking').success).toBe(false);
    expect(deskFineArgsSchema.safeParse(['weekly-report', 3]).success).toBe(true);
    expect(deskFineArgsSchema.safeParse(['weekly-report', 0]).success).toBe(false);
    expect(deskFineArgsSchema.safeParse(['weekly-report', 1.5]).success).toBe(false);
    expect(
      checkShiftInputSchema.safeParse({
        month: '2026-03',
        shifts: [{ start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T17:30:00+08:00', breaks: [{ start: '2026-03-02T12:00:00+08:00', end: '2026-03-02T13:00:00+08:00' }] }],
      }).success,
    ).toBe(true);
    expect(checkShiftInputSchema.safeParse({ month: '2026-3', shifts: [] }).success).toBe(false);
  });
});
