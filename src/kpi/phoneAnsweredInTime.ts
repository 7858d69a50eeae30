import { withinUpperBound } from '../core/bound.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireCount, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy } from './kpiPolicy.js';

/**
 * Whether a phone call was answered in time: within three rings (铃响三声内接听), the third ring
 * included (以内, RULES C1).
 *
 * @param rings - How many times the phone rang before it was answered, a whole number ≥ 0.
 * @param options - `policy` for another limit (`kpi.phoneRings`).
 * @returns True when answered within the limit.
 * @throws {@link InvalidInputError} When `rings` is not a whole number ≥ 0.
 * @see RULES `kpi.phone`; ZN 篇3 §1.
 *
 * @example
 * ```ts
 * import { phoneAnsweredInTime } from 'wuye-rules/kpi';
 * [phoneAnsweredInTime(3), phoneAnsweredInTime(4)];
 * //=> [true, false]
 * ```
 */
export function phoneAnsweredInTime(rings: number, options?: RuleOptions): boolean {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'phoneAnsweredInTime');
  options = ruleOptions(options, 'phoneAnsweredInTime');
  return withinUpperBound(requireCount(rings, 'phoneAnsweredInTime', ['rings']), (options?.policy?.kpi ?? defaultKpiPolicy).phoneRings);
}
