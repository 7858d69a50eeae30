import { reachesLowerBound } from '../core/bound.js';
import { deepFreeze, type Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireFiniteNumber, requireObject, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy, type CollectionTargets } from './kpiPolicy.js';

/** The collection rates checked by {@link collectionCheck}, each in [0, 1] (see {@link collectionRate}). */
export interface CollectionCheckInput {
  /** This month's collection rate. */
  readonly current: number;
  /** Last month's collection rate. */
  readonly previous: number;
  /** The collection rate of the month before last. */
  readonly beforePrevious: number;
}

/** A billing month as {@link collectionCheck} names it. */
export type CollectionBucket = 'current' | 'previous' | 'before-previous';

/** One month's line of {@link collectionCheck}. */
export interface CollectionBucketResult {
  /** Which month. */
  readonly bucket: CollectionBucket;
  /** The rate given. */
  readonly rate: number;
  /** The minimum rate for that month. */
  readonly target: number;
  /** Whether the rate reaches the target. */
  readonly pass: boolean;
}

/** The answer of {@link collectionCheck}: overall pass and one line per month, current first. */
export type CollectionCheckResult = Decision<{
  /** True when every month reaches its target. */
  pass: boolean;
  /** The three months in the order current, previous, before-previous. */
  buckets: readonly CollectionBucketResult[];
}>;

const FN = 'collectionCheck';
// Floating-point noise in a rate the caller computed is read as the target it misses by, as RULES C9
// reads noise in yuan: a sum or a quotient of yuan amounts is off by a few units in the last place
// (0.7 + 0.1 is 0.7999999999999999, one unit below 0.8). The noise allowed is 4 ε of the target,
// relative to it (2⁻⁵⁰ × target: 7 × 10⁻¹⁶ at 80%), and no more: a rate of whole fen one fen short
// misses its target by at least 1 / billed fen, which is that small only on bills of 2⁵⁰ fen (11
// trillion yuan) or more; a rate 10⁻¹² below a target is short.
const RATE_NOISE_EPSILONS = 4;
const BASIS = /* @__PURE__ */ Object.freeze(['kpi.collection'] as const);
const BUCKETS: readonly { bucket: CollectionBucket; field: keyof CollectionCheckInput & keyof CollectionTargets }[] = [
  { bucket: 'current', field: 'current' },
  { bucket: 'previous', field: 'previous' },
  { bucket: 'before-previous', field: 'beforePrevious' },
];

/**
 * The collection check of the 28th (每月28日): this month's fee collection rate must reach 80%, last
 * month's 90% and the month before last's 100%. Each target includes its number (达到). A rate within
 * a few units in the last place of a target (4 ε of it, relative: 7 × 10⁻¹⁶ at 80%) is read as the
 * target (floating-point noise: `0.7 + 0.1` reaches 80%), and anything further below is short (`0.8 −
 * 10⁻¹²` does not reach 80%); compute the rates with {@link collectionRate} (from whole fen) to have
 * no noise.
 *
 * @param rates - `{ current, previous, beforePrevious }`, each a rate in [0, 1].
 * @param options - `policy` for a company's own targets (`kpi.collectionTargets`).
 * @returns `{ pass, buckets, basis: ['kpi.collection'] }`.
 * @throws {@link InvalidInputError} When a rate is not a finite number (`invalid_type`, `not_finite`) or lies outside [0, 1] (`out_of_range`), or a field is unknown (`unknown_key`).
 * @see RULES `kpi.collection`; ZN 篇2 工作标准1, 篇5 工作标准2.
 *
 * @example
 * ```ts
 * import { collectionCheck } from 'wuye-rules/kpi';
 * collectionCheck({ current: 0.8, previous: 0.95, beforePrevious: 1 }).pass;
 * //=> true
 * collectionCheck({ current: 0.85, previous: 0.89, beforePrevious: 1 }).buckets[1];
 * //=> { bucket: 'previous', rate: 0.89, target: 0.9, pass: false }
 * ```
 */
export function collectionCheck(rates: CollectionCheckInput, options?: RuleOptions): CollectionCheckResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'collectionCheck');
  options = ruleOptions(options, 'collectionCheck');
  const record = requireObject(rates, FN, [], ['current', 'previous', 'beforePrevious']);
  const targets = (options?.policy?.kpi ?? defaultKpiPolicy).collectionTargets;
  let pass = true;
  const buckets = BUCKETS.map(({ bucket, field }): CollectionBucketResult => {
    const rate = requireFiniteNumber(record[field], FN, [field]);
    if (rate < 0 || rate > 1) throw invalid(FN, [field], 'out_of_range', 'a rate between 0 and 1', rate);
    const target = targets[field];
    // A rate within the noise of its target is the target: 0.7 + 0.1 (0.7999999999999999) reaches 80%.
    const noise = RATE_NOISE_EPSILONS * Number.EPSILON * target.value;
    const bucketPass = reachesLowerBound(Math.abs(rate - target.value) <= noise ? target.value : rate, target);
    pass &&= bucketPass;
    return { bucket, rate, target: target.value, pass: bucketPass };
  });
  return deepFreeze({ pass, buckets, basis: BASIS });
}
