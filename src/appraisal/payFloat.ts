import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { roundHalfAwayFromZero } from '../core/money.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireFiniteNumber, requirePositiveInteger, refuseExtraArguments } from '../core/validate.js';
import { _appraisalPolicyOf, _noNegativeZero } from './_shared.js';
import type { AppraisalPolicy, PayFloatPolicy } from './appraisalPolicy.js';

/** The answer of {@link payFloat}. */
export type PayFloatResult = Decision<{
  /** How much the month's pay moves, in yuan exact to the fen: positive adds, negative deducts. */
  amountYuan: number;
  /** True when the unclamped amount lay beyond the limit (±300 yuan) and was cut to it. */
  clamped: boolean;
}>;

/** The options of {@link payFloat}: the month of employment, plus the usual rule options. */
export interface PayFloatOptions extends RuleOptions {
  /** The month of employment being paid (the month of joining is 1; see {@link employmentMonth}). Pay floats from month 3; absent means an established employee. */
  readonly employmentMonth?: number;
}

// Floating-point noise tolerated before rounding to the fen: a millionth of a fen (RULES C9).
const NOISE_STEPS = 1e6;

const BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['appraisal.pay-float']);

const wholeYuanAnswers = new WeakMap<PayFloatPolicy, Map<number, PayFloatResult>>();

// No float in the first months (scored only): one answer, built once.
const NOT_YET = /* @__PURE__ */ freezeDecision({ amountYuan: 0, clamped: false }, ['appraisal.pay-float-start']);

/** The pay float of a validated score under a policy; `employment` null when unknown. */
export function _payFloatOf(score: number, employment: number | null, policy: AppraisalPolicy): PayFloatResult {
  const rules = policy.payFloat;
  if (employment !== null && employment < rules.firstFloatingMonth) return NOT_YET;
  const fenPerPoint = Math.round(rules.yuanPerPoint * 100);
  const limitFen = Math.round(rules.limitYuan * 100);
  // Integer fen (RULES C7): remove noise below a millionth of a fen, then round half away from zero.
  const exact = (score - rules.standardScore) * fenPerPoint;
  const fen = roundHalfAwayFromZero(Math.round(exact * NOISE_STEPS) / NOISE_STEPS);
  const clamped = Math.abs(fen) > limitFen;
  const amountFen = clamped ? Math.sign(fen) * limitFen : fen;
  // Whole-yuan answers (every whole-point score) are interned per policy: at most 2 × limit + 3 of them.
  if (amountFen % 100 !== 0) return Object.freeze({ amountYuan: amountFen / 100, clamped, basis: BASIS });
  let answers = wholeYuanAnswers.get(rules);
  if (answers === undefined) {
    answers = new Map();
    wholeYuanAnswers.set(rules, answers);
  }
  const key = clamped ? amountFen + 0.5 : amountFen;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = Object.freeze({ amountYuan: _noNegativeZero(amountFen / 100), clamped, basis: BASIS });
    answers.set(key, answer);
  }
  return answer;
}

/**
 * How a month's score moves pay: 10 yuan per point above or below the standard 80, within ±300 yuan,
 * exact to the fen (80 → 0; 91 → +110; 68 → −120; 110 → +300; 111 → +300, clamped). `clamped` is true
 * only when the unclamped amount lies beyond the limit. In the first two months of employment pay does
 * not float (the month of joining is month 1): the amount is 0 with basis `appraisal.pay-float-start`.
 *
 * @param score - The month's score; any finite number (fractions are paid to the fen: 80.37 → 3.7).
 * @param options - `employmentMonth` (a whole number ≥ 1), and `policy` for a company's own rates.
 * @returns The amount in yuan, whether it was clamped, and the basis.
 * @throws {@link InvalidInputError} When `score` is not finite or `employmentMonth` is not a whole number ≥ 1.
 * @see RULES `appraisal.pay-float`, `appraisal.pay-float-start`; CR 篇1 四 (具体奖惩措施).
 *
 * @example
 * ```ts
 * import { payFloat } from 'wuye-rules/appraisal';
 * payFloat(91);
 * //=> { amountYuan: 110, clamped: false, basis: ['appraisal.pay-float'] }
 * payFloat(68).amountYuan;
 * //=> -120
 * payFloat(112);
 * //=> { amountYuan: 300, clamped: true, basis: ['appraisal.pay-float'] }
 * payFloat(95, { employmentMonth: 2 });
 * //=> { amountYuan: 0, clamped: false, basis: ['appraisal.pay-float-start'] }
 * ```
 */
export function payFloat(score: number, options?: PayFloatOptions): PayFloatResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'payFloat');
  options = ruleOptions(options, 'payFloat', ['employmentMonth']);
  if (typeof score !== 'number' || !Number.isFinite(score)) requireFiniteNumber(score, 'payFloat', ['score']);
  let employment: number | null = null;
  if (options?.employmentMonth !== undefined) employment = requirePositiveInteger(options.employmentMonth, 'payFloat', ['options', 'employmentMonth']);
  return _payFloatOf(score, employment, _appraisalPolicyOf(options));
}
