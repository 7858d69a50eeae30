// Contract: every decision says why, in rule ids the catalog explains. For every function, over its
// valid inputs and its corpus, under the default policy and under policies that change how days are
// counted, which days rest and what happens outside the calendar, and its valid inputs under each
// true-or-false setting of the policy flipped, every `basis` anywhere in a result
// (nested decisions included) — and every single `rule` id — is a frozen, non-empty list of distinct ids, each a key of the rule
// catalog, which `explain` renders in every locale. A rule id misspelt or emptied in any module, or a
// basis left empty on some branch, fails here.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/catalog/explain.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { corpusOf, functions, optionFunctions, validInputsOf, withOptions } from './_support.js';

// At most this many calls of a function's corpus, spread evenly over it.
const CORPUS_CALLS = 100;
// Functions whose every call lays out months of duties: fewer calls.
const SLOW_CALLS: Readonly<Record<string, number>> = { dutyCalendar: 16 };
const LOCALES = ['zh-Hans', 'zh-Hant', 'en'] as const;

// Policies whose readings send the rules down other branches (built inside the tests).
const POLICY_OVERRIDES: readonly Record<string, unknown>[] = [
  { dayCounting: 'elapsed' },
  { extendPastRestDays: true, restDays: 'weekends' },
  { outOfCoverage: 'statutory' },
  { beforeDayInclusive: true, hourCounting: 'business-hours' },
];

/** One override per true-or-false setting of a policy, flipping it (arrays copied whole, as definePolicy replaces them). */
function flippedSettings(policy: unknown): Record<string, unknown>[] {
  const plain = JSON.parse(JSON.stringify(policy)) as Record<string, unknown>;
  const overrides: Record<string, unknown>[] = [];
  const build = (node: unknown, keys: readonly (string | number)[], value: unknown): unknown => {
    if (keys.length === 0) return value;
    const [key, ...rest] = keys;
    if (Array.isArray(node)) return node.map((item, index) => (index === key ? build(item, rest, value) : item));
    return { ...(node as Record<string, unknown>), [key as string]: build((node as Record<string, unknown>)[key as string], rest, value) };
  };
  const visit = (node: unknown, path: readonly (string | number)[]): void => {
    if (typeof node === 'boolean') {
      const [head, ...rest] = path;
      overrides.push({ [head as string]: build(plain[head as string], rest, !node) });
    } else if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof node === 'object' && node !== null) for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
  };
  visit(plain, []);
  return overrides;
}

let flippedCache: Policy[] | undefined;

/** The default policy with each true-or-false setting flipped, where that is still a valid policy; built on first use (in a test). */
function flippedPolicies(): Policy[] {
  if (flippedCache === undefined) {
    flippedCache = [];
    for (const override of flippedSettings(defaultPolicy)) {
      try {
        flippedCache.push(definePolicy(override as never));
      } catch {
        // A flip some rule between settings forbids.
      }
    }
  }
  return flippedCache;
}

/** Every `basis` found in a result, with where it was found. */
function basesOf(value: unknown, path = 'result', into: { path: string; basis: unknown }[] = []): { path: string; basis: unknown }[] {
  if (Array.isArray(value)) value.forEach((item, index) => basesOf(item, `${path}[${index}]`, into));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'basis') into.push({ path: `${path}.basis`, basis: item });
      // A single rule id (a duty's `rule`) is held to the same catalog.
      else if (key === 'rule' && typeof item === 'string') into.push({ path: `${path}.rule`, basis: Object.freeze([item]) });
      else basesOf(item, `${path}.${key}`, into);
    }
  }
  return into;
}

/** The problem with a basis, or null. */
function basisProblem(basis: unknown): string | null {
  if (!Array.isArray(basis)) return `is not an array: ${JSON.stringify(basis)}`;
  if (basis.length === 0) return 'is empty';
  if (!Object.isFrozen(basis)) return 'is not frozen';
  for (const id of basis) {
    if (typeof id !== 'string' || !Object.hasOwn(ruleCatalog, id)) return `names ${JSON.stringify(id)}, not in the catalog`;
  }
  if (new Set(basis).size !== basis.length) return `repeats an id: ${JSON.stringify(basis)}`;
  return null;
}

describe('the basis of every decision', () => {
  it('is checked for the functions that decide', () => {
    const deciding = functions.filter((fn) => validInputsOf(fn).some((args) => basesOf(safeCall(() => fn.call(...args))).length > 0)).map((fn) => fn.name);
    expect(deciding.length).toBeGreaterThan(25);
  });

  for (const fn of functions) {
    it(`${fn.name}: names catalogued rules, each once, in a frozen non-empty list`, () => {
      const inputs = [...validInputsOf(fn), ...corpusOf(fn, SLOW_CALLS[fn.name] ?? CORPUS_CALLS)];
      const policies: (Policy | undefined)[] = [undefined];
      if (optionFunctions.includes(fn)) for (const override of POLICY_OVERRIDES) policies.push(definePolicy(override as never));
      const problems: string[] = [];
      const seen = new Set<string>();
      // The valid inputs again under each true-or-false setting of the policy flipped (when it is still a valid policy).
      const flipped = optionFunctions.includes(fn) ? flippedPolicies() : [];
      const runs: [Policy | undefined, unknown[][]][] = [...policies.map((policy): [Policy | undefined, unknown[][]] => [policy, inputs]), ...flipped.map((policy): [Policy, unknown[][]] => [policy, validInputsOf(fn)])];
      for (const [policy, calls] of runs) {
        for (const args of calls) {
          const result = safeCall(() => fn.call(...(policy === undefined ? args : withOptions(fn, args, { policy }))));
          for (const { path, basis } of basesOf(result)) {
            const problem = basisProblem(basis);
            if (problem !== null) problems.push(`${path} ${problem} (arguments ${JSON.stringify(args).slice(0, 160)})`);
            else for (const id of basis as string[]) seen.add(id);
          }
        }
      }
      expect(problems.slice(0, 5), `${problems.length} bad bases of ${fn.name}`).toEqual([]);
      // Every id a function gives is explained in every locale.
      for (const locale of LOCALES) {
        const texts = explain([...seen], locale);
        expect(texts).toHaveLength(seen.size);
        for (const text of texts) expect(text.trim()).not.toBe('');
      }
    });
  }
});

function safeCall(call: () => unknown): unknown {
  try {
    return call();
  } catch {
    return undefined;
  }
}
