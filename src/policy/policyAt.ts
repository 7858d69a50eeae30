import type { Instant } from '../core/instant.js';
import { requireArray, refuseExtraArguments } from '../core/validate.js';
import type { Policy } from './Policy.js';
import { indexVersions, policyInForce, versionInstantOf } from './_versionIndex.js';

const FN = 'policyAt';

/** One version of a company's policy and the instant it takes effect. */
export interface PolicyVersion {
  /** When this version takes effect (a date without a time is 00:00 Shanghai time). */
  readonly effectiveFrom: Instant;
  /** The policy in force from then until the next version. */
  readonly policy: Policy;
}

/**
 * Picks the policy in force at an instant from effective-dated versions, so that a rule change in
 * the middle of the year applies from its date and cases before it keep the old rule. The versions
 * may come in any order.
 *
 * @param versions - The company's policy versions.
 * @param at - The instant the rule is applied for (a complaint's receipt, a repair's report).
 * @returns The version with the latest `effectiveFrom` not after `at`.
 * @throws {@link InvalidInputError} When an instant is invalid, two versions share an effective date,
 * or no version is in force yet at `at` (`no_policy_in_force`).
 * @throws {@link PolicyError} When a version's policy was not built by {@link definePolicy} (or is not
 * {@link defaultPolicy}): a hand-built object could hold a misspelt key that would silently count as the default.
 *
 * @example
 * ```ts
 * import { defaultPolicy, definePolicy, policyAt } from 'wuye-rules/policy';
 * const elapsed = definePolicy({ dayCounting: 'elapsed' });
 * const versions = [
 *   { effectiveFrom: '2026-01-01', policy: defaultPolicy },
 *   { effectiveFrom: '2026-07-01', policy: elapsed },
 * ];
 * policyAt(versions, '2026-06-30T23:59:59+08:00').dayCounting;
 * //=> 'civil-code'
 * policyAt(versions, '2026-07-01T00:00:00+08:00').dayCounting;
 * //=> 'elapsed'
 * ```
 */
export function policyAt(versions: readonly PolicyVersion[], at: Instant): Policy {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'policyAt');
  const list = requireArray(versions, FN, ['versions']);
  const atMs = versionInstantOf(at);
  return policyInForce(indexVersions(list), atMs);
}
