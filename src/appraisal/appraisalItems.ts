import { defaultAppraisalPolicy } from './appraisalPolicy.js';
import type { AppraisalItem } from './appraisalPolicy.js';

/**
 * The appraisal table of CR 篇1 as data, in the source's order: the bonus items (+5 each), the minor
 * (轻度), moderate (中度, 10) and severe (重度, 20) violations, and the immediate-dismissal (直接辞退)
 * items. A fixed item has `points`; a ranged item has `range` (the evaluator chooses within it); a
 * dismissal item has neither. `ruleId` names the rule of the item's list. This is the default policy's
 * `appraisal.items`; a company's own points live in its policy.
 *
 * @see RULES `appraisal.bonus`, `appraisal.minor`, `appraisal.moderate`, `appraisal.severe`,
 * `appraisal.dismissal-offense`; CR 篇1 二, 三.
 *
 * @example
 * ```ts
 * import { appraisalItems } from 'wuye-rules/appraisal';
 * appraisalItems.length;
 * //=> 34
 * appraisalItems.find((item) => item.id === 'late-or-early-leave');
 * //=> { id: 'late-or-early-leave', kind: 'minor', range: { min: 2, max: 5 }, ruleId: 'appraisal.minor' }
 * appraisalItems.filter((item) => item.kind === 'dismissal').map((item) => item.id);
 * //=> ['sleeping-on-duty', 'phone-off-hook', 'cliques', 'abuse-of-power']
 * ```
 */
// Read in a pure-annotated function: a bundle that uses neither keeps neither (a module-level property
// read would count as a side effect).
export const appraisalItems: readonly AppraisalItem[] = /* @__PURE__ */ (() => defaultAppraisalPolicy.items)();
