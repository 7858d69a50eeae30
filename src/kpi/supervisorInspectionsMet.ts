import { reachesLowerBound } from '../core/bound.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireCount, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy } from './kpiPolicy.js';

/**
 * Whether the supervisor inspected the customer areas often enough in a week: at least twice a week
 * (每周两次对客户区域进行工作检查).
 *
 * @param inspectionsInWeek - Inspections made in the week, a whole number ≥ 0.
 * @param options - `policy` for another cadence (`kpi.supervisor.inspectionsPerWeek`).
 * @returns True when the count reaches the cadence.
 * @throws {@link InvalidInputError} When the count is not a whole number ≥ 0.
 * @see RULES `supervisor.cadence`; ZN 篇5 工作标准1.
 *
 * @example
 * ```ts
 * import { supervisorInspectionsMet } from 'wuye-rules/kpi';
 * [supervisorInspectionsMet(1), supervisorInspectionsMet(2)];
 * //=> [false, true]
 * ```
 */
export function supervisorInspectionsMet(inspectionsInWeek: number, options?: RuleOptions): boolean {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'supervisorInspectionsMet');
  options = ruleOptions(options, 'supervisorInspectionsMet');
  const count = requireCount(inspectionsInWeek, 'supervisorInspectionsMet', ['inspectionsInWeek']);
  return reachesLowerBound(count, (options?.policy?.kpi ?? defaultKpiPolicy).supervisor.inspectionsPerWeek);
}
