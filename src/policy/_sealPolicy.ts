import { markValidated } from '../core/brand.js';
import { deepFreeze } from '../core/decision.js';
import { attachEngine } from '../core/workdayEngine.js';
import { workdayEngine } from '../calendar/workdayEngine.js';

/**
 * Makes checked policy data a policy: the mark of validation, the working-day engine every policy
 * carries (core/workdayEngine.ts), frozen through. defaultPolicy and definePolicy's results are made
 * here alone, so that no policy lacks either.
 */
/* @__NO_SIDE_EFFECTS__ */
export function sealPolicy<T extends object>(data: T): T {
  return deepFreeze(attachEngine(markValidated(data), workdayEngine));
}
