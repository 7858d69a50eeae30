// Contract: an error message shows at most 100 characters of what the caller wrote, a key included. An
// unknown key is named by the error's path, and a path's keys went into the message whole: a
// 5,000-character key gave a 5,000-character message (and an HTTP problem's `detail` as long as the
// body). For every object of fields of every function's valid inputs (its options included), an unknown key of any length is
// refused at its exact path, and the message is no longer than the one for a key of 100 characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { containerPaths, errorPathFor, functions, replaceAt, takesOptions, validInputsOf, valueAtPath, withOptions } from './_support.js';

type Path = readonly (string | number)[];

// A key no input has, `length` characters long; `tail` makes keys of one length differ.
const longKey = (length: number, tail: string): string => `zz${tail}`.padEnd(length, 'k').slice(0, length);

describe('an unknown key of any length', () => {
  for (const fn of functions) {
    it(`${fn.name}: is refused at its exact path, in a message no longer than for a key of 100 characters`, () => {
      // The objects of fields (not lists) of the valid inputs where an unknown key is refused as one.
      const places: { args: unknown[]; at: Path; errorPath: Path; base: number }[] = [];
      const seen = new Set<string>();
      // The valid inputs, and with empty options where the function takes them: the options are an object of fields too.
      const inputs = validInputsOf(fn).flatMap((args) => (takesOptions(fn) ? [args, withOptions(fn, args, {})] : [args]));
      for (const args of inputs) {
        for (const at of containerPaths(args)) {
          const errorPath = errorPathFor(fn, args, at);
          const value = valueAtPath(fn, args, errorPath).value;
          if (Array.isArray(value) || seen.has(JSON.stringify(errorPath))) continue;
          seen.add(JSON.stringify(errorPath));
          const refusal = refusalOf(fn.call, args, at, longKey(100, ''));
          if (refusal?.code !== 'unknown_key') continue;
          places.push({ args, at, errorPath, base: refusal.message.length });
        }
      }
      if (places.length === 0) return;
      fc.assert(
        fc.property(fc.constantFrom(...places), fc.integer({ min: 101, max: 6000 }), fc.string({ maxLength: 8 }), ({ args, at, errorPath, base }, length, tail) => {
          const key = longKey(length, tail);
          const refusal = refusalOf(fn.call, args, at, key);
          expect(refusal?.code).toBe('unknown_key');
          expect(refusal?.path).toEqual([...errorPath, key]);
          expect(refusal!.message.length).toBeLessThanOrEqual(base);
          expect(refusal!.message).not.toContain(key.slice(0, 101));
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('definePolicy', () => {
  it('shows at most 100 characters of an unknown policy key, and keeps it whole in the path', () => {
    const key = 'k'.repeat(5000);
    let caught: unknown;
    try {
      definePolicy({ complaint: { [key]: 1 } } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PolicyError);
    const { code, path, message } = caught as PolicyError;
    expect({ code, path }).toEqual({ code: 'unknown_key', path: ['complaint', key] });
    expect(message).toBe(`definePolicy: unknown policy key complaint.${'k'.repeat(97)}...`);
  });
});

/** The refusal of the call with `key` added to the object at `at` (positions, then keys), or undefined. */
function refusalOf(call: (...args: unknown[]) => unknown, args: readonly unknown[], at: Path, key: string): InvalidInputError | undefined {
  const container = at.reduce<unknown>((value, step) => (value as Record<string | number, unknown>)[step], args) as object;
  try {
    call(...replaceAt(args, at, { ...container, [key]: 1 }));
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  return undefined;
}
