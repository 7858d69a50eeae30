import { reachesLowerBound, withinUpperBound } from '../core/bound.js';
import type { Decision, RuleId } from '../core/decision.js';
import type { InputPath } from '../core/errors.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireArray, requireCount, requireFiniteNumber, requireObject, requireString, refuseExtraArguments } from '../core/validate.js';
import { _appraisalPolicyOf, _itemIds, _itemIndex, _noNegativeZero, MOST_POINTS, MOST_POINTS_EXPECTATION } from './_shared.js';
import { MONTHLY_BONUS_ITEMS } from './appraisalPolicy.js';
import type { AppraisalGrade, AppraisalItem, AppraisalPolicy, BonusItem, ViolationItem, ViolationSeverity } from './appraisalPolicy.js';
import { _overrunTier } from './emergencyOverrunDeduction.js';
import { _gradeOf } from './gradeForScore.js';

/** A bonus earned in the month: an item of the bonus list, and how many times. */
export interface BonusEntry {
  /** The bonus item (see {@link appraisalItems}). */
  readonly item: BonusItem;
  /** How many times it was earned: a whole number ≥ 0, default 1 (0 earns nothing). */
  readonly times?: number;
  /** Optional; bonus items are fixed, so if given it must equal the item's points. */
  readonly points?: number;
}

/** A violation in the month: an item of the minor, moderate, severe or dismissal list, and how many times. */
export interface DeductionEntry {
  /** The violation item (see {@link appraisalItems}). */
  readonly item: ViolationItem;
  /** How many times it happened: a whole number ≥ 0, default 1 (0 counts as not broken). */
  readonly times?: number;
  /** The evaluator's points per time: required for a ranged item (within its range), optional and equal to the item's points for a fixed one, absent for a dismissal item. */
  readonly points?: number;
}

/** The training specialist's adjustment of the month (额外奖惩). */
export interface MonthAdjustment {
  /** Whole points from −5 to +5. */
  readonly points: number;
  /** Why: mandatory, not blank (必须说明额外奖惩理由). */
  readonly reason: string;
}

/** What happened in an employee's month, the input of {@link scoreMonth}. Every field is optional. */
export interface AppraisalMonth {
  /** Bonuses earned (加分). */
  readonly bonuses?: readonly BonusEntry[];
  /** Violations (扣分, and 直接辞退 items). */
  readonly deductions?: readonly DeductionEntry[];
  /** Minutes past the process time, one number per emergency handled late (0 or less: in time). */
  readonly emergencyOverrunMinutes?: readonly number[];
  /** The training specialist's −5…+5 adjustment, with its reason. */
  readonly adjustment?: MonthAdjustment;
  /**
   * The month's skills exam score, 0 to full marks (100): full marks add `exam-full-marks`, a score of
   * 60 or below (60以下 includes 60) deducts `exam-below-60`. Not together with those two items.
   */
  readonly examScore?: number;
}

/** Why a claimed bonus does not count: a violation in the month, or a customer conflict (a valid complaint). */
export type VoidedBonusReason = 'violation-in-month' | 'customer-conflict';

/** A bonus claimed for the month that does not count (RULES appraisal.bonus: `appraisal.bonus.voided`). */
export interface VoidedBonus {
  /** The bonus item claimed. */
  readonly item: BonusItem;
  /** Why it is void. */
  readonly reason: VoidedBonusReason;
}

/** The answer of {@link scoreMonth}. */
export type ScoreMonthResult = Decision<{
  /** The month's score: `raw` capped at 110 (no floor). */
  score: number;
  /** Base + bonuses − deductions − escalation + adjustment, before the cap. */
  raw: number;
  /** True when `raw` was above the cap. */
  capped: boolean;
  /** Points added by bonuses. */
  bonusPoints: number;
  /** Points deducted by violation items and emergency overruns (the escalation not included). */
  deductionPoints: number;
  /** True when the escalation's extra deduction applied. */
  escalated: boolean;
  /** True when an immediate-dismissal item (直接辞退) was recorded. */
  dismissalOffense: boolean;
  /** The grade of `score` ({@link gradeForScore}). */
  grade: AppraisalGrade | null;
  /** Bonuses claimed but void this month, with the reason (empty when none). */
  voidedBonuses: readonly VoidedBonus[];
}>;

