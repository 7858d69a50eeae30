/**
 * The path to a field inside a function's input, as zod reports it: object keys and array indexes.
 */
export type InputPath = readonly (string | number)[];

/**
 * The base class of every error this library throws on purpose. Catch it to tell the library's own
 * refusals apart from bugs and host errors.
 *
 * @example
 * ```ts
 * import { approvalAuthority, WuyeRulesError } from 'wuye-rules';
 * let caught: unknown;
 * try { approvalAuthority(-1); } catch (error) { caught = error; }
 * caught instanceof WuyeRulesError;
 * //=> true
 * ```
 */
export class WuyeRulesError extends Error {
  /** The class name, `'WuyeRulesError'`, also after minification. */
  override name = 'WuyeRulesError';

  /**
   * @param message - Human-readable message.
   * @param options - As `Error`'s (`cause`). Written out rather than as `ErrorOptions`, which a project
   * whose `lib` is older than ES2022 does not have.
   */
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    markKind(this, 'WuyeRulesError', Error.prototype);
  }

  /**
   * `instanceof` across copies of the package: an error thrown by another copy (the CommonJS build
   * loaded beside the ESM one, as a bundle that mixes `require` and `import` does, or a second install)
   * is an instance of this copy's class of the same name, as policies and calendars of either copy are
   * accepted by both.
   *
   * @param value - The value on the left of `instanceof`.
   * @returns Whether it is an error of this class, from this copy or from another.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isErrorOf(this, value, 'WuyeRulesError');
  }
}

// The mark of the library's error classes, shared by every copy of the package (Symbol.for): each
// class's prototype carries its name under it, so another copy tells its errors by their classes, not
// by their `name` (which a subclass may change). On the prototypes, not on an error: it shows in no
// log or JSON of one.
const ERROR_MARK = Symbol.for('wuye-rules.error');

// The class name a prototype carries, if it is one of the library's classes (of any copy).
const kindOf = (prototype: object | null): unknown => (prototype !== null && Object.hasOwn(prototype, ERROR_MARK) ? (prototype as { [ERROR_MARK]?: unknown })[ERROR_MARK] : undefined);

// Marks `kind` on the prototype of `error`'s chain that sits on `parent` (Error.prototype for the base;
// for a class of ours, the prototype marked with the base's name), once, when the first such error is
// made rather than when the module loads: a bundle that loads the module for nothing keeps nothing of
// it, and another copy's error was made by its copy. (Found through the error, not named: a class that
// names itself inside its body is emitted as `_InvalidInputError`, which util.inspect shows.)
function markKind(error: object, kind: string, parent: object | string): void {
  for (let prototype = Object.getPrototypeOf(error) as object | null; prototype !== null; prototype = Object.getPrototypeOf(prototype) as object | null) {
    const above = Object.getPrototypeOf(prototype) as object | null;
    if (above !== parent && kindOf(above) !== parent) continue;
    if (!Object.hasOwn(prototype, ERROR_MARK)) Object.defineProperty(prototype, ERROR_MARK, { value: kind });
    return;
  }
}

// Whether `value`'s prototype chain holds a class marked `kind`.
function hasKind(value: object, kind: string): boolean {
  for (let prototype = Object.getPrototypeOf(value) as object | null; prototype !== null; prototype = Object.getPrototypeOf(prototype) as object | null) if (kindOf(prototype) === kind) return true;
  return false;
}

// `value instanceof kind` as the language answers it; or, when `kind` is the library's class named
// `name` itself (each defines its own Symbol.hasInstance; a caller's subclass inherits it), an error of
// another copy of the package whose chain holds that copy's class of that name. Each class passes its
// own name, so that a bundle that throws only InvalidInputError carries no other class.
// A value whose prototype or fields cannot be read (a revoked Proxy a caller's getter threw) is no error
// of ours: the test never throws, so a catch block that asks it rethrows nothing of the value's.
function isErrorOf(kind: object, value: unknown, name: string): boolean {
  try {
    if (Function.prototype[Symbol.hasInstance].call(kind, value)) return true;
    return Object.hasOwn(kind, Symbol.hasInstance) && typeof value === 'object' && value !== null && hasKind(value, name);
  } catch {
    return false;
  }
}

/**
 * Thrown when an argument is not something a rule can be applied to: NaN, ±Infinity, a negative or
 * fractional count, an unknown enum value, an unparseable instant, a ranged deduction outside its range.
 * The message starts with the function's name and shows the value received.
 *
 * @example
 * ```ts
 * import { approvalAuthority, InvalidInputError } from 'wuye-rules';
 * let caught: InvalidInputError | undefined;
 * try { approvalAuthority(Number.NaN); } catch (error) { caught = error as InvalidInputError; }
 * [caught?.code, caught?.path];
 * //=> ['not_finite', ['amountYuan']]
 * ```
 */
