import { isValidated } from '../core/brand.js';
import { describePath, describeValue } from '../core/describe.js';
import { sealPolicy } from './_sealPolicy.js';
import { PolicyError, type InputPath } from '../core/errors.js';
import { defaultPolicy } from './defaultPolicy.js';
import type { DeepPartial, Policy } from './Policy.js';
import { builtInKindOfFields, isEnumerable, keysOfInheriting, ownsItsFields } from '../core/inheritedFields.js';
import { isPlainObject, refuseExtraArguments } from '../core/validate.js';
import { validatePolicy } from './validatePolicy.js';


// Overlays `override` on `base`, refusing keys the base does not have. Objects merge key by key;
// arrays, periods and scalars replace. Type checks are left to the schema, which sees the merged whole.
// A Period is a union (`{ amount, unit }` or `{ unit: 'same-day' }`): an override that names its
// `unit` replaces the period whole, so a stale `amount` cannot survive a switch of form. A unit that is
// no string too: the check then names the unit, not an `amount` the base's form lacks.
function isPeriodOverride(value: Record<string, unknown>): boolean {
  return value.unit !== undefined;
}

// A deep copy of checked policy data (plain objects, arrays and primitives only).
function copyData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyData);
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyData(value[key]);
  return copy;
}

// The fields of the plain objects of `values` together, nested objects merged the same way: the shape a
// row of a default list gives (one class rule's `when` names fields another's does not).
function mergedShape(values: readonly unknown[]): Record<string, unknown> {
  const shape: Record<string, unknown> = {};
  for (const value of values) {
    if (!isPlainObject(value)) continue;
    for (const key of Object.keys(value)) {
      const field = value[key];
      shape[key] = isPlainObject(field) ? mergedShape([shape[key], field]) : (shape[key] ?? field);
    }
  }
  return shape;
}

// Reads the caller's overrides once into our own copy, so that a getter or Proxy meets one read and
// everything after works on the copy. A hole, or a getter or trap that throws, is a PolicyError naming
// the element.
// Deeper than any setting nests (policy → section → list → row → field is five): a value that contains
// itself, or a pathological nesting, is refused there rather than read until the stack runs out.
const MAX_DEPTH = 32;

function readOnce(value: unknown, path: InputPath, base: unknown): unknown {
  // A Map or a Set holds entries, not fields, and another built-in value (a Promise, an Error…) is no
  // object of settings: read as an object each would be empty, and the defaults would silently stay in
  // force (policySchema refuses them too).
  let entries: string | undefined;
  try {
    if (value instanceof Map) entries = 'Map';
    else if (value instanceof Set) entries = 'Set';
    else if (isPlainObject(value)) {
      const kind = builtInKindOfFields(value);
      if (kind !== undefined) entries = `built-in ${kind}`;
    }
  } catch {
    // A revoked Proxy: refused as unreadable below.
  }
  if (entries !== undefined) throw new PolicyError(path, `definePolicy: ${describePath(path)} must be an object of settings, not a ${entries}`, 'invalid_type');
  let at = path;
  let hole = false;
  let array: boolean;
  let copy: Record<string, unknown>;
  try {
    array = Array.isArray(value);
    if (!array && !isPlainObject(value)) return value;
    // An object or a list where the setting is a string, a number or a boolean is refused at the setting
    // (invalid_type, invalid_enum) by the checks: nothing of it is read into the policy, so it is not copied.
    if (typeof base === 'string' || typeof base === 'number' || typeof base === 'boolean') return value;
    if (path.length > MAX_DEPTH) throw new PolicyError(path, `definePolicy: ${describePath(path)} nests deeper than any setting (a value that contains itself?)`, 'invalid_type');
    const source = value as Record<string, unknown>;
    copy = array ? ([] as never) : Object.create(null);
    // An object's inherited fields too (Object.create(defaults), a class's getter of a setting the base
    // has): silently dropped, they would leave the default in force.
    const keys = array
      ? Object.keys([...Array((value as unknown[]).length)])
      : ownsItsFields(Object.getPrototypeOf(source))
        ? // A setting defined non-enumerable (Object.defineProperty) is read as core/validate.ts reads
          // such a field: left out, its default would silently stay in force.
          Object.getOwnPropertyNames(source).filter((key) => isEnumerable.call(source, key) || (isPlainObject(base) && Object.hasOwn(base, key)))
        : keysOfInheriting(source, isPlainObject(base) ? Object.keys(base) : undefined);
    for (const key of keys) {
      at = [...path, array ? +key : key];
      hole = !(key in source);
      if (hole) throw at;
      copy[key] = source[key];
    }
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(at, `definePolicy: ${describePath(at)} is a hole or unreadable`, hole ? 'missing' : 'unreadable');
  }
  // The default a child is read against (whose field names find a class's getters): a field's default, or
  // for a row of a list, the fields of the default's rows together (the rows of a list differ in the
  // fields they give).
  const rowShape = Array.isArray(base) ? mergedShape(base) : undefined;
  // A key the default lacks is refused as unknown_key when the overrides are laid over it: nothing under
  // it is read into the policy, so it is not copied (nor walked, however deep it nests).
  for (const key in copy) {
    if (rowShape === undefined && isPlainObject(base) && !Object.hasOwn(base, key)) continue;
    copy[key] = readOnce(copy[key], [...path, array ? +key : key], rowShape ?? (isPlainObject(base) ? base[key] : undefined));
  }
  return copy;
}

