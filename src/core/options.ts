import type { Calendar } from '../calendar/Calendar.js';
import type { Policy } from '../policy/Policy.js';
import { isMarkedHere, isValidated } from './brand.js';
import { PolicyError, WuyeRulesError } from './errors.js';
import { invalid, requireObject, unreadableField } from './validate.js';
import { ownsItsFields } from './inheritedFields.js';

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

// The options a rule function last read when the caller gave a policy alone (`fn(input, { policy })`,
// the common call, usually with one policy for a whole batch): the policy and the frozen record read
// from it. Kept only for a policy this copy of the package built, which is frozen for good; a Proxy of
// one, or a policy from another copy, is checked on every call.
let lastPolicy: unknown;
let lastRead: RuleOptions | undefined;

/**
 * Reads the options argument of a rule function, the one path every function's options take: an
 * object with no key but `policy`, `calendar` and the function's own `extra` keys (a misspelt option
 * is an error, never ignored), each of its fields read once; the policy must be one definePolicy,
 * defaultPolicy or policyAt made (else {@link PolicyError}), the calendar one chinaCalendar,
 * defineCalendar or extendCalendar made (else {@link InvalidInputError}). Returns a record of what it
 * read, which the function reads instead of the caller's object (a later change to the caller's object
 * changes nothing). Options of `policy` and `calendar` alone are read without a copy of the general
 * path: the keys checked first, then each read once, in the caller's order.
 */
export function ruleOptions<T extends RuleOptions>(options: T | undefined, fn: string, extra?: readonly string[]): T | undefined {
  if (options === undefined) return undefined;
  const keys = extra === undefined ? ruleKeysOnly(options) : undefined;
  if (keys === undefined) {
    const read = requireObject(options, fn, ['options'], extra === undefined ? RULE_KEYS : [...RULE_KEYS, ...extra]);
    checkPolicyAndCalendar(read.policy, read.calendar, fn);
    return read as T;
  }
  let policy: unknown;
  let calendar: unknown;
  let reading = '';
  try {
    for (const key of keys) {
      reading = key;
      if (key === 'policy') policy = (options as RuleOptions).policy;
      else calendar = (options as RuleOptions).calendar;
    }
  } catch (error) {
    // The field whose getter threw, as requireObject names it.
    throw error instanceof WuyeRulesError ? error : unreadableField(fn, ['options', reading]);
  }
  if (calendar === undefined && policy === lastPolicy && policy !== undefined) return lastRead as T;
  checkPolicyAndCalendar(policy, calendar, fn);
  const read = Object.freeze({ __proto__: null, policy, calendar }) as RuleOptions;
  if (calendar === undefined && policy !== undefined && isMarkedHere(policy as object)) {
    lastPolicy = policy;
    lastRead = read;
  }
  return read as T;
}

// The own enumerable keys of a plain object (not an array) when they are only `policy` and `calendar`,
// checked without reading any value; undefined for anything else, or anything that throws: the general
// path refuses it with the right code and path.
function ruleKeysOnly(options: unknown): string[] | undefined {
  try {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
    // Options that may inherit a field (Object.create({ policy })) take the general path, which reads it.
    if (!ownsItsFields(Object.getPrototypeOf(options))) return undefined;
    const keys = Object.keys(options);
    // No key at all takes the general path, which refuses what is not an object of fields (a Map of
    // options would otherwise read as `{}`, its policy silently ignored).
    if (keys.length === 0) return undefined;
    for (const key of keys) if (key !== 'policy' && key !== 'calendar') return undefined;
    return keys;
  } catch {
    return undefined;
  }
}

function checkPolicyAndCalendar(policy: unknown, calendar: unknown, fn: string): void {
  if (policy !== undefined && !isValidated(policy)) {
    throw unvalidatedPolicy(fn, policy);
  }
  if (calendar !== undefined && !isValidated(calendar)) {
    throw invalid(fn, ['options', 'calendar'], 'unvalidated_calendar', 'built with defineCalendar', calendar);
  }
}

/**
 * The error for a policy not built by definePolicy (of this version, when a period needs the
 * working-day engine every such policy carries, see core/workdayEngine.ts).
 */
export function unvalidatedPolicy(fn: string, policy: unknown): PolicyError {
  return new PolicyError(POLICY_PATH, invalid(fn, POLICY_PATH, '', 'built with definePolicy', policy).message, 'unvalidated_policy');
}
