// Conformance suite (issue 12): for every callable function, generated inputs — the example line, every
// single JSON mutation of it, and seeded random edits (boundary, unsafe, negative, fractional and huge
// numbers, NaN-like and empty strings, instants near the Date limits, extra, missing and wrong-typed
// values) — are given to its zod schema, to the JSON Schema built from it, and to the function. The
// schema accepts exactly when the function does not refuse the input with InvalidInputError. The only
// disagreements allowed are the rows of ./crossFieldExceptions.ts, each of which must occur.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, WuyeRulesError } from '../../src/core/errors.js';
import { toJsonSchema } from '../../src/cli/jsonSchema.js';
import type { CliFunction } from '../../src/cli/registry.js';
import type { z } from 'zod';
import { allMutations, applyMutation, editAt, exampleArguments, pathsOf, registry, schemaValue } from '../support/adversarial.js';
import { richInputs } from '../support/richInputs.js';
import { crossFieldExceptions, crossFieldProbes, type CrossFieldException } from './crossFieldExceptions.js';

const RANDOM_RUNS = 120;

type Verdict = { accepted: true } | { accepted: false; code: string; path: readonly (string | number)[] };

/**
 * What the function makes of an argument list. A PolicyError or a CalendarCoverageError is not a verdict
 * on the input: the input is well formed, the answer depends on a policy or a year the calendar does not
 * cover. So only InvalidInputError counts as a refusal.
 */
function functionVerdict(fn: CliFunction, args: readonly unknown[]): Verdict {
  try {
    fn.call(...args);
    return { accepted: true };
  } catch (error) {
    if (error instanceof InvalidInputError) return { accepted: false, code: error.code, path: error.path };
    if (error instanceof WuyeRulesError) return { accepted: true };
    throw error;
  }
}

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
const validators = new Map<string, (value: unknown) => boolean>();
function jsonSchemaAccepts(fn: CliFunction, value: unknown): boolean {
  let validate = validators.get(fn.name);
  if (validate === undefined) {
    const compiled = ajv.compile(toJsonSchema(fn.schema));
    validate = (input) => compiled(input) as boolean;
    validators.set(fn.name, validate);
  }
  return validate(value);
}

/** True when a value survives JSON unchanged: what an ERP can send, and what a JSON Schema can see. */
function isJson(value: unknown): boolean {
  try {
    return Object.is(value, JSON.parse(JSON.stringify(value))) || deepEqualJson(value, JSON.parse(JSON.stringify(value)));
  } catch {
    return false;
  }
}
function deepEqualJson(left: unknown, right: unknown): boolean {
  if (typeof left === 'number') return Object.is(left, right);
  if (typeof left !== 'object' || left === null) return left === right;
  if (typeof right !== 'object' || right === null || Array.isArray(left) !== Array.isArray(right)) return false;
  if (left instanceof Date) return false;
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (Array.isArray(left) && left.length !== (right as unknown[]).length) return false;
  return leftKeys.length === rightKeys.length && leftKeys.every((key) => deepEqualJson((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}

interface Disagreement {
  readonly fn: string;
  readonly schema: 'zod' | 'json';
  readonly schemaAccepted: boolean;
  readonly verdict: Verdict;
  readonly input: string;
}

function covering(disagreement: Disagreement): CrossFieldException | undefined {
  if (disagreement.schemaAccepted === false || disagreement.verdict.accepted) return undefined;
  const { code, path } = disagreement.verdict;
  return crossFieldExceptions.find(
    (row) =>
      row.fns.includes(disagreement.fn) &&
      row.code === code &&
      (disagreement.schema === 'json' || !row.zodChecks) &&
      row.paths.some((pattern) => pattern.length === path.length && pattern.every((key, index) => key === '*' || key === path[index])),
  );
}

function show(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item instanceof Date ? `Date(${item.getTime()})` : item));
  return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

// Values random edits put in: around the number already there, and families of their own.
const MAX_MS = 8.64e15;
function numbersAround(value: number): fc.Arbitrary<number> {
  return fc.constantFrom(
    value + 1,
    value - 1,
    -value,
    value + 0.5,
    value + 0.001,
    value + 0.005,
    value * 1000,
    value * 1e15,
    Math.floor(value / 2),
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    -Number.MAX_SAFE_INTEGER - 1,
    2 ** 31,
    MAX_MS,
    MAX_MS + 1,
    -MAX_MS - 1,
    Number.MIN_VALUE,
    1.7976931348623157e308,
  );
}
const instantStrings = fc.oneof(
  fc.constantFrom(
    '+275760-09-13T00:00:00Z',
    '-271821-04-20T00:00:00Z',
    '9999-12-31T23:59:59+08:00',
    '0000-01-01T00:00:00Z',
    '2026-02-29',
    '2028-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-10-05T15:00:00+24:00',
    '2026-10-05T15:00:00+14:00',
    '2026-10-05T15:00',
    '2026-10-05 15:00:00',
    '2026-10-05T15:00:00.123456789Z',
    '2026-10-05t15:00:00z',
    '2026-10-05T25:00:00+08:00',
    '2026-10-05T15:60:00+08:00',
    '2026-10-05T15:00:60+08:00',
    'NaN',
    'Infinity',
    '1e3',
    '0x10',
  ),
  fc.date({ min: new Date(-62198755200000), max: new Date(253402300799999), noInvalidDate: true }).map((date) => date.toISOString()),
);
// The first and last instants an instant may be, and the first and last days of the years 0000–9999 in Beijing time.
const SPAN_EDGES = ['0000-01-01T00:00+23:59', '0000-01-01', '0000-01-01T23:59:59.999+08:00', '0000-01-02', '9999-12-31', '9999-12-31T23:59:59.999+08:00', '9999-12-31T24:00-23:59'];
const anyJson = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], {}, '', ' ', '-1', '3', 'A', 'a', 'day', 'manager'),
  instantStrings,
);

