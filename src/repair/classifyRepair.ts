import { freezeDecision, type Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireObject, refuseExtraArguments } from '../core/validate.js';
import { defaultRepairPolicy } from './repairPolicy.js';
import { requiredBoolean } from './_validate.js';
import type { RepairClass, RepairFacts } from './repairPolicy.js';

/** The answer of {@link classifyRepair}: the class and the rule that gave it. */
export type ClassifyRepairResult = Decision<{
  /** The repair class: A (moved in, daily life affected), B (renovation affected) or C. */
  repairClass: RepairClass;
}>;

const FACT_KEYS = ['movedIn', 'affectsDailyLife', 'renovationStarted', 'affectsRenovation'] as const;

// Three possible answers, built once (STYLE: finite answers are interned).
const RESULTS: Readonly<Record<RepairClass, ClassifyRepairResult>> = {
  A: /* @__PURE__ */ freezeDecision({ repairClass: 'A' }, ['repair.class-a']),
  B: /* @__PURE__ */ freezeDecision({ repairClass: 'B' }, ['repair.class-b']),
  C: /* @__PURE__ */ freezeDecision({ repairClass: 'C' }, ['repair.class-c']),
};

/**
 * Classifies a house-quality repair (客户报修的类型): class A when the owner has formally moved in and
 * the problem directly affects daily life (a leak, a blocked drain); class B when the owner has not
 * moved in, renovation has started and the problem holds it up; class C for any other quality
 * complaint. The rows come from the policy's `repair.classRules`; a case no row matches is class C.
 *
 * @param facts - The four facts, each required as `true` or `false`.
 * @param options - `policy` to use a company's own classification rows.
 * @returns The class, with `basis` naming `repair.class-a`, `repair.class-b` or `repair.class-c`
 * (one of three interned, frozen answers).
 * @throws {@link InvalidInputError} When `facts` is not an object, or a fact is absent (`missing`) or
 * not a boolean (`invalid_type`); `path` names the fact.
 * @see RULES `repair.class-a`, `repair.class-b`, `repair.class-c`; ZN §2.1 (维修的类型).
 *
 * @example
 * ```ts
 * import { classifyRepair } from 'wuye-rules/repair';
 * classifyRepair({ movedIn: true, affectsDailyLife: true, renovationStarted: false, affectsRenovation: false });
 * //=> { repairClass: 'A', basis: ['repair.class-a'] }
 * classifyRepair({ movedIn: false, affectsDailyLife: false, renovationStarted: true, affectsRenovation: true }).repairClass;
 * //=> 'B'
 * classifyRepair({ movedIn: true, affectsDailyLife: false, renovationStarted: false, affectsRenovation: false }).repairClass;
 * //=> 'C'
 * ```
 */
export function classifyRepair(facts: RepairFacts, options?: RuleOptions): ClassifyRepairResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'classifyRepair');
  options = ruleOptions(options, 'classifyRepair');
  const input = requireObject(facts, 'classifyRepair', [], FACT_KEYS);
  const values: Record<string, boolean> = {};
  for (const key of FACT_KEYS) values[key] = requiredBoolean(input[key], 'classifyRepair', [key]);
  const rules = (options?.policy?.repair ?? defaultRepairPolicy).classRules;
  for (const rule of rules) {
    let matches = true;
    for (const key of FACT_KEYS) {
      const wanted = rule.when[key];
      if (wanted !== undefined && values[key] !== wanted) {
        matches = false;
        break;
      }
    }
    if (matches) return RESULTS[rule.repairClass];
  }
  return RESULTS.C;
}
