// Contract: a schema refuses what its function refuses where an object of fields or a list goes. The
// functions read no Date (nor anything built on Date.prototype), Map or Set as an object of fields
// (core/validate.ts, test/contract/objectInputs.test.ts); zod reads any object's fields, so the schemas
// accepted them (`classifyComplaintInputSchema.safeParse(new Date())`, a Date with `households` and
// `occupied` assigned for visitQuota). For every function with a schema and every object and array of
// its valid inputs, each such value in its place (bare, or with the place's own fields copied onto it) is
// refused by the function as `invalid_type` at that place, and by the schema at the same place.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { InvalidInputError } from '../../src/core/errors.js';
import { schemaValue } from '../support/adversarial.js';
import { containerPaths, errorPathFor, functions, replaceAt, thrownBy, validInputsOf } from './_support.js';

type Path = readonly (string | number)[];


function valueAt(args: readonly unknown[], path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], args);
}

// The values no function reads as an object of fields, each made bare or with `fields` copied onto it.
const NOT_FIELDS: readonly [string, () => object][] = [
  ['a Date', () => new Date('2026-03-02T09:00:00+08:00')],
  ['an Invalid Date', () => new Date(Number.NaN)],
  ['an object built on Date.prototype', () => Object.create(Date.prototype) as object],
  ['a Map', () => new Map()],
  ['a Set', () => new Set()],
  // Other built-in values (review, session 11): an un-awaited Promise of a complaint was classified as a
  // complaint of no facts, an Error or a typed array read as {}.
  ['a Promise', () => Promise.resolve({})],
  ['an Error', () => new Error('x')],
  ['a RegExp', () => /x/],
  ['a typed array', () => new Uint8Array(2)],
  ['a boxed number', () => Object(1) as object],
];

type Issue = { code: string; path: readonly PropertyKey[]; errors?: Issue[][] };

// Whether the issues refuse the value at `path` as invalid_type: there, or in a form of a union around it
// (extendCalendar's notice is a notice or a holiday-cn file, and zod reports a union whose forms all fail).
function refusedAt(issues: readonly Issue[], path: Path): boolean {
  return issues.some((issue) => {
    const at = issue.path.length;
    if (JSON.stringify(issue.path) !== JSON.stringify(path.slice(0, at))) return false;
    if (issue.code === 'invalid_type') return at === path.length;
    return issue.code === 'invalid_union' && (issue.errors ?? []).some((form) => refusedAt(form, path.slice(at)));
  });
}

const withSchema = functions.filter((fn) => fn.schema !== undefined && fn.schema !== null);

describe('a Date, a Map or a Set where an object or a list goes', () => {
  it('is checked for every function that has a schema', () => {
    expect(withSchema.length).toBeGreaterThan(40);
  });

  for (const fn of withSchema) {
    it(`${fn.name}: is refused by the schema where the function refuses it, at the same place`, () => {
      const schema = fn.schema as z.ZodType;
      const seen = new Set<string>();
      let places = 0;
      for (const args of validInputsOf(fn)) {
        expect(schema.safeParse(schemaValue(fn, args)).success, `${fn.name} ${JSON.stringify(args)}`).toBe(true);
        for (const argsPath of containerPaths(args)) {
          // The places the schema describes: the only argument's, or the argument list's.
          if (fn.schemaKind !== 'args' && argsPath[0] !== 0) continue;
          const errorPath = errorPathFor(fn, args, argsPath);
          const key = JSON.stringify(argsPath);
          if (seen.has(key)) continue;
          seen.add(key);
          places += 1;
          const zodPath = fn.schemaKind === 'args' ? argsPath : argsPath.slice(1);
          const fields = valueAt(args, argsPath) as object;
          for (const [label, make] of NOT_FIELDS) {
            for (const [form, value] of [
              ['bare', make()],
              ['with its fields', Object.assign(make(), fields)],
            ] as const) {
              const call = replaceAt(args, argsPath, value);
              const what = `${fn.name} ${key}: ${label}, ${form}`;
              const error = thrownBy(() => fn.call(...call));
              expect(error, what).toBeInstanceOf(InvalidInputError);
              expect({ code: (error as InvalidInputError).code, path: (error as InvalidInputError).path }, what).toEqual({ code: 'invalid_type', path: errorPath });
              const parsed = schema.safeParse(schemaValue(fn, call));
              expect(parsed.success, what).toBe(false);
              expect(
                refusedAt(parsed.error!.issues as readonly Issue[], zodPath),
                `${what}: ${JSON.stringify(parsed.error!.issues.map((issue) => [issue.code, issue.path]))}`,
              ).toBe(true);
            }
          }
        }
      }
      // A function whose inputs hold no object nor list (a number, an instant) has no place to check.
      if (places === 0) expect(containerPaths(validInputsOf(fn)[0]!).filter((path) => fn.schemaKind === 'args' || path[0] === 0)).toEqual([]);
    });
  }
});

describe('a namespace object (Math, JSON, Reflect) or an empty arguments object where an object goes', () => {
  // Built on Object.prototype and showing no field, each read as {}: an absent fact everywhere. Not
  // given fields here (they are the process's own objects).
  it('is invalid_type for the function and its schema', async () => {
    const { classifyComplaint } = await import('../../src/complaint/classifyComplaint.js');
    const { classifyComplaintInputSchema } = await import('../../src/schemas/index.js');
    const empties: object[] = [Math, JSON, Reflect, (function empty() {
      // eslint-disable-next-line prefer-rest-params
      return arguments;
    })()];
    for (const value of empties) {
      const error = thrownBy(() => classifyComplaint(value as never)) as InvalidInputError;
      expect({ code: error.code, path: error.path }).toEqual({ code: 'invalid_type', path: [] });
      expect(classifyComplaintInputSchema.safeParse(value).error?.issues[0]).toMatchObject({ code: 'invalid_type', path: [] });
    }
    // An empty plain object is no fact at all, and that is what it says.
    expect(classifyComplaint({}).level).toBe(4);
    expect(classifyComplaint(Object.create(null) as never).level).toBe(4);
  });
});