type Edit = { path: readonly (string | number)[]; kind: 'set'; value: unknown } | { path: readonly (string | number)[]; kind: 'drop' };

function editArbitrary(args: readonly unknown[]): fc.Arbitrary<Edit> {
  const paths = pathsOf(args);
  const at = (path: readonly (string | number)[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], args);
  const keyed = paths.filter((path) => typeof path.at(-1) === 'string' || (path.length > 1 && Array.isArray(at(path.slice(0, -1)))));
  const numeric = paths.filter((path) => typeof at(path) === 'number');
  // A function without arguments (approverNames): the one edit is an argument it does not take.
  if (paths.length === 0) return fc.record({ path: fc.constant([0]), kind: fc.constant('set' as const), value: anyJson });
  const choices: fc.Arbitrary<Edit>[] = [fc.record({ path: fc.constantFrom(...paths), kind: fc.constant('set' as const), value: anyJson })];
  if (numeric.length > 0) {
    choices.push(fc.constantFrom(...numeric).chain((path) => numbersAround(at(path) as number).map((value): Edit => ({ path, kind: 'set', value }))));
  }
  const stringy = paths.filter((path) => typeof at(path) === 'string');
  if (stringy.length > 0) choices.push(fc.record({ path: fc.constantFrom(...stringy), kind: fc.constant('set' as const), value: instantStrings }));
  if (keyed.length > 0) choices.push(fc.record({ path: fc.constantFrom(...keyed), kind: fc.constant('drop' as const) }));
  return fc.oneof(...choices);
}

function applyEdit(args: readonly unknown[], edit: Edit): unknown[] {
  if (edit.kind === 'set') return editAt(args, edit.path, () => edit.value) as unknown[];
  const parent = edit.path.slice(0, -1);
  const key = edit.path.at(-1) as string | number;
  return editAt(args, parent, (old) => {
    if (Array.isArray(old)) return old.filter((_item, index) => index !== key);
    if (typeof old !== 'object' || old === null) return old;
    const { [key]: _dropped, ...rest } = old as Record<string | number, unknown>;
    return rest;
  }) as unknown[];
}

// Only the positions the schema describes: past them lies the options argument, which no schema holds.
function inSchema(fn: CliFunction, args: readonly unknown[], example: readonly unknown[]): boolean {
  return args.length <= (fn.schemaKind === 'args' ? example.length : 1) || args.slice(example.length).every((item) => item === undefined);
}

