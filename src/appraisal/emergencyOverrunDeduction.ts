import { reachesLowerBound } from '../core/bound.js';
import { freezeDecision, type Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireFiniteNumber, refuseExtraArguments } from '../core/validate.js';
import { _appraisalPolicyOf } from './_shared.js';
import type { EmergencyOverrunTier, ViolationSeverity } from './appraisalPolicy.js';

/** The answer of {@link emergencyOverrunDeduction}. */
export type EmergencyOverrunResult = Decision<{
  /** The violation list the overrun falls in, or `null` when there is no overrun. */
  severity: ViolationSeverity | null;
  /** Points deducted for the overrun (0 when there is none). */
  points: number;
}>;

const BASIS = ['appraisal.emergency-overrun'] as const;
const NO_OVERRUN = /* @__PURE__ */ freezeDecision({ severity: null, points: 0 }, BASIS);

// One answer per tier row, built once per row (policies are frozen, so rows are stable).
const answers = new WeakMap<EmergencyOverrunTier, EmergencyOverrunResult>();

/** The tier a number of minutes falls in: the last (highest) tier whose lower bound it reaches. */
export function _overrunTier(minutes: number, tiers: readonly EmergencyOverrunTier[]): EmergencyOverrunTier | null {
  for (let index = tiers.length - 1; index >= 0; index -= 1) {
    const tier = tiers[index];
    if (tier !== undefined && reachesLowerBound(minutes, tier.over)) return tier;
  }
  return null;
}

/**
 * The deduction for handling an emergency (突发事件) past the process time: more than 0 and up to 10
 * minutes is a minor violation (5 points); more than 10 and up to 30 moderate (10); more than 30
 * severe (20). The bands are continuous (10.5 minutes is moderate) and 30 is moderate, because the
 * source's severe band says 超过30分钟 (超过 excludes). Zero or fewer minutes (done in time, or early)
 * is no overrun.
 *
 * @param minutesOver - Minutes past the process time; any finite number (0 or less means none).
 * @param options - `policy` to use a company's own tiers.
 * @returns The severity (`null` for none), the points and the basis.
 * @throws {@link InvalidInputError} When `minutesOver` is not a finite number.
 * @see RULES `appraisal.emergency-overrun`; CR 篇1 三 (未在流程控制时间内处理突发事件).
 *
 * @example
 * ```ts
 * import { emergencyOverrunDeduction } from 'wuye-rules/appraisal';
 * emergencyOverrunDeduction(10);
 * //=> { severity: 'minor', points: 5, basis: ['appraisal.emergency-overrun'] }
 * emergencyOverrunDeduction(10.5).severity;
 * //=> 'moderate'
 * emergencyOverrunDeduction(30).points;
 * //=> 10
 * emergencyOverrunDeduction(31).points;
 * //=> 20
 * emergencyOverrunDeduction(0).severity;
 * //=> null
 * ```
 */
export function emergencyOverrunDeduction(minutesOver: number, options?: RuleOptions): EmergencyOverrunResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'emergencyOverrunDeduction');
  options = ruleOptions(options, 'emergencyOverrunDeduction');
  requireFiniteNumber(minutesOver, 'emergencyOverrunDeduction', ['minutesOver']);
  const tier = _overrunTier(minutesOver, _appraisalPolicyOf(options).emergencyOverrunTiers);
  if (tier === null) return NO_OVERRUN;
  let answer = answers.get(tier);
  if (answer === undefined) {
    answer = freezeDecision({ severity: tier.severity, points: tier.points }, BASIS);
    answers.set(tier, answer);
  }
  return answer;
}
