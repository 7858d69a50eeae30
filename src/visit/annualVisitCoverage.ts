import { freezeDecision, type Decision } from '../core/decision.js';
import { reachesRateTarget } from '../core/bound.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireCount, requireObject, requirePositiveInteger, refuseExtraArguments } from '../core/validate.js';
import { defaultVisitPolicy } from './visitPolicy.js';

/** The year's figures checked by {@link annualVisitCoverage}. */
export interface AnnualVisitCoverageInput {
  /** Owner visits made in the year (return visits excluded), a whole number ≥ 0. */
  readonly visits: number;
  /** Households of the community, a whole number ≥ 1. */
  readonly households: number;
}

/** The answer of {@link annualVisitCoverage}. */
export type AnnualVisitCoverageResult = Decision<{
  /** Visits over households (1.25 is 125%); may exceed 1, since a household can be visited more than once a year. */
  rate: number;
  /** The target rate (1.2 by default). */
  target: number;
  /** Whether the rate reaches the target, compared exactly in integers. */
  meetsTarget: boolean;
}>;

const FN = 'annualVisitCoverage';
const BASIS = ['visit.coverage'] as const;

const KEYS = ['visits', 'households'] as const;

/**
 * The annual visit coverage (年度访问覆盖率): visits made in the year over the community's households,
 * against the 120% target. The comparison is exact (visits × 10000 against households × the target in
 * basis points), so 120 visits for 100 households meets it whatever floating point makes of 1.2.
 *
 * @param coverage - `{ visits, households }`.
 * @param options - `policy` for another target (`visit.annualCoverageTarget`, a rate with its boundary).
 * @returns `{ rate, target, meetsTarget, basis: ['visit.coverage'] }`.
 * @throws {@link InvalidInputError} When `visits` is not a whole number ≥ 0, `households` not a whole number ≥ 1, or a field is unknown (`unknown_key`).
 * @see RULES `visit.coverage`; GG 二 (客户年度访问覆盖率达120%).
 *
 * @example
 * ```ts
 * import { annualVisitCoverage } from 'wuye-rules/visit';
 * annualVisitCoverage({ visits: 600, households: 500 });
 * //=> { rate: 1.2, target: 1.2, meetsTarget: true, basis: ['visit.coverage'] }
 * annualVisitCoverage({ visits: 599, households: 500 }).meetsTarget;
 * //=> false
 * ```
 */
export function annualVisitCoverage(coverage: AnnualVisitCoverageInput, options?: RuleOptions): AnnualVisitCoverageResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'annualVisitCoverage');
  options = ruleOptions(options, 'annualVisitCoverage');
  const record = requireObject(coverage, FN, [], KEYS);
  const visits = requireCount(record.visits, FN, ['visits']);
  const households = requirePositiveInteger(record.households, FN, ['households']);
  const target = (options?.policy?.visit ?? defaultVisitPolicy).annualCoverageTarget;
  const meetsTarget = reachesRateTarget(visits, households, target);
  return freezeDecision({ rate: visits / households, target: target.value, meetsTarget }, BASIS);
}
