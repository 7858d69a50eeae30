// The mark of a validated policy or calendar. definePolicy, defaultPolicy and policyAt results, and
// chinaCalendar, defineCalendar and extendCalendar results, carry it; a rule function refuses a policy
// or calendar in its options that does not (see ruleOptions in ./options.ts). The key is a registered
// symbol, so that a policy built by the ESM copy of the package is recognised by the CommonJS copy.
const VALIDATED: unique symbol = Symbol.for('wuye-rules.validated') as never;
// The objects this copy of the package marked (they are frozen as soon as they are built, and a frozen
// object keeps its mark): ruleOptions may remember one of them, never a Proxy or another copy's object.
const marked = new WeakSet<object>();

/* @__NO_SIDE_EFFECTS__ */
/** Marks a freshly built policy or calendar as validated (a non-enumerable property), before it is frozen. */
export function markValidated<T extends object>(value: T): T {
  Object.defineProperty(value, VALIDATED, { value: true });
  marked.add(value);
  return value;
}

/** True when this copy of the package marked `value` and it is frozen: validated, and not a Proxy. */
export function isMarkedHere(value: object): boolean {
  return marked.has(value) && Object.isFrozen(value);
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
