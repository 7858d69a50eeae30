// The data and rules a policy is checked against, without zod: shared by definePolicy's own checks
// (src/policy/validatePolicy.ts) and the zod policy schemas (src/schemas/policy), so both say the same.
import type { Bound } from '../core/bound.js';
import { FEN_NOISE } from '../core/money.js';

/** The bonus item ids of the appraisal, in the order of CR 篇1. */
export const BONUS_ITEMS = ['top-performer', 'exam-full-marks', 'cover-shift', 'extra-assignment', 'zero-valid-complaints', 'adopted-suggestion'] as const;

/** The violation item ids of the appraisal, in the order of CR 篇1: minor, moderate, severe, dismissal. */
export const VIOLATION_ITEMS = [
  'no-mandarin', 'messy-desk', 'cleaning-skipped', 'late-or-early-leave', 'handover-records', 'slow-appeal-reply', 'left-post',
  'ineffective-work', 'off-topic-chat', 'loud-noise', 'eating-smoking', 'data-entry-error', 'spot-check-error',
  'films-or-games', 'inflated-records', 'unreported-anomaly', 'unapproved-software', 'skipped-records', 'missed-meeting', 'exam-below-60',
  'absenteeism', 'customer-conflict', 'outsider-in-work-area', 'equipment-removed',
  'sleeping-on-duty', 'phone-off-hook', 'cliques', 'abuse-of-power',
] as const;

/** The kinds of appraisal item. */
export const APPRAISAL_ITEM_KINDS = ['bonus', 'minor', 'moderate', 'severe', 'dismissal'] as const;

/** The rule id each kind of appraisal item must name. */
export const RULE_OF_APPRAISAL_KIND = {
  bonus: 'appraisal.bonus',
  minor: 'appraisal.minor',
  moderate: 'appraisal.moderate',
  severe: 'appraisal.severe',
  dismissal: 'appraisal.dismissal-offense',
} as const;

/** The repair classes. */
export const REPAIR_CLASSES = ['A', 'B', 'C'] as const;

/** The complaint levels, 1 (a crisis) to 4. */
export const COMPLAINT_LEVELS = [1, 2, 3, 4] as const;

/** The desk offenses with a fine ladder. */
export const DESK_FINE_KINDS = ['handover-log', 'weekly-report', 'customer-complaint', 'off-work-chat', 'cleaning-duty', 'customer-data-leak'] as const;

/**
 * True when every bound of a list leaves its neighbour something: listed lowest first (`descending`
 * false, the last bound reached wins: overrun tiers), each bound is above the one before, or at the same
 * value excluding it where the one before includes it (≥ 10 then > 10: exactly 10 is the first's); listed
 * highest first (`descending`, the first bound reached wins: grade bands), each is below the one before,
 * or at the same value including it where the one before excludes it (> 90 then ≥ 90: exactly 90 is the
 * second's). A row that no value could reach is out of order, as a ceiling that does not rise is.
 */
export function boundsOrdered(bounds: readonly Bound[], descending: boolean): boolean {
  return bounds.every((bound, index) => {
    const before = bounds[index - 1];
    if (before === undefined) return true;
    if (bound.value !== before.value) return descending ? bound.value < before.value : bound.value > before.value;
    return descending ? !before.inclusive && bound.inclusive : before.inclusive && !bound.inclusive;
  });
}

/** True when a number has at most four decimals (reading noise within a millionth of the last one as none). */
export function isFourDecimals(value: number): boolean {
  return Math.abs(value * 10_000 - Math.round(value * 10_000)) <= 1e-6;
}

/** True when a rate has at most four decimals (a whole number of basis points of a percent). */
export function hasAtMostFourDecimals(bound: Bound): boolean {
  return isFourDecimals(bound.value);
}

/** True when a percentage has at most two decimals (a whole number of basis points). */
export function isWholeBasisPoints(percent: number): boolean {
  return Math.abs(percent * 100 - Math.round(percent * 100)) <= 1e-6;
}

