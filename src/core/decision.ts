/**
 * A rule's identifier, as listed in {@link ruleCatalog} (and in the site's rules reference): `complaint.approval`,
 * `repair.class-a`, `C2`, possibly with a suffix naming the matching reason (`complaint.level2.recurrence`).
 */
export type RuleId = string;

/** A decision: the answer's fields plus `basis`, the rules that produced it, most decisive first. */
export type Decision<T extends object> = Readonly<T> & {
  /** The rules that produced the answer, most decisive first; every id is a key of the rule catalog. */
  readonly basis: readonly RuleId[];
  /**
   * Present (and `true`) only when the answer used a day of a provisional year (policy
   * `outOfCoverage: 'statutory'`, RULES C11); the basis then ends with `calendar.provisional`.
   */
  readonly provisional?: true;
};

/**
 * Turns a fresh object literal into a frozen decision: adds `basis` (frozen; an already frozen basis,
 * such as an interned constant, is shared rather than copied) and freezes the object. The object is
 * taken over, not copied — pass a new literal, never an input. Used for interned answers built once
 * at import time as well as for answers built per call.
 */
export function freezeDecision<T extends object>(fields: T, basis: readonly RuleId[]): Decision<T> {
  (fields as Record<string, unknown>).basis = Object.isFrozen(basis) ? basis : Object.freeze([...basis]);
  return Object.freeze(fields) as unknown as Decision<T>;
}

/**
 * `decision` with `rule` at the end of its basis (once) and `fields` set: a frozen copy, so that an
 * interned answer stays untouched. Without `fields`, a decision whose basis has the rule already is
 * returned as it is.
 */
export function withBasisRule<T extends { readonly basis: readonly RuleId[] }>(decision: T, rule: RuleId, fields?: object): T {
  const has = decision.basis.includes(rule);
  if (has && fields === undefined) return decision;
  return Object.freeze({ ...decision, ...fields, basis: has ? decision.basis : Object.freeze([...decision.basis, rule]) }) as T;
}

/**
 * Freezes an object and everything reachable from it, returning the same object. An object that is
 * already frozen is taken as frozen through and not walked: the rule tables and interned answers a
 * decision shares are frozen when they are built.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
