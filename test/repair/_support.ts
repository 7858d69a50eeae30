// Helpers for the repair tests (not a test file itself).
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { CountingPolicy, DeepPartial, Policy } from '../../src/policy/Policy.js';
import type { RepairPolicy } from '../../src/repair/repairPolicy.js';

/**
 * The default policy with some repair settings and counting keys changed, built by definePolicy (rule
 * functions refuse a hand-assembled policy).
 */
export function policyWith(repair: Partial<RepairPolicy>, counting: Partial<CountingPolicy> = {}): Policy {
  return definePolicy({ ...counting, repair } as DeepPartial<Policy>);
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
