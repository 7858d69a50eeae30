import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultVisitPolicy, type VisitRole } from './visitPolicy.js';

const ROLES: readonly VisitRole[] = ['manager', 'supervisor'];

/**
 * The minimum number of households a role must visit itself each month: the service-center manager
 * (物业服务中心经理) at least 5, the service supervisor (客服中心主管) at least 5. These count towards the
 * community's quota of {@link visitQuota}, which the customer-service staff carry for the most part.
 *
 * @param role - `'manager'` or `'supervisor'`.
 * @param options - `policy` for a company's own minimums (`visit.roleMinimums`).
 * @returns The minimum visits per month.
 * @throws {@link InvalidInputError} When `role` is unknown (`invalid_enum`).
 * @see RULES `visit.role-minimum`; JM 篇1 4.3.1 (抽样 1)).
 *
 * @example
 * ```ts
 * import { visitRoleMinimum } from 'wuye-rules/visit';
 * visitRoleMinimum('manager');
 * //=> 5
 * ```
 */
export function visitRoleMinimum(role: VisitRole, options?: RuleOptions): number {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'visitRoleMinimum');
  options = ruleOptions(options, 'visitRoleMinimum');
  requireOneOf(role, ROLES, 'visitRoleMinimum', ['role']);
  return (options?.policy?.visit ?? defaultVisitPolicy).roleMinimums[role];
}
