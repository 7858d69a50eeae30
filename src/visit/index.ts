/**
 * Owner visits (业户访问). RULES §6.
 * @packageDocumentation
 */
export type { VisitPolicy } from './visitPolicy.js';
