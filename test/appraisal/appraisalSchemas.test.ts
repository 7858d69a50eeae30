import { describe, expect, it } from 'vitest';
import { appraisalItems, type AppraisalPolicy } from '../../src/appraisal/index.js';
import { defaultAppraisalPolicy } from '../../src/appraisal/appraisalPolicy.js';
import { definePolicy } from '../../src/policy/index.js';
import {
  appraisalPolicySchema,
  appraiseMonthInputSchema,
  bonusItemSchema,
  emergencyOverrunDeductionInputSchema,
  employmentMonthArgsSchema,
  employmentMonthInputSchema,
  gradeForScoreInputSchema,
  payFloatArgsSchema,
  payFloatInputSchema,
  scoreMonthInputSchema,
  terminationEligibilityInputSchema,
  violationItemSchema,
} from '../../src/schemas/appraisal.js';
import { policyErrorPath } from '../support/errors.js';


describe('appraisal schemas', () => {
  it('accepts the default section, typed as AppraisalPolicy', () => {
    const parsed: AppraisalPolicy = appraisalPolicySchema.parse(defaultAppraisalPolicy);
    expect(parsed).toEqual(defaultAppraisalPolicy);
  });

  it('knows exactly the item ids of the table', () => {
    expect([...bonusItemSchema.options, ...violationItemSchema.options]).toEqual(appraisalItems.map((item) => item.id));
  });

  it.each([
    ['an unknown key', { appraisal: { bass: 80 } }, ['appraisal', 'bass']],
    ['a fixed item with a range too', { appraisal: { items: [{ id: 'no-mandarin', kind: 'minor', points: 2, range: { min: 1, max: 2 }, ruleId: 'appraisal.minor' }] } }, ['appraisal', 'items', 0, 'points']],
    ['a dismissal item with points', { appraisal: { items: [{ id: 'cliques', kind: 'dismissal', points: 20, ruleId: 'appraisal.dismissal-offense' }] } }, ['appraisal', 'items', 0, 'points']],
    ['a rule id of another list', { appraisal: { items: [{ id: 'no-mandarin', kind: 'minor', points: 2, ruleId: 'appraisal.severe' }] } }, ['appraisal', 'items', 0, 'ruleId']],
    ['a bonus item on a violation list', { appraisal: { items: [{ id: 'cover-shift', kind: 'minor', points: 2, ruleId: 'appraisal.minor' }] } }, ['appraisal', 'items', 0, 'kind']],
    ['a violation item on the bonus list', { appraisal: { items: [{ id: 'no-mandarin', kind: 'bonus', points: 2, ruleId: 'appraisal.bonus' }] } }, ['appraisal', 'items', 0, 'kind']],
    ['an inverted range', { appraisal: { items: [{ id: 'loud-noise', kind: 'minor', range: { min: 5, max: 2 }, ruleId: 'appraisal.minor' }] } }, ['appraisal', 'items', 0, 'range']],
    ['fractional points', { appraisal: { items: [{ id: 'loud-noise', kind: 'minor', points: 2.5, ruleId: 'appraisal.minor' }] } }, ['appraisal', 'items', 0, 'points']],
    [
      'duplicate items',
      {
        appraisal: {
          items: [
            { id: 'loud-noise', kind: 'minor', points: 2, ruleId: 'appraisal.minor' },
            { id: 'loud-noise', kind: 'minor', points: 3, ruleId: 'appraisal.minor' },
          ],
        },
      },
      ['appraisal', 'items'],
    ],
    [
      'tiers out of order',
      {
        appraisal: {
          emergencyOverrunTiers: [
            { severity: 'moderate', over: { value: 10, inclusive: false }, points: 10 },
            { severity: 'minor', over: { value: 0, inclusive: false }, points: 5 },
          ],
        },
      },
      ['appraisal', 'emergencyOverrunTiers'],
    ],
    [
      'grades out of order',
      {
        appraisal: {
          grades: [
            { grade: 'B', from: { value: 80, inclusive: true } },
            { grade: 'A', from: { value: 90, inclusive: false } },
          ],
        },
      },
      ['appraisal', 'grades'],
    ],
    ['a repeated grade', { appraisal: { grades: [{ grade: 'A', from: { value: 90, inclusive: false } }, { grade: 'A', from: { value: 80, inclusive: true } }] } }, ['appraisal', 'grades']],
    ['a cap below the base', { appraisal: { cap: 70 } }, ['appraisal', 'cap']],
    ['an unknown escalation count', { appraisal: { escalationCountsBy: 'rows' } }, ['appraisal', 'escalationCountsBy']],
    ['a positive adjustment minimum', { appraisal: { adjustment: { min: 1 } } }, ['appraisal', 'adjustment', 'min']],
    ['a pay rate finer than the fen', { appraisal: { payFloat: { yuanPerPoint: 10.001 } } }, ['appraisal', 'payFloat', 'yuanPerPoint']],
    ['pay floating from month 0', { appraisal: { payFloat: { firstFloatingMonth: 0 } } }, ['appraisal', 'payFloat', 'firstFloatingMonth']],
  ])('makes definePolicy refuse %s', (_, overrides, path) => {
    expect(policyErrorPath(() => definePolicy(overrides as never))).toEqual(path);
  });

  it('validates the inputs of the functions', () => {
    expect(gradeForScoreInputSchema.safeParse(89.5).success).toBe(true);
    expect(gradeForScoreInputSchema.safeParse(Infinity).success).toBe(false);
    expect(payFloatInputSchema.safeParse(Number.NaN).success).toBe(false);
    expect(payFloatArgsSchema.safeParse([91, { employmentMonth: 3 }]).success).toBe(true);
    expect(payFloatArgsSchema.safeParse([91]).success).toBe(true);
    expect(payFloatArgsSchema.safeParse([91, { employmentMonth: 0 }]).success).toBe(false);
    expect(emergencyOverrunDeductionInputSchema.safeParse(-3).success).toBe(true);
    expect(employmentMonthInputSchema.safeParse('2026-03-01T09:00:00+08:00').success).toBe(true);
    expect(employmentMonthArgsSchema.safeParse(['2026-03-01', '2026-05']).success).toBe(true);
    expect(employmentMonthArgsSchema.safeParse(['2026-03-01', '2026-5']).success).toBe(false);
    expect(terminationEligibilityInputSchema.safeParse({ score: 65, lastPlace: true, previousMonth: { score: 66, lastPlace: true } }).success).toBe(true);
    expect(terminationEligibilityInputSchema.safeParse({ score: 65, lastplace: true }).success).toBe(false);
  });

  it('checks a month\'s points against the default table', () => {
    const ok = scoreMonthInputSchema.safeParse({
      bonuses: [{ item: 'cover-shift', times: 2, points: 5 }],
      deductions: [{ item: 'late-or-early-leave', points: 3 }, { item: 'sleeping-on-duty' }],
      emergencyOverrunMinutes: [12],
      adjustment: { points: -2, reason: 'late plans' },
    });
    expect(ok.success).toBe(true);
    const issues = (input: unknown) => scoreMonthInputSchema.safeParse(input).error?.issues.map((issue) => issue.path) ?? [];
    expect(issues({ deductions: [{ item: 'late-or-early-leave' }] })).toEqual([['deductions', 0, 'points']]);
    expect(issues({ deductions: [{ item: 'late-or-early-leave', points: 7 }] })).toEqual([['deductions', 0, 'points']]);
    expect(issues({ deductions: [{ item: 'no-mandarin', points: 3 }] })).toEqual([['deductions', 0, 'points']]);
    expect(issues({ deductions: [{ item: 'cliques', points: 3 }] })).toEqual([['deductions', 0, 'points']]);
    expect(issues({ bonuses: [{ item: 'cover-shift', points: 4 }] })).toEqual([['bonuses', 0, 'points']]);
    expect(issues({ adjustment: { points: 6, reason: 'x' } })).toEqual([['adjustment', 'points']]);
    expect(issues({ adjustment: { points: 1, reason: '  ' } })).toEqual([['adjustment', 'reason']]);
    expect(issues({ deductions: [{ item: 'napping' }] })).toEqual([['deductions', 0, 'item']]);
  });

  it('validates a team', () => {
    expect(appraiseMonthInputSchema.safeParse({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-01-05', month: {} }] }).success).toBe(true);
    expect(appraiseMonthInputSchema.safeParse({ members: [{ id: 'a' }, { id: 'a' }] }).success).toBe(false);
    expect(appraiseMonthInputSchema.safeParse({ members: [{ id: 'a', hiredOn: '2026-01-05' }] }).success).toBe(false);
  });
});
