import { freezeDecision, type Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultComplaintPolicy, type ComplaintLevel } from './complaintPolicy.js';

/**
 * How a complaint is routed (CR 第十八條): an especially serious one goes to the deputy general manager
 * and is answered in writing; an ordinary one is handled by the customer service department and
 * answered in writing or by phone.
 */
export type ComplaintRouteResult = Decision<{
  /** Whether the complaint counts as especially serious (policy `especiallySeriousLevels`). */
  especiallySerious: boolean;
  /** Who handles it: the deputy general manager, or the service department. */
  handledBy: 'deputy-general-manager' | 'service-department';
  /** How the customer is answered: in writing, or in writing or by phone. */
  reply: 'written' | 'written-or-phone';
}>;

const FN = 'complaintRoute';
const LEVELS: readonly ComplaintLevel[] = [1, 2, 3, 4];
const BASIS = ['complaint.escalate-serious'] as const;

// Two possible answers, built once.
const SERIOUS: ComplaintRouteResult = /* @__PURE__ */ freezeDecision(
  { especiallySerious: true, handledBy: 'deputy-general-manager', reply: 'written' } as const,
  BASIS,
);
const ORDINARY: ComplaintRouteResult = /* @__PURE__ */ freezeDecision(
  { especiallySerious: false, handledBy: 'service-department', reply: 'written-or-phone' } as const,
  BASIS,
);

/**
 * Routes a complaint by its level: an especially serious complaint (特別嚴重) is submitted at once to
 * the deputy general manager for review or forwarding and the customer is told the outcome by letter
 * (函告); an ordinary one (一般性質) is handled by the customer service department itself, which tells
 * the customer in writing or by phone. The source does not define "especially serious"; the library
 * reads it as the levels of the policy's `complaint.especiallySeriousLevels`, level 1 (a crisis) by
 * default.
 *
 * @param level - The complaint's level (from {@link classifyComplaint}).
 * @param options - `policy` for a company's own reading of "especially serious".
 * @returns `{ especiallySerious, handledBy, reply, basis }`, one of two shared frozen answers.
 * @throws {@link InvalidInputError} When `level` is not 1, 2, 3 or 4.
 * @see RULES `complaint.escalate-serious`; CR 第十八條.
 *
 * @example
 * ```ts
 * import { complaintRoute } from 'wuye-rules/complaint';
 * complaintRoute(1);
 * //=> { especiallySerious: true, handledBy: 'deputy-general-manager', reply: 'written', basis: ['complaint.escalate-serious'] }
 * complaintRoute(2).handledBy;
 * //=> 'service-department'
 * ```
 */
export function complaintRoute(level: ComplaintLevel, options?: RuleOptions): ComplaintRouteResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'complaintRoute');
  options = ruleOptions(options, 'complaintRoute');
  const checked = requireOneOf(level, LEVELS, FN, ['level']);
  return (options?.policy?.complaint ?? defaultComplaintPolicy).especiallySeriousLevels.includes(checked) ? SERIOUS : ORDINARY;
}
