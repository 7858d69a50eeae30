import { withinUpperBound } from '../core/bound.js';
import type { Decision, RuleId } from '../core/decision.js';
import { PolicyError } from '../core/errors.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireCount, requireObject, refuseExtraArguments } from '../core/validate.js';
import { defaultVisitPolicy } from './visitPolicy.js';

/** The community counted by {@link visitQuota}. */
export interface VisitQuotaInput {
  /** All households of the community (小区住户数); picks the bracket. */
  readonly households: number;
  /** Occupied households (已入住户数), at most `households`; the percentage applies to them. */
  readonly occupied: number;
}

/** The answer of {@link visitQuota}: the bracket's percentage and the minimum number of visits this month. */
export type VisitQuotaResult = Decision<{
  /** The share of occupied households to visit, in percent (4, 5, 6 or 7 by default). */
  percent: number;
  /** The minimum number of households to visit this month (return visits excluded): the percentage of occupied households, rounded up. */
  minimum: number;
}>;

const FN = 'visitQuota';
const BASIS: readonly RuleId[] = /* @__PURE__ */ Object.freeze(['visit.quota']);

// Answers are interned (STYLE: finite answers are built once): a community's answer is one of few
// (percent, minimum) pairs, so frozen answers are kept by pair, up to a bounded number of them.
const INTERNED = new Map<number, VisitQuotaResult>();
const INTERNED_LIMIT = 20_000;

function answer(percent: number, basisPoints: number, minimum: number): VisitQuotaResult {
  // basisPoints ≤ 10,000, so the key is unique for every minimum below 2^53 / 10,001.
  const key = minimum * 10_001 + basisPoints;
  let result = INTERNED.get(key);
  if (result === undefined) {
    result = Object.freeze({ percent, minimum, basis: BASIS });
    // Only when the key names the pair exactly: a whole number of basis points and a safe key.
    if (INTERNED.size < INTERNED_LIMIT && basisPoints / 100 === percent && Number.isSafeInteger(key)) INTERNED.set(key, result);
  }
  return result;
}

/** ceil(count × basisPoints / 10000) in exact integer arithmetic for any safe-integer count (RULES C7). */
function ceilShare(count: number, basisPoints: number): number {
  const whole = Math.floor(count / 10_000);
  const rest = count - whole * 10_000;
  return whole * basisPoints + Math.ceil((rest * basisPoints) / 10_000);
}

const KEYS = ['households', 'occupied'] as const;

/**
 * The minimum number of owner visits a community must make each month (return visits excluded). The
 * bracket is chosen by all households: up to 300 → 4%, 301–500 → 5%, 501–800 → 6% (800 included,
 * RULES C1b), above 800 → 7%; the percentage applies to occupied households and the result is rounded
 * up in integer arithmetic (RULES C7), so it is never below the exact share.
 *
 * @param community - `{ households, occupied }`, whole numbers ≥ 0 with `occupied ≤ households`.
 * @param options - `policy` for a company's own brackets (`visit.quotaBrackets`).
 * @returns `{ percent, minimum, basis: ['visit.quota'] }`.
 * @throws {@link InvalidInputError} When a count is not a whole number ≥ 0, a field is unknown (`unknown_key`), or `occupied` exceeds `households` (`out_of_range`, path `['occupied']`).
 * @see RULES `visit.quota`; JM 篇1 4.3.1 (抽样, 每月访问数量).
 *
 * @example
 * ```ts
 * import { visitQuota } from 'wuye-rules/visit';
 * visitQuota({ households: 800, occupied: 750 });
 * //=> { percent: 6, minimum: 45, basis: ['visit.quota'] }
 * visitQuota({ households: 801, occupied: 101 });
 * //=> { percent: 7, minimum: 8, basis: ['visit.quota'] }
 * ```
 */
export function visitQuota(community: VisitQuotaInput, options?: RuleOptions): VisitQuotaResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'visitQuota');
  options = ruleOptions(options, 'visitQuota');
  const record = requireObject(community, FN, [], KEYS);
  const households = requireCount(record.households, FN, ['households']);
  const occupied = requireCount(record.occupied, FN, ['occupied']);
  if (occupied > households) {
    throw invalid(FN, ['occupied'], 'out_of_range', `at most households (${households})`, occupied);
  }
  for (const bracket of (options?.policy?.visit ?? defaultVisitPolicy).quotaBrackets) {
    if (bracket.upTo === null || withinUpperBound(households, bracket.upTo)) {
      const basisPoints = Math.round(bracket.percent * 100);
      return answer(bracket.percent, basisPoints, ceilShare(occupied, basisPoints));
    }
  }
  // definePolicy guarantees an open last bracket; only a hand-assembled policy can get here.
  throw new PolicyError(['visit', 'quotaBrackets'], `visitQuota: the policy's quota brackets do not cover ${households} households`, 'not_covered');
}