function overlay(base: unknown, override: unknown, path: InputPath): unknown {
  if (!isPlainObject(base) || !isPlainObject(override) || isPeriodOverride(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (!Object.hasOwn(base, key)) {
      throw new PolicyError([...path, key], `definePolicy: unknown policy key ${describePath([...path, key])}`, 'unknown_key');
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
 * @param base - The policy to start from: {@link defaultPolicy} unless given, or a policy
 * `definePolicy` or {@link policyAt} returned (anything else is `unvalidated_policy` at `['base']`).
 * @returns A new, deep-frozen policy.
 * @throws {@link PolicyError} When a key is unknown or a value is invalid; `path` names the setting and
 * `code` the fault, as {@link InvalidInputError}'s codes do (`unknown_key`, `invalid_type`,
 * `invalid_enum`, `out_of_range`, …; [Errors and refused input](../../docs/errors.md) lists them). A duration longer than 100 years in
 * its unit (36,525 days, 5,218 weeks, 1,200 months, 26,100 working days, 876,600 hours or working
 * hours) is invalid.
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
 *
 * @example
 * ```ts
 * import { definePolicy, PolicyError } from 'wuye-rules';
 * let caught: PolicyError | undefined;
 * try { definePolicy({ repair: { referralHours: 1e308 } }); } catch (error) { caught = error as PolicyError; }
 * caught?.path;
 * //=> ['repair', 'referralHours']
 * ```
 */
export function definePolicy(overrides: DeepPartial<Policy>, base: Policy = defaultPolicy): Policy {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'definePolicy');
  // The base is a policy already checked (and frozen, with no getter to throw): anything else would be
  // read as settings it never stated, and a fault blamed on a setting the caller did not touch.
  if (!isValidated(base)) {
    throw new PolicyError(['base'], `definePolicy: base must be a policy built with definePolicy (or defaultPolicy, policyAt), received ${describeValue(base)}`, 'unvalidated_policy');
  }
  let merged: unknown;
  try {
    const data = readOnce(overrides, [], base);
    if (!isPlainObject(data)) throw new PolicyError([], 'definePolicy: overrides must be an object', 'invalid_type');
    merged = overlay(base, data, []);
  } catch (error) {
    // readOnce answers the overrides' own faults as PolicyErrors (and overlay reads only our copy of
    // them): anything else was thrown by the base, a Proxy of a policy whose trap throws.
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(['base'], 'definePolicy: base must be readable, received an unreadable value', 'unreadable');
  }
  // Checked by hand, not by zod: defining a policy loads no schema library (the zod policySchema of
  // wuye-rules/schemas says the same, and a test holds the two together).
  validatePolicy(merged);
  // A copy: the policy never shares an object with the overrides, which stay the caller's to change.
  const policy = copyData(merged) as Policy;
  return sealPolicy(policy);
}
