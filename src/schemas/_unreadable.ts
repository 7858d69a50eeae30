// Where a value cannot be read without throwing: a revoked Proxy, a Proxy trap or a getter that throws,
// a Date-like object whose time cannot be read (anything built on Date.prototype without being a Date).
// The functions refuse such a value as `unreadable` (core/validate.ts); zod, which reads it as it
// parses, would throw the value's own error out of `safeParse`. The schemas look first and refuse it
// at its path, as an issue.

type Path = (string | number)[];

/**
 * The path (relative to `value`) of the first place whose read throws, or `undefined` when every read
 * succeeds: the value's prototype, its keys (`for…in`) and each of its fields, and the `known` fields
 * (a class's getter is not listed by `for…in`). Only one level: a nested object is its own schema's to probe.
 */
export function unreadablePlace(value: unknown, known: readonly string[] = []): Path | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  let key: string | undefined;
  try {
    Object.getPrototypeOf(value);
    for (key in value) void (value as Record<string, unknown>)[key];
    for (key of known) void (value as Record<string, unknown>)[key];
  } catch {
    return key === undefined ? [] : [key];
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

/** The message of a value whose read throws. */
export const UNREADABLE_MESSAGE = 'must be readable (its read threw)';
