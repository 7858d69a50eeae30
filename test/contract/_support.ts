// Shared by the contract tests: the callable functions of the registry, their inputs (the example line
// and the time-zone corpus, which the JSON Schemas seed), and how an error's path maps onto an input.
// Nothing here calls the library when imported: mutation testing counts code reached outside a test as
// static and reruns the whole suite for it, so every call happens inside an `it`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as library from '../../src/index.js';
import { exampleLines } from '../../src/cli/examples.js';
import type { CliFunction } from '../../src/cli/registry.js';
import { InvalidInputError, PolicyError, WuyeRulesError } from '../../src/core/errors.js';
import { buildCorpus, revive } from '../../scripts/timezones/corpus.mjs';
import { exampleArguments, registry } from '../support/adversarial.js';

export { exampleArguments, registry } from '../support/adversarial.js';

type Path = readonly (string | number)[];

/** The callable functions, alphabetically (no call: the registry only looks at the exports). */
export const functions: readonly CliFunction[] = [...registry.values()];

/**
 * Whether a function takes the rule options (`{ policy, calendar }`): the registry gives every function an
 * options position, but only a function that declares a parameter there reads it.
 */
export function takesOptions(fn: CliFunction): boolean {
  const index = fn.layout().optionsIndex;
  return index !== null && index < fn.call.length;
}

/** The callable functions that take the rule options. */
export const optionFunctions: readonly CliFunction[] = functions.filter(takesOptions);

/** The parameter names a function declares (`communicationDueAt` → kind, from, options). */
export function parameterNames(fn: CliFunction): string[] {
  const match = /^function\s*[\w$]*\s*\(([^)]*)\)/.exec(String(fn.call));
  if (match === null) throw new Error(`${fn.name}: cannot read its parameters`);
  return match[1]!
    .split(',')
    .map((parameter) => parameter.trim().replace(/\s*=.*$/, ''))
    .filter((parameter) => parameter !== '');
}

/**
 * The arguments with `options` at the options position: merged into the function's own settings object
 * when it takes its options there (`payFloat(score, { employmentMonth, policy })`). `omit` leaves the
 * options argument out altogether.
 */
export function withOptions(fn: CliFunction, args: readonly unknown[], options: unknown, omit = false): unknown[] {
  const layout = fn.layout();
  const index = layout.optionsIndex ?? args.length;
  const copy = args.slice(0, index);
  if (omit && !(layout.optionsMerge && args[index] !== undefined)) return copy;
  while (copy.length < index) copy.push(undefined);
  if (!layout.optionsMerge || args[index] === undefined) copy.push(options);
  else if (options === undefined) copy.push(args[index]);
  else copy.push({ ...(args[index] as object), ...(options as object) });
  return copy;
}

/** The arguments of a call without its options (the options position and after removed, unless merged). */
export function withoutOptions(fn: CliFunction, args: readonly unknown[]): unknown[] {
  const layout = fn.layout();
  if (layout.optionsIndex === null || layout.optionsMerge) return [...args];
  return args.slice(0, layout.optionsIndex);
}

interface Sample {
  readonly function: string;
  readonly args: unknown[];
  readonly expectError?: boolean;
}

// The sample cases of examples/*.json (read as data: nothing is called here).
const samplesDirectory = join(__dirname, '../../examples');
const samples: readonly Sample[] = readdirSync(samplesDirectory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => JSON.parse(readFileSync(join(samplesDirectory, file), 'utf8')) as Sample[]);

/** Valid inputs of a function: its example line, then its sample cases in examples/*.json that are not refusals. */
export function validInputsOf(fn: CliFunction): unknown[][] {
  return [exampleArguments(fn), ...samples.filter((sample) => sample.function === fn.name && sample.expectError !== true).map((sample) => structuredClone(sample.args))];
}

/**
 * The corpus calls of one function, revived: its example, schema-generated inputs, their instants moved,
 * bad values. With `limit`, that many calls spread evenly over the corpus (the example first).
 */
export function corpusOf(fn: CliFunction, limit = Number.POSITIVE_INFINITY): unknown[][] {
  const single = new Map([[fn.name, fn]]);
  const lines = { [fn.name]: exampleLines[fn.name] } as Record<string, string>;
  const calls = buildCorpus(single, lines, library as Record<string, unknown>).filter((call) => call.fn === fn.name);
  const spread = calls.length <= limit ? calls : Array.from({ length: limit }, (_, index) => calls[Math.floor((index * calls.length) / limit)]!);
  return spread.flatMap((call) => {
      // A moved instant can land in a calendar the corpus builds (`extendCalendar` of a bad date): no call.
      try {
        return [revive(call.args, library as Record<string, unknown>) as unknown[]];
      } catch {
        return [];
      }
    });
}

/** What a call did, in a form `toEqual` compares: the result, or the error's class, code, path and message. */
export type Outcome = { result: unknown } | { error: string; code?: string; path?: Path; message: string };

