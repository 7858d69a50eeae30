/**
 * zod schemas for every input of the public functions and for {@link Policy}. This entry point (and
 * {@link definePolicy}) is the only place zod is loaded. Input schemas are named `<function>InputSchema`.
 * @packageDocumentation
 */
export * from './appraisal.js';
export * from './calendar.js';
export * from './common.js';
export * from './communication.js';
export * from './complaint.js';
export * from './desk.js';
export * from './kpi.js';
export * from './policy.js';
export * from './repair.js';
export * from './visit.js';
