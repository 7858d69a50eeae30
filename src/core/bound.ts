/**
 * A threshold with its own boundary (RULES C1b): `{ value: 1000, inclusive: true }` is "1,000 or more"
 * when used as a lower bound and "1,000 or less" as an upper bound. Every number a rule compares
 * against carries one, so a sector rule that reads 以下 as exclusive changes data, not code.
 */
export interface Bound {
  /** The threshold. */
  readonly value: number;
  /** Whether the threshold itself is within the band (以上/以下/以内/含: true; 超过/不满: false). */
  readonly inclusive: boolean;
}

/** True when `x` reaches the lower bound: `x >= value` if inclusive, `x > value` otherwise. */
export function reachesLowerBound(x: number, bound: Bound): boolean {
  return bound.inclusive ? x >= bound.value : x > bound.value;
}

/** True when `x` stays within the upper bound: `x <= value` if inclusive, `x < value` otherwise. */
export function withinUpperBound(x: number, bound: Bound): boolean {
  return bound.inclusive ? x <= bound.value : x < bound.value;
}

/**
 * True when `count / total` reaches a rate target of at most four decimals (a policy's check), compared
 * exactly in integers, in basis points (RULES C7): never a floating-point quotient.
 */
export function reachesRateTarget(count: number, total: number, target: Bound): boolean {
  const scaledCount = BigInt(count) * 10_000n;
  const scaledTarget = BigInt(total) * BigInt(Math.round(target.value * 10_000));
  return target.inclusive ? scaledCount >= scaledTarget : scaledCount > scaledTarget;
}
