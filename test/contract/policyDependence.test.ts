// Contract: a company's policy reaches the rules. For every function that takes options, some single change to the default policy — a true-or-false setting
// flipped, a number moved, a period made one hour — changes its answer for some valid input. A rule
// that reads the source's defaults where it should read the company's policy (`policy.x ?? default`
// turned into `default`) answers the same under every policy and fails here.
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { corpusOf, optionFunctions, outcomeOf, validInputsOf, withOptions } from './_support.js';

// The other reading of each setting that is a word (the alternatives the policy allows).
const OTHER_READING: Readonly<Record<string, readonly string[]>> = {
  dayCounting: ['elapsed'],
  restDays: ['weekends'],
  outOfCoverage: ['statutory', 'weekends'],
  hourCounting: ['business-hours'],
  clockStartsAt: ['acceptance'],
  ladderWindow: ['employment'],
};

// Inputs besides the valid ones of examples/ where a setting shows: a year the calendar does not cover.
const EXTRA_INPUTS: Readonly<Record<string, readonly unknown[][]>> = {
  addWorkdays: [['2031-01-02T09:00:00+08:00', 3]],
};

type Path = readonly (string | number)[];

/** Single-setting overrides of a policy: each boolean flipped, each number moved, each period made one hour. */
function singleChanges(policy: unknown): Record<string, unknown>[] {
  const plain = JSON.parse(JSON.stringify(policy)) as Record<string, unknown>;
  const build = (node: unknown, keys: Path, value: unknown): unknown => {
    if (keys.length === 0) return value;
    const [key, ...rest] = keys;
    if (Array.isArray(node)) return node.map((item, index) => (index === key ? build(item, rest, value) : item));
    return { ...(node as Record<string, unknown>), [key as string]: build((node as Record<string, unknown>)[key as string], rest, value) };
  };
  const at = (path: Path, value: unknown): Record<string, unknown> => {
    const [head, ...rest] = path;
    return { [head as string]: build(plain[head as string], rest, value) };
  };
  const changes: Record<string, unknown>[] = [];
  const visit = (node: unknown, path: Path): void => {
    if (typeof node === 'boolean') changes.push(at(path, !node));
    else if (typeof node === 'string') for (const reading of OTHER_READING[path.at(-1) as string] ?? []) changes.push(at(path, reading));
    else if (typeof node === 'number') {
      changes.push(at(path, node + 1));
      if (node > 0) changes.push(at(path, node / 2), at(path, node - 1));
    } else if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof node === 'object' && node !== null) {
      if ('unit' in node) changes.push(at(path, { amount: 1, unit: 'hour' }));
      for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
    }
  };
  visit(plain, []);
  return changes;
}

let policiesCache: Policy[] | undefined;

/** The valid policies of {@link singleChanges}, built on first use (in a test). */
function changedPolicies(): Policy[] {
  if (policiesCache === undefined) {
    policiesCache = [];
    for (const change of singleChanges(defaultPolicy)) {
      try {
        policiesCache.push(definePolicy(change as never));
      } catch {
        // A change some rule between settings forbids.
      }
    }
  }
  return policiesCache;
}

// Rule functions whose rule holds no number or reading a company may change: they take the options every
// rule function takes (checked like theirs) and answer alike under every policy.
const POLICY_INDEPENDENT: ReadonlySet<string> = new Set(['collectionRate', 'employmentMonth', 'parkingPermitRevocation', 'selectVisitSample', 'serviceOrderKind']);

describe('a company policy', () => {
  for (const fn of optionFunctions.filter((each) => POLICY_INDEPENDENT.has(each.name))) {
    it(`${fn.name}: answers alike under every single setting changed`, () => {
      const inputs = validInputsOf(fn);
      expect(inputs.length).toBeGreaterThan(0);
      const baselines = inputs.map((args) => JSON.stringify(outcomeOf(() => fn.call(...args))));
      for (const policy of changedPolicies()) {
        expect(inputs.map((args) => JSON.stringify(outcomeOf(() => fn.call(...withOptions(fn, args, { policy })))))).toEqual(baselines);
      }
    });
  }

  for (const fn of optionFunctions.filter((each) => !POLICY_INDEPENDENT.has(each.name))) {
    it(`${fn.name}: changes some answer by some single setting`, () => {
      const inputs = [...validInputsOf(fn), ...(EXTRA_INPUTS[fn.name] ?? []), ...corpusOf(fn, 30)];
      const baselines = inputs.map((args) => JSON.stringify(outcomeOf(() => fn.call(...args))));
      let changed = false;
      for (const policy of changedPolicies()) {
        changed = inputs.some((args, index) => JSON.stringify(outcomeOf(() => fn.call(...withOptions(fn, args, { policy })))) !== baselines[index]);
        if (changed) break;
      }
      expect(changed).toBe(true);
    });
  }
});
