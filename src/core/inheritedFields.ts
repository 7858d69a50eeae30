// Fields an object has without owning them. Object.keys lists own fields only, but a caller's value
// may hold its facts on a prototype: `Object.create(defaults)`, or a class whose fields are getters.
// Read through Object.keys alone, such a fact would be silently absent (a policy's extendPastRestDays
// read as false, a complaint's media as none): a wrong answer, never an error.

// Object.prototype of this realm or of another (a value made in a vm context or an iframe has its
// own): the root every ordinary object inherits from, whose members are no caller's fields.
function isObjectPrototype(proto: object): boolean {
  return proto === Object.prototype || (Object.getPrototypeOf(proto) === null && Object.hasOwn(proto, 'hasOwnProperty') && Object.hasOwn(proto, 'isPrototypeOf'));
}

/**
 * The names a property read of `value` would find on its prototypes but Object.keys does not give:
 * enumerable properties of a prototype, and getters (a class's `get media()`); methods and
 * `constructor` are not fields. Empty, after one prototype lookup, for a plain object or an object
 * without a prototype. The nearest prototype's name wins; a name `value` owns is not repeated.
 */
export function inheritedFieldNames(value: object): string[] {
  const names: string[] = [];
  for (let proto = Object.getPrototypeOf(value) as object | null; proto !== null && !isObjectPrototype(proto); proto = Object.getPrototypeOf(proto) as object | null) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor' || names.includes(name) || Object.hasOwn(value, name)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor !== undefined && (descriptor.enumerable === true || descriptor.get !== undefined)) names.push(name);
    }
  }
  return names;
}

/** Whether `value` inherits from anything but Object.prototype (of any realm) or nothing. */
export function hasOwnPrototype(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto !== null && proto !== Object.prototype && !isObjectPrototype(proto);
}
