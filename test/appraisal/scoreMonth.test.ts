import { describe, expect, it } from 'vitest';
import { scoreMonth, type AppraisalMonth } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { scoreMonthInputSchema } from '../../src/schemas/appraisal.js';
import { expectInvalid, inCatalog } from './_helpers.js';
import { InvalidInputError } from '../../src/core/errors.js';

// Where scoreMonth refuses a month.
function refusedAt(month: AppraisalMonth): unknown {
  try {
    scoreMonth(month);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).path;
  }
  return 'accepted';
}

describe('scoreMonth', () => {
  it('starts a plain month at the base of 80', () => {
    expect(scoreMonth({})).toEqual({
      score: 80,
      raw: 80,
      capped: false,
      bonusPoints: 0,
      deductionPoints: 0,
      escalated: false,
      dismissalOffense: false,
      grade: 'B',
      voidedBonuses: [],
      basis: ['appraisal.base', 'appraisal.grade'],
    });
  });

  it('adds bonuses per time and deducts fixed and ranged items', () => {
    const result = scoreMonth({
      bonuses: [{ item: 'cover-shift', times: 2 }, { item: 'zero-valid-complaints' }],
      deductions: [{ item: 'late-or-early-leave', points: 3, times: 2 }, { item: 'no-mandarin' }, { item: 'eating-smoking', points: 5 }],
    });
    expect(result).toMatchObject({ bonusPoints: 15, deductionPoints: 13, raw: 82, score: 82, escalated: false, grade: 'B' });
    expect(result.basis).toEqual(['appraisal.minor', 'appraisal.bonus', 'appraisal.base', 'appraisal.grade']);
  });

  it('deducts 10 per moderate and 20 per severe item', () => {
    expect(scoreMonth({ deductions: [{ item: 'missed-meeting' }] }).score).toBe(70);
    expect(scoreMonth({ deductions: [{ item: 'absenteeism', times: 2 }] }).score).toBe(40);
  });

  describe('the escalation', () => {
    it('applies for two distinct moderate clauses', () => {
      const result = scoreMonth({ deductions: [{ item: 'missed-meeting' }, { item: 'films-or-games' }] });
      expect(result).toMatchObject({ raw: 40, deductionPoints: 20, escalated: true, grade: null });
      expect(result.basis).toEqual(['appraisal.escalation', 'appraisal.moderate', 'appraisal.base', 'appraisal.grade']);
    });

    it('does not apply for one moderate clause broken twice (clauses are counted)', () => {
      const twice = scoreMonth({ deductions: [{ item: 'missed-meeting', times: 2 }] });
      expect(twice).toMatchObject({ raw: 60, escalated: false });
      const listedTwice = scoreMonth({ deductions: [{ item: 'missed-meeting' }, { item: 'missed-meeting' }] });
      expect(listedTwice).toMatchObject({ raw: 60, escalated: false });
    });

    it('applies for four distinct minor clauses, not three', () => {
      const three: AppraisalMonth = { deductions: [{ item: 'no-mandarin' }, { item: 'messy-desk' }, { item: 'loud-noise' }] };
      expect(scoreMonth(three)).toMatchObject({ raw: 74, escalated: false });
      const four = { deductions: [...(three.deductions ?? []), { item: 'data-entry-error' as const }] };
      expect(scoreMonth(four)).toMatchObject({ raw: 52, deductionPoints: 8, escalated: true });
    });

    it('does not count severe clauses', () => {
      expect(scoreMonth({ deductions: [{ item: 'absenteeism' }, { item: 'customer-conflict' }] })).toMatchObject({ raw: 40, escalated: false });
    });

    it('applies once even when both triggers hold', () => {
      const result = scoreMonth({
        deductions: [
          { item: 'missed-meeting' },
          { item: 'films-or-games' },
          { item: 'no-mandarin' },
          { item: 'messy-desk' },
          { item: 'loud-noise' },
          { item: 'data-entry-error' },
        ],
      });
      expect(result).toMatchObject({ deductionPoints: 28, raw: 32, escalated: true });
    });

    it('counts occurrences when the policy says so', () => {
      const policy = definePolicy({ appraisal: { escalationCountsBy: 'occurrences' } });
      expect(scoreMonth({ deductions: [{ item: 'missed-meeting', times: 2 }] }, { policy })).toMatchObject({ raw: 40, escalated: true });
      expect(scoreMonth({ deductions: [{ item: 'no-mandarin', times: 4 }] }, { policy })).toMatchObject({ raw: 52, escalated: true });
      expect(scoreMonth({ deductions: [{ item: 'no-mandarin', times: 3 }] }, { policy })).toMatchObject({ raw: 74, escalated: false });
      expect(scoreMonth({ emergencyOverrunMinutes: [15, 20] }, { policy })).toMatchObject({ raw: 40, escalated: true });
    });

    it('follows a company policy with its own triggers and points', () => {
      const policy = definePolicy({ appraisal: { escalation: { points: 15, moderate: { value: 3, inclusive: true } } } });
      expect(scoreMonth({ deductions: [{ item: 'missed-meeting' }, { item: 'films-or-games' }] }, { policy })).toMatchObject({ raw: 60, escalated: false });
      expect(
        scoreMonth({ deductions: [{ item: 'missed-meeting' }, { item: 'films-or-games' }, { item: 'skipped-records' }] }, { policy }),
      ).toMatchObject({ raw: 35, escalated: true });
    });
  });

  describe('emergency overruns', () => {
    it.each([
      [[-3, 0], 80, false],
      [[10], 75, false],
      [[10.5], 70, false],
      [[30], 70, false],
      [[30.01], 60, false],
      [[15, 20], 60, false],
      [[5, 20], 65, false],
    ])('scores overruns of %j minutes at %d (escalated: %s)', (minutes, raw, escalated) => {
      expect(scoreMonth({ emergencyOverrunMinutes: minutes })).toMatchObject({ raw, escalated });
    });

    it('counts each tier as one clause of its list', () => {
      // An 11-minute overrun is a moderate clause; with one more moderate clause the month escalates.
      expect(scoreMonth({ emergencyOverrunMinutes: [11], deductions: [{ item: 'missed-meeting' }] })).toMatchObject({ raw: 40, escalated: true });
      // A 5-minute overrun plus three minor clauses makes four minor clauses.
      const result = scoreMonth({
        emergencyOverrunMinutes: [5, 6],
        deductions: [{ item: 'no-mandarin' }, { item: 'messy-desk' }, { item: 'loud-noise' }],
      });
      expect(result).toMatchObject({ deductionPoints: 16, raw: 44, escalated: true });
      expect(result.basis).toEqual(['appraisal.escalation', 'appraisal.minor', 'appraisal.emergency-overrun', 'appraisal.base', 'appraisal.grade']);
    });

    it('leaves the basis without the overrun rule when no overrun counts', () => {
      expect(scoreMonth({ emergencyOverrunMinutes: [0, -1] }).basis).toEqual(['appraisal.base', 'appraisal.grade']);
    });
  });

  describe('the adjustment and the cap', () => {
    it('caps the month at 110 and keeps the raw total', () => {
      const result = scoreMonth({ bonuses: [{ item: 'extra-assignment', times: 7 }] });
      expect(result).toMatchObject({ raw: 115, score: 110, capped: true, grade: 'A' });
      expect(result.basis[0]).toBe('appraisal.cap');
    });

    it('does not flag exactly 110 as capped', () => {
      expect(scoreMonth({ bonuses: [{ item: 'extra-assignment', times: 6 }] })).toMatchObject({ raw: 110, score: 110, capped: false });
    });

    it('applies the adjustment before the cap', () => {
      const up = scoreMonth({ bonuses: [{ item: 'cover-shift', times: 6 }], adjustment: { points: 5, reason: 'ran the owners\' festival' } });
      expect(up).toMatchObject({ raw: 115, score: 110, capped: true });
      const down = scoreMonth({ bonuses: [{ item: 'cover-shift', times: 7 }], adjustment: { points: -5, reason: 'late weekly plans' } });
      expect(down).toMatchObject({ raw: 110, score: 110, capped: false });
      expect(down.basis).toContain('appraisal.adjustment');
    });

    it('accepts the ends of the range and zero', () => {
      expect(scoreMonth({ adjustment: { points: -5, reason: 'x' } }).score).toBe(75);
      expect(scoreMonth({ adjustment: { points: 5, reason: 'x' } }).score).toBe(85);
      expect(scoreMonth({ adjustment: { points: 0, reason: 'on par' } }).basis).toContain('appraisal.adjustment');
    });

    it('has no floor', () => {
      expect(scoreMonth({ deductions: [{ item: 'absenteeism', times: 5 }] })).toMatchObject({ raw: -20, score: -20, grade: null });
    });

    it('follows a company cap', () => {
      const policy = definePolicy({ appraisal: { cap: 120 } });
      expect(scoreMonth({ bonuses: [{ item: 'extra-assignment', times: 7 }] }, { policy })).toMatchObject({ raw: 115, score: 115, capped: false });
    });
  });

  describe('dismissal offenses', () => {
    it('flags the month without deducting points', () => {
      const result = scoreMonth({ deductions: [{ item: 'sleeping-on-duty' }] });
      expect(result).toMatchObject({ score: 80, deductionPoints: 0, dismissalOffense: true });
      expect(result.basis[0]).toBe('appraisal.dismissal-offense');
    });

    it('does not count an item recorded zero times', () => {
      expect(scoreMonth({ deductions: [{ item: 'phone-off-hook', times: 0 }, { item: 'missed-meeting', times: 0 }] })).toMatchObject({
        score: 80,
        dismissalOffense: false,
        escalated: false,
      });
    });

    it('refuses points on a dismissal item', () => {
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'cliques', points: 20 }] }), 'not_allowed', ['deductions', 0, 'points']);
    });
  });

  it('uses a company\'s own points', () => {
    const policy = definePolicy({
      appraisal: {
        items: [
          { id: 'no-mandarin', kind: 'minor', points: 3, ruleId: 'appraisal.minor' },
          { id: 'loud-noise', kind: 'moderate', range: { min: 5, max: 8 }, ruleId: 'appraisal.moderate' },
          { id: 'top-performer', kind: 'bonus', points: 8, ruleId: 'appraisal.bonus' },
        ],
      },
    });
    expect(scoreMonth({ deductions: [{ item: 'no-mandarin' }], bonuses: [{ item: 'top-performer' }] }, { policy }).score).toBe(77);
    expect(scoreMonth({ bonuses: [{ item: 'top-performer' }] }, { policy }).score).toBe(88);
    expect(scoreMonth({ deductions: [{ item: 'no-mandarin' }, { item: 'loud-noise', points: 6 }] }, { policy }).score).toBe(71);
    expectInvalid(() => scoreMonth({ deductions: [{ item: 'messy-desk' }] }, { policy }), 'invalid_enum', ['deductions', 0, 'item']);
  });

  it('returns a frozen decision with every basis id in the catalog', () => {
    const result = scoreMonth({
      bonuses: [{ item: 'top-performer' }],
      deductions: [{ item: 'sleeping-on-duty' }, { item: 'absenteeism' }, { item: 'missed-meeting' }, { item: 'films-or-games' }, { item: 'no-mandarin' }],
      emergencyOverrunMinutes: [3],
      adjustment: { points: 1, reason: 'r' },
    });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.basis)).toBe(true);
    expect(result.basis).toEqual([
      'appraisal.dismissal-offense',
      'appraisal.escalation',
      'appraisal.severe',
      'appraisal.moderate',
      'appraisal.minor',
      'appraisal.emergency-overrun',
      'appraisal.bonus',
      'appraisal.adjustment',
      'appraisal.bonus.voided',
      'appraisal.base',
      'appraisal.grade',
    ]);
    expect(result.voidedBonuses).toEqual([{ item: 'top-performer', reason: 'violation-in-month' }]);
    expect(Object.isFrozen(result.voidedBonuses)).toBe(true);
    expect(inCatalog(result.basis)).toBe(true);
  });

  describe('bad input', () => {
    it('refuses a month that is not an object', () => {
      expectInvalid(() => scoreMonth(null as never), 'invalid_type', []);
      expectInvalid(() => scoreMonth([] as never), 'invalid_type', []);
    });

    it('refuses unknown fields', () => {
      expectInvalid(() => scoreMonth({ deduction: [] } as never), 'unknown_key', ['deduction']);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'no-mandarin', time: 2 }] } as never), 'unknown_key', ['deductions', 0, 'time']);
      expectInvalid(() => scoreMonth({ adjustment: { points: 1, reason: 'r', by: 'x' } } as never), 'unknown_key', ['adjustment', 'by']);
    });

    it('refuses counts whose points the month cannot total exactly (more than 2^52), where the schema refuses them too', () => {
      const most = 2 ** 52;
      // absenteeism: 20 points a time; 2^52 / 20 times (rounded down) stay within 2^52 points.
      const atMost = Math.floor(most / 20);
      expect(scoreMonth({ deductions: [{ item: 'absenteeism', times: atMost }] }).deductionPoints).toBe(atMost * 20);
      const over = { deductions: [{ item: 'no-mandarin' as const }, { item: 'absenteeism' as const, times: 2 ** 53 - 1 }] };
      expectInvalid(() => scoreMonth(over), 'out_of_range', ['deductions', 1, 'times']);
      // Two entries that cross together: the second is refused.
      const split = { deductions: [{ item: 'absenteeism' as const, times: atMost }, { item: 'absenteeism' as const, times: 1 }] };
      expectInvalid(() => scoreMonth(split), 'out_of_range', ['deductions', 1, 'times']);
      const bonuses = { bonuses: [{ item: 'cover-shift' as const, times: 2 ** 53 - 1 }] };
      expectInvalid(() => scoreMonth(bonuses), 'out_of_range', ['bonuses', 0, 'times']);
      // A dismissal item has no points: any count of it is a count.
      expect(scoreMonth({ deductions: [{ item: 'sleeping-on-duty', times: 2 ** 53 - 1 }] }).dismissalOffense).toBe(true);
      // Overruns and the exam add their few points on top of counts within 2^52, as the schema lets them.
      const near = { deductions: [{ item: 'no-mandarin' as const, times: 2 ** 51 }], emergencyOverrunMinutes: [3], examScore: 10 };
      expect(scoreMonth(near).deductionPoints).toBe(2 ** 52 + 5 + scoreMonth({ examScore: 10 }).deductionPoints);
      expect(scoreMonthInputSchema.safeParse(near).success).toBe(true);
      for (const month of [over, split, bonuses]) {
        expect(scoreMonthInputSchema.safeParse(month).success).toBe(false);
      }
      expect(scoreMonthInputSchema.safeParse({ deductions: [{ item: 'absenteeism', times: atMost }] }).success).toBe(true);
      expect(scoreMonthInputSchema.safeParse({ deductions: [{ item: 'sleeping-on-duty', times: 2 ** 53 - 1 }] }).success).toBe(true);
    });

    it('refuses points outside an item\'s range at points alone, in the schema as in the function (not at an absent times too)', () => {
      for (const points of [2 ** 53, 2 ** 60, -1, 0.5]) {
        const month = { deductions: [{ item: 'late-or-early-leave' as const, points }] };
        expect(refusedAt(month)).toEqual(['deductions', 0, 'points']);
        const parsed = scoreMonthInputSchema.safeParse(month);
        expect(parsed.error!.issues.map((issue) => issue.path)).toEqual([['deductions', 0, 'points']]);
      }
    });

    it('refuses lists that are not arrays', () => {
      expectInvalid(() => scoreMonth({ bonuses: {} } as never), 'invalid_type', ['bonuses']);
      expectInvalid(() => scoreMonth({ deductions: 'x' } as never), 'invalid_type', ['deductions']);
      expectInvalid(() => scoreMonth({ emergencyOverrunMinutes: 5 } as never), 'invalid_type', ['emergencyOverrunMinutes']);
      expectInvalid(() => scoreMonth({ deductions: [null] } as never), 'invalid_type', ['deductions', 0]);
    });

    it('refuses unknown items and items on the wrong list', () => {
      const error = expectInvalid(() => scoreMonth({ deductions: [{ item: 'napping' }] } as never), 'invalid_enum', ['deductions', 0, 'item']);
      expect(error.message.startsWith('scoreMonth: deductions[0].item must be one of')).toBe(true);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'top-performer' }] } as never), 'invalid_enum', ['deductions', 0, 'item']);
      expectInvalid(() => scoreMonth({ bonuses: [{ item: 'cover-shift' }, { item: 'absenteeism' }] } as never), 'invalid_enum', ['bonuses', 1, 'item']);
      expectInvalid(() => scoreMonth({ bonuses: [{}] } as never), 'invalid_enum', ['bonuses', 0, 'item']);
    });

    it('needs a ranged item\'s points within its range', () => {
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'late-or-early-leave' }] }), 'missing', ['deductions', 0, 'points']);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'late-or-early-leave', points: 1 }] }), 'out_of_range', ['deductions', 0, 'points']);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'late-or-early-leave', points: 6 }] }), 'out_of_range', ['deductions', 0, 'points']);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'off-topic-chat', points: 3 }] }), 'out_of_range', ['deductions', 0, 'points']);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'spot-check-error', points: 2.5 }] }), 'not_integer', ['deductions', 0, 'points']);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'spot-check-error', points: Number.NaN }] }), 'not_finite', ['deductions', 0, 'points']);
      expect(scoreMonth({ deductions: [{ item: 'off-topic-chat', points: 1 }] }).score).toBe(79);
      expect(scoreMonth({ deductions: [{ item: 'ineffective-work', points: 5 }] }).score).toBe(75);
    });

    it('refuses other points for a fixed item', () => {
      expect(scoreMonth({ deductions: [{ item: 'handover-records', points: 5 }] }).score).toBe(75);
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'handover-records', points: 3 }] }), 'out_of_range', ['deductions', 0, 'points']);
      expect(scoreMonth({ bonuses: [{ item: 'exam-full-marks', points: 5 }] }).score).toBe(85);
      expectInvalid(() => scoreMonth({ bonuses: [{ item: 'exam-full-marks', points: 10 }] }), 'out_of_range', ['bonuses', 0, 'points']);
    });

    it.each([
      [-1, 'negative'],
      [1.5, 'not_integer'],
      [Number.NaN, 'not_finite'],
      ['2', 'invalid_type'],
    ])('refuses times %s', (times, code) => {
      expectInvalid(() => scoreMonth({ deductions: [{ item: 'no-mandarin', times: times as number }] }), code, ['deductions', 0, 'times']);
      expectInvalid(() => scoreMonth({ bonuses: [{ item: 'cover-shift', times: times as number }] }), code, ['bonuses', 0, 'times']);
    });

    it('refuses minutes that are not finite', () => {
      expectInvalid(() => scoreMonth({ emergencyOverrunMinutes: [5, Number.NaN] }), 'not_finite', ['emergencyOverrunMinutes', 1]);
      expectInvalid(() => scoreMonth({ emergencyOverrunMinutes: [Infinity] }), 'not_finite', ['emergencyOverrunMinutes', 0]);
    });

    it.each([
      [{ points: 6, reason: 'r' }, 'out_of_range', ['adjustment', 'points']],
      [{ points: -6, reason: 'r' }, 'out_of_range', ['adjustment', 'points']],
      [{ points: 2.5, reason: 'r' }, 'not_integer', ['adjustment', 'points']],
      [{ points: Number.NaN, reason: 'r' }, 'not_finite', ['adjustment', 'points']],
      [{ reason: 'r' }, 'missing', ['adjustment', 'points']],
      [{ points: 2 }, 'missing', ['adjustment', 'reason']],
      [{ points: 2, reason: '' }, 'missing', ['adjustment', 'reason']],
      [{ points: 2, reason: '   ' }, 'missing', ['adjustment', 'reason']],
      [{ points: 2, reason: 7 }, 'invalid_type', ['adjustment', 'reason']],
      ['+2', 'invalid_type', ['adjustment']],
    ])('refuses the adjustment %j', (value, code, path) => {
      expectInvalid(() => scoreMonth({ adjustment: value as never }), code, path);
    });
  });
});