const MONTH_FIELDS: readonly string[] = ['bonuses', 'deductions', 'emergencyOverrunMinutes', 'adjustment', 'examScore'];
const MONTH_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(MONTH_FIELDS);
const MONTHLY: ReadonlySet<string> = /* @__PURE__ */ new Set(MONTHLY_BONUS_ITEMS);
const EXAM_ITEMS: ReadonlySet<string> = new Set(['exam-full-marks', 'exam-below-60']);
const NO_VOIDED: readonly VoidedBonus[] = /* @__PURE__ */ Object.freeze([]);
const EXAM_CONFLICT = 'no exam item when examScore is given (the exam items are derived from it)';
const ENTRY_FIELDS: readonly string[] = ['item', 'times', 'points'];
const ENTRY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(ENTRY_FIELDS);
const ADJUSTMENT_FIELDS: readonly string[] = ['points', 'reason'];
const ADJUSTMENT_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(ADJUSTMENT_FIELDS);

// The basis is one of at most 2^11 combinations of its parts, most decisive first: built once per
// combination (bit i set = BASIS_PARTS[i] applies), so a call allocates no basis array.
const BASIS_PARTS: readonly RuleId[] = [
  'appraisal.dismissal-offense',
  'appraisal.cap',
  'appraisal.escalation',
  'appraisal.severe',
  'appraisal.moderate',
  'appraisal.minor',
  'appraisal.emergency-overrun',
  'appraisal.bonus',
  'appraisal.adjustment',
  'appraisal.bonus.voided',
  'appraisal.exam',
];
const bases = new Map<number, readonly RuleId[]>();
function basisOf(mask: number): readonly RuleId[] {
  let basis = bases.get(mask);
  if (basis === undefined) {
    basis = Object.freeze([...BASIS_PARTS.filter((_, bit) => (mask & (1 << bit)) !== 0), 'appraisal.base', 'appraisal.grade']);
    bases.set(mask, basis);
  }
  return basis;
}

/** Refuses unknown keys of an input object, naming the first one (`unknown_key`). */
function checkKeys(record: Record<string, unknown>, allowed: ReadonlySet<string>, fn: string, path: InputPath | (() => InputPath)): void {
  for (const key in record) {
    if (!allowed.has(key)) requireObject(record, fn, typeof path === 'function' ? path() : path, [...allowed]);
  }
}

/** The points per time of an entry: the evaluator's for a ranged item (validated), the item's for a fixed one. */
function pointsOf(item: AppraisalItem, given: unknown, fn: string, path: () => InputPath): number {
  if (item.range !== undefined) {
    const { min, max } = item.range;
    if (typeof given === 'number' && Number.isInteger(given) && given >= min && given <= max) return given;
    const expectation = `whole points from ${min} to ${max} (the range of ${item.id})`;
    if (given === undefined) throw invalid(fn, path(), 'missing', expectation, given);
    requireFiniteNumber(given, fn, path());
    throw invalid(fn, path(), Number.isInteger(given) ? 'out_of_range' : 'not_integer', expectation, given);
  }
  const fixed = item.points ?? 0;
  if (given === undefined || given === fixed) return fixed;
  requireFiniteNumber(given, fn, path());
  throw invalid(fn, path(), 'out_of_range', `${fixed} (the fixed points of ${item.id}) or absent`, given);
}

