// A few composable checks for definePolicy, written by hand so that defining a policy loads no zod:
// each check reads a value at a path and throws a PolicyError naming the first problem it finds. The
// zod Policy schema in src/schemas stays the description that JSON Schema and OpenAPI are built from;
// a test feeds both the same generated policies and demands the same verdict.
import { describePath, describeValue } from '../core/describe.js';
import { PolicyError } from '../core/errors.js';
import { isPlainObject } from '../core/validate.js';

/** A path into the policy being checked. */
export type CheckPath = readonly (string | number)[];

/** Checks a value at `path`; throws {@link PolicyError} at the first problem. */
export type Check = (value: unknown, path: CheckPath) => void;

/**
 * Throws the PolicyError of a value that is not what `expected` describes, with the code of
 * InvalidInputError for the same fault (`invalid_type` unless given: `invalid_enum`, `missing`,
 * `not_finite`, …).
 */
export function fail(path: CheckPath, expected: string, value: unknown, code = 'invalid_type'): never {
  throw new PolicyError([...path], `definePolicy: ${describePath(path)} must be ${expected}, received ${describeValue(value)}`, code);
}

/** Throws the PolicyError of a value out of range: `expected` says what it must be (`out_of_range` unless `code` says more: `negative`, `not_integer`, …). */
export const failRange = (path: CheckPath, expected: string, value: unknown, code = 'out_of_range'): never => fail(path, expected, value, code);

/** Throws the PolicyError of a rule between several settings (`message` says what must hold; `code`, `inconsistent` unless given, names the rule's kind). */
export function failRule(path: CheckPath, message: string, code = 'inconsistent'): never {
  throw new PolicyError([...path], `definePolicy: ${describePath(path)}: ${message}`, code);
}

/** Limits of a number: whole (a safe integer), at least `min`, at most `max`. */
export interface NumberLimits {
  readonly int?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** A finite number within limits. */
export function number(limits: NumberLimits = {}): Check {
  const { int = false, min, max } = limits;
  return (value, path) => {
    if (typeof value !== 'number') fail(path, 'a finite number', value);
    if (!Number.isFinite(value)) fail(path, 'a finite number', value, 'not_finite');
    // Above 2^53 − 1 a whole number is out of range, as for a count of the rule functions.
    if (int && !Number.isSafeInteger(value)) failRange(path, 'a whole number', value, Number.isInteger(value) ? 'out_of_range' : 'not_integer');
    if (min !== undefined && value < min) failRange(path, `at least ${min}`, value, min === 0 ? 'negative' : 'out_of_range');
    if (max !== undefined && value > max) failRange(path, `at most ${max}`, value);
  };
}

/** A whole number ≥ `min` (0 unless given). */
export const wholeNumber = (min = 0, max?: number): Check => number({ int: true, min, ...(max === undefined ? {} : { max }) });

/** true or false. */
export const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'true or false', value);
};

/** A non-empty string. */
export const nonEmptyString: Check = (value, path) => {
  if (typeof value !== 'string') fail(path, 'a non-empty string', value);
  if (value.length === 0) fail(path, 'a non-empty string', value, 'empty');
};

/** One of the listed values. */
export function oneOf(values: readonly unknown[]): Check {
  const expected = `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return (value, path) => {
    if (!values.includes(value)) fail(path, expected, value, 'invalid_enum');
  };
}

/** `null`, or what `check` accepts. */
export const nullable =
  (check: Check): Check =>
  (value, path) => {
    if (value !== null) check(value, path);
  };

const OPTIONAL = Symbol('optional');

/** A key of {@link record} that may be absent (or `undefined`). */
export function optional(check: Check): Check {
  const wrapped: Check = (value, path) => {
    if (value !== undefined) check(value, path);
  };
  return Object.assign(wrapped, { [OPTIONAL]: true });
}

/**
 * A plain object with exactly these keys: each checked in order, a missing one refused unless it is
 * {@link optional}, an unknown one refused (a typo never passes silently).
 */
export function record(shape: Readonly<Record<string, Check>>): Check {
  const keys = Object.keys(shape);
  return (value, path) => {
    if (!isPlainObject(value)) fail(path, 'an object', value);
    for (const key of Object.keys(value)) {
      // At the key itself, as definePolicy reports a section's unknown key and the rules an input's.
      if (!Object.hasOwn(shape, key)) failRule([...path, key], `is not a known key (${keys.join(', ')})`, 'unknown_key');
    }
    for (const key of keys) {
      const check = shape[key] as Check & { [OPTIONAL]?: true };
      const item = value[key];
      if (item === undefined && check[OPTIONAL] !== true) fail([...path, key], 'present', item, 'missing');
      check(item, [...path, key]);
    }
  };
}

/** An array whose items `item` accepts, with at least `minLength` of them. */
export function array(item: Check, minLength = 0): Check {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (value.length < minLength) failRange(path, `an array of at least ${minLength} item${minLength === 1 ? '' : 's'}`, value);
    value.forEach((entry, index) => item(entry, [...path, index]));
  };
}

/**
 * One of several object forms told apart by the value of `key` (`{ outcome: 'fine', … }`): the form
 * of that value checks the whole object. A problem is reported where it is, as its message names it:
 * at `key` for a value no form has, at the field for a bad field (`closeWithin.amount` NaN), at the
 * object for a key its form does not have. (A zod union names the object when no form fits; this
 * path goes as far or further, and starts with zod's.)
 */
export function byKey(key: string, forms: Readonly<Record<string, Check>>): Check {
  const expected = oneOf(Object.keys(forms));
  return (value, path) => {
    if (!isPlainObject(value)) fail(path, 'an object', value);
    const tag = value[key];
    if (typeof tag !== 'string' || !Object.hasOwn(forms, tag)) expected(tag, [...path, key]);
    (forms[tag as string] as Check)(value, path);
  };
}

/**
 * What `check` accepts, and then `holds` (a rule between its parts): otherwise a PolicyError with
 * `message` and `code` (`inconsistent` unless given) at the value's path, or at `[...path, ...at]`.
 */
export function refine<T>(check: Check, holds: (value: T) => boolean, message: string, at: CheckPath = [], code?: string): Check {
  return (value, path) => {
    check(value, path);
    if (!holds(value as T)) failRule([...path, ...at], message, code);
  };
}
