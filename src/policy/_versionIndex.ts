// Effective-dated policy versions read and checked once, then searched by instant: policyAt reads its
// versions on every call (a list given once), and the command line and the service choose a version
// for every line of a batch from the same list, which they index once (a reviewer's file of 20,000
// versions cost 27 ms a line when each line checked every version again).
import { shanghaiIsoText, toEpochMs } from '../core/instant.js';
import { isValidated } from '../core/brand.js';
import { describeValue } from '../core/describe.js';
import { PolicyError } from '../core/errors.js';
import { invalid, requireObject } from '../core/validate.js';
import type { Policy } from './Policy.js';

const FN = 'policyAt';
const VERSION_KEYS = ['effectiveFrom', 'policy'];

/** Versions in the order they take effect: the instants ascending, and the policy of each. */
export interface VersionIndex {
  readonly froms: Float64Array;
  readonly policies: readonly Policy[];
}

/**
 * Checks every version as policyAt does (an object of `effectiveFrom` and `policy`, a valid instant, a
 * policy definePolicy built, no effective date twice) and orders them by their effective instant.
 */
export function indexVersions(list: readonly unknown[]): VersionIndex {
  const entries: { readonly from: number; readonly policy: Policy }[] = [];
  const seen = new Set<number>();
  list.forEach((value, index) => {
    const version = requireObject(value, FN, ['versions', index], VERSION_KEYS);
    const from = toEpochMs(version.effectiveFrom, FN, ['versions', index, 'effectiveFrom']);
    if (!isValidated(version.policy)) {
      throw new PolicyError(
        ['versions', index, 'policy'],
        `${FN}: versions[${index}].policy must be a policy built with definePolicy (or defaultPolicy), received ${describeValue(version.policy)}`,
        'unvalidated_policy',
      );
    }
    if (seen.has(from)) throw invalid(FN, ['versions', index, 'effectiveFrom'], 'duplicate_effective_date', 'a date no other version has', version.effectiveFrom);
    seen.add(from);
    entries.push({ from, policy: version.policy as Policy });
  });
  entries.sort((a, b) => a.from - b.from);
  return { froms: Float64Array.from(entries, (entry) => entry.from), policies: entries.map((entry) => entry.policy) };
}

/** The instant a version is chosen for, read as policyAt reads its `at`. */
export function versionInstantOf(at: unknown): number {
  return toEpochMs(at, FN, ['at']);
}

/** The policy of the version with the latest effective instant not after `atMs` (a binary search). */
export function policyInForce(index: VersionIndex, atMs: number): Policy {
  const { froms } = index;
  let low = 0;
  let high = froms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((froms[middle] as number) <= atMs) low = middle + 1;
    else high = middle;
  }
  if (low === 0) throw invalid(FN, ['at'], 'no_policy_in_force', 'on or after the earliest effectiveFrom', shanghaiIsoText(atMs));
  return index.policies[low - 1] as Policy;
}
