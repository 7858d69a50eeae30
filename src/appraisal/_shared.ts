// Internal helpers of the appraisal module: policy lookup and the item index.
import type { RuleOptions } from '../core/options.js';
import { defaultAppraisalPolicy } from './appraisalPolicy.js';
import type { AppraisalItem, AppraisalPolicy } from './appraisalPolicy.js';

/** The appraisal section of the options' policy, or the default section (not the whole default policy, to keep bundles small). */
export function _appraisalPolicyOf(options: RuleOptions | undefined): AppraisalPolicy {
  return options?.policy?.appraisal ?? defaultAppraisalPolicy;
}

const indexes = new WeakMap<readonly AppraisalItem[], ReadonlyMap<string, AppraisalItem>>();

/** The policy's items by id, built once per item table (policies are frozen). */
export function _itemIndex(items: readonly AppraisalItem[]): ReadonlyMap<string, AppraisalItem> {
  let index = indexes.get(items);
  if (index === undefined) {
    index = new Map(items.map((item) => [item.id, item]));
    indexes.set(items, index);
  }
  return index;
}

/**
 * The most points the bonuses, or the deductions, of one month may total: 2^52, so that the score
 * (base ± totals ± adjustment) is still a whole number a JavaScript number holds exactly. More is
 * refused (`out_of_range`) rather than rounded.
 */
export const MOST_POINTS = 4_503_599_627_370_496;

/** What a month's points must total, in the refusal of a count that goes past {@link MOST_POINTS}. */
export const MOST_POINTS_EXPECTATION = 'a count whose points total at most 2^52 in the month (the score must stay exact)';

/** Turns −0 into 0, so that no result ever shows a negative zero. */
export function _noNegativeZero(value: number): number {
  return value + 0;
}

const bonusIds = new WeakMap<readonly AppraisalItem[], readonly string[]>();
const violationIds = new WeakMap<readonly AppraisalItem[], readonly string[]>();

/** The ids of the policy's bonus items (`bonus: true`) or violation items (`bonus: false`), in table order. */
export function _itemIds(items: readonly AppraisalItem[], bonus: boolean): readonly string[] {
  const cache = bonus ? bonusIds : violationIds;
  let ids = cache.get(items);
  if (ids === undefined) {
    ids = items.filter((item) => (item.kind === 'bonus') === bonus).map((item) => item.id);
    cache.set(items, ids);
  }
  return ids;
}