/** The outcome of a call; anything but the library's own errors is rethrown. */
export function outcomeOf(call: () => unknown): Outcome {
  try {
    return { result: call() };
  } catch (error) {
    if (error instanceof InvalidInputError) return { error: error.name, code: error.code, path: error.path, message: error.message };
    if (error instanceof PolicyError) return { error: error.name, path: error.path, message: error.message };
    if (error instanceof WuyeRulesError) return { error: error.name, message: error.message };
    throw error;
  }
}

/** The error a call throws (failing when it returns). */
export function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw, but it returned');
}

const MISSING = Symbol('missing');
/** The value at a path whose getter or Proxy trap throws when read. */
export const UNREADABLE = Symbol('unreadable');

function walk(value: unknown, path: Path): unknown {
  let node = value;
  for (const key of path) {
    // A revoked Proxy or a throwing getter of an adversarial input cannot be walked into.
    let present = false;
    try {
      present = typeof node === 'object' && node !== null && !(node instanceof Date) && key in node;
      if (!present) return MISSING;
      node = (node as Record<string | number, unknown>)[key];
    } catch {
      // A field that is there but whose read throws is named, and shown as unreadable.
      return present ? UNREADABLE : MISSING;
    }
  }
  return node;
}

/** Whether a function's only argument is an object whose fields its error paths name (not a scalar such as an amount). */
function takesObjectInput(fn: CliFunction): boolean {
  const example = exampleArguments(fn)[0];
  return fn.schemaKind === 'input' && typeof example === 'object' && example !== null;
}

/**
 * The value an error path names in a call's arguments. A path starts with a parameter name (`['from']`,
 * `['options', 'policy']`) except inside the only argument of a function that takes one object
 * (`['receivedAt']` of `complaintDeadlines({ level, receivedAt })`). `found` is false when the path
 * names nothing there; `parentFound` tells whether all but its last key do.
 */
export function valueAtPath(fn: CliFunction, args: readonly unknown[], path: Path): { found: boolean; parentFound: boolean; value: unknown } {
  const names = parameterNames(fn);
  const layout = fn.layout();
  let root: unknown;
  let rest: Path;
  const head = path[0];
  if (head === 'options' && layout.optionsIndex !== null) {
    root = args[layout.optionsIndex];
    rest = path.slice(1);
  } else if (takesObjectInput(fn)) {
    root = args[0];
    rest = path;
  } else if (typeof head === 'string' && names.includes(head)) {
    root = args[names.indexOf(head)];
    rest = path.slice(1);
  } else {
    return { found: false, parentFound: false, value: undefined };
  }
  const value = walk(root, rest);
  const parent = rest.length === 0 ? root : walk(root, rest.slice(0, -1));
  return { found: value !== MISSING, parentFound: parent !== MISSING || rest.length === 0, value: value === MISSING ? undefined : value };
}

/** A copy of the arguments with the value at `path` (positions, then keys) replaced. */
export function replaceAt(args: readonly unknown[], path: Path, replacement: unknown): unknown[] {
  const edit = (value: unknown, rest: Path): unknown => {
    if (rest.length === 0) return replacement;
    const [head, ...tail] = rest;
    if (Array.isArray(value)) {
      const copy = [...value];
      copy[head as number] = edit(value[head as number], tail);
      return copy;
    }
    const copy = { ...(value as Record<string, unknown>) };
    copy[head as string] = edit((value as Record<string, unknown>)[head as string], tail);
    return copy;
  };
  return edit(args, path) as unknown[];
}

const INSTANT_TEXT = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.*)?$/;

/** The positions-then-keys paths of every instant-looking string in an argument list (`[0, 'receivedAt']`). */
export function instantPathsOf(args: readonly unknown[]): Path[] {
  const found: Path[] = [];
  const visit = (value: unknown, path: Path): void => {
    if (typeof value === 'string') {
      if (INSTANT_TEXT.test(value)) found.push(path);
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  args.forEach((arg, index) => visit(arg, [index]));
  return found;
}

/**
 * The path an error should name for the value at `argsPath` (positions, then keys): the parameter's name
 * then the keys, or the keys inside the only object argument.
 */
export function errorPathFor(fn: CliFunction, args: readonly unknown[], argsPath: Path): Path {
  const [position, ...keys] = argsPath;
  void args;
  if (takesObjectInput(fn)) return keys;
  return [parameterNames(fn)[position as number]!, ...keys];
}

/** The positions-then-keys paths of every plain object and array in an argument list, the arguments themselves included. */
export function containerPaths(args: readonly unknown[]): (readonly (string | number)[])[] {
  const found: (readonly (string | number)[])[] = [];
  const visit = (value: unknown, path: readonly (string | number)[]): void => {
    if (Array.isArray(value)) {
      found.push(path);
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      found.push(path);
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  args.forEach((arg, index) => visit(arg, [index]));
  return found;
}
