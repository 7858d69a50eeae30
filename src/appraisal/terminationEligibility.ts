import { withinUpperBound } from '../core/bound.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import type { InputPath } from '../core/errors.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireBoolean, requireFiniteNumber, requireObject, refuseExtraArguments } from '../core/validate.js';
import { _appraisalPolicyOf } from './_shared.js';
import type { AppraisalPolicy } from './appraisalPolicy.js';

/** The previous month of an employee, as {@link terminationEligibility} reads it. */
export interface PreviousMonthStanding {
  /** Last month's score. */
  readonly score: number;
  /** Whether the employee was last of the team last month. */
  readonly lastPlace: boolean;
}

/** The facts {@link terminationEligibility} reads. */
export interface TerminationFacts {
  /** This month's score. */
  readonly score: number;
  /** Whether the employee is last of the team this month (default false). */
  readonly lastPlace?: boolean;
  /** Last month's score and standing, when known. */
  readonly previousMonth?: PreviousMonthStanding;
  /** Whether an immediate-dismissal item (直接辞退) was recorded this month (default false). */
  readonly dismissalOffense?: boolean;
}

/** The answer of {@link terminationEligibility}. */
export type TerminationEligibilityResult = Decision<{
  /** True when the company may terminate: a right, not an act; `basis` lists every ground that holds. */
  eligible: boolean;
}>;

const FACT_KEYS = ['score', 'lastPlace', 'previousMonth', 'dismissalOffense'] as const;
const PREVIOUS_KEYS = ['score', 'lastPlace'] as const;
const DISMISSAL = 'appraisal.termination.dismissal-offense';
const LOW_SCORE = 'appraisal.termination.low-score';
const LAST_PLACE = 'appraisal.termination.last-place';

// Eight possible answers (three grounds, each holding or not), built once.
const ANSWERS: readonly TerminationEligibilityResult[] = /* @__PURE__ */ Array.from({ length: 8 }, (_, mask) => {
  const grounds: RuleId[] = [];
  if (mask & 4) grounds.push(DISMISSAL);
  if (mask & 2) grounds.push(LOW_SCORE);
  if (mask & 1) grounds.push(LAST_PLACE);
  return freezeDecision({ eligible: grounds.length > 0 }, grounds.length > 0 ? grounds : ['appraisal.termination']);
});

/** Reads the facts and returns the decision; `fn` and `path` name the public caller and the facts' place. */
export function _terminationOf(facts: unknown, policy: AppraisalPolicy, fn: string, path: InputPath): TerminationEligibilityResult {
  const record = requireObject(facts, fn, path, FACT_KEYS);
  const score = requireFiniteNumber(record.score, fn, [...path, 'score']);
  const lastPlace = record.lastPlace === undefined ? false : requireBoolean(record.lastPlace, fn, [...path, 'lastPlace']);
  const dismissal = record.dismissalOffense === undefined ? false : requireBoolean(record.dismissalOffense, fn, [...path, 'dismissalOffense']);
  let lastPlaceTwice = false;
  if (record.previousMonth !== undefined) {
    const previous = requireObject(record.previousMonth, fn, [...path, 'previousMonth'], PREVIOUS_KEYS);
    const previousScore = requireFiniteNumber(previous.score, fn, [...path, 'previousMonth', 'score']);
    const previousLast = requireBoolean(previous.lastPlace, fn, [...path, 'previousMonth', 'lastPlace']);
    const bar = policy.termination.lastPlaceScore;
    lastPlaceTwice = lastPlace && previousLast && withinUpperBound(score, bar) && withinUpperBound(previousScore, bar);
  }
  const lowScore = withinUpperBound(score, policy.termination.lowScore);
  return ANSWERS[(dismissal ? 4 : 0) + (lowScore ? 2 : 0) + (lastPlaceTwice ? 1 : 0)] as TerminationEligibilityResult;
}

/**
 * Whether the company has the right to terminate an employee on the appraisal's grounds (CR 篇1
 * 一.3, 三): the month's score is below 60; or the employee was last of the team two months running
 * with a score below 70 in each; or an immediate-dismissal offense occurred. It is a right, not an
 * automatic act: the result says `eligible` and lists every ground that holds. Labour law adds its
 * own conditions (see the catalog's `legalRisk` and the appraisal guide).
 *
 * @param facts - This month's score and standing, last month's, and whether a dismissal offense occurred.
 * @param options - `policy` for a company's own thresholds.
 * @returns `eligible`, with `basis` listing the grounds (`appraisal.termination.dismissal-offense`,
 * `.low-score`, `.last-place`), or `['appraisal.termination']` when none holds.
 * @throws {@link InvalidInputError} When a score is not finite, a flag is not a boolean, or a field is unknown.
 * @see RULES `appraisal.termination`; CR 篇1 一.3, 三 (直接辞退), 四.3.
 *
 * @example
 * ```ts
 * import { terminationEligibility } from 'wuye-rules/appraisal';
 * terminationEligibility({ score: 59.5 });
 * //=> { eligible: true, basis: ['appraisal.termination.low-score'] }
 * terminationEligibility({ score: 68, lastPlace: true, previousMonth: { score: 69, lastPlace: true } }).basis;
 * //=> ['appraisal.termination.last-place']
 * terminationEligibility({ score: 70, lastPlace: true, previousMonth: { score: 62, lastPlace: true } }).eligible;
 * //=> false
 * ```
 */
export function terminationEligibility(facts: TerminationFacts, options?: RuleOptions): TerminationEligibilityResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'terminationEligibility');
  options = ruleOptions(options, 'terminationEligibility');
  return _terminationOf(facts, _appraisalPolicyOf(options), 'terminationEligibility', []);
}
