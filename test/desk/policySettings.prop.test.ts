// The weekly report and the early-resignation rules under a company's policy (`desk.weeklyReport`,
// `desk.probation`): each setting moves the answer exactly, at its boundary, and definePolicy refuses
// what no company could mean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { probationSettlement } from '../../src/desk/probationSettlement.js';
import { weeklyReportCheck } from '../../src/desk/weeklyReportCheck.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;
// Monday 2 March 2026, 00:00 Shanghai time.
const MONDAY_MS = Date.parse('2026-03-02T00:00:00+08:00');

// The path of definePolicy's PolicyError for overrides it must refuse.
function refusalPath(overrides: unknown): readonly (string | number)[] {
  try {
    definePolicy(overrides as never);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).path;
  }
  throw new Error(`definePolicy accepted ${JSON.stringify(overrides)}`);
}

// The day of the week Monday–Sunday a weekday (0 Sunday … 6 Saturday) falls on, 0 for Monday.
const offsetInWeek = (weekday: number): number => (weekday + 6) % 7;

describe('weeklyReportCheck under desk.weeklyReport', () => {
  it('is due on the policy weekday of the week, at its minute, on time at that instant and late 1 ms after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 7 * DAY_MS - 1 }), (weekday, minute, into) => {
        const policy = definePolicy({ desk: { weeklyReport: { weekday, minute } } });
        const dueMs = MONDAY_MS + offsetInWeek(weekday) * DAY_MS + minute * 60_000;
        const weekOf = MONDAY_MS + into;
        const onTime = weeklyReportCheck({ weekOf, submittedAt: dueMs, characters: 200 }, { policy });
        expect(onTime.dueAt.getTime()).toBe(dueMs);
        expect(new Date(dueMs - minute * 60_000 + SHANGHAI_MS).getUTCDay()).toBe(weekday);
        expect([onTime.onTime, onTime.counts]).toEqual([true, true]);
        expect(weeklyReportCheck({ weekOf, submittedAt: dueMs + 1, characters: 200 }, { policy })).toMatchObject({ onTime: false, counts: false });
      }),
      { numRuns: 150 },
    );
  });

  it('counts a report long enough at the policy minimum and not one character below', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (minimumCharacters) => {
        const policy = definePolicy({ desk: { weeklyReport: { minimumCharacters } } });
        const sent = { weekOf: MONDAY_MS, submittedAt: MONDAY_MS };
        expect(weeklyReportCheck({ ...sent, characters: minimumCharacters }, { policy }).longEnough).toBe(true);
        if (minimumCharacters > 0) expect(weeklyReportCheck({ ...sent, characters: minimumCharacters - 1 }, { policy }).longEnough).toBe(false);
        expect(weeklyReportCheck({ ...sent, content: '字'.repeat(minimumCharacters) }, { policy }).characters).toBe(minimumCharacters);
      }),
      { numRuns: 60 },
    );
  });

  it('answers as without options under the default settings given explicitly', () => {
    const policy = definePolicy({ desk: { weeklyReport: { weekday: 6, minute: 1020, minimumCharacters: 200 } } });
    const report = { weekOf: '2026-03-04T12:00:00+08:00', submittedAt: '2026-03-07T17:00:00+08:00', characters: 199 };
    expect(weeklyReportCheck(report, { policy })).toEqual(weeklyReportCheck(report));
    expect(weeklyReportCheck(report)).toMatchObject({ onTime: true, longEnough: false, counts: false });
  });

  it('is refused by definePolicy outside a week, a day or a count', () => {
    for (const [setting, path] of [
      [{ weekday: 7 }, 'weekday'],
      [{ weekday: -1 }, 'weekday'],
      [{ weekday: 1.5 }, 'weekday'],
      [{ minute: 1441 }, 'minute'],
      [{ minute: -1 }, 'minute'],
      [{ minimumCharacters: -1 }, 'minimumCharacters'],
      [{ minimumCharacters: 2.5 }, 'minimumCharacters'],
      [{ minimumCharacter: 200 }, 'minimumCharacter'],
    ] as const) {
      expect(refusalPath({ desk: { weeklyReport: setting } })).toEqual(['desk', 'weeklyReport', path]);
    }
  });
});

