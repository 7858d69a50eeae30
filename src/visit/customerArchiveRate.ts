import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { invalid, requireCount, requireObject, requirePositiveInteger } from '../core/validate.js';

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
  /** The target rate: 1 (100%). */
  target: number;
  /** Whether the rate reaches the target, compared exactly in integers. */
  meetsTarget: boolean;
}>;

const FN = 'customerArchiveRate';
const BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['visit.coverage']);
// GG 二: 客户档案建档率100%, in basis points so the comparison stays in integers (RULES C7).
const TARGET_BASIS_POINTS = 10_000;

/**
 * Checks the customer archive rate against its target of 100% (GG 二, with the annual visit coverage
 * of {@link annualVisitCoverage}): every household has a customer archive. The comparison is exact,
 * in integers (`archived × 10000 ≥ households × 10000`), never a floating-point percentage.
 *
 * @param figures - Archived households and all households of the community.
 * @returns The rate, the target and whether it is met, with the basis.
 * @throws {@link InvalidInputError} When a count is not a whole number (≥ 0 for `archived`, ≥ 1 for
 * `households`), `archived` exceeds `households` (`exceeds_total`), or a field is unknown (`unknown_key`).
 * @see RULES `visit.coverage`; GG 二.
 *
 * @example
 * ```ts
 * import { customerArchiveRate } from 'wuye-rules/visit';
 * customerArchiveRate({ archived: 1200, households: 1200 });
 * //=> { rate: 1, target: 1, meetsTarget: true, basis: ['visit.coverage'] }
 * customerArchiveRate({ archived: 1199, households: 1200 }).meetsTarget;
 * //=> false
 * ```
 */
export function customerArchiveRate(figures: CustomerArchiveFigures): CustomerArchiveRateResult {
  const record = requireObject(figures, FN, [], ['archived', 'households']);
  const archived = requireCount(record.archived, FN, ['archived']);
  const households = requirePositiveInteger(record.households, FN, ['households']);
  if (archived > households) throw invalid(FN, ['archived'], 'exceeds_total', `at most households (${households})`, record.archived);
  const meetsTarget = BigInt(archived) * 10_000n >= BigInt(households) * BigInt(TARGET_BASIS_POINTS);
  return freezeDecision({ rate: archived / households, target: TARGET_BASIS_POINTS / 10_000, meetsTarget }, BASIS);
}
