// The mark of a validated policy or calendar. definePolicy, defaultPolicy and policyAt results, and
// chinaCalendar, defineCalendar and extendCalendar results, carry it; a rule function refuses a policy
// or calendar in its options that does not (see ruleOptions in ./options.ts). The key is a registered
// symbol, so that a policy built by the ESM copy of the package is recognised by the CommonJS copy.
const VALIDATED: unique symbol = Symbol.for('wuye-rules.validated') as never;

/* @__NO_SIDE_EFFECTS__ */
/** Marks a freshly built policy or calendar as validated (a non-enumerable property), before it is frozen. */
export function markValidated<T extends object>(value: T): T {
  Object.defineProperty(value, VALIDATED, { value: true });
  return value;
}

/**
 * True when `value` carries the mark and is frozen. A Proxy of a marked frozen object passes only
 * because a frozen target forces the proxy to report its real, frozen properties; a trap that throws
 * counts as unmarked.
 */
export function isValidated(value: unknown): boolean {
  try {
    return typeof value === 'object' && value !== null && Object.isFrozen(value) && Object.getOwnPropertyDescriptor(value, VALIDATED)?.value === true;
  } catch {
    return false;
  }
}
