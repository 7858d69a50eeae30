import { deepFreeze } from '../core/decision.js';
import type { Bound } from '../core/bound.js';
import type { RuleId } from '../core/decision.js';

/** The ids of the bonus items of CR 篇1 二 (加分标准), +5 each by default. */
export type BonusItem =
  | 'top-performer'
  | 'exam-full-marks'
  | 'cover-shift'
  | 'extra-assignment'
  | 'zero-valid-complaints'
  | 'adopted-suggestion';

/**
 * The ids of the violation items of CR 篇1 三 (扣分标准): minor (轻度), moderate (中度), severe (重度)
 * and immediate-dismissal (直接辞退) items, in the source's order. Emergency overruns are not items:
 * they go through `emergencyOverrunMinutes` of {@link scoreMonth}.
 */
export type ViolationItem =
  // 轻度违规
  | 'no-mandarin'
  | 'messy-desk'
  | 'cleaning-skipped'
  | 'late-or-early-leave'
  | 'handover-records'
  | 'slow-appeal-reply'
  | 'left-post'
  | 'ineffective-work'
  | 'off-topic-chat'
  | 'loud-noise'
  | 'eating-smoking'
  | 'data-entry-error'
  | 'spot-check-error'
  // 中度违规
  | 'films-or-games'
  | 'inflated-records'
  | 'unreported-anomaly'
  | 'unapproved-software'
  | 'skipped-records'
  | 'missed-meeting'
  | 'exam-below-60'
  // 重度违规
  | 'absenteeism'
  | 'customer-conflict'
  | 'outsider-in-work-area'
  | 'equipment-removed'
  // 直接辞退
  | 'sleeping-on-duty'
  | 'phone-off-hook'
  | 'cliques'
  | 'abuse-of-power';

/** Any item of the appraisal table. */
export type AppraisalItemId = BonusItem | ViolationItem;

/** The list an item belongs to: bonus (加分), minor (轻度), moderate (中度), severe (重度) or dismissal (直接辞退). */
export type AppraisalItemKind = 'bonus' | 'minor' | 'moderate' | 'severe' | 'dismissal';

/** The severity of a violation list that deducts points (the dismissal list deducts none). */
export type ViolationSeverity = 'minor' | 'moderate' | 'severe';

/** A point range an evaluator chooses within, both ends included (`2-5分/次` is `{ min: 2, max: 5 }`). */
export interface PointRange {
  /** The fewest points the item may be given. */
  readonly min: number;
  /** The most points the item may be given. */
  readonly max: number;
}

/**
 * One row of the appraisal table (CR 篇1 二–三). A fixed item has `points`; a ranged item has `range`
 * and takes the evaluator's points, which must lie in it; a dismissal item has neither (it deducts
 * nothing: it makes the month a dismissal offense).
 */
export interface AppraisalItem {
  /** The item's stable id (as {@link appraisalItems} lists it). */
  readonly id: AppraisalItemId;
  /** The list the item belongs to; moderate and minor items count towards the escalation. */
  readonly kind: AppraisalItemKind;
  /** Points per time for a fixed item (added for a bonus, deducted for a violation). */
  readonly points?: number;
  /** The evaluator's range for a ranged item, both ends included. */
  readonly range?: PointRange;
  /** The rule the item belongs to: `appraisal.bonus`, `.minor`, `.moderate`, `.severe` or `.dismissal-offense`. */
  readonly ruleId: RuleId;
}

/**
 * One tier of the emergency overrun (RULES appraisal.emergency-overrun): minutes past the process
 * time that reach `over` fall in this tier unless they reach a later one.
 */
export interface EmergencyOverrunTier {
  /** The violation list the tier belongs to, which is also the clause it counts as for the escalation. */
  readonly severity: ViolationSeverity;
  /** The tier's lower bound in minutes (超过10分钟 is `{ value: 10, inclusive: false }`). */
  readonly over: Bound;
  /** Points deducted per overrun in this tier. */
  readonly points: number;
}

/** The extra deduction for a month with many violations (RULES appraisal.escalation). */
export interface EscalationPolicy {
  /** Points deducted, once a month at most. */
  readonly points: number;
  /** Moderate clauses (or occurrences) at which the escalation applies (两条或以上: 2, inclusive). */
  readonly moderate: Bound;
  /** Minor clauses (or occurrences) at which the escalation applies (四条或以上: 4, inclusive). */
  readonly minor: Bound;
}

/** A performance grade (绩效): A to E; a score below the lowest band has none. */
export type AppraisalGrade = 'A' | 'B' | 'C' | 'D' | 'E';

/** One band of the grade table: scores reaching `from` get `grade` unless they reach a band above. */
export interface GradeBand {
  /** The grade of the band. */
  readonly grade: AppraisalGrade;
  /** The band's lower bound (A: `>90`, exclusive; B: 80, inclusive; …). */
  readonly from: Bound;
}

