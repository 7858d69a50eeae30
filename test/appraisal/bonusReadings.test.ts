import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseMonth, scoreMonth, type AppraisalMonth } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/index.js';
import { appraiseMonthInputSchema, scoreMonthInputSchema } from '../../src/schemas/appraisal.js';
import { examScore, month } from './_arbitraries.js';
import { expectInvalid, inCatalog, snapshot } from './_helpers.js';

describe('scoreMonth bonus readings', () => {
  it('voids top-performer in a month with a minor deduction and says why', () => {
    const result = scoreMonth({ bonuses: [{ item: 'top-performer' }], deductions: [{ item: 'no-mandarin' }] });
    expect(result.bonusPoints).toBe(0);
    expect(result.score).toBe(78);
    expect(result.voidedBonuses).toEqual([{ item: 'top-performer', reason: 'violation-in-month' }]);
    expect(result.basis).toContain('appraisal.bonus.voided');
    expect(inCatalog(result.basis)).toBe(true);
  });

  it.each<[string, AppraisalMonth]>([
    ['a moderate deduction', { deductions: [{ item: 'missed-meeting' }] }],
    ['a severe deduction', { deductions: [{ item: 'absenteeism' }] }],
    ['a dismissal offense', { deductions: [{ item: 'cliques' }] }],
    ['an emergency overrun of one minute', { emergencyOverrunMinutes: [1] }],
    ['an exam score of 60', { examScore: 60 }],
  ])('voids top-performer with %s', (_label, violation) => {
    const result = scoreMonth({ ...violation, bonuses: [{ item: 'top-performer' }] });
    expect(result.voidedBonuses).toEqual([{ item: 'top-performer', reason: 'violation-in-month' }]);
    expect(result.bonusPoints).toBe(0);
  });

  it.each<[string, AppraisalMonth]>([
    ['an overrun of 0 minutes (in time)', { emergencyOverrunMinutes: [0, -3] }],
    ['a deduction given 0 times', { deductions: [{ item: 'absenteeism', times: 0 }] }],
    ['an exam score of 61', { examScore: 61 }],
    ['a negative adjustment (not a violation)', { adjustment: { points: -5, reason: 'late reports' } }],
  ])('keeps top-performer with %s', (_label, clean) => {
    const result = scoreMonth({ ...clean, bonuses: [{ item: 'top-performer' }] });
    expect(result.voidedBonuses).toEqual([]);
    expect(result.bonusPoints).toBe(5);
    expect(result.basis).not.toContain('appraisal.bonus.voided');
  });

  it('voids zero-valid-complaints only in a month with a customer conflict', () => {
    const conflict = scoreMonth({ bonuses: [{ item: 'zero-valid-complaints' }, { item: 'cover-shift' }], deductions: [{ item: 'customer-conflict' }] });
    expect(conflict.voidedBonuses).toEqual([{ item: 'zero-valid-complaints', reason: 'customer-conflict' }]);
    expect(conflict.bonusPoints).toBe(5);
    expect(conflict.score).toBe(65);
    const other = scoreMonth({ bonuses: [{ item: 'zero-valid-complaints' }], deductions: [{ item: 'absenteeism' }] });
    expect(other.voidedBonuses).toEqual([]);
    expect(other.bonusPoints).toBe(5);
  });

  it('voids both statuses in a month with a customer conflict, each with its reason', () => {
    const result = scoreMonth({ bonuses: [{ item: 'top-performer' }, { item: 'zero-valid-complaints' }], deductions: [{ item: 'customer-conflict' }] });
    expect(result.voidedBonuses).toEqual([
      { item: 'top-performer', reason: 'violation-in-month' },
      { item: 'zero-valid-complaints', reason: 'customer-conflict' },
    ]);
    expect(Object.isFrozen(result.voidedBonuses[0])).toBe(true);
  });

  it.each(['top-performer', 'exam-full-marks', 'zero-valid-complaints'] as const)('refuses %s twice in a month', (item) => {
    expectInvalid(() => scoreMonth({ bonuses: [{ item, times: 2 }] }), 'once_a_month', ['bonuses', 0, 'times']);
    expectInvalid(() => scoreMonth({ bonuses: [{ item }, { item: 'cover-shift' }, { item, times: 1 }] }), 'once_a_month', ['bonuses', 2, 'item']);
    expect(scoreMonth({ bonuses: [{ item, times: 0 }, { item }] }).bonusPoints).toBe(5);
  });

  it('keeps times for the per-time bonuses', () => {
    expect(scoreMonth({ bonuses: [{ item: 'cover-shift', times: 3 }, { item: 'adopted-suggestion', times: 2 }] }).bonusPoints).toBe(25);
  });
});