// The highest value a ceiling lets in, counted in the steps the values come in (`perUnit` steps to
// the unit: 100 for yuan, whose values are whole fen; 1 for households), reading noise within a
// millionth of a step as that step, as RULES C9 reads it within a millionth of a fen.
function highestReached(bound: Bound, perUnit: number): number {
  const steps = bound.value * perUnit;
  return bound.inclusive ? Math.floor(steps + FEN_NOISE) : Math.ceil(steps - FEN_NOISE) - 1;
}

/**
 * True when each ceiling lets its row reach a value the rows before it do not (an open row, `upTo:
 * null`, is above any ceiling), counting the values as they come: whole fen for yuan (`perUnit` 100),
 * whole households for a size (1). `< 1000` then `≤ 1000` reaches exactly 1,000 yuan; `≤ 1000` then
 * `< 1000.01` reaches nothing. Values start at 0, so the first row must reach 0 at least: `< 0` reaches
 * nothing. A row no value can reach is a mistake in the policy, never a silent dead row.
 */
export function ceilingsRise(rows: readonly { upTo: Bound | null }[], perUnit: number): boolean {
  return rows.every((row, index) => {
    if (row.upTo === null) return true;
    // Before the first row no value is reached: the highest reached is one step below 0.
    const previous = index === 0 ? undefined : rows[index - 1]?.upTo;
    return previous === null || highestReached(row.upTo, perUnit) > (previous === undefined ? -1 : highestReached(previous, perUnit));
  });
}

/** Every repair class and handover combination has a deadline row, so no repair is left without one. */
export function coversEveryCase(rows: readonly { repairClass: string; duringHandover: boolean | null }[]): boolean {
  return REPAIR_CLASSES.every((repairClass) =>
    [true, false].every((during) => rows.some((row) => row.repairClass === repairClass && (row.duringHandover === null || row.duringHandover === during))),
  );
}

/** The approver roles whose display names are built in (CR 第二十七條). */
export const DEFAULT_APPROVERS = ['sales-manager', 'deputy-general-manager', 'general-manager'] as const;

/** A role id: not blank, no surrounding spaces. */
export const ROLE_ID = /^\S(?:.*\S)?$/;

/** A time of day `HH:MM` (00:00–23:59), or `24:00`. */
export const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** The minutes after 00:00 of a `HH:MM` time. */
export const minutesOfClock = (text: string): number => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

/**
 * The longest a duration setting of a policy may be: 100 years in its unit (876,600 hours, 36,525
 * days, 5,218 weeks, 1,200 months), and 26,100 working days (100 years of Mondays to Fridays). A
 * longer setting is a mistake that no company means, and counted from an instant of the years
 * 0000–9999 it could leave every date: it is refused at the setting itself, so that a deadline out of
 * range is always blamed on the instant it is counted from. Working hours share the hours' limit.
 */
export const MAX_DURATION = { hour: 876_600, workhour: 876_600, day: 36_525, week: 5_218, month: 1_200, workday: 26_100 } as const;

/** The longest due-soon lead in milliseconds: 876,600 hours (100 years), as {@link MAX_DURATION}. */
export const MAX_LEAD_MS = 3_155_760_000_000;

/** What a resident notice lead's amount must be (its unit decides: hours or working days, RULES §6). */
// Written out: a template reading MAX_DURATION would be kept by bundlers in every bundle (a property read).
// A working-day resident lead counts whole working days, at least one.
export const WORKDAY_LEAD_WHOLE = 'a working-day lead needs a whole amount of at least 1';
// A probation's training cost, in months of wage (desk.probation.trainingCostMonths).
export const TRAINING_COST_DECIMALS = 'months of wage with at most four decimals';
export const RESIDENT_LEAD_MAXIMUM = 'a lead may be at most 876600 hours or 26100 working days (100 years)';
