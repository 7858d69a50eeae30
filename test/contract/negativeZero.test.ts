// Contract: no answer holds −0. A −0 is a valid 0 for every check (−0 < 0 is false), so it passed into
// the arithmetic and came back out: `collectionRate(-0, 100)` was −0, which Intl shows as "-0%", and
// `Object.is` and a JSON round trip (`-0` → `0`) tell it from the 0 of the same question. For every
// function, each number of its valid inputs is replaced by −0, by 0 and by a number near 0 of either
// sign (a product or a rounding of those gave −0 too); whatever the function answers holds no −0,
// however deep.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editAt, pathsOf } from '../support/adversarial.js';
import { functions, takesOptions, validInputsOf, withOptions } from './_support.js';

type Path = readonly (string | number)[];

/** The path of the first −0 in a value (an answer), or null. */
function negativeZeroIn(value: unknown, path: Path = [], seen = new Set<object>()): Path | null {
  if (Object.is(value, -0)) return path;
  if (typeof value !== 'object' || value === null || value instanceof Date || seen.has(value)) return null;
  seen.add(value);
  for (const key of Object.keys(value)) {
    const found = negativeZeroIn((value as Record<string, unknown>)[key], [...path, key], seen);
    if (found !== null) return found;
  }
  return null;
}

// Numbers at and near 0: −0 itself, and those whose products, quotients and roundings give −0.
const nearZero: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-0, 0, -1, 1, -0.4, 0.4, -1e-12, 1e-12, -Number.MIN_VALUE),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.integer({ min: -3, max: 3 }),
);

describe('no answer holds −0', () => {
  for (const fn of functions) {
    it(`${fn.name}: answers without −0 whatever numbers near 0 its inputs hold`, () => {
      const inputs = validInputsOf(fn).flatMap((args) => (takesOptions(fn) ? [args, withOptions(fn, args, {})] : [args]));
      const places: { args: unknown[]; path: Path }[] = [];
      for (const args of inputs) {
        for (const path of pathsOf(args)) {
          if (typeof path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], args) === 'number') places.push({ args, path });
        }
      }
      const check = (args: unknown[], path: Path, value: number): void => {
        let answer: unknown;
        try {
          answer = fn.call(...(editAt(args, path, () => value) as unknown[]));
        } catch {
          return;
        }
        expect(negativeZeroIn(answer), `${fn.name} with ${Object.is(value, -0) ? '-0' : value} at ${JSON.stringify(path)}`).toBeNull();
      };
      // Every number of every valid input as −0, then numbers near 0 of either sign at random places.
      for (const { args, path } of places) check(args, path, -0);
      for (const args of inputs) {
        let answer: unknown;
        try {
          answer = fn.call(...args);
        } catch {
          continue;
        }
        expect(negativeZeroIn(answer), fn.name).toBeNull();
      }
      if (places.length === 0) return;
      fc.assert(
        fc.property(fc.constantFrom(...places), nearZero, ({ args, path }, value) => check(args, path, value)),
        { numRuns: 60 },
      );
    });
  }
});
