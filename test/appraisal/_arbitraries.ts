import fc from 'fast-check';
import { appraisalItems, type AppraisalMonth, type BonusEntry, type DeductionEntry } from '../../src/appraisal/index.js';

const MONTHLY: readonly string[] = ['top-performer', 'exam-full-marks', 'zero-valid-complaints'];
const bonusItems = appraisalItems.filter((item) => item.kind === 'bonus' && !MONTHLY.includes(item.id));
const violationItems = appraisalItems.filter((item) => item.kind !== 'bonus');

/** A valid per-time bonus entry (cover-shift, extra-assignment, adopted-suggestion). */
export const bonusEntry: fc.Arbitrary<BonusEntry> = fc
  .record({ item: fc.constantFrom(...bonusItems), times: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), withPoints: fc.boolean() })
  .map(({ item, times, withPoints }) => ({
    item: item.id as BonusEntry['item'],
    ...(times === undefined ? {} : { times }),
    ...(withPoints ? { points: item.points as number } : {}),
  }));

/** A valid deduction entry: ranged items get points within their range. */
export const deductionEntry: fc.Arbitrary<DeductionEntry> = fc
  .record({
    item: fc.constantFrom(...violationItems),
    times: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    pick: fc.nat({ max: 100 }),
    withPoints: fc.boolean(),
  })
  .map(({ item, times, pick, withPoints }) => {
    let points: number | undefined;
    if (item.range !== undefined) points = item.range.min + (pick % (item.range.max - item.range.min + 1));
    else if (item.points !== undefined && withPoints) points = item.points;
    return {
      item: item.id as DeductionEntry['item'],
      ...(times === undefined ? {} : { times }),
      ...(points === undefined ? {} : { points }),
    };
  });

/** Monthly statuses (top-performer, exam-full-marks, zero-valid-complaints): each at most once, times 0 or 1. */
export const monthlyBonuses: fc.Arbitrary<BonusEntry[]> = fc
  .tuple(fc.subarray([...MONTHLY]), fc.array(fc.constantFrom(undefined, 0, 1), { minLength: 3, maxLength: 3 }))
  .map(([items, times]) => items.map((item, index) => ({ item: item as BonusEntry['item'], ...(times[index] === undefined ? {} : { times: times[index] }) })));

/** An exam score, with its edges: 0, 59, 60, 60.5, 99, 100. */
export const examScore = fc.oneof(fc.constantFrom(0, 59, 60, 60.5, 99, 100), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

/** Minutes past the process time, including none and the tier edges. */
export const overrunMinutes = fc.oneof(fc.constantFrom(-5, 0, 1, 10, 10.5, 11, 30, 30.01, 45), fc.double({ min: -60, max: 120, noNaN: true }));

/** A valid adjustment. */
export const adjustment = fc.record({ points: fc.integer({ min: -5, max: 5 }), reason: fc.constantFrom('led the new-year event', '组长本月整体表现突出') });

const EXAM_ITEMS: readonly string[] = ['exam-full-marks', 'exam-below-60'];

/** A valid month: monthly statuses at most once; with an exam score, no exam item. */
export const month: fc.Arbitrary<AppraisalMonth> = fc
  .record(
    {
      bonuses: fc.tuple(fc.array(bonusEntry, { maxLength: 6 }), monthlyBonuses).map(([perTime, monthly]) => [...perTime, ...monthly]),
      deductions: fc.array(deductionEntry, { maxLength: 8 }),
      emergencyOverrunMinutes: fc.array(overrunMinutes, { maxLength: 4 }),
      adjustment,
      examScore,
    },
    { requiredKeys: [] },
  )
  .map((input) => {
    if (input.examScore === undefined) return input;
    const { bonuses, deductions, ...rest } = input;
    return {
      ...rest,
      ...(bonuses === undefined ? {} : { bonuses: bonuses.filter((entry) => !EXAM_ITEMS.includes(entry.item)) }),
      ...(deductions === undefined ? {} : { deductions: deductions.filter((entry) => !EXAM_ITEMS.includes(entry.item)) }),
    };
  });
