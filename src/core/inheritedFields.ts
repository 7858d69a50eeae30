// Fields an object has without owning them. Object.keys lists own fields only, but a caller's value
// may hold its facts on a prototype: `Object.create(defaults)`, or a class whose fields are getters.
// Read through Object.keys alone, such a fact would be silently absent (a policy's extendPastRestDays
// read as false, a complaint's media as none): a wrong answer, never an error. The reading is zod's,
// so that a schema and its function agree on every object: the keys `for…in` sees (own and inherited
// enumerable ones) are the object's fields, checked against the known ones; a field the function
// knows is read however the object holds it, an inherited getter included; any other getter (a
// class's computed `get age()`) is neither read nor refused.

/**
 * Whether an object with this prototype owns all its fields: a plain object (Object.prototype) or one
 * without a prototype. Such an object's keys are Object.keys; any other may inherit some.
 */
export function ownsItsFields(proto: unknown): boolean {
  return proto === Object.prototype || proto === null;
}

/**
 * The kind of a built-in object that is a value rather than an object of fields (`'Promise'`, `'Error'`,
 * `'RegExp'`, `'Uint8Array'`, `'Number'` for a boxed number…), by its tag; `undefined` for an object of
 * fields (a plain object, a class instance). Read as fields, such an object would be `{}` or the few
 * fields assigned to it: an un-awaited Promise of a complaint would be classified as a complaint of no facts.
 * For an object built on another prototype than Object.prototype: the callers ask only then.
 */
export function builtInKind(value: object): string | undefined {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  if (tag === 'Object') return undefined;
  // A tag of the language's own: from an internal slot (an Error, a Date, `arguments`: no
  // Symbol.toStringTag), or from the prototype of a built-in constructor (a Promise, a typed array, Math).
  // A class of the caller's may tag itself and is still an object of fields.
  // A generator's prototypes have no constructor function: named by their tags.
  if (!(Symbol.toStringTag in value) || tag === 'Generator' || tag === 'AsyncGenerator') return tag;
  const constructor = (Object.getPrototypeOf(value) as { constructor?: unknown } | null)?.constructor;
  return typeof constructor === 'function' && Function.prototype.toString.call(constructor).includes('[native code]') ? tag : undefined;
}

/**
 * {@link builtInKind} of an object where fields go, asked only where it can be one: an object on another
 * prototype, or one that shows no field (Math, JSON, an empty `arguments`). core/validate.ts asks the
 * same inline, with the keys it lists anyway.
 */
export function builtInKindOfFields(value: object): string | undefined {
  return ownsItsFields(Object.getPrototypeOf(value)) && Object.keys(value).length > 0 ? undefined : builtInKind(value);
}

/** Whether an object's own property is enumerable (a field defined with Object.defineProperty is not, unless asked). */
export const isEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * The keys to read of an object that may inherit fields: those `for…in` sees, own first, then the
 * `known` names it has only otherwise (a class's getter, a non-enumerable inherited field). For a
 * plain object the callers use Object.keys, which gives the same keys faster.
 */
export function keysOfInheriting(value: object, known?: readonly string[]): string[] {
  const keys: string[] = [];
  for (const key in value) keys.push(key);
  if (known !== undefined) for (const name of known) if (!keys.includes(name) && name in value) keys.push(name);
  return keys;
}
