import { describePath, describeValue } from './describe.js';
import { InvalidInputError, WuyeRulesError, type InputPath } from './errors.js';
import { builtInKind, isEnumerable, keysOfInheriting, ownsItsFields } from './inheritedFields.js';

/**
 * Argument checks shared by every rule function. Each throws {@link InvalidInputError} with a stable
 * code, the field's path, and a message that starts with the calling function's name.
 */

/** Builds the standard error: `fn: path must be …, received …`. */
export function invalid(fn: string, path: InputPath, code: string, expectation: string, value: unknown): InvalidInputError {
  return new InvalidInputError(code, path, `${fn}: ${describePath(path)} must be ${expectation}, received ${describeValue(value)}`);
}

/** The refusal of a field whose read threw (a getter or a Proxy trap): its value cannot be shown, nor read again. */
export function unreadableField(fn: string, path: InputPath): InvalidInputError {
  return new InvalidInputError('unreadable', path, `${fn}: ${describePath(path)} must be readable, received an unreadable value`);
}

/** A finite number (no NaN, no ±Infinity); −0 is read as 0. */
export function requireFiniteNumber(value: unknown, fn: string, path: InputPath): number {
  if (typeof value !== 'number') throw invalid(fn, path, 'invalid_type', 'a number', value);
  if (!Number.isFinite(value)) throw invalid(fn, path, 'not_finite', 'a finite number', value);
  // −0 passes every check as 0 (−0 < 0 is false) and would come back out of the arithmetic as a rate or
  // a count of −0, shown as "-0%": adding +0 turns it into 0 and leaves every other number as it is.
  return value + 0;
}

/** A finite number ≥ 0. */
export function requireNonNegativeNumber(value: unknown, fn: string, path: InputPath): number {
  const number = requireFiniteNumber(value, fn, path);
  if (number < 0) throw invalid(fn, path, 'negative', 'a non-negative number', value);
  return number;
}

/**
 * A whole number ≥ 0 and at most 2^53 − 1 (`Number.MAX_SAFE_INTEGER`): the shape of every count in the
 * standards. Above 2^53 a double no longer holds every whole number, so such a count is refused.
 */
