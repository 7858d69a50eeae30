export { defaultPolicy } from './defaultPolicy.js';
export { definePolicy } from './definePolicy.js';
export type { BusinessHours, CountingPolicy, DeepPartial, PeriodOverride, PeriodOverrideOf, Policy, PolicyOverrides } from './Policy.js';
export { policyAt, type PolicyVersion } from './policyAt.js';