/** Reads one bonus or deduction entry: its item, times and points per time. Paths are built only on error. */
function readEntry(
  entry: unknown,
  bonus: boolean,
  policy: AppraisalPolicy,
  fn: string,
  listPath: InputPath,
  index: number,
): { item: AppraisalItem; times: number; points: number } {
  const at = (...keys: (string | number)[]): InputPath => [...listPath, index, ...keys];
  const record = requireObject(entry, fn, at(), undefined, ENTRY_FIELDS);
  checkKeys(record, ENTRY_KEYS, fn, at);
  const item = _itemIndex(policy.items).get(record.item as string);
  if (item === undefined || (item.kind === 'bonus') !== bonus) {
    const ids = _itemIds(policy.items, bonus);
    throw invalid(fn, at('item'), 'invalid_enum', `one of ${ids.map((id) => JSON.stringify(id)).join(', ')}`, record.item);
  }
  const times = record.times === undefined ? 1 : typeof record.times === 'number' && Number.isSafeInteger(record.times) && record.times >= 0 ? record.times : requireCount(record.times, fn, at('times'));
  if (item.kind === 'dismissal') {
    if (record.points !== undefined) {
      throw invalid(fn, at('points'), 'not_allowed', `absent (${item.id} is an immediate-dismissal item and deducts no points)`, record.points);
    }
    return { item, times, points: 0 };
  }
  return { item, times, points: pointsOf(item, record.points, fn, () => at('points')) };
}

/** Reads the adjustment: whole points within the policy's range and a non-blank reason. */
function readAdjustment(value: unknown, policy: AppraisalPolicy, fn: string, path: InputPath): number {
  const record = requireObject(value, fn, path, undefined, ADJUSTMENT_FIELDS);
  checkKeys(record, ADJUSTMENT_KEYS, fn, path);
  const { min, max } = policy.adjustment;
  const expectation = `whole points from ${min} to ${max}`;
  if (record.points === undefined) throw invalid(fn, [...path, 'points'], 'missing', expectation, record.points);
  const points = requireFiniteNumber(record.points, fn, [...path, 'points']);
  if (!Number.isInteger(points)) throw invalid(fn, [...path, 'points'], 'not_integer', expectation, record.points);
  if (points < min || points > max) throw invalid(fn, [...path, 'points'], 'out_of_range', expectation, record.points);
  if (record.reason === undefined) throw invalid(fn, [...path, 'reason'], 'missing', 'the reason for the adjustment', record.reason);
  const reason = requireString(record.reason, fn, [...path, 'reason']);
  if (reason.trim() === '') throw invalid(fn, [...path, 'reason'], 'missing', 'a non-blank reason for the adjustment', record.reason);
  return points;
}

/** Adds a clause to a list of distinct clauses. */
function addClause(clauses: string[], clause: string): void {
  if (!clauses.includes(clause)) clauses.push(clause);
}

/**
 * Scores a month under a policy, validating it on the way. `fn` and `path` name the public caller and
 * the month's place in its input, so that {@link appraiseMonth} reports `members[2].month.deductions[0]`.
 */
