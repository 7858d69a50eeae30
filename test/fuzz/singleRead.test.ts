// One snapshot read per input (issue 12): every callable function reads each field of the objects and
// arrays it is given once, into its own copy, and works from that copy. Proved with inputs whose fields
// are getters that count their reads and answer something else from the second read on: the answer
// must be the one the first-read values give, or one of the library's own errors, never a mix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WuyeRulesError } from '../../src/core/errors.js';
import * as library from '../../src/index.js';
import { exampleArguments, registry } from '../support/adversarial.js';
import { richInputs } from '../support/richInputs.js';



type Reads = Map<string, number>;

/**
 * A copy of JSON-like data whose every object field and array element is a getter: the first read
 * gives the value (itself a getter copy), every later read `later(path)`. `reads` counts the reads.
 */
function shifting(value: unknown, reads: Reads, later: (path: string) => unknown, path = ''): unknown {
  // A frozen object (a policy from definePolicy) is the library's own: it is checked by identity.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || value instanceof Date) return value;
  const source = value as Record<string, unknown>;
  const copy = (Array.isArray(value) ? new Array(value.length) : {}) as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const at = `${path}/${key}`;
    const first = shifting(source[key], reads, later, at);
    reads.set(at, 0);
    Object.defineProperty(copy, key, {
      enumerable: true,
      configurable: true,
      get() {
        const count = (reads.get(at) ?? 0) + 1;
        reads.set(at, count);
        return count === 1 ? first : later(at);
      },
    });
  }
  return copy;
}

function outcome(call: () => unknown): { result: unknown } | { error: string } {
  try {
    return { result: call() };
  } catch (error) {
    if (error instanceof WuyeRulesError) return { error: error.name };
    throw error;
  }
}

// Values a later read gives instead: other valid-looking values and wrong ones.
const laterValues: readonly unknown[] = [undefined, null, 0, 1, 99, -1, '', 'x', '2027-01-01T00:00:00+08:00', true, false, [], {}];

function checkSingleRead(call: (...args: unknown[]) => unknown, example: readonly unknown[]): void {
  const wrap = (argument: unknown, reads: Reads, later: (path: string) => unknown, index: number) => shifting(argument, reads, later, `${index}`);
  const expected = outcome(() => call(...example));
  expect('result' in expected).toBe(true);
  // Each field is read once: a later read would meet a different value.
  const reads: Reads = new Map();
  const first = outcome(() => call(...example.map((argument, index) => wrap(argument, reads, () => 'changed', index))));
  expect(first).toEqual(expected);
  expect([...reads].filter(([, count]) => count > 1).map(([path]) => path)).toEqual([]);
  // Whatever the later reads would give, the answer is the first read's.
  fc.assert(
    fc.property(fc.func(fc.constantFrom(...laterValues)), (later) => {
      expect(outcome(() => call(...example.map((argument, index) => wrap(argument, new Map(), later, index))))).toEqual(expected);
    }),
    { seed: 1212, numRuns: 20 },
  );
}

describe('one snapshot read per input', () => {
  for (const fn of registry.values()) {
    const example = exampleArguments(fn);
    if (!example.some((argument) => typeof argument === 'object' && argument !== null)) continue;
    it(`${fn.name} reads every field once and answers from the first read`, () => checkSingleRead(fn.call, example));
  }
  for (const [name, inputs] of Object.entries(richInputs)) {
    it(`${name} reads every optional and nested field once too`, () => {
      for (const input of inputs) checkSingleRead((library as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown, input);
    });
  }
});