const found: Disagreement[] = [];

function check(fn: CliFunction, args: readonly unknown[]): void {
  const verdict = functionVerdict(fn, args);
  const value = schemaValue(fn, fn.schemaKind === 'args' ? trimTrailingUndefined(args) : args);
  const zod = (fn.schema as z.ZodType).safeParse(value).success;
  if (zod !== verdict.accepted) found.push({ fn: fn.name, schema: 'zod', schemaAccepted: zod, verdict, input: show(value) });
  if (isJson(value)) {
    const json = jsonSchemaAccepts(fn, value);
    if (json !== verdict.accepted) found.push({ fn: fn.name, schema: 'json', schemaAccepted: json, verdict, input: show(value) });
  }
}

function trimTrailingUndefined(args: readonly unknown[]): unknown[] {
  const copy = [...args];
  while (copy.length > 0 && copy.at(-1) === undefined) copy.pop();
  return copy;
}

describe('conformance: each schema accepts exactly what its function accepts', () => {
  for (const fn of registry.values()) {
    it(`${fn.name}: the zod schema, its JSON Schema and the function agree`, () => {
      // The example line, and the inputs that reach the optional and nested fields it leaves out.
      for (const example of [exampleArguments(fn), ...(richInputs[fn.name] ?? [])]) {
        expect(functionVerdict(fn, example)).toEqual({ accepted: true });
        expect((fn.schema as z.ZodType).safeParse(schemaValue(fn, example)).success).toBe(true);
        for (const mutation of allMutations(example, true)) {
          const args = applyMutation(example, mutation, null);
          if (inSchema(fn, args, example)) check(fn, args);
        }
        // The ends of the span of instants, and the days just inside them, at every text field: where a
        // function's own span is narrower than an instant's (an iCalendar date), the random edits below
        // seldom land on it.
        for (const path of pathsOf(example).filter((path) => typeof path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], example) === 'string')) {
          for (const instant of SPAN_EDGES) {
            const args = editAt(example, path, () => instant) as unknown[];
            if (inSchema(fn, args, example)) check(fn, args);
          }
        }
        fc.assert(
          fc.property(fc.array(editArbitrary(example), { minLength: 1, maxLength: 3 }), (edits) => {
            const args = edits.reduce<unknown[]>((current, edit) => applyEdit(current, edit), example);
            if (inSchema(fn, args, example)) check(fn, args);
          }),
          { seed: 1212, numRuns: RANDOM_RUNS },
        );
      }
      // Inputs that break a cross-field rule on purpose: each must be a disagreement a row covers.
      for (const probe of crossFieldProbes[fn.name] ?? []) {
        expect(functionVerdict(fn, probe).accepted, `${fn.name} refuses ${show(probe)}`).toBe(false);
        check(fn, probe);
      }
      const uncovered = found.filter((disagreement) => disagreement.fn === fn.name && covering(disagreement) === undefined);
      expect(
        uncovered.slice(0, 12).map((d) => `${d.schema} ${d.schemaAccepted ? 'accepts' : 'refuses'}, function ${d.verdict.accepted ? 'accepts' : `refuses (${d.verdict.code} at ${JSON.stringify(d.verdict.path)})`}: ${d.input}`),
      ).toEqual([]);
    });
  }

  it('exercises every row of the cross-field table', () => {
    const unused = crossFieldExceptions.filter((row) => !found.some((disagreement) => covering(disagreement) === row));
    expect(unused.map((row) => `${row.fns.join(', ')}: ${row.rule}`)).toEqual([]);
  });

  it('documents every row of the table in the JSON Schema guide, in English and Chinese', () => {
    for (const file of ['docs/erp-integration.md', 'docs/zh-Hans/erp-integration.md']) {
      const guide = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const rows = guide.split('\n').filter((line) => line.startsWith('| `'));
      for (const row of crossFieldExceptions) {
        const documented = rows.some((line) => row.fns.every((fn) => line.includes(`\`${fn}\``)) && line.includes(`\`${row.code}\``));
        expect(documented, `${file}: ${row.fns.join(', ')} ${row.code}`).toBe(true);
      }
    }
  });
});