export function _scoreMonthOf(month: unknown, policy: AppraisalPolicy, fn: string, path: InputPath): ScoreMonthResult {
  const record = requireObject(month, fn, path, undefined, MONTH_FIELDS);
  checkKeys(record, MONTH_KEYS, fn, path);

  // The exam score, read first: with it, the exam items are derived and may not be given.
  let examScore: number | null = null;
  if (record.examScore !== undefined) {
    const examPath = [...path, 'examScore'];
    const { fullMarks } = policy.exam;
    const score = requireFiniteNumber(record.examScore, fn, examPath);
    if (score < 0 || score > fullMarks) throw invalid(fn, examPath, 'out_of_range', `a score from 0 to ${fullMarks} (full marks)`, record.examScore);
    examScore = score;
  }

  // Bonuses claimed, by entry; counted once the violations are known (a violation voids some).
  const claimed: { item: AppraisalItem; times: number; points: number }[] = [];
  // The points the bonuses claim, before any is voided; at most MOST_POINTS, as the deductions.
  let claimedPoints = 0;
  const monthlyTimes = new Map<string, number>();
  if (record.bonuses !== undefined) {
    const listPath = [...path, 'bonuses'];
    const list = requireArray(record.bonuses, fn, listPath);
    for (let index = 0; index < list.length; index += 1) {
      const entry = readEntry(list[index], true, policy, fn, listPath, index);
      if (examScore !== null && EXAM_ITEMS.has(entry.item.id)) {
        throw invalid(fn, [...listPath, index, 'item'], 'conflicting_exam_item', EXAM_CONFLICT, entry.item.id);
      }
      if (MONTHLY.has(entry.item.id) && entry.times > 0) {
        const total = (monthlyTimes.get(entry.item.id) ?? 0) + entry.times;
        if (total > 1) {
          throw invalid(fn, [...listPath, index, entry.times > 1 ? 'times' : 'item'], 'once_a_month', 'at most once a month (a status of the month)', entry.times > 1 ? entry.times : entry.item.id);
        }
        monthlyTimes.set(entry.item.id, total);
      }
      if (entry.times > 0) {
        claimedPoints += entry.points * entry.times;
        if (claimedPoints > MOST_POINTS) throw invalid(fn, [...listPath, index, 'times'], 'out_of_range', MOST_POINTS_EXPECTATION, entry.times);
        claimed.push(entry);
      }
    }
  }

  let deductionPoints = 0;
  let dismissalOffense = false;
  let overrun = false;
  let customerConflict = false;
  // Distinct clauses (条) broken and occurrences, per list, for the escalation.
  const minorClauses: string[] = [];
  const moderateClauses: string[] = [];
  let minorTimes = 0;
  let moderateTimes = 0;
  let severeTimes = 0;
  const count = (severity: ViolationSeverity, clause: string, times: number): void => {
    if (severity === 'minor') {
      addClause(minorClauses, clause);
      minorTimes += times;
    } else if (severity === 'moderate') {
      addClause(moderateClauses, clause);
      moderateTimes += times;
    } else {
      severeTimes += times;
    }
  };
  if (record.deductions !== undefined) {
    const listPath = [...path, 'deductions'];
    const list = requireArray(record.deductions, fn, listPath);
    for (let index = 0; index < list.length; index += 1) {
      const { item, times, points } = readEntry(list[index], false, policy, fn, listPath, index);
      if (examScore !== null && EXAM_ITEMS.has(item.id)) {
        throw invalid(fn, [...listPath, index, 'item'], 'conflicting_exam_item', EXAM_CONFLICT, item.id);
      }
      if (times === 0) continue;
      if (item.kind === 'dismissal') {
        dismissalOffense = true;
        continue;
      }
      if (item.id === 'customer-conflict') customerConflict = true;
      deductionPoints += points * times;
      if (deductionPoints > MOST_POINTS) throw invalid(fn, [...listPath, index, 'times'], 'out_of_range', MOST_POINTS_EXPECTATION, times);
      count(item.kind as ViolationSeverity, item.id, times);
    }
  }
  if (record.emergencyOverrunMinutes !== undefined) {
    const list = requireArray(record.emergencyOverrunMinutes, fn, [...path, 'emergencyOverrunMinutes']);
    for (let index = 0; index < list.length; index += 1) {
      const minutes = list[index];
      const tier = _overrunTier(
        typeof minutes === 'number' && Number.isFinite(minutes) ? minutes : requireFiniteNumber(minutes, fn, [...path, 'emergencyOverrunMinutes', index]),
        policy.emergencyOverrunTiers,
      );
      if (tier === null) continue;
      overrun = true;
      deductionPoints += tier.points;
      // The entries' counts are held to 2^52; a company's tiers could still take the total past what a number holds exactly.
      if (deductionPoints > Number.MAX_SAFE_INTEGER) throw invalid(fn, [...path, 'emergencyOverrunMinutes', index], 'out_of_range', MOST_POINTS_EXPECTATION, minutes);
      // Each tier is one clause of its list (RULES appraisal.emergency-overrun).
      count(tier.severity, `emergency-overrun:${tier.severity}`, 1);
    }
  }
  // The exam score derives its item: full marks earn the bonus, 60 or below (inclusive) is deducted.
  if (examScore !== null) {
    const below = withinUpperBound(examScore, policy.exam.deductedUpTo);
    const item = below || examScore === policy.exam.fullMarks ? _itemIndex(policy.items).get(below ? 'exam-below-60' : 'exam-full-marks') : undefined;
    if (item === undefined) {
      // Neither full marks nor a deducted score, or the policy's table has no such item.
    } else {
      if (below) {
        deductionPoints += item.points ?? 0;
        count(item.kind as ViolationSeverity, item.id, 1);
      } else {
        claimedPoints += item.points ?? 0;
        claimed.push({ item, times: 1, points: item.points ?? 0 });
      }
      // Only a company's item table can give an exam item that many points.
      if (deductionPoints > Number.MAX_SAFE_INTEGER || claimedPoints > Number.MAX_SAFE_INTEGER) throw invalid(fn, [...path, 'examScore'], 'out_of_range', MOST_POINTS_EXPECTATION, examScore);
    }
  }
  const adjustment = record.adjustment === undefined ? null : readAdjustment(record.adjustment, policy, fn, [...path, 'adjustment']);

  // A violation of any list, an overrun or a dismissal offense voids top-performer; a customer
  // conflict (itself a valid complaint) voids zero-valid-complaints (RULES appraisal.bonus decisions).
  const violation = dismissalOffense || minorTimes + moderateTimes + severeTimes > 0;
  let bonusPoints = 0;
  const voided: VoidedBonus[] = [];
  for (const { item, times, points } of claimed) {
    if (item.id === 'top-performer' && violation) voided.push({ item: item.id, reason: 'violation-in-month' });
    else if (item.id === 'zero-valid-complaints' && customerConflict) voided.push({ item: item.id, reason: 'customer-conflict' });
    else bonusPoints += points * times;
  }

  const byOccurrence = policy.escalationCountsBy === 'occurrences';
  const moderateCount = byOccurrence ? moderateTimes : moderateClauses.length;
  const minorCount = byOccurrence ? minorTimes : minorClauses.length;
  const escalated =
    (moderateCount > 0 && reachesLowerBound(moderateCount, policy.escalation.moderate)) ||
    (minorCount > 0 && reachesLowerBound(minorCount, policy.escalation.minor));

  const raw = _noNegativeZero(policy.base + bonusPoints - deductionPoints - (escalated ? policy.escalation.points : 0) + (adjustment ?? 0));
  const capped = raw > policy.cap;
  const score = capped ? policy.cap : raw;

  const mask =
    (dismissalOffense ? 1 : 0) |
    (capped ? 2 : 0) |
    (escalated ? 4 : 0) |
    (severeTimes > 0 ? 8 : 0) |
    (moderateTimes > 0 ? 16 : 0) |
    (minorTimes > 0 ? 32 : 0) |
    (overrun ? 64 : 0) |
    (bonusPoints > 0 || voided.length > 0 ? 128 : 0) |
    (adjustment !== null ? 256 : 0) |
    (voided.length > 0 ? 512 : 0) |
    (examScore !== null ? 1024 : 0);
  const result: ScoreMonthResult = Object.freeze({
    score,
    raw,
    capped,
    bonusPoints,
    deductionPoints,
    escalated,
    dismissalOffense,
    grade: _gradeOf(score, policy.grades),
    voidedBonuses: voided.length === 0 ? NO_VOIDED : Object.freeze(voided.map((entry) => Object.freeze(entry))),
    basis: basisOf(mask),
  });
  return result;
}

