// Helpers for the repair tests (not a test file itself).
import { deepFreeze } from '../../src/core/decision.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { CountingPolicy, Policy } from '../../src/policy/Policy.js';
import type { RepairPolicy } from '../../src/repair/repairPolicy.js';
import { repairPolicySchema } from '../../src/schemas/repair.js';

/**
 * The default policy with some repair settings and counting keys changed, the repair section
 * validated by its schema (what definePolicy does for that section) and the whole deep-frozen.
 */
export function policyWith(repair: Partial<RepairPolicy>, counting: Partial<CountingPolicy> = {}): Policy {
  const section = repairPolicySchema.parse({ ...defaultPolicy.repair, ...repair });
  return deepFreeze({ ...defaultPolicy, ...counting, repair: section });
}

/** Epoch ms of an ISO string with an explicit offset. */
export function ms(iso: string): number {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) throw new Error(`bad test instant ${iso}`);
  return value;
}

export { invalidInputOf } from '../support/errors.js';

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