export function requireCount(value: unknown, fn: string, path: InputPath): number {
  const number = requireFiniteNumber(value, fn, path);
  if (!Number.isInteger(number)) throw invalid(fn, path, 'not_integer', 'a whole number', value);
  if (number < 0) throw invalid(fn, path, 'negative', 'a non-negative whole number', value);
  if (number > Number.MAX_SAFE_INTEGER) throw invalid(fn, path, 'out_of_range', 'a whole number up to 2^53 − 1', value);
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

// The records snapshot copies fields into: nothing from Object.prototype underneath (an input's own
// `__proto__`, `toString` or `constructor` is the field it is, never an inherited one), made by a
// constructor whose prototype has no prototype rather than by Object.create(null), which V8 keeps in its
// slow dictionary mode: every field read of every call paid for it (a loop of repairStatus calls ran
// about twice as long).
// (Set inside a pure-annotated function: a module-level assignment would keep it in every bundle.)
const Fields = /* @__PURE__ */ (() => {
  const constructor = function Fields() {} as unknown as new () => Record<string | number, unknown>;
  constructor.prototype = Object.create(null);
  return constructor;
})();

// Reads a caller's object or array once into a fresh one, so that later reads cannot meet a getter
// or a Proxy; an error a getter or trap throws becomes our own (`unreadable`), never a TypeError, at
// the path of the field whose read threw (the object's own path when listing its keys threw).
function snapshot(value: unknown, fn: string, path: InputPath, array: boolean, known?: readonly string[], fields?: readonly string[]): Record<string | number, unknown> {
  let reading: string | number | undefined;
  try {
    // A Date (or anything built on Date.prototype) is an instant, not an object of fields, and a Map or a
    // Set holds entries, not fields: read as one, either would be an empty object (options silently
    // ignored, or an error naming a field the value does not have).
    if (typeof value !== 'object' || value === null || Array.isArray(value) !== array) throw invalid(fn, path, 'invalid_type', array ? 'an array' : 'an object', value);
    const proto = Object.getPrototypeOf(value) as unknown;
    // A plain object (the common case, and our own records) owns all its fields; any other may inherit
    // some (inheritedFields.ts), unless it is a built-in value such as a Promise. Only a value on another
    // prototype can be a Date, a Map or a Set: a plain object is spared the three instanceof checks.
    const plain = ownsItsFields(proto) || proto === Fields.prototype;
    if (!plain && (value instanceof Date || value instanceof Map || value instanceof Set)) throw invalid(fn, path, 'invalid_type', array ? 'an array' : 'an object', value);
    const source = value as Record<string | number, unknown>;
    const copy: Record<string | number, unknown> = array ? ([] as unknown as Record<number, unknown>) : new Fields();
    if (array) {
      for (let index = 0, length = (value as unknown[]).length; index < length; index += 1) {
        reading = index;
        if (!(index in source)) throw invalid(fn, [...path, index], 'missing', 'an element, not a hole', undefined);
        copy[index] = source[index];
      }
    } else {
      // A plain object's own names, those defined non-enumerable (Object.defineProperty) included: such a
      // property is read when it is one of the fields (zod reads it too; left out, its fact would be
      // silently absent), and passed over otherwise, as zod passes it over. Listing them costs no more
      // than listing the enumerable keys.
      const keys = plain ? Object.getOwnPropertyNames(source) : keysOfInheriting(source, known ?? fields);
      // A built-in value: on another prototype (a Promise, an Error), or a namespace object that shows no
      // field (Math, JSON, an empty `arguments`): asked only then, so a plain object with fields pays nothing.
      // (Its own names are all non-enumerable, as Math's are: asked when the first is.)
      const kind = !plain || keys.length === 0 || !isEnumerable.call(source, keys[0]!) ? builtInKind(source) : undefined;
      if (kind !== undefined) throw invalid(fn, path, 'invalid_type', `an object of fields, not a built-in ${kind}`, value);
      for (const key of keys) {
        if (known !== undefined && !known.includes(key)) {
          if (plain && !isEnumerable.call(source, key)) continue;
          throw invalid(fn, [...path, key], 'unknown_key', `one of the known fields (${known.join(', ')})`, key);
        }
        if (known === undefined && plain && !isEnumerable.call(source, key) && !fields?.includes(key)) continue;
        reading = key;
        copy[key] = source[key];
      }
    }
    return copy;
  } catch (error) {
    if (error instanceof WuyeRulesError) throw error;
    throw reading === undefined ? invalid(fn, path, 'unreadable', 'readable', value) : unreadableField(fn, [...path, reading]);
  }
}

/**
 * A non-null object that is not an array, read once into a fresh record (its own enumerable fields,
 * and those it inherits as zod reads them: enumerable fields of a prototype, and a class's getter of a
 * field in `known`, or in `fields` when the caller checks the keys itself), so that later reads cannot
 * meet a getter or a Proxy. With `known`, a key outside it is refused (`unknown_key`): a misspelt
 * field is an error, not a silently absent fact.
 */
export function requireObject(value: unknown, fn: string, path: InputPath, known?: readonly string[], fields?: readonly string[]): Record<string, unknown> {
  return snapshot(value, fn, path, false, known, fields);
}

/**
 * An array without holes (`[a, , b]` is refused: a missing element is not an absent fact), copied
 * once so that later reads cannot meet a getter or a Proxy.
 */
export function requireArray(value: unknown, fn: string, path: InputPath): readonly unknown[] {
  return snapshot(value, fn, path, true) as unknown as unknown[];
}

/**
 * Refuses an argument past a function's last parameter (`dueAt(from, period, undefined, options)`):
 * JavaScript would drop it, and an options object one place too late would silently leave the
 * defaults in force. `undefined` there is no argument. Called only when `args.length > count`.
 */
export function refuseExtraArguments(args: ArrayLike<unknown>, count: number, fn: string): void {
  for (let index = count; index < args.length; index += 1) {
    if (args[index] !== undefined) throw invalid(fn, [index], 'too_many_arguments', `absent: ${fn} takes ${count} argument${count === 1 ? '' : 's'}`, args[index]);
  }
}

/** Refuses an absent required field (`missing`). */
export function requirePresent(value: unknown, fn: string, path: InputPath, expectation: string): void {
  if (value === undefined) throw invalid(fn, path, 'missing', expectation, value);
}