/** How the month's score moves pay (RULES appraisal.pay-float, appraisal.pay-float-start). */
export interface PayFloatPolicy {
  /** The score at which pay does not move (以考核分80分为标准). */
  readonly standardScore: number;
  /** Yuan per point above or below the standard, exact to the fen (每分对应10元). */
  readonly yuanPerPoint: number;
  /** The most pay moves either way, in yuan (浮动范围为±300元). */
  readonly limitYuan: number;
  /** The month of employment pay starts to float in; the month of joining is month 1 (从第三个月起). */
  readonly firstFloatingMonth: number;
}

/** The thresholds of the termination right (RULES appraisal.termination). */
export interface TerminationPolicy {
  /** A month's score below this allows termination (当月评分低于60分: 60, exclusive upper bound). */
  readonly lowScore: Bound;
  /** Last place two months running with scores below this allows termination (低于70分: 70, exclusive). */
  readonly lastPlaceScore: Bound;
}

/** The monthly skills exam (RULES appraisal.exam): what earns the bonus and what is deducted. */
export interface ExamPolicy {
  /** Full marks (满分): a score equal to it earns `exam-full-marks`. Scores run from 0 to this. */
  readonly fullMarks: number;
  /** Scores within this upper bound are deducted as `exam-below-60` (得分在60以下: 60, inclusive, per C1). */
  readonly deductedUpTo: Bound;
}

/** The range of the training specialist's adjustment of a month (RULES appraisal.adjustment), both ends included. */
export interface AdjustmentPolicy {
  /** The largest deduction, as a negative number (−5). */
  readonly min: number;
  /** The largest addition (+5). */
  readonly max: number;
}

/**
 * Appraisal settings of the {@link Policy} (RULES §3): the base and cap of the month, the table of
 * items with their points, the emergency overrun tiers, the escalation, grades, pay float and the
 * termination thresholds.
 */
export interface AppraisalPolicy {
  /** The month's starting score (每月日常考核积分为80分). RULES appraisal.base. */
  readonly base: number;
  /** The most a month can count; a higher total counts as this (满分为110分). RULES appraisal.cap. */
  readonly cap: number;
  /** The item table, in the source's order (RULES appraisal.bonus/.minor/.moderate/.severe/.dismissal-offense). */
  readonly items: readonly AppraisalItem[];
  /** The emergency overrun tiers, lowest first (RULES appraisal.emergency-overrun). */
  readonly emergencyOverrunTiers: readonly EmergencyOverrunTier[];
  /** The escalation's points and triggers (RULES appraisal.escalation). */
  readonly escalation: EscalationPolicy;
  /** What the escalation counts: distinct clauses broken (条, the default) or every occurrence. */
  readonly escalationCountsBy: 'clauses' | 'occurrences';
  /** The range of the training specialist's adjustment (RULES appraisal.adjustment). */
  readonly adjustment: AdjustmentPolicy;
  /** The grade bands, highest first (RULES appraisal.grade). */
  readonly grades: readonly GradeBand[];
  /** The pay float (RULES appraisal.pay-float, appraisal.pay-float-start). */
  readonly payFloat: PayFloatPolicy;
  /** The termination thresholds (RULES appraisal.termination). */
  readonly termination: TerminationPolicy;
  /** The monthly exam: full marks and the deducted scores (RULES appraisal.exam). */
  readonly exam: ExamPolicy;
}

