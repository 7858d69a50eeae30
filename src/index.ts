/**
 * wuye-rules: the customer-service standards of Chinese property management (物业客服) as typed,
 * pure functions. This entry point re-exports every rule module, the policy and the catalog; zod
 * schemas live in `wuye-rules/schemas`. Every function and type is listed once, under the area of
 * the standards it belongs to; each area can also be imported on its own (`wuye-rules/complaint`,
 * `wuye-rules/calendar`…) to keep bundles small.
 * @module wuye-rules
 */
export * from './appraisal/index.js';
export * from './calendar/index.js';
export * from './catalog/index.js';
export * from './communication/index.js';
export * from './complaint/index.js';
export type { Bound } from './core/bound.js';
export type { Decision, RuleId } from './core/decision.js';
export { CalendarCoverageError, InvalidInputError, PolicyError, WuyeRulesError, type InputPath } from './core/errors.js';
export { toShanghaiIsoString, type Instant } from './core/instant.js';
export type { RuleOptions } from './core/options.js';
export * from './desk/index.js';
export * from './duty/index.js';
export * from './kpi/index.js';
export * from './policy/index.js';
export * from './repair/index.js';
export * from './visit/index.js';
