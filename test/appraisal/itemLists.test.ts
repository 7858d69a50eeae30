// Pins the item lists an error names and the item tables the appraisal functions share (src/appraisal/_shared.ts).
import { describe, expect, it } from 'vitest';
import { payFloat, scoreMonth } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid } from './_helpers.js';

const BONUS_IDS = ['top-performer', 'exam-full-marks', 'cover-shift', 'extra-assignment', 'zero-valid-complaints', 'adopted-suggestion'];
const VIOLATION_IDS = [
  'no-mandarin', 'messy-desk', 'cleaning-skipped', 'late-or-early-leave', 'handover-records', 'slow-appeal-reply', 'left-post',
  'ineffective-work', 'off-topic-chat', 'loud-noise', 'eating-smoking', 'data-entry-error', 'spot-check-error', 'films-or-games',
  'inflated-records', 'unreported-anomaly', 'unapproved-software', 'skipped-records', 'missed-meeting', 'exam-below-60',
  'absenteeism', 'customer-conflict', 'outsider-in-work-area', 'equipment-removed', 'sleeping-on-duty', 'phone-off-hook',
  'cliques', 'abuse-of-power',
];
const listed = (ids: readonly string[]): string => ids.map((id) => JSON.stringify(id)).join(', ');

describe('scoreMonth', () => {
  it('names only the bonus items for a bonus entry and only the violation items for a deduction entry, in table order', () => {
    // Both lists in one test, bonus first then violations and back: each list has its own cache.
    const bonus = expectInvalid(() => scoreMonth({ bonuses: [{ item: 'no-mandarin' as never }] }), 'invalid_enum', ['bonuses', 0, 'item']);
    expect(bonus.message).toBe(`scoreMonth: bonuses[0].item must be one of ${listed(BONUS_IDS)}, received "no-mandarin"`);
    const violation = expectInvalid(() => scoreMonth({ deductions: [{ item: 'cover-shift' as never }] }), 'invalid_enum', ['deductions', 0, 'item']);
    expect(violation.message).toBe(`scoreMonth: deductions[0].item must be one of ${listed(VIOLATION_IDS)}, received "cover-shift"`);
    const again = expectInvalid(() => scoreMonth({ bonuses: [{ item: 'nope' as never }] }), 'invalid_enum', ['bonuses', 0, 'item']);
    expect(again.message).toBe(`scoreMonth: bonuses[0].item must be one of ${listed(BONUS_IDS)}, received "nope"`);
  });

  it('names the violation items first when the first error is on the deduction list', () => {
    const policy = definePolicy({ appraisal: { base: 70 } });
    const violation = expectInvalid(() => scoreMonth({ deductions: [{ item: 'nope' as never }] }, { policy }), 'invalid_enum', ['deductions', 0, 'item']);
    expect(violation.message).toBe(`scoreMonth: deductions[0].item must be one of ${listed(VIOLATION_IDS)}, received "nope"`);
    const bonus = expectInvalid(() => scoreMonth({ bonuses: [{ item: 'absenteeism' as never }] }, { policy }), 'invalid_enum', ['bonuses', 0, 'item']);
    expect(bonus.message).toBe(`scoreMonth: bonuses[0].item must be one of ${listed(BONUS_IDS)}, received "absenteeism"`);
  });

  it('finds every item of a company table by its id', () => {
    const policy = definePolicy({ appraisal: { base: 70 } });
    expect(scoreMonth({ bonuses: [{ item: 'cover-shift' }], deductions: [{ item: 'no-mandarin' }] }, { policy })).toMatchObject({ bonusPoints: 5, deductionPoints: 2, raw: 73 });
  });
});

describe('payFloat', () => {
  it('turns a negative zero into zero the first time a policy meets it', () => {
    // A fresh policy, so that its first whole-yuan answer is the one just below the standard score.
    const policy = definePolicy({ appraisal: { payFloat: { yuanPerPoint: 20 } } });
    const first = payFloat(79.99999, { policy });
    expect(Object.is(first.amountYuan, 0)).toBe(true);
    expect(first).toEqual({ amountYuan: 0, clamped: false, basis: ['appraisal.pay-float'] });
    expect(payFloat(80, { policy })).toBe(first);
  });
});

describe('payFloat', () => {
  it('removes floating-point noise below a millionth of a fen before rounding half away from zero', () => {
    // (80.0015 − 80) × 1000 is 1.49999999999295 in binary floating point: 1.5 fen once the noise is gone.
    expect(payFloat(80.0015).amountYuan).toBe(0.02);
    expect(payFloat(79.9985).amountYuan).toBe(-0.02);
    expect(payFloat(80.0045).amountYuan).toBe(0.05);
    // A real shortfall of a ten-thousandth of a fen is not noise.
    expect(payFloat(80.0014999).amountYuan).toBe(0.01);
    expect(payFloat(79.9985001).amountYuan).toBe(-0.01);
  });

  it('keeps no fen-exact answer (only whole-yuan answers are shared, so the cache stays bounded)', () => {
    const first = payFloat(80.37);
    const second = payFloat(80.37);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(payFloat(91)).toBe(payFloat(91));
  });

  it('names the function and the field when the score is not a finite number', () => {
    const error = expectInvalid(() => payFloat(Number.NaN), 'not_finite', ['score']);
    expect(error.message).toBe('payFloat: score must be a finite number, received NaN');
    const typed = expectInvalid(() => payFloat('90' as never), 'invalid_type', ['score']);
    expect(typed.message.startsWith('payFloat: score must be a number')).toBe(true);
  });
});