describe('scoreMonth examScore', () => {
  it('deducts an exam score of exactly 60 (60以下 includes 60) and not 60.5', () => {
    const sixty = scoreMonth({ examScore: 60 });
    expect([sixty.score, sixty.deductionPoints]).toEqual([70, 10]);
    expect(sixty.basis).toEqual(['appraisal.moderate', 'appraisal.exam', 'appraisal.base', 'appraisal.grade']);
    expect(scoreMonth({ examScore: 60.5 }).score).toBe(80);
    expect(scoreMonth({ examScore: 0 }).score).toBe(70);
  });

  it('adds the full-marks bonus at 100 and nothing at 99.5', () => {
    expect(scoreMonth({ examScore: 100 }).bonusPoints).toBe(5);
    expect(scoreMonth({ examScore: 100 }).basis).toEqual(['appraisal.bonus', 'appraisal.exam', 'appraisal.base', 'appraisal.grade']);
    expect(scoreMonth({ examScore: 99.5 }).bonusPoints).toBe(0);
    expect(scoreMonth({ examScore: 99.5 }).basis).toEqual(['appraisal.exam', 'appraisal.base', 'appraisal.grade']);
  });

  it('counts a deducted exam as a moderate clause for the escalation', () => {
    expect(scoreMonth({ examScore: 40, deductions: [{ item: 'missed-meeting' }] })).toMatchObject({ escalated: true, score: 40 });
  });

  it('refuses examScore together with an exam item', () => {
    expectInvalid(() => scoreMonth({ examScore: 100, bonuses: [{ item: 'exam-full-marks' }] }), 'conflicting_exam_item', ['bonuses', 0, 'item']);
    expectInvalid(() => scoreMonth({ examScore: 30, deductions: [{ item: 'exam-below-60' }] }), 'conflicting_exam_item', ['deductions', 0, 'item']);
  });

  it.each([-1, 100.5, 101, Number.NaN, Number.POSITIVE_INFINITY, '90', null])('refuses an exam score of %s', (score) => {
    expect(() => scoreMonth({ examScore: score as number })).toThrow(InvalidInputError);
    try {
      scoreMonth({ examScore: score as number });
    } catch (error) {
      expect((error as InvalidInputError).path).toEqual(['examScore']);
      expect((error as Error).message.startsWith('scoreMonth')).toBe(true);
    }
  });

  it('reads full marks and the deducted scores from the policy', () => {
    const policy = definePolicy({ appraisal: { exam: { fullMarks: 150, deductedUpTo: { value: 90, inclusive: false } } } });
    expect(scoreMonth({ examScore: 150 }, { policy }).bonusPoints).toBe(5);
    expect(scoreMonth({ examScore: 90 }, { policy }).deductionPoints).toBe(0);
    expect(scoreMonth({ examScore: 89.5 }, { policy }).deductionPoints).toBe(10);
    expectInvalid(() => scoreMonth({ examScore: 151 }, { policy }), 'out_of_range', ['examScore']);
  });

  it('passes through appraiseMonth with the member\'s path', () => {
    const team = appraiseMonth({ members: [{ id: 'a', month: { examScore: 100, bonuses: [{ item: 'top-performer' }] } }, { id: 'b', month: { examScore: 60 } }] });
    expect(team.members.map((member) => member.score)).toEqual([90, 70]);
    expectInvalid(() => appraiseMonth({ members: [{ id: 'a', month: { bonuses: [{ item: 'top-performer', times: 2 }] } }] }), 'once_a_month', ['members', 0, 'month', 'bonuses', 0, 'times']);
  });
});

describe('scoreMonth readings, properties', () => {
  it('never lowers the score when the exam score rises', () => {
    fc.assert(
      fc.property(month, examScore, examScore, (input, a, b) => {
        const { bonuses, deductions, ...rest } = input;
        const clean = {
          ...rest,
          bonuses: (bonuses ?? []).filter((entry) => entry.item !== 'exam-full-marks'),
          deductions: (deductions ?? []).filter((entry) => entry.item !== 'exam-below-60'),
        };
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(scoreMonth({ ...clean, examScore: high }).score).toBeGreaterThanOrEqual(scoreMonth({ ...clean, examScore: low }).score);
      }),
      { numRuns: 200 },
    );
  });

  it('never counts top-performer in a month with a violation', () => {
    fc.assert(
      fc.property(month, (input) => {
        const result = scoreMonth(input);
        const topClaimed = (input.bonuses ?? []).some((entry) => entry.item === 'top-performer' && (entry.times ?? 1) > 0);
        const voided = result.voidedBonuses.some((entry) => entry.item === 'top-performer');
        const violated =
          (input.deductions ?? []).some((entry) => (entry.times ?? 1) > 0) ||
          (input.emergencyOverrunMinutes ?? []).some((minutes) => minutes > 0) ||
          (input.examScore !== undefined && input.examScore <= 60);
        expect(voided).toBe(topClaimed && violated);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with its zod schema on valid months and is deterministic without mutating them', () => {
    fc.assert(
      fc.property(month, (input) => {
        const copy = snapshot(input);
        expect(scoreMonthInputSchema.safeParse(input).success).toBe(true);
        expect(appraiseMonthInputSchema.safeParse({ members: [{ id: 'x', month: input }] }).success).toBe(true);
        expect(scoreMonth(input)).toEqual(scoreMonth(input));
        expect(input).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with its zod schema on the new refusals', () => {
    const bad: AppraisalMonth[] = [
      { bonuses: [{ item: 'top-performer', times: 2 }] },
      { bonuses: [{ item: 'zero-valid-complaints' }, { item: 'zero-valid-complaints' }] },
      { examScore: 100, bonuses: [{ item: 'exam-full-marks' }] },
      { examScore: 10, deductions: [{ item: 'exam-below-60' }] },
      { examScore: 101 },
      { examScore: -0.5 },
    ];
    for (const input of bad) {
      expect(scoreMonthInputSchema.safeParse(input).success).toBe(false);
      expect(() => scoreMonth(input)).toThrow(InvalidInputError);
    }
  });
});
