import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraisalItems, gradeForScore, scoreMonth, type AppraisalMonth } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { bonusEntry, deductionEntry, month, overrunMinutes } from './_arbitraries.js';
import { inCatalog, snapshot } from './_helpers.js';

describe('scoreMonth properties', () => {
  it('never exceeds 110 and reports the cap faithfully', () => {
    fc.assert(
      fc.property(month, (input) => {
        const result = scoreMonth(input);
        expect(result.score).toBeLessThanOrEqual(110);
        expect(result.score).toBe(Math.min(result.raw, 110));
        expect(result.capped).toBe(result.raw > 110);
        expect(result.raw).toBe(80 + result.bonusPoints - result.deductionPoints - (result.escalated ? 20 : 0) + (input.adjustment?.points ?? 0));
        expect(result.basis.includes('appraisal.bonus.voided')).toBe(result.voidedBonuses.length > 0);
        expect(result.grade).toBe(gradeForScore(result.score));
        expect(inCatalog(result.basis)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never raises the score when a deduction or an overrun is added', () => {
    fc.assert(
      fc.property(month, deductionEntry, overrunMinutes, (input, deduction, minutes) => {
        const before = scoreMonth(input);
        // With an exam score the exam items are derived, so only other deductions can be added.
        const added = input.examScore !== undefined && deduction.item === 'exam-below-60' ? [] : [deduction];
        const withDeduction = scoreMonth({ ...input, deductions: [...(input.deductions ?? []), ...added] });
        const withOverrun = scoreMonth({ ...input, emergencyOverrunMinutes: [...(input.emergencyOverrunMinutes ?? []), minutes] });
        expect(withDeduction.score).toBeLessThanOrEqual(before.score);
        expect(withDeduction.raw).toBeLessThanOrEqual(before.raw);
        expect(withOverrun.score).toBeLessThanOrEqual(before.score);
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers the score when a bonus is added', () => {
    fc.assert(
      fc.property(month, bonusEntry, (input, bonus) => {
        const before = scoreMonth(input);
        const after = scoreMonth({ ...input, bonuses: [...(input.bonuses ?? []), bonus] });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(after.raw).toBeGreaterThanOrEqual(before.raw);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(month, (input) => {
        const copy = snapshot(input);
        const first = scoreMonth(input);
        expect(scoreMonth(input)).toEqual(first);
        expect(input).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('escalates by clause at most once', () => {
    fc.assert(
      fc.property(month, (input) => {
        const result = scoreMonth(input);
        const broken = (kind: string) =>
          new Set((input.deductions ?? []).filter((entry) => (entry.times ?? 1) > 0 && appraisalItems.find((item) => item.id === entry.item)?.kind === kind).map((entry) => entry.item));
        const moderate = broken('moderate');
        const minor = broken('minor');
        if (input.examScore !== undefined && input.examScore <= 60) moderate.add('exam-below-60' as never);
        for (const minutes of input.emergencyOverrunMinutes ?? []) {
          if (minutes > 30) continue;
          if (minutes > 10) moderate.add('emergency' as never);
          else if (minutes > 0) minor.add('emergency' as never);
        }
        expect(result.escalated).toBe(moderate.size >= 2 || minor.size >= 4);
      }),
      { numRuns: 200 },
    );
  });

  it('throws InvalidInputError for bad items, points and occurrences', () => {
    const ranged = appraisalItems.filter((item) => item.range !== undefined);
    const badEntry = fc.oneof(
      fc.record({ item: fc.string().filter((id) => !appraisalItems.some((item) => item.id === id)) }),
      fc.record({ item: fc.constantFrom(...appraisalItems.filter((item) => item.kind !== 'bonus').map((item) => item.id)), times: fc.oneof(fc.integer({ max: -1 }), fc.double({ min: 0.01, max: 9, noInteger: true }), fc.constant(Number.NaN)) }),
      fc.tuple(fc.constantFrom(...ranged), fc.oneof(fc.integer({ min: -20, max: 1 }), fc.integer({ min: 6, max: 40 }))).map(([item, points]) => ({
        item: item.id,
        points: item.range !== undefined && points >= item.range.min && points <= item.range.max ? item.range.max + 1 : points,
      })),
    );
    fc.assert(
      fc.property(month, badEntry, fc.nat({ max: 8 }), (input, bad, at) => {
        const deductions = [...(input.deductions ?? [])];
        deductions.splice(Math.min(at, deductions.length), 0, bad as never);
        expect(() => scoreMonth({ ...input, deductions } as AppraisalMonth)).toThrow(InvalidInputError);
      }),
      { numRuns: 200 },
    );
  });

  it('throws InvalidInputError for an adjustment outside −5…+5', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 6, max: 1000 }), fc.integer({ min: -1000, max: -6 })), (points) => {
        expect(() => scoreMonth({ adjustment: { points, reason: 'r' } })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
