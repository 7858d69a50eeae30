import fc from 'fast-check';
import { appraisalItems, type AppraisalMonth, type BonusEntry, type DeductionEntry } from '../../src/appraisal/index.js';

const bonusItems = appraisalItems.filter((item) => item.kind === 'bonus');
const violationItems = appraisalItems.filter((item) => item.kind !== 'bonus');

/** A valid bonus entry. */
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

/** Minutes past the process time, including none and the tier edges. */
export const overrunMinutes = fc.oneof(fc.constantFrom(-5, 0, 1, 10, 10.5, 11, 30, 30.01, 45), fc.double({ min: -60, max: 120, noNaN: true }));

/** A valid adjustment. */
export const adjustment = fc.record({ points: fc.integer({ min: -5, max: 5 }), reason: fc.constantFrom('led the new-year event', '组长本月整体表现突出') });

/** A valid month. */
export const month: fc.Arbitrary<AppraisalMonth> = fc.record(
  {
    bonuses: fc.array(bonusEntry, { maxLength: 8 }),
    deductions: fc.array(deductionEntry, { maxLength: 8 }),
    emergencyOverrunMinutes: fc.array(overrunMinutes, { maxLength: 4 }),
    adjustment,
  },
  { requiredKeys: [] },
);
