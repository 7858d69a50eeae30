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

// Whether the last failure was of the value's shape (its type, a key, an enum value) rather than of
// a range or a rule: a union names the first kind at its own path, the second at the field's.
let shapeFailure = false;

/** Throws the PolicyError of a value that is not what `expected` describes; `shape` for a wrong type, key or enum value. */
export function fail(path: CheckPath, expected: string, value: unknown, shape = true): never {
  shapeFailure = shape;
  throw new PolicyError([...path], `definePolicy: ${describePath(path)} must be ${expected}, received ${describeValue(value)}`);
}

/** Throws the PolicyError of a value out of range: `expected` says what it must be. */
export const failRange = (path: CheckPath, expected: string, value: unknown): never => fail(path, expected, value, false);

/** Throws the PolicyError of a rule between several settings (`message` says what must hold). */
export function failRule(path: CheckPath, message: string): never {
  shapeFailure = false;
  throw new PolicyError([...path], `definePolicy: ${describePath(path)}: ${message}`);
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
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'a finite number', value);
    if (int && !Number.isSafeInteger(value)) failRange(path, 'a whole number', value);
    if (min !== undefined && value < min) failRange(path, `at least ${min}`, value);
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
  if (typeof value !== 'string' || value.length === 0) fail(path, 'a non-empty string', value);
};

/** One of the listed values. */
export function oneOf(values: readonly unknown[]): Check {
  const expected = `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return (value, path) => {
    if (!values.includes(value)) fail(path, expected, value);
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
      if (!Object.hasOwn(shape, key)) failRule(path, `unknown key ${JSON.stringify(key)}`);
    }
    for (const key of keys) {
      const check = shape[key] as Check & { [OPTIONAL]?: true };
      const item = value[key];
      if (item === undefined && check[OPTIONAL] !== true) fail([...path, key], 'present', item);
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
 * of that value checks the whole object. A problem inside the form is reported at the object's own
 * path when `atObject` is true (as for a plain union, whose parts have no names), else at its field.
 */
export function byKey(key: string, forms: Readonly<Record<string, Check>>, atObject = false): Check {
  const expected = oneOf(Object.keys(forms));
  return (value, path) => {
    if (!isPlainObject(value)) fail(path, 'an object', value);
    const tag = value[key];
    try {
      if (typeof tag !== 'string' || !Object.hasOwn(forms, tag)) expected(tag, [...path, key]);
      (forms[tag as string] as Check)(value, path);
    } catch (error) {
      if (!atObject || !shapeFailure || !(error instanceof PolicyError)) throw error;
      throw new PolicyError([...path], error.message);
    }
  };
}

/**
 * What `check` accepts, and then `holds` (a rule between its parts): otherwise a PolicyError with
 * `message` at the value's path, or at `[...path, ...at]`.
 */
export function refine<T>(check: Check, holds: (value: T) => boolean, message: string, at: CheckPath = []): Check {
  return (value, path) => {
    check(value, path);
    if (!holds(value as T)) failRule([...path, ...at], message);
  };
}
