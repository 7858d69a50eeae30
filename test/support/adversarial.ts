// Adversarial inputs for every callable function (issue 12), shared by the conformance and fuzz suites.
// A function's valid example (src/cli/examples.ts) is the seed; a mutation replaces one value anywhere
// in its arguments with a value from the families below, adds a key to an object, punches a hole in an
// array, or hands over an options argument that is not a validated one.
import fc from 'fast-check';
import * as library from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { exampleLines } from '../../src/cli/examples.js';
import { buildRegistry, type CliFunction } from '../../src/cli/registry.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';

/** The callable functions, built from the root exports and the schemas as the command line builds them. */
export const registry = buildRegistry(library as Record<string, unknown>, schemas as Record<string, unknown>);

/** Every function the root entry exports (error classes aside). */
export const exportedFunctions: readonly string[] = Object.keys(library)
  .filter((name) => typeof (library as Record<string, unknown>)[name] === 'function' && !/^[A-Z]/.test(name))
  .sort();

/** A function's example as its argument list. */
export function exampleArguments(fn: CliFunction): unknown[] {
  const line = exampleLines[fn.name];
  if (line === undefined) throw new Error(`${fn.name} has no example line in src/cli/examples.ts: add one so the suites can seed its inputs`);
  const value: unknown = JSON.parse(line);
  // As the command line reads a line: an array is the argument list, anything else the only argument.
  return Array.isArray(value) ? value : [value];
}

/** The value a schema checks for an argument list: the tuple itself, or the only argument. */
export function schemaValue(fn: CliFunction, args: readonly unknown[]): unknown {
  return fn.schemaKind === 'args' ? args : args[0];
}

type Path = readonly (string | number)[];

/** Every path into an argument list, the list's own positions included (objects and arrays, not Dates). */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = path.length > 0 ? [path] : [];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const key of Object.keys(value)) paths.push(...pathsOf((value as Record<string, unknown>)[key], [...path, key]));
  }
  return paths;
}

/** A deep copy of plain JSON-like data in which `edit` changes the value at `path`. */
export function editAt(value: unknown, path: Path, edit: (old: unknown) => unknown): unknown {
  // A path into a value an earlier mutation replaced (a revoked Proxy, a number) leaves it as it is.
  try {
    return editAtUnsafe(value, path, edit);
  } catch {
    return value;
  }
}

function editAtUnsafe(value: unknown, path: Path, edit: (old: unknown) => unknown): unknown {
  if (path.length === 0) return edit(value);
  if (typeof value !== 'object' || value === null) return value;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = editAtUnsafe(value[head as number], rest, edit);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  copy[head as string] = editAtUnsafe((value as Record<string, unknown>)[head as string], rest, edit);
  return copy;
}

const MAX_MS = 8.64e15;

/** JSON-representable extremes and wrong types: what an ERP could send. */
export const jsonFamily: readonly unknown[] = [
  0,
  -1,
  1.5,
  MAX_MS,
  -MAX_MS,
  MAX_MS - 1,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  1e-7,
  '',
  ' ',
  'x',
  '2026-02-30',
  '2026-10-01T24:00:00+08:00',
  '+275760-09-13T00:00:00Z',
  '275760-09-13',
  'x'.repeat(100_000),
  null,
  true,
  false,
  [],
  {},
  [1, 2],
  { a: 1 },
];

/** Values only a JavaScript caller can pass: −0, NaN, ±Infinity, Date look-alikes, Proxies, throwing getters. */
export function javascriptFamily(): unknown[] {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  return [
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    undefined,
    new Date(Number.NaN),
    new Date(MAX_MS),
    new Date(-MAX_MS),
    new Proxy(new Date(0), {}),
    Object.create(Date.prototype),
    revoked.proxy,
    Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('getter'); } }),
    new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }),
    Symbol('s'),
    10n,
    () => 1,
    new Map(),
    // eslint-disable-next-line no-sparse-arrays
    [, 1],
    new Array(5),
    { ...defaultPolicy },
    { from: 2026, to: 2026, holidays: [], workdays: [] },
  ];
}

/**
 * One edit of an argument list. Values are named by their index in a family (fast-check itself cannot
 * hold a revoked Proxy): {@link valueOf} resolves them.
 */
export type Mutation =
  | { kind: 'replace'; path: Path; family: 'json' | 'javascript'; index: number }
  | { kind: 'extraKey'; path: Path; key: string }
  | { kind: 'hole'; path: Path }
  | { kind: 'options'; index: number };

