// `--policy file.json`: a company's policy for the whole run, validated before any line is read.
import { WuyeRulesError } from '../core/errors.js';
import { MAX_INSTANT_MS, toEpochMs } from '../core/instant.js';
import { definePolicy } from '../policy/definePolicy.js';
import type { DeepPartial, Policy } from '../policy/Policy.js';
import { policyAt, type PolicyVersion } from '../policy/policyAt.js';
import { UsageError } from './arguments.js';
import { isPlainObject } from '../core/validate.js';
import { parseJsonFile } from './jsonFile.js';


/** Reads an option's instant (ISO-8601, or digits for epoch ms), or refuses it as a usage error. */
export function requireInstantOption(value: string, option: string): string | number {
  const instant = /^-?\d+$/.test(value) ? Number(value) : value;
  try {
    toEpochMs(instant, 'wuye-rules', [option]);
  } catch {
    throw new UsageError(`${option} must be an instant (ISO-8601, e.g. 2026-10-01T09:00:00+08:00, or epoch ms), received ${JSON.stringify(value)}`);
  }
  return instant;
}

/** What a policy file holds: one policy, or effective-dated versions of it. */
export type PolicySource =
  | { readonly kind: 'policy'; readonly policy: Policy }
  | { readonly kind: 'versions'; readonly versions: readonly PolicyVersion[] };

/**
 * Reads a policy file. It holds either overrides of the default policy, as {@link definePolicy}
 * takes them (`{"dayCounting": "elapsed"}`), or effective-dated versions
 * (`[{"effectiveFrom": "2026-07-01", "policy": {…overrides}}, …]`), every one validated here.
 *
 * @param path - The file, for messages.
 * @param text - The file's content.
 * @returns The validated, deep-frozen policy, or the validated versions.
 * @throws {@link UsageError} When the file is not JSON or not a valid policy or list of versions.
 */
export function readPolicyFile(path: string, text: string): PolicySource {
  const json = parseJsonFile('--policy', path, text);
  if (!Array.isArray(json)) {
    if (!isPlainObject(json)) throw new UsageError(`--policy ${path} must hold a JSON object of policy overrides, or an array of versions`);
    return { kind: 'policy', policy: definePolicyFromFile(path, json, '') };
  }
  const versions: PolicyVersion[] = json.map((version: unknown, index) => {
    if (!isPlainObject(version) || !isPlainObject(version.policy)) {
      throw new UsageError(`--policy ${path}: version ${index} must be {"effectiveFrom": <instant>, "policy": {...overrides}}`);
    }
    // The entry's other keys stay, for policyAt below to refuse as unknown: an `effectiveTo`, which no
    // version has, must not be read as if it ended the version.
    return { ...version, policy: definePolicyFromFile(path, version.policy, `version ${index}: `) } as unknown as PolicyVersion;
  });
  if (versions.length === 0) throw new UsageError(`--policy ${path} holds no version`);
  // Checks the entries once (an unknown key, a bad or duplicate effectiveFrom), so that cases only meet
  // "not in force yet".
  try {
    policyAt(versions, MAX_INSTANT_MS);
  } catch (error) {
    throw new UsageError(`--policy ${path}: ${(error as Error).message}`);
  }
  return { kind: 'versions', versions: Object.freeze(versions) };
}

/**
 * The policy of a file at an instant: the file's policy, or its version in force at `at`.
 *
 * @param path - The file, for messages.
 * @param source - What the file holds.
 * @param at - The instant that picks a version.
 * @returns The policy.
 * @throws {@link UsageError} When no version is in force at `at`.
 */
export function policyOfSource(path: string, source: PolicySource, at: string | number): Policy {
  if (source.kind === 'policy') return source.policy;
  try {
    return policyAt(source.versions, at);
  } catch (error) {
    throw new UsageError(`--policy ${path}: ${(error as Error).message}`);
  }
}

function definePolicyFromFile(path: string, overrides: Record<string, unknown>, where: string): Policy {
  try {
    return definePolicy(overrides as DeepPartial<Policy>);
  } catch (error) {
    if (error instanceof WuyeRulesError) throw new UsageError(`--policy ${path}: ${where}${error.message}`);
    throw error;
  }
}
