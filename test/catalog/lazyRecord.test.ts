import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catalogData } from '../../src/catalog/_catalogData.js';
import { lazyFrozenRecord } from '../../src/catalog/_lazyRecord.js';
import { catalogEntries, ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { deepFreeze } from '../../src/core/decision.js';

// A record of three keys, in an order that is not alphabetical, with a counter of builds.
function counted(): { record: Record<string, { n: number }>; builds: () => number } {
  let builds = 0;
  const record = lazyFrozenRecord(() => {
    builds += 1;
    return deepFreeze({ b: { n: 1 }, a: { n: 2 }, c: { n: 3 } });
  });
  return { record, builds: () => builds };
}

describe('lazyFrozenRecord', () => {
  it('builds nothing when created, and builds once on the first read', () => {
    const { record, builds } = counted();
    expect(builds()).toBe(0);
    expect(record.a).toEqual({ n: 2 });
    expect(record.b).toBe(record.b);
    expect(record.zzz).toBeUndefined();
    expect(builds()).toBe(1);
  });

  it.each([
    ['Object.keys', (record: object) => expect(Object.keys(record)).toEqual(['b', 'a', 'c'])],
    ['Reflect.ownKeys', (record: object) => expect(Reflect.ownKeys(record)).toEqual(['b', 'a', 'c'])],
    ['Object.entries', (record: object) => expect(Object.entries(record)).toEqual([['b', { n: 1 }], ['a', { n: 2 }], ['c', { n: 3 }]])],
    ['in', (record: object) => expect('c' in record && !('d' in record)).toBe(true)],
    ['Object.hasOwn', (record: object) => expect(Object.hasOwn(record, 'a') && !Object.hasOwn(record, 'toString')).toBe(true)],
    ['Object.isFrozen', (record: object) => expect(Object.isFrozen(record)).toBe(true)],
    ['Object.isExtensible', (record: object) => expect(Object.isExtensible(record)).toBe(false)],
    ['Object.getPrototypeOf', (record: object) => expect(Object.getPrototypeOf(record)).toBe(Object.prototype)],
    ['a descriptor', (record: object) => expect(Object.getOwnPropertyDescriptor(record, 'a')).toEqual({ value: { n: 2 }, writable: false, enumerable: true, configurable: false })],
    ['JSON.stringify', (record: object) => expect(JSON.stringify(record)).toBe('{"b":{"n":1},"a":{"n":2},"c":{"n":3}}')],
    ['a spread', (record: object) => expect({ ...record }).toEqual({ b: { n: 1 }, a: { n: 2 }, c: { n: 3 } })],
    ['util.inspect', (record: object) => expect(inspect(record)).toBe('{ b: { n: 1 }, a: { n: 2 }, c: { n: 3 } }')],
    ['toEqual', (record: object) => expect(record).toStrictEqual({ b: { n: 1 }, a: { n: 2 }, c: { n: 3 } })],
  ])('answers %s as the built frozen record does, as its first use', (_, check) => {
    const { record, builds } = counted();
    check(record);
    expect(builds()).toBe(1);
    // And again, once built.
    check(record);
    expect(builds()).toBe(1);
  });

  it.each([
    ['assigning a new key', (record: Record<string, unknown>) => { record.d = 1; }],
    ['assigning a key it has', (record: Record<string, unknown>) => { record.a = 1; }],
    ['deleting a key', (record: Record<string, unknown>) => { delete record.a; }],
    ['defining a key', (record: Record<string, unknown>) => { Object.defineProperty(record, 'd', { value: 1 }); }],
    ['changing its prototype', (record: Record<string, unknown>) => { Object.setPrototypeOf(record, null); }],
  ])('refuses %s with a TypeError and stays as built, as a frozen object does', (_, change) => {
    const { record } = counted();
    expect(() => change(record)).toThrow(TypeError);
    expect(record).toStrictEqual({ b: { n: 1 }, a: { n: 2 }, c: { n: 3 } });
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
  });

  it('allows what a frozen object allows: redefining a key as it is, deleting an absent key, keeping its prototype', () => {
    const { record } = counted();
    expect(Object.defineProperty(record, 'a', { value: record.a })).toBe(record);
    expect(delete record.zzz).toBe(true);
    expect(Object.setPrototypeOf(record, Object.prototype)).toBe(record);
    expect(Object.preventExtensions(record)).toBe(record);
    expect(record).toStrictEqual({ b: { n: 1 }, a: { n: 2 }, c: { n: 3 } });
  });

  it('leaves the values as the very objects the build returned, still frozen', () => {
    const built = deepFreeze({ a: { n: 1 } });
    const record = lazyFrozenRecord(() => built);
    expect(record.a).toBe(built.a);
    expect(Object.isFrozen(record.a)).toBe(true);
  });
});

describe('ruleCatalog', () => {
  it('holds exactly the entries of the catalog, in their order, as the same frozen objects', () => {
    const entries = catalogEntries();
    expect(Object.keys(ruleCatalog)).toEqual(Object.keys(catalogData()));
    expect(ruleCatalog).toStrictEqual(catalogData());
    for (const id of Object.keys(entries)) expect(ruleCatalog[id], id).toBe(entries[id]);
    expect(catalogEntries()).toBe(entries);
  });

  it('inspects, before and after its first use, as the plain catalog object', () => {
    const record = lazyFrozenRecord(() => deepFreeze(catalogData()));
    const plain = inspect(catalogEntries(), { depth: 4 });
    expect(inspect(record, { depth: 4 })).toBe(plain);
    expect(inspect(record, { depth: 4 })).toBe(plain);
    expect(inspect(ruleCatalog, { depth: 4 })).toBe(plain);
  });
});