// The training cost of a wage in fen at months of wage given in basis points, rounded half a fen up:
// computed here in BigInt from the definition, apart from the library's arithmetic.
function expectedCostYuan(wageFen: number, basisPoints: number): number {
  const tenThousandths = BigInt(wageFen) * BigInt(basisPoints);
  const fen = tenThousandths / 10_000n + (tenThousandths % 10_000n >= 5_000n ? 1n : 0n);
  return Number(fen) / 100;
}

describe('probationSettlement under desk.probation', () => {
  const onPostAt = '2026-01-31T09:00:00+08:00';
  const probationEndsAt = '2026-12-01T00:00:00+08:00';

  it('charges the policy months of wage, exact to the fen, half a fen up, monotone in the wage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), fc.integer({ min: 0, max: 120_000 }), (wageFen, basisPoints) => {
        const policy = definePolicy({ desk: { probation: { trainingCostMonths: basisPoints / 10_000 } } });
        const resignation = { onPostAt, resignedAt: '2026-06-01T09:00:00+08:00', probationEndsAt, monthlyWageYuan: wageFen / 100 };
        const cost = probationSettlement(resignation, { policy }).trainingCostYuan;
        expect(cost).toBe(expectedCostYuan(wageFen, basisPoints));
        expect(probationSettlement({ ...resignation, monthlyWageYuan: (wageFen + 1) / 100 }, { policy }).trainingCostYuan).toBeGreaterThanOrEqual(cost as number);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps wages unsettled through 24:00 of the corresponding day the policy months after the post, and settles them after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 36 }), (unsettledMonths) => {
        const policy = definePolicy({ desk: { probation: { unsettledMonths } } });
        // 31 January: the corresponding day of a shorter month is its last day (RULES C2).
        const target = new Date(Date.UTC(2026, unsettledMonths + 1, 0));
        const endMs = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), target.getUTCDate() + 1) - SHANGHAI_MS;
        const at = (resignedAt: number) => probationSettlement({ onPostAt, resignedAt, probationEndsAt: '2030-01-01' }, { policy });
        expect(at(endMs)).toMatchObject({ withinFirstMonthOnPost: true, wagesSettled: false });
        expect(at(endMs + 1)).toMatchObject({ withinFirstMonthOnPost: false, wagesSettled: true });
      }),
      { numRuns: 36 },
    );
  });

  it('answers as without options under the source settings given explicitly', () => {
    const policy = definePolicy({ desk: { probation: { unsettledMonths: 1, trainingCostMonths: 0.5 } } });
    const resignation = { onPostAt, resignedAt: '2026-02-28T23:59:00+08:00', probationEndsAt, monthlyWageYuan: 4500.01 };
    expect(probationSettlement(resignation, { policy })).toEqual(probationSettlement(resignation));
    expect(probationSettlement(resignation)).toMatchObject({ withinFirstMonthOnPost: true, trainingCostYuan: 2250.01 });
  });

  it('is refused by definePolicy for no month, a fraction of a month, over a year of wage or a fifth decimal', () => {
    for (const [setting, path] of [
      [{ unsettledMonths: 0 }, 'unsettledMonths'],
      [{ unsettledMonths: 1.5 }, 'unsettledMonths'],
      [{ trainingCostMonths: -0.5 }, 'trainingCostMonths'],
      [{ trainingCostMonths: 12.0001 }, 'trainingCostMonths'],
      [{ trainingCostMonths: 0.33333 }, 'trainingCostMonths'],
    ] as const) {
      expect(refusalPath({ desk: { probation: setting } })).toEqual(['desk', 'probation', path]);
    }
    expect(definePolicy({ desk: { probation: { trainingCostMonths: 12, unsettledMonths: 1200 } } }).desk.probation).toEqual({ unsettledMonths: 1200, trainingCostMonths: 12 });
  });
});