export class InvalidInputError extends WuyeRulesError {
  /** The class name, `'InvalidInputError'`, also after minification. */
  override name = 'InvalidInputError';

  /** As {@link WuyeRulesError}'s: an error of another copy of the package named `'InvalidInputError'` is one too. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isErrorOf(this, value, 'InvalidInputError');
  }
  /** A stable snake_case code, safe to branch on (`not_finite`, `negative`, `invalid_instant`, …). */
  readonly code: string;
  /** Where the bad value sits in the input, as in zod (`['unresolved', 'openedAt']`). */
  readonly path: InputPath;

  /**
   * @param code - Stable snake_case code.
   * @param path - Keys leading to the offending field.
   * @param message - Human-readable message, starting with the function's name.
   */
  constructor(code: string, path: InputPath, message: string) {
    super(message);
    markKind(this, 'InvalidInputError', 'WuyeRulesError');
    this.code = code;
    this.path = Object.freeze([...path]);
  }
}

/**
 * Thrown by {@link definePolicy} and {@link policyAt} when a policy override is not a valid policy: a
 * wrong type, an out-of-range number, an unknown key (a typo must not be silently ignored); and by a
 * rule function whose `options.policy` was not built by definePolicy (`unvalidated_policy`).
 *
 * @example
 * ```ts
 * import { definePolicy, PolicyError } from 'wuye-rules';
 * let caught: PolicyError | undefined;
 * try { definePolicy({ dayCounting: 'sometimes' } as never); } catch (error) { caught = error as PolicyError; }
 * [caught?.code, caught?.path];
 * //=> ['invalid_enum', ['dayCounting']]
 * ```
 */
export class PolicyError extends WuyeRulesError {
  /** The class name, `'PolicyError'`, also after minification. */
  override name = 'PolicyError';

  /** As {@link WuyeRulesError}'s: an error of another copy of the package named `'PolicyError'` is one too. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isErrorOf(this, value, 'PolicyError');
  }
  /**
   * A stable snake_case code of what was wrong, safe to branch on: InvalidInputError's code for the
   * same fault (`invalid_type`, `invalid_enum`, `unknown_key`, `missing`, `not_finite`, `not_integer`,
   * `negative`, `out_of_range`, …), a rule between settings (`duplicate_id`, `unordered`,
   * `inconsistent`, …), or `unvalidated_policy` for a policy not built by definePolicy.
   */
  readonly code: string;
  /** The path of the first offending key in the override. */
  readonly path: InputPath;

  /**
   * @param path - Keys leading to the offending setting.
   * @param message - Human-readable message.
   * @param code - Stable snake_case code; `invalid_policy` unless given.
   */
  constructor(path: InputPath, message: string, code = 'invalid_policy') {
    super(message);
    markKind(this, 'PolicyError', 'WuyeRulesError');
    this.code = code;
    this.path = Object.freeze([...path]);
  }
}

/**
 * Thrown when a date falls in a year the working-day calendar has no State Council schedule for.
 * Counting such a day as a plain Monday–Friday week would be a guess, so the library refuses unless
 * the policy's `outOfCoverage` is `'weekends'` or the caller supplies a calendar that covers the year.
 * Its `code` is always `calendar_coverage`; its `path` is `[]`, as the uncovered day is often no field
 * of the input but a day the rule counts on the way to its answer.
 *
 * @example
 * ```ts
 * import { isWorkday, CalendarCoverageError } from 'wuye-rules/calendar';
 * let caught: CalendarCoverageError | undefined;
 * try { isWorkday('2031-05-06'); } catch (error) { caught = error as CalendarCoverageError; }
 * [caught?.year, caught?.code, caught?.path];
 * //=> [2031, 'calendar_coverage', []]
 * ```
 */
export class CalendarCoverageError extends WuyeRulesError {
  /** The class name, `'CalendarCoverageError'`, also after minification. */
  override name = 'CalendarCoverageError';

  /** As {@link WuyeRulesError}'s: an error of another copy of the package named `'CalendarCoverageError'` is one too. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isErrorOf(this, value, 'CalendarCoverageError');
  }
  /** The stable code of every coverage error, as the command line and the service report it. */
  readonly code = 'calendar_coverage';
  /**
   * `[]` from every function of the library: the uncovered day is usually a day a rule counts on the
   * way to its answer, not a field of the input (a caller's own error may name one).
   */
  readonly path: InputPath;
  /** The year that is not covered. */
  readonly year: number;

  /**
   * @param year - The year outside the calendar's coverage.
   * @param message - Human-readable message saying how to supply the year.
   * @param path - The input field the day came from; `[]` unless given.
   */
  constructor(year: number, message: string, path: InputPath = []) {
    super(message);
    markKind(this, 'CalendarCoverageError', 'WuyeRulesError');
    this.year = year;
    this.path = Object.freeze([...path]);
  }
}