const javascriptValues = javascriptFamily();

/** The value a mutation puts in. */
export function valueOf(mutation: Mutation): unknown {
  if (mutation.kind === 'replace') return mutation.family === 'json' ? jsonFamily[mutation.index] : javascriptValues[mutation.index];
  if (mutation.kind === 'options') return optionsFamily[mutation.index];
  return undefined;
}

/** Applies a mutation to a copy of the arguments. */
export function applyMutation(args: readonly unknown[], mutation: Mutation, optionsIndex: number | null): unknown[] {
  switch (mutation.kind) {
    case 'replace':
      return editAt(args, mutation.path, () => valueOf(mutation)) as unknown[];
    case 'extraKey':
      return editAt(args, mutation.path, (old) => {
        if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
        // An own key, as JSON.parse makes it (an assignment to __proto__ would set the prototype).
        return Object.defineProperty({ ...old }, mutation.key, { value: 1, enumerable: true, configurable: true, writable: true });
      }) as unknown[];
    case 'hole':
      return editAt(args, mutation.path, (old) => {
        if (!Array.isArray(old) || old.length === 0) return old;
        const copy = [...old];
        delete copy[copy.length - 1];
        return copy;
      }) as unknown[];
    case 'options': {
      const copy = [...args];
      copy[optionsIndex ?? copy.length] = valueOf(mutation);
      return copy;
    }
  }
}

/** The options arguments a caller could get wrong. */
export const optionsFamily: readonly unknown[] = [
  { polcy: defaultPolicy },
  { policy: { ...defaultPolicy } },
  { policy: Object.freeze({ ...defaultPolicy, dayCounting: 'elapsed' }) },
  { calendar: { ...chinaCalendar } },
  { calendar: 'china' },
  { policy: defaultPolicy, calendar: chinaCalendar },
  JSON.parse('{"__proto__": {"policy": 1}}'),
  [],
  3,
  null,
];

/** Mutations of `args`, from the families above (`json`: only what JSON can carry). */
export function mutationArbitrary(args: readonly unknown[], json: boolean): fc.Arbitrary<Mutation> {
  const paths = pathsOf(args);
  const objectPaths = paths.filter((path) => {
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], args);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  });
  const arrayPaths = paths.filter((path) => Array.isArray(path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], args)));
  // Positions past the given arguments too: a missing argument, or an extra one.
  const positions = [...paths, [args.length] as Path];
  const choices: fc.Arbitrary<Mutation>[] = [
    fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...positions), family: fc.constant('json' as const), index: fc.nat(jsonFamily.length - 1) }),
  ];
  if (!json) {
    choices.push(fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...positions), family: fc.constant('javascript' as const), index: fc.nat(javascriptValues.length - 1) }));
  }
  if (objectPaths.length > 0) {
    choices.push(fc.record({ kind: fc.constant('extraKey' as const), path: fc.constantFrom(...objectPaths), key: fc.constantFrom('extra', '__proto__', 'constructor', 'toString') }));
  }
  if (arrayPaths.length > 0 && !json) choices.push(fc.record({ kind: fc.constant('hole' as const), path: fc.constantFrom(...arrayPaths) }));
  if (!json) choices.push(fc.record({ kind: fc.constant('options' as const), index: fc.nat(optionsFamily.length - 1) }));
  return fc.oneof(...choices);
}

/** Every single mutation of `args`: each family value at each position, each extra key, each hole, each bad options argument. */
export function allMutations(args: readonly unknown[], json: boolean): Mutation[] {
  const paths = pathsOf(args);
  const at = (path: Path): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], args);
  const mutations: Mutation[] = [];
  for (const path of [...paths, [args.length] as Path]) {
    jsonFamily.forEach((_value, index) => mutations.push({ kind: 'replace', path, family: 'json', index }));
    if (!json) javascriptValues.forEach((_value, index) => mutations.push({ kind: 'replace', path, family: 'javascript', index }));
  }
  for (const path of paths) {
    const value = at(path);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const key of ['extra', '__proto__', 'constructor']) mutations.push({ kind: 'extraKey', path, key });
    }
    if (Array.isArray(value) && !json) mutations.push({ kind: 'hole', path });
  }
  if (!json) optionsFamily.forEach((_value, index) => mutations.push({ kind: 'options', index }));
  return mutations;
}
