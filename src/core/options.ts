import type { Calendar } from '../calendar/Calendar.js';
import type { Policy } from '../policy/Policy.js';
import { isValidated } from './brand.js';
import { PolicyError } from './errors.js';
import { invalid, requireObject } from './validate.js';

/**
 * The optional last argument of every rule function. Without it the defaults of the source
 * documents apply: {@link defaultPolicy} and {@link chinaCalendar}.
 */
export interface RuleOptions {
  /** The company's policy; build one with {@link definePolicy}. */
  readonly policy?: Policy;
  /** The working-day calendar; {@link chinaCalendar} unless given. */
  readonly calendar?: Calendar;
}

const RULE_KEYS: readonly string[] = ['policy', 'calendar'];
const POLICY_PATH = ['options', 'policy'];

/**
 * Reads the options argument of a rule function, the one path every function's options take: an
 * object with no key but `policy`, `calendar` and the function's own `extra` keys (a misspelt option
 * is an error, never ignored), read once into a fresh object; the policy must be one definePolicy,
 * defaultPolicy or policyAt made (else {@link PolicyError}), the calendar one chinaCalendar,
 * defineCalendar or extendCalendar made (else {@link InvalidInputError}). Returns the fresh object,
 * which the function reads instead of the caller's.
 */
export function ruleOptions<T extends RuleOptions>(options: T | undefined, fn: string, extra?: readonly string[]): T | undefined {
  if (options === undefined) return undefined;
  const read = requireObject(options, fn, ['options'], extra === undefined ? RULE_KEYS : [...RULE_KEYS, ...extra]);
  if (read.policy !== undefined && !isValidated(read.policy)) {
    throw new PolicyError(POLICY_PATH, invalid(fn, POLICY_PATH, '', 'built with definePolicy', read.policy).message);
  }
  if (read.calendar !== undefined && !isValidated(read.calendar)) {
    throw invalid(fn, ['options', 'calendar'], 'unvalidated_calendar', 'built with defineCalendar', read.calendar);
  }
  return read as T;
}
