// Test helper: a policy with complaint overrides, built without definePolicy so that the complaint
// tests do not depend on the other modules' policy sections. The complaint section is still checked
// against its zod schema (definePolicy itself is exercised in complaintPolicy.test.ts).
import type { ComplaintPolicy } from '../../src/complaint/complaintPolicy.js';
import { deepFreeze } from '../../src/core/decision.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import type { CountingPolicy, DeepPartial, Policy } from '../../src/policy/Policy.js';
import { complaintPolicySchema } from '../../src/schemas/complaint.js';

function merge(base: unknown, override: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof override !== 'object' || override === null || Array.isArray(override)) {
    return override;
  }
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) merged[key] = merge(merged[key], value);
  return merged;
}

/** The default policy with `complaint` overrides (deep-merged) and, optionally, counting settings. */
export function complaintPolicy(complaint: DeepPartial<ComplaintPolicy> = {}, counting: Partial<CountingPolicy> = {}): Policy {
  const section = complaintPolicySchema.parse(merge(defaultPolicy.complaint, complaint)) as ComplaintPolicy;
  return deepFreeze({ ...defaultPolicy, ...counting, complaint: section });
}
