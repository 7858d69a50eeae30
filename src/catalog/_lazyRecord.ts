// A frozen record that is built on its first use rather than when the package is imported: a cold
// `import 'wuye-rules'` then does not build the trilingual catalog it may never read
// (bench/cold-start.mjs). Every operation on the record — reading, listing, testing, describing its
// properties, asking whether it is frozen — first builds it into the proxy's target, so the record
// behaves as the plain frozen object would: same keys in the same order, same frozen values (the very
// objects `build` returned), frozen itself, Object.prototype as its prototype.

// Node's util.inspect reads a proxy's target directly, without its traps: until the record is built,
// the target's prototype answers inspect with the built record.
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** The record `build` returns, behind a proxy that builds it on first use. */
export function lazyFrozenRecord<T extends object>(build: () => T): T {
  let pending: (() => T) | undefined = build;
  const placeholder = Object.create(Object.prototype, { [INSPECT]: { value: () => (ready(), target) } }) as object;
  const target = Object.create(placeholder) as T;
  const ready = (): T => {
    if (pending !== undefined) {
      const record = pending();
      pending = undefined;
      Object.setPrototypeOf(target, Object.getPrototypeOf(record));
      for (const key of Reflect.ownKeys(record)) Object.defineProperty(target, key, Reflect.getOwnPropertyDescriptor(record, key)!);
      Object.freeze(target);
    }
    return target;
  };
  return new Proxy(target, {
    get: (_, key, receiver) => Reflect.get(ready(), key, receiver),
    has: (_, key) => Reflect.has(ready(), key),
    ownKeys: () => Reflect.ownKeys(ready()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(ready(), key),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(ready(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(ready(), key),
    set: (_, key, value, receiver) => Reflect.set(ready(), key, value, receiver),
    getPrototypeOf: () => Reflect.getPrototypeOf(ready()),
    setPrototypeOf: (_, prototype) => Reflect.setPrototypeOf(ready(), prototype),
    isExtensible: () => Reflect.isExtensible(ready()),
    preventExtensions: () => Reflect.preventExtensions(ready()),
  });
}
