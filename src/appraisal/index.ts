/**
 * The monthly staff appraisal (考核). RULES §3.
 * @packageDocumentation
 */
export type { AppraisalPolicy } from './appraisalPolicy.js';
