// `--policy file.json`: a company's policy for the whole run, validated before any line is read.
import { WuyeRulesError } from '../core/errors.js';
import { toEpochMs } from '../core/instant.js';
import { definePolicy } from '../policy/definePolicy.js';
import type { DeepPartial, Policy } from '../policy/Policy.js';
import { policyAt, type PolicyVersion } from '../policy/policyAt.js';
import { UsageError } from './arguments.js';
import { isPlainObject } from '../core/validate.js';


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

/**
 * Reads a policy file. It holds either overrides of the default policy, as {@link definePolicy}
 * takes them (`{"dayCounting": "elapsed"}`), or effective-dated versions
 * (`[{"effectiveFrom": "2026-07-01", "policy": {…overrides}}, …]`), of which the one in force at
 * `at` applies (see {@link policyAt}).
 *
 * @param path - The file, for messages.
 * @param text - The file's content.
 * @param at - The instant that picks a version; needed only for a file of versions.
 * @returns The validated, deep-frozen policy.
 * @throws {@link UsageError} When the file is not JSON, not a valid policy, or no version is in force.
 */
export function parsePolicyFile(path: string, text: string, at: string | number | undefined): Policy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--policy ${path} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) {
    if (!isPlainObject(json)) throw new UsageError(`--policy ${path} must hold a JSON object of policy overrides, or an array of versions`);
    return definePolicyFromFile(path, json, '');
  }
  if (at === undefined) {
    throw new UsageError(`--policy ${path} holds effective-dated versions: give --policy-at <instant> (or --as-of) to pick the one in force`);
  }
  const versions: PolicyVersion[] = json.map((version: unknown, index) => {
    if (!isPlainObject(version) || !isPlainObject(version.policy)) {
      throw new UsageError(`--policy ${path}: version ${index} must be {"effectiveFrom": <instant>, "policy": {...overrides}}`);
    }
    return { effectiveFrom: version.effectiveFrom as string, policy: definePolicyFromFile(path, version.policy, `version ${index}: `) };
  });
  try {
    return policyAt(versions, at);
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
