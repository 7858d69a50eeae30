import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { reachesRateTarget } from '../core/bound.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireCount, requireObject, requirePositiveInteger, refuseExtraArguments } from '../core/validate.js';
import { defaultVisitPolicy } from './visitPolicy.js';

/** The figures checked by {@link customerArchiveRate}. */
export interface CustomerArchiveFigures {
  /** Households with a complete customer archive (客户档案), a whole number ≥ 0, at most `households`. */
  readonly archived: number;
  /** Households of the community, a whole number ≥ 1. */
  readonly households: number;
}

/** The answer of {@link customerArchiveRate}. */
export type CustomerArchiveRateResult = Decision<{
  /** Archived over households (1 is 100%). */
  rate: number;
  /** The target rate: 1 (100%), or the policy's. */
  target: number;
  /** Whether the rate reaches the target, compared exactly in integers. */
  meetsTarget: boolean;
}>;

const FN = 'customerArchiveRate';
const BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['visit.coverage']);

/**
 * Checks the customer archive rate against its target of 100% (GG 二, with the annual visit coverage
 * of {@link annualVisitCoverage}): every household has a customer archive. The comparison is exact,
 * in integers (`archived × 10000 ≥ households × 10000`), never a floating-point percentage. A company's
 * policy may set another target (`visit.archiveTarget`, a rate of at most 1 with its boundary).
 *
 * @param figures - Archived households and all households of the community.
 * @param options - `policy` for another target (`visit.archiveTarget`).
 * @returns The rate, the target and whether it is met, with the basis.
 * @throws {@link InvalidInputError} When a count is not a whole number (≥ 0 for `archived`, ≥ 1 for
 * `households`), `archived` exceeds `households` (`exceeds_total`), or a field or an option is unknown (`unknown_key`).
 * @see RULES `visit.coverage`; GG 二.
 *
 * @example
 * ```ts
 * import { customerArchiveRate } from 'wuye-rules/visit';
 * import { definePolicy } from 'wuye-rules/policy';
 * customerArchiveRate({ archived: 1200, households: 1200 });
 * //=> { rate: 1, target: 1, meetsTarget: true, basis: ['visit.coverage'] }
 * customerArchiveRate({ archived: 1199, households: 1200 }).meetsTarget;
 * //=> false
 * const policy = definePolicy({ visit: { archiveTarget: { value: 0.98, inclusive: false } } }); // above 98%, 98% itself not enough
 * [customerArchiveRate({ archived: 1176, households: 1200 }, { policy }).meetsTarget, customerArchiveRate({ archived: 1177, households: 1200 }, { policy }).meetsTarget];
 * //=> [false, true]
 * ```
 */
export function customerArchiveRate(figures: CustomerArchiveFigures, options?: RuleOptions): CustomerArchiveRateResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'customerArchiveRate');
  options = ruleOptions(options, FN);
  const target = (options?.policy?.visit ?? defaultVisitPolicy).archiveTarget;
  const record = requireObject(figures, FN, [], ['archived', 'households']);
  const archived = requireCount(record.archived, FN, ['archived']);
  const households = requirePositiveInteger(record.households, FN, ['households']);
  if (archived > households) throw invalid(FN, ['archived'], 'exceeds_total', `at most households (${households})`, record.archived);
  const meetsTarget = reachesRateTarget(archived, households, target);
  return freezeDecision({ rate: archived / households, target: target.value, meetsTarget }, BASIS);
}
