import { ruleOptions, type RuleOptions } from '../core/options.js';
import { yuanToFen } from '../core/money.js';
import { invalid, refuseExtraArguments } from '../core/validate.js';

const FN = 'collectionRate';

/**
 * The fee collection rate (回款率 / 收款率) of a billing period: yuan collected over yuan billed,
 * computed from whole fen (RULES C7). Nothing billed means nothing is owed, so the rate is 1. The
 * collected amount is what was collected against these bills, so it cannot exceed them: a larger
 * amount (prepayments, another period's arrears) is refused rather than reported as a rate above 100%.
 *
 * @param collectedYuan - Yuan collected against the period's bills, ≥ 0 and exact to the fen.
 * @param billedYuan - Yuan billed for the period, ≥ 0 and exact to the fen.
 * @param options - The options every rule function takes (`{ policy, calendar }`), checked like theirs (an unknown
 * key is refused); no policy setting changes this rule.
 * @returns The rate in [0, 1].
 * @throws {@link InvalidInputError} When an amount is not a finite non-negative number exact to the fen, or `collectedYuan` exceeds `billedYuan` (`out_of_range`, path `['collectedYuan']`).
 * @see RULES `kpi.collection`; ZN 篇2 工作标准1, 篇5 工作标准2.
 *
 * @example
 * ```ts
 * import { collectionRate } from 'wuye-rules/kpi';
 * collectionRate(8000, 10000);
 * //=> 0.8
 * collectionRate(0, 0);
 * //=> 1
 * ```
 */
export function collectionRate(collectedYuan: number, billedYuan: number, options?: RuleOptions): number {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'collectionRate');
  ruleOptions(options, FN);
  const collected = yuanToFen(collectedYuan, FN, ['collectedYuan']);
  const billed = yuanToFen(billedYuan, FN, ['billedYuan']);
  if (collected > billed) throw invalid(FN, ['collectedYuan'], 'out_of_range', `at most billedYuan (${billedYuan})`, collectedYuan);
  return billed === 0 ? 1 : collected / billed;
}