/**
 * Scores an employee's month (CR 篇1): base 80, plus bonuses, minus deductions (a ranged item takes
 * the evaluator's points, which must lie in its range), minus each emergency overrun by its tier,
 * minus 20 once when two or more moderate clauses or four or more minor clauses were broken in the
 * month (the escalation, counted by distinct clause unless the policy says occurrences; each overrun
 * tier counts as one clause of its list), plus the −5…+5 adjustment with its mandatory reason. The
 * total (`raw`) is capped at 110 after the adjustment; there is no floor. An immediate-dismissal item
 * deducts nothing but sets `dismissalOffense`.
 *
 * Top performer, full exam marks and zero valid complaints are statuses of the month, earned at most
 * once. Top performer needs a month without any violation: a deduction item, an emergency overrun or a
 * dismissal offense voids it; a customer conflict (itself a valid complaint) voids zero valid
 * complaints. A void bonus adds nothing and is listed in `voidedBonuses` with its reason (basis
 * `appraisal.bonus.voided`). Given `examScore` (0 to full marks, 100), the function derives the exam
 * items itself: full marks earn the bonus; 60 or below (60以下 includes 60) is the moderate deduction.
 *
 * @param month - The month's bonuses, deductions, emergency overruns, adjustment and exam score (all optional).
 * @param options - `policy` for a company's own points, tiers, escalation and cap.
 * @returns The score, its parts, the flags, the grade and the basis.
 * @throws {@link InvalidInputError} When an item is unknown or on the wrong list (`invalid_enum`), `times`
 * is not a whole number ≥ 0, a ranged item's points are missing or outside the range (`missing`,
 * `out_of_range`), a fixed item is given other points, a minutes value is not finite, the adjustment is
 * outside −5…+5 or has no reason, a field is unknown (`unknown_key`), a monthly status is given more
 * than once (`once_a_month`), a count takes the month's bonuses or deductions past 2^52 points
 * (`out_of_range` at its `times`), `examScore` is outside 0 to full marks (`out_of_range`) or comes with an
 * exam item (`conflicting_exam_item`).
 * @see RULES `appraisal.base`, `appraisal.bonus`, `appraisal.bonus.voided`, `appraisal.exam`, `appraisal.minor`, `appraisal.moderate`, `appraisal.severe`,
 * `appraisal.escalation`, `appraisal.dismissal-offense`, `appraisal.emergency-overrun`, `appraisal.adjustment`,
 * `appraisal.cap`; CR 篇1 一.2, 一.5, 二, 三.
 *
 * @example
 * ```ts
 * import { scoreMonth } from 'wuye-rules/appraisal';
 * scoreMonth({ bonuses: [{ item: 'cover-shift', times: 2 }], deductions: [{ item: 'late-or-early-leave', points: 3 }] }).score;
 * //=> 87
 * const month = scoreMonth({ deductions: [{ item: 'missed-meeting' }, { item: 'films-or-games' }] });
 * [month.score, month.deductionPoints, month.escalated];
 * //=> [40, 20, true]
 * const busy = scoreMonth({ bonuses: [{ item: 'extra-assignment', times: 7 }], adjustment: { points: 5, reason: 'led the move to the new desk' } });
 * [busy.raw, busy.score, busy.capped, busy.grade];
 * //=> [120, 110, true, 'A']
 * scoreMonth({ emergencyOverrunMinutes: [15, 20] }).escalated;
 * //=> false
 * scoreMonth({ examScore: 60 }).score;
 * //=> 70
 * scoreMonth({ bonuses: [{ item: 'top-performer' }], deductions: [{ item: 'no-mandarin' }] }).voidedBonuses;
 * //=> [{ item: 'top-performer', reason: 'violation-in-month' }]
 * ```
 */
export function scoreMonth(month: AppraisalMonth, options?: RuleOptions): ScoreMonthResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'scoreMonth');
  options = ruleOptions(options, 'scoreMonth');
  return _scoreMonthOf(month, _appraisalPolicyOf(options), 'scoreMonth', []);
}
