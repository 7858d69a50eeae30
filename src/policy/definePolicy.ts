import { describePath } from '../core/describe.js';
import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import { PolicyError, type InputPath } from '../core/errors.js';
import { policySchema } from '../schemas/policy/index.js';
import { defaultPolicy } from './defaultPolicy.js';
import type { DeepPartial, Policy } from './Policy.js';
import { isPlainObject } from '../core/validate.js';


// Overlays `override` on `base`, refusing keys the base does not have. Objects merge key by key;
// arrays, periods and scalars replace. Type checks are left to the schema, which sees the merged whole.
// A Period is a union (`{ amount, unit }` or `{ unit: 'same-day' }`): an override that names its
// `unit` replaces the period whole, so a stale `amount` cannot survive a switch of form.
function isPeriodOverride(value: Record<string, unknown>): boolean {
  return typeof value.unit === 'string';
}

function overlay(base: unknown, override: unknown, path: InputPath): unknown {
  if (!isPlainObject(base) || !isPlainObject(override) || isPeriodOverride(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (!Object.hasOwn(base, key)) {
      throw new PolicyError([...path, key], `definePolicy: unknown policy key ${describePath([...path, key])}`);
    }
    if (value !== undefined) merged[key] = overlay(base[key], value, [...path, key]);
  }
  return merged;
}

/**
 * Builds a company's policy from overrides on top of {@link defaultPolicy} (or another base): only the
 * keys given change, at any depth; arrays are replaced whole. The result is validated (types, ranges,
 * and no unknown keys at any level) and deep-frozen.
 *
 * @param overrides - The settings that differ from the base.
 * @param base - The policy to start from; {@link defaultPolicy} unless given.
 * @returns A new, deep-frozen policy.
 * @throws {@link PolicyError} When a key is unknown or a value is invalid; `path` names the setting.
 *
 * @example
 * ```ts
 * import { definePolicy } from 'wuye-rules/policy';
 * import { approvalAuthority } from 'wuye-rules/complaint';
 * const policy = definePolicy({
 *   complaint: {
 *     approvalBands: [
 *       { approver: 'sales-manager', upTo: { value: 2000, inclusive: true } },
 *       { approver: 'deputy-general-manager', upTo: { value: 10000, inclusive: false } },
 *       { approver: 'general-manager', upTo: null },
 *     ],
 *   },
 * });
 * approvalAuthority(1500, { policy }).approver;
 * //=> 'sales-manager'
 * ```
 */
export function definePolicy(overrides: DeepPartial<Policy>, base: Policy = defaultPolicy): Policy {
  if (!isPlainObject(overrides)) throw new PolicyError([], 'definePolicy: overrides must be an object');
  const merged = overlay(base, overrides, []);
  const parsed = policySchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    throw new PolicyError(path, `definePolicy: ${describePath(path)} ${issue?.message ?? 'is invalid'}`);
  }
  // The schema's output type is assignable to Policy: a drift between the two fails to compile here.
  const policy: Policy = parsed.data;
  return deepFreeze(markValidated(policy));
}
