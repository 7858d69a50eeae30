// duplicateKey finds a member name repeated within one object of JSON text (JSON.parse keeps the last
// one silently), at its path; names are compared as JSON reads them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey } from '../../src/cli/duplicateKeys.js';

// JSON written with objects as lists of members, so that a name may repeat.
type Tree = null | boolean | number | string | Tree[] | { members: [string, Tree][] };

const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: 'binary' }),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.record({ members: fc.array(fc.tuple(fc.constantFrom('a', 'b', '"', '\\', 'é', '', 'x y'), tie('tree')), { maxLength: 4 }) }),
  ),
})).tree;

// The text, with each name written either plainly or with every character \u-escaped.
function write(value: Tree, escape: (name: string) => boolean): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => write(item, escape)).join(', ')}]`;
  const name = (text: string) => (escape(text) ? `"${[...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"` : JSON.stringify(text));
  return `{ ${value.members.map(([key, inner]) => `${name(key)} : ${write(inner, escape)}`).join(' ,\n')} }`;
}

// The first repeated name in text order, found by walking the tree as it is written.
function firstRepeat(value: Tree, path: (string | number)[] = []): (string | number)[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = firstRepeat(item, [...path, index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const seen = new Set<string>();
  for (const [key, inner] of value.members) {
    if (seen.has(key)) return [...path, key];
    seen.add(key);
    const found = firstRepeat(inner, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('duplicateKey', () => {
  it('finds the first repeated name in text order, at its path, whatever the spacing and escapes', () => {
    fc.assert(
      fc.property(tree, fc.func(fc.boolean()), (value, escape) => {
        const text = write(value, escape);
        expect(() => JSON.parse(text)).not.toThrow();
        expect(duplicateKey(text)?.path).toEqual(firstRepeat(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds nothing in JSON.stringify output, which cannot repeat a name', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(duplicateKey(JSON.stringify(value))).toBeUndefined();
      }),
    );
  });

  it('reads names as JSON does, and tells a name from a value that looks like one', () => {
    expect(duplicateKey('{"a":1,"\\u0061":2}')).toEqual({ path: ['a'] });
    expect(duplicateKey('{"a":"a","b":"a"}')).toBeUndefined();
    expect(duplicateKey('{"a":{"b":1,"b":2}}')).toEqual({ path: ['a', 'b'] });
    expect(duplicateKey('[{"a":1},{"a":2},{"c":[0,{"d":1,"d":1}]}]')).toEqual({ path: [2, 'c', 1, 'd'] });
    expect(duplicateKey('{"a\\"b":1,"a\\"b":2}')).toEqual({ path: ['a"b'] });
    expect(duplicateKey('{"__proto__":1,"__proto__":2}')).toEqual({ path: ['__proto__'] });
  });

  it('follows a file nested 30,000 deep, naming a repeated name at its full path', () => {
    // Each level holds only its own place: a path copied per level took memory in the square of the depth.
    const depth = 30_000;
    const deep = `${'{"a":'.repeat(depth)}{"b":1,"b":2}${'}'.repeat(depth)}`;
    const found = duplicateKey(deep);
    expect(found?.path.length).toBe(depth + 1);
    expect(found?.path.at(-1)).toBe('b');
    expect(found?.path.slice(0, 3)).toEqual(['a', 'a', 'a']);
    expect(duplicateKey(`${'[0,'.repeat(depth)}{}${']'.repeat(depth)}`)).toBeUndefined();
  });
});
