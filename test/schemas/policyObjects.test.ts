// Contract: policySchema refuses a Date, a Map or a Set wherever an object or a list of a policy goes,
// at the same place as definePolicy. zod reads any object's fields, so an object whose fields are all
// optional (a repair class rule's `when`) read a Date as `{}` and passed, where definePolicy refused it.
// Every object and list of the default policy is tried, bare and with the place's own fields copied on.
import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policySchema } from '../../src/schemas/policy.js';
import { repairPolicySchema } from '../../src/schemas/policy/repair.js';
import { policyErrorOf } from '../support/errors.js';

type Path = readonly (string | number)[];

const defaults: unknown = JSON.parse(JSON.stringify(definePolicy({})));

function* containerPaths(value: unknown, path: Path = []): Generator<Path> {
  if (value === null || typeof value !== 'object') return;
  if (path.length > 0) yield path;
  for (const [key, inner] of Object.entries(value)) yield* containerPaths(inner, [...path, Array.isArray(value) ? Number(key) : key]);
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

const valueAt = (root: unknown, path: Path): object => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as object;

const NOT_FIELDS: readonly [string, () => object][] = [
  ['a Date', () => new Date('2026-03-02T09:00:00+08:00')],
  ['an object built on Date.prototype', () => Object.create(Date.prototype) as object],
  ['a Map', () => new Map()],
  ['a Set', () => new Set()],
];

describe('policySchema: a Date, a Map or a Set where an object or a list of a policy goes', () => {
  const places = [...containerPaths(defaults)];

  it('accepts the default policy, and has every section\'s objects and lists to try', () => {
    expect(policySchema.safeParse(defaults).success).toBe(true);
    expect(places).toContainEqual(['repair', 'classRules', 0, 'when']);
    expect(places.length).toBeGreaterThan(50);
  });

  it('is refused by the schema and by definePolicy, as invalid_type, at the same place', () => {
    for (const path of places) {
      for (const [label, make] of NOT_FIELDS) {
        for (const [form, value] of [
          ['bare', make()],
          ['with its fields', Object.assign(make(), valueAt(defaults, path))],
        ] as const) {
          const what = `${path.join('.')}: ${label}, ${form}`;
          const policy = replaceAt(defaults, path, value);
          const parsed = policySchema.safeParse(policy);
          expect(parsed.success, what).toBe(false);
          // zod reports an object whose required fields are missing at those fields: the place, or below it.
          const issues = parsed.error!.issues.map((issue) => issue.path);
          expect(issues.some((at) => JSON.stringify(at.slice(0, path.length)) === JSON.stringify(path)), `${what}: ${JSON.stringify(issues)}`).toBe(true);
          const error = policyErrorOf(() => definePolicy(policy as never));
          expect([error.code, error.path], what).toEqual(['invalid_type', path]);
        }
      }
    }
  });

  it('refuses every one it holds, each at its own place, whatever place it takes', () => {
    const policy = replaceAt(replaceAt(replaceAt(defaults, ['repair', 'classRules', 0, 'when'], new Map()), ['dayCounting'], new Date(0)), ['duty'], new Set());
    const message = 'must not be a Date, a Map, a Set or another built-in value: a policy holds plain objects, lists and JSON values';
    expect(policySchema.safeParse(policy).error!.issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['invalid_type', ['dayCounting'], message],
      ['invalid_type', ['repair', 'classRules', 0, 'when'], message],
      ['invalid_type', ['duty'], message],
    ]);
  });

  it('is refused by each section\'s schema on its own, at the place within the section', () => {
    const parsed = repairPolicySchema.safeParse(replaceAt((defaults as { repair: unknown }).repair, ['classRules', 1, 'when'], new Date(0)));
    expect(parsed.error!.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', ['classRules', 1, 'when']]]);
  });

  it('still reads a policy that holds the same object twice, and reports a cycle as zod does', () => {
    const policy = structuredClone(defaults) as { repair: { classRules: { when: object }[] } };
    policy.repair.classRules[1]!.when = policy.repair.classRules[0]!.when;
    expect(policySchema.safeParse(policy).success).toBe(true);
    const cyclic = structuredClone(defaults) as { duty: Record<string, unknown> };
    cyclic.duty.self = cyclic;
    expect(policySchema.safeParse(cyclic).error!.issues.map((issue) => [issue.code, issue.path])).toEqual([['unrecognized_keys', ['duty']]]);
  });
});
