/**
 * Desk rules and fines (客服规章). RULES §4.
 * @packageDocumentation
 */
export type { DeskPolicy } from './deskPolicy.js';
