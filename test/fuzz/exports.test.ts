// Fuzz suite (issue 12): every callable export, seeded from its example and mutated with adversarial
// values (holes, extra and __proto__ keys, Proxies, Date look-alikes, extremes, huge strings, hand-built
// policies and calendars). The only outcomes allowed are a frozen, finite result or one of the library's
// own errors: a TypeError, a RangeError, NaN, Infinity, an Invalid Date or a mutable array is a bug.
// Seeded and bounded: the same cases run every time, in a few seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WuyeRulesError } from '../../src/core/errors.js';
import { describeValue } from '../../src/core/describe.js';
import { allMutations, applyMutation, exampleArguments, mutationArbitrary, registry, valueOf, type Mutation } from '../support/adversarial.js';

const RUNS = 60;

/** The first dishonest part of a result, or null: NaN/±Infinity, Invalid Date, holes, unfrozen objects or arrays. */
export function dishonesty(value: unknown, path = 'result', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? `${path} is an Invalid Date` : null;
  if (!Object.isFrozen(value)) return `${path} is not frozen`;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      if (!(index in value)) return `${path}[${index}] is a hole`;
      const problem = dishonesty(value[index], `${path}[${index}]`, seen);
      if (problem !== null) return problem;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const problem = dishonesty((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
    if (problem !== null) return problem;
  }
  return null;
}

/** What a call did: null when honest, else a description of the bug. */
function outcomeProblem(call: () => unknown): string | null {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return error instanceof WuyeRulesError ? null : `threw ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 200)}`;
  }
  return dishonesty(result);
}

describe('fuzz: every callable export gives a frozen finite result or its own error', () => {
  for (const fn of registry.values()) {
    it(`${fn.name} survives adversarial arguments`, () => {
      const example = exampleArguments(fn);
      expect(outcomeProblem(() => fn.call(...example))).toBeNull();
      const layout = fn.layout();
      // Every single mutation, then random pairs of them.
      const problems: string[] = [];
      for (const mutation of allMutations(example, false)) {
        const problem = outcomeProblem(() => fn.call(...applyMutation(example, mutation, layout.optionsIndex)));
        if (problem !== null) problems.push(`${fn.name}(${describeArgs(mutation)}): ${problem}`);
      }
      if (problems.length > 0) throw new Error(`${problems.length} dishonest outcomes:\n${problems.slice(0, 8).join('\n')}`);
      fc.assert(
        fc.property(mutationArbitrary(example, false), mutationArbitrary(example, false), (first, second) => {
          const args = applyMutation(applyMutation(example, first, layout.optionsIndex), second, layout.optionsIndex);
          const problem = outcomeProblem(() => fn.call(...args));
          if (problem !== null) throw new Error(`${fn.name}(${describeArgs(first)}; ${describeArgs(second)}): ${problem}`);
        }),
        { seed: 12, numRuns: RUNS },
      );
    });
  }
});

function describeArgs(mutation: Mutation): string {
  return `${JSON.stringify(mutation)} → ${describeValue(valueOf(mutation))}`;
}
