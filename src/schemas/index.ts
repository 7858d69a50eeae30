/**
 * zod schemas for every input of the public functions and for {@link Policy}. This entry point (and
 * {@link definePolicy}) is the only place zod is loaded. Input schemas are named `<function>InputSchema`
 * (and `<function>ArgsSchema`, a tuple of the arguments, for a function of several). They are classic
 * zod; the policy schemas (`policySchema` and its sections, `<module>PolicySchema`) are zod/mini, so
 * that {@link definePolicy}, which validates with them, carries zod's small core only.
 * @module wuye-rules/schemas
 */
import type { definePolicy } from '../policy/definePolicy.js';
import type { Policy } from '../policy/Policy.js';

export * from './appraisal.js';
export * from './calendar.js';
// The shared blocks of the input schemas, not the helpers they are built with (fieldsOf).
export { boundSchema, countSchema, instantSchema, yuanSchema } from './common.js';
export * from './communication.js';
export * from './complaint.js';
export * from './desk.js';
export * from './duty.js';
export * from './kpi.js';
export * from './policy.js';
export * from './policyFile.js';
export * from './repair.js';
export * from './visit.js';
