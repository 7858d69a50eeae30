// Where a value cannot be read without throwing: a revoked Proxy, a Proxy trap or a getter that throws,
// a Date-like object whose time cannot be read (anything built on Date.prototype without being a Date).
// The functions refuse such a value as `unreadable` (core/validate.ts); zod, which reads it as it
// parses, would throw the value's own error out of `safeParse`. The schemas look first and refuse it
// at its path, as an issue.
import { z } from 'zod';
import { keysToProbe, neverThrows, UNREADABLE_MESSAGE, withMetaOf } from './policy/common.js';

type Path = (string | number)[];

// Deeper than any input nests: a cycle or a pathological nesting is left to the schema.
const MAX_DEPTH = 32;

/**
 * The path (relative to `value`) of the first place whose read throws, or `undefined` when every read
 * succeeds: each object's prototype and kind, its keys (`for…in`, an array's length and elements) and
 * fields, all the way down, and at the top the `known` fields too (a class's getter is not listed by
 * `for…in`). Each value is read as zod will read it, once more.
 */
export function unreadablePlace(value: unknown, known: readonly string[] = [], depth = 0, seen: Set<object> = new Set()): Path | undefined {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH || seen.has(value)) return undefined;
  seen.add(value);
  let key: string | number | undefined;
  const reading: { key?: string } = {};
  const children: [string | number, unknown][] = [];
  try {
    Object.getPrototypeOf(value);
    if (Array.isArray(value)) {
      const list = value as unknown[];
      for (let index = 0, length = list.length; index < length; index += 1) {
        key = index;
        children.push([index, list[index]]);
      }
    } else {
      const record = value as Record<string, unknown>;
      for (key of keysToProbe(record, known, reading)) children.push([key, record[key]]);
    }
  } catch {
    key ??= reading.key;
    return key === undefined ? [] : [key];
  }
  for (const [childKey, child] of children) {
    const inner = unreadablePlace(child, [], depth + 1, seen);
    if (inner !== undefined) return [childKey, ...inner];
  }
  return undefined;
}

/** True for an object that claims to be a Date (built on Date.prototype) but holds no time to read. */
export function isUnreadableDate(value: unknown): boolean {
  try {
    if (!(value instanceof Date)) return false;
  } catch {
    return true;
  }
  try {
    Date.prototype.getTime.call(value);
    return false;
  } catch {
    return true;
  }
}

/** The time of a Date made in another realm (its tag is Date, it is no Date of this realm), else undefined. */
export function foreignDateMs(value: unknown): number | undefined {
  try {
    if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

/** True for a Promise: a step before a schema must not hand one on (zod takes it for an asynchronous step, and throws). */
export function isPromise(value: unknown): boolean {
  try {
    return value instanceof Promise;
  } catch {
    return false;
  }
}


/** What a step before a schema makes of a value: an issue that refuses it, or another value to hand on. */
// An issue is `invalid_type` when it says what was expected (an object, an array), `custom` otherwise.
export type StepOutcome = { readonly issue: { readonly path?: Path; readonly message: string; readonly expected?: 'object' | 'array' } } | { readonly value: unknown } | undefined;

/** The issue of a value whose read throws somewhere (see {@link unreadablePlace}), or undefined. */
export function unreadableOutcome(value: unknown, known?: readonly string[]): StepOutcome {
  const path = unreadablePlace(value, known);
  return path === undefined ? undefined : { issue: { path, message: UNREADABLE_MESSAGE } };
}

/**
 * `schema` behind a step that looks at the value before zod reads it: `step` refuses it (an issue at
 * its place), hands on another value, or (undefined) hands it on as it is. A refused value is never
 * handed on (zod would take a Promise for an asynchronous step, and throw). The wrapper carries the
 * schema's title and description.
 */
/* @__NO_SIDE_EFFECTS__ */
export function stepBefore<T extends z.core.SomeType>(schema: T, step: (value: unknown) => StepOutcome): z.ZodPreprocess<T> {
  const stepped = z.preprocess((value, context) => {
    const outcome = step(value);
    if (outcome === undefined) return value;
    if ('value' in outcome) return outcome.value;
    const { path, message, expected } = outcome.issue;
    context.addIssue(expected === undefined ? { code: 'custom', input: undefined, path, message } : { code: 'invalid_type', expected, input: value, message });
    return null;
  }, schema);
  return neverThrows(withMetaOf(schema, stepped));
}

/**
 * `schema`, refusing first a value whose read throws anywhere (an issue at that place) and a Promise
 * (an input not awaited): for a schema zod would read with no step of ours in front, such as a tuple of
 * arguments.
 */
/* @__NO_SIDE_EFFECTS__ */
export function readable<T extends z.ZodType>(schema: T): T {
  return stepBefore(schema, (value) => unreadableOutcome(value) ?? (isPromise(value) ? { issue: { message: 'must be an array, not a Promise', expected: 'array' } } : undefined)) as unknown as T;
}
