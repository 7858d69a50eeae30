import { describePath, describeValue } from './describe.js';
import { InvalidInputError, type InputPath } from './errors.js';

/**
 * Argument checks shared by every rule function. Each throws {@link InvalidInputError} with a stable
 * code, the field's path, and a message that starts with the calling function's name.
 */

/** Builds the standard error: `fn: path must be …, received …`. */
export function invalid(fn: string, path: InputPath, code: string, expectation: string, value: unknown): InvalidInputError {
  return new InvalidInputError(code, path, `${fn}: ${describePath(path)} must be ${expectation}, received ${describeValue(value)}`);
}

/** A finite number (no NaN, no ±Infinity). */
export function requireFiniteNumber(value: unknown, fn: string, path: InputPath): number {
  if (typeof value !== 'number') throw invalid(fn, path, 'invalid_type', 'a number', value);
  if (!Number.isFinite(value)) throw invalid(fn, path, 'not_finite', 'a finite number', value);
  return value;
}

/** A finite number ≥ 0. */
export function requireNonNegativeNumber(value: unknown, fn: string, path: InputPath): number {
  const number = requireFiniteNumber(value, fn, path);
  if (number < 0) throw invalid(fn, path, 'negative', 'a non-negative number', value);
  return number;
}

/** A whole number ≥ 0: the shape of every count in the standards. */
export function requireCount(value: unknown, fn: string, path: InputPath): number {
  const number = requireFiniteNumber(value, fn, path);
  if (!Number.isInteger(number)) throw invalid(fn, path, 'not_integer', 'a whole number', value);
  if (number < 0) throw invalid(fn, path, 'negative', 'a non-negative whole number', value);
  return number;
}

/** A whole number ≥ 1 (an occurrence counted from 1, a period of N days). */
export function requirePositiveInteger(value: unknown, fn: string, path: InputPath): number {
  const number = requireCount(value, fn, path);
  if (number < 1) throw invalid(fn, path, 'out_of_range', 'a whole number of at least 1', value);
  return number;
}

/** A boolean (no truthy strings or numbers). */
export function requireBoolean(value: unknown, fn: string, path: InputPath): boolean {
  if (typeof value !== 'boolean') throw invalid(fn, path, 'invalid_type', 'true or false', value);
  return value;
}

/** A string. */
export function requireString(value: unknown, fn: string, path: InputPath): string {
  if (typeof value !== 'string') throw invalid(fn, path, 'invalid_type', 'a string', value);
  return value;
}

/** One of a fixed set of values. */
export function requireOneOf<const T extends string | number>(
  value: unknown,
  allowed: readonly T[],
  fn: string,
  path: InputPath,
): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw invalid(fn, path, 'invalid_enum', `one of ${allowed.map((entry) => JSON.stringify(entry)).join(', ')}`, value);
  }
  return value as T;
}

/** True for a non-null object that is not an array or a Date: a record of named fields. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A non-null object that is not an array. */
export function requireObject(value: unknown, fn: string, path: InputPath): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(fn, path, 'invalid_type', 'an object', value);
  }
  return value as Record<string, unknown>;
}

/** An array. */
export function requireArray(value: unknown, fn: string, path: InputPath): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid(fn, path, 'invalid_type', 'an array', value);
  return value;
}

/**
 * Refuses a key the input shape does not have (`unknown_key`), so that a misspelt field
 * (`colectiveHouseholds`) is an error and not a silently absent fact. `known` lists the accepted keys.
 */
export function rejectUnknownKeys(value: object, known: readonly string[], fn: string, path: InputPath): void {
  for (const key in value) {
    if (Object.hasOwn(value, key) && !known.includes(key)) {
      throw invalid(fn, [...path, key], 'unknown_key', `one of the known fields (${known.join(', ')})`, key);
    }
  }
}

/** Refuses an absent required field (`missing`). */
export function requirePresent(value: unknown, fn: string, path: InputPath, expectation: string): void {
  if (value === undefined) throw invalid(fn, path, 'missing', expectation, value);
}
