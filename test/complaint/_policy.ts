// Test helper: a policy with complaint overrides, built by definePolicy (rule functions refuse a
// hand-assembled policy).
import type { ComplaintPolicy } from '../../src/complaint/complaintPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { CountingPolicy, DeepPartial, Policy } from '../../src/policy/Policy.js';

/** The default policy with `complaint` overrides (deep-merged) and, optionally, counting settings. */
export function complaintPolicy(complaint: DeepPartial<ComplaintPolicy> = {}, counting: Partial<CountingPolicy> = {}): Policy {
  return definePolicy({ ...counting, complaint } as DeepPartial<Policy>);
}