// CR 篇1 二、三: the item table in the source's order. Points are per time (分/次).
const items: readonly AppraisalItem[] = [
  // 二、加分标准: 5 each.
  { id: 'top-performer', kind: 'bonus', points: 5, ruleId: 'appraisal.bonus' },
  { id: 'exam-full-marks', kind: 'bonus', points: 5, ruleId: 'appraisal.bonus' },
  { id: 'cover-shift', kind: 'bonus', points: 5, ruleId: 'appraisal.bonus' },
  { id: 'extra-assignment', kind: 'bonus', points: 5, ruleId: 'appraisal.bonus' },
  { id: 'zero-valid-complaints', kind: 'bonus', points: 5, ruleId: 'appraisal.bonus' },
  { id: 'adopted-suggestion', kind: 'bonus', points: 5, ruleId: 'appraisal.bonus' },
  // 三.1 轻度违规.
  { id: 'no-mandarin', kind: 'minor', points: 2, ruleId: 'appraisal.minor' },
  { id: 'messy-desk', kind: 'minor', points: 2, ruleId: 'appraisal.minor' },
  { id: 'cleaning-skipped', kind: 'minor', points: 2, ruleId: 'appraisal.minor' },
  { id: 'late-or-early-leave', kind: 'minor', range: { min: 2, max: 5 }, ruleId: 'appraisal.minor' },
  { id: 'handover-records', kind: 'minor', points: 5, ruleId: 'appraisal.minor' },
  { id: 'slow-appeal-reply', kind: 'minor', points: 5, ruleId: 'appraisal.minor' },
  { id: 'left-post', kind: 'minor', points: 5, ruleId: 'appraisal.minor' },
  { id: 'ineffective-work', kind: 'minor', range: { min: 2, max: 5 }, ruleId: 'appraisal.minor' },
  { id: 'off-topic-chat', kind: 'minor', range: { min: 1, max: 2 }, ruleId: 'appraisal.minor' },
  { id: 'loud-noise', kind: 'minor', points: 2, ruleId: 'appraisal.minor' },
  { id: 'eating-smoking', kind: 'minor', points: 5, ruleId: 'appraisal.minor' },
  { id: 'data-entry-error', kind: 'minor', points: 2, ruleId: 'appraisal.minor' },
  { id: 'spot-check-error', kind: 'minor', range: { min: 2, max: 5 }, ruleId: 'appraisal.minor' },
  // 三.2 中度违规: 10 each.
  { id: 'films-or-games', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  { id: 'inflated-records', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  { id: 'unreported-anomaly', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  { id: 'unapproved-software', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  { id: 'skipped-records', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  { id: 'missed-meeting', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  { id: 'exam-below-60', kind: 'moderate', points: 10, ruleId: 'appraisal.moderate' },
  // 三.3 重度违规: 20 each.
  { id: 'absenteeism', kind: 'severe', points: 20, ruleId: 'appraisal.severe' },
  { id: 'customer-conflict', kind: 'severe', points: 20, ruleId: 'appraisal.severe' },
  { id: 'outsider-in-work-area', kind: 'severe', points: 20, ruleId: 'appraisal.severe' },
  { id: 'equipment-removed', kind: 'severe', points: 20, ruleId: 'appraisal.severe' },
  // 直接辞退: no points.
  { id: 'sleeping-on-duty', kind: 'dismissal', ruleId: 'appraisal.dismissal-offense' },
  { id: 'phone-off-hook', kind: 'dismissal', ruleId: 'appraisal.dismissal-offense' },
  { id: 'cliques', kind: 'dismissal', ruleId: 'appraisal.dismissal-offense' },
  { id: 'abuse-of-power', kind: 'dismissal', ruleId: 'appraisal.dismissal-offense' },
];

/** The source documents' appraisal settings (CR 篇1). */
export const defaultAppraisalPolicy: AppraisalPolicy = /* @__PURE__ */ deepFreeze<AppraisalPolicy>({
  base: 80,
  cap: 110,
  items,
  // 超过1~10分钟 5 (minor), 超过11~30分钟 10 (moderate), 超过30分钟以上 20 (severe); continuous bands,
  // 30 itself is moderate because 超过 excludes (RULES appraisal.emergency-overrun).
  emergencyOverrunTiers: [
    { severity: 'minor', over: { value: 0, inclusive: false }, points: 5 },
    { severity: 'moderate', over: { value: 10, inclusive: false }, points: 10 },
    { severity: 'severe', over: { value: 30, inclusive: false }, points: 20 },
  ],
  // 违反中度违规中的两条或以上, 违反轻度违规四条或以上: 追加扣分20分.
  escalation: { points: 20, moderate: { value: 2, inclusive: true }, minor: { value: 4, inclusive: true } },
  escalationCountsBy: 'clauses',
  // 分数浮动在-5至5之间.
  adjustment: { min: -5, max: 5 },
  // >90 A; 80~90 B; 70~80 C; 65~70 D; 60~65 E: each lower band includes its lower bound, 90 is B.
  grades: [
    { grade: 'A', from: { value: 90, inclusive: false } },
    { grade: 'B', from: { value: 80, inclusive: true } },
    { grade: 'C', from: { value: 70, inclusive: true } },
    { grade: 'D', from: { value: 65, inclusive: true } },
    { grade: 'E', from: { value: 60, inclusive: true } },
  ],
  payFloat: { standardScore: 80, yuanPerPoint: 10, limitYuan: 300, firstFloatingMonth: 3 },
  // 当月评分低于60分; 连续两个月都是最后一名且评分低于70分 (低于 excludes the number).
  termination: { lowScore: { value: 60, inclusive: false }, lastPlaceScore: { value: 70, inclusive: false } },
  // 篇1 一.6 and 三.2: 满分 earns the bonus; 得分在60以下 is moderate, and 以下 includes 60 (C1).
  exam: { fullMarks: 100, deductedUpTo: { value: 60, inclusive: true } },
});

/**
 * The bonus items that are a status of the month rather than a count (no "/次" in CR 篇1 二): earned
 * at most once a month (RULES appraisal.bonus, fidelity decisions).
 */
export const MONTHLY_BONUS_ITEMS: readonly BonusItem[] = /* @__PURE__ */ Object.freeze(['top-performer', 'exam-full-marks', 'zero-valid-complaints']);
