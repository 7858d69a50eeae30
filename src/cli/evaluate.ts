// One input line in, one output line out: `{"line":N,"ok":true,"result":…}` or
// `{"line":N,"ok":false,"error":{"code","path","message"}}`. Whatever happens on a line, including a
// bug in a rule, becomes that line's output: nothing is dropped and the run goes on.
import { explain } from '../catalog/explain.js';
import type { Locale } from '../catalog/RuleEntry.js';
import { describePath } from '../core/describe.js';
import { CalendarCoverageError, InvalidInputError, PolicyError, WuyeRulesError } from '../core/errors.js';
import { MAX_INSTANT_MS, MIN_INSTANT_MS, writeShanghaiIso } from '../core/instant.js';
import { provisionalMark, usedProvisionalSince } from '../core/provisional.js';
import type { Calendar } from '../calendar/Calendar.js';
import type { RuleOptions } from '../core/options.js';
import type { Policy } from '../policy/Policy.js';
import type { PolicyVersion } from '../policy/policyAt.js';
import { indexVersions, policyInForce, versionInstantOf, type VersionIndex } from '../policy/_versionIndex.js';
import { isSchemaObject, objectBranchOf, resolveRef, type JsonSchema } from './jsonSchema.js';
import type { ArgumentLayout, CliFunction } from './registry.js';
import { isPlainObject } from '../core/validate.js';

/** The settings of a run that apply to every line. */
export interface EvaluationSettings {
  /** The function to call. */
  readonly fn: CliFunction;
  /** `--policy`: passed as `{ policy }` in the options argument. */
  readonly policy?: Policy | undefined;
  /**
   * `--policy` with effective-dated versions and no instant to pick one for the run: each case gets
   * the version in force at its own instant (see {@link caseInstantPaths}). Ignored when `policy` is given.
   */
  readonly policyVersions?: readonly PolicyVersion[] | undefined;
  /** `--calendar`: passed as `{ calendar }` in the options argument. */
  readonly calendar?: Calendar | undefined;
  /** `--as-of`: filled in where an input object has an `asOf` field and the line lacks it. */
  readonly asOf?: string | number | undefined;
  /** `--explain --locale`: results with a `basis` carry its explanation in this locale. */
  readonly explainLocale?: Locale | undefined;
}

/** The error object of a failed line. */
export interface LineError {
  /** Stable snake_case code: the library's own (`not_finite`, …) or the command line's (`invalid_json`, …). */
  readonly code: string;
  /** Where in the input the problem is, as the function names it. */
  readonly path: readonly (string | number)[];
  /** Human-readable message, starting with the function's name. */
  readonly message: string;
}


/** The error object for anything a function throws. */
export function lineErrorOf(error: unknown, functionName: string): LineError {
  if (error instanceof InvalidInputError || error instanceof CalendarCoverageError) return { code: error.code, path: [...error.path], message: error.message };
  // A line's policy comes from --policy, validated when the file is read: a PolicyError here is the
  // policy failing to decide this input, whatever its own code (the command line's documented code).
  if (error instanceof PolicyError) return { code: 'invalid_policy', path: [...error.path], message: error.message };
  if (error instanceof WuyeRulesError) return { code: 'rule_error', path: [], message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal_error', path: [], message: `${functionName}: internal error: ${detail}` };
}

/**
 * A result as JSON can carry it: every `Date` becomes ISO-8601 with `+08:00`. Objects without a
 * date are returned as they are; only the containers of a date are copied.
 */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return writeShanghaiIso(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const converted = toJsonValue(item);
      if (converted !== item) {
        copy ??= value.slice();
        copy[index] = converted;
      }
    }
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const converted = toJsonValue(item);
    if (converted !== item) {
      copy ??= { ...(value as Record<string, unknown>) };
      copy[key] = converted;
    }
  }
  return copy ?? value;
}

// The paths (through object properties) of every object in a schema that has an `asOf` field.
function asOfPaths(root: JsonSchema, node: unknown, prefix: readonly string[], depth: number, out: string[][]): void {
  const object = objectBranchOf(root, node);
  if (object === undefined || depth > 8 || !isSchemaObject(object.properties)) return;
  if ('asOf' in object.properties) out.push([...prefix]);
  for (const [key, child] of Object.entries(object.properties)) {
    if (key !== 'asOf') asOfPaths(root, resolveRef(root, child), [...prefix, key], depth + 1, out);
  }
}

// An instant's schema: titled so, or, where a function's own title replaced that one (an argument that
// is itself an instant, isWorkday's day), known by its integer branch, the span of epoch ms accepted.
function isInstantSchema(schema: JsonSchema): boolean {
  if (schema.title === 'Instant') return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some((branch) => isPlainObject(branch) && branch.type === 'integer' && branch.minimum === MIN_INSTANT_MS && branch.maximum === MAX_INSTANT_MS);
}

// The paths of every instant in a schema, in schema order, through object properties (not into arrays).
function instantPaths(root: JsonSchema, node: unknown, prefix: readonly (string | number)[], depth: number, out: (string | number)[][]): void {
  const resolved = resolveRef(root, node);
  if (isInstantSchema(resolved)) {
    out.push([...prefix]);
    return;
  }
  const object = objectBranchOf(root, resolved);
  if (object === undefined || depth > 8 || !isSchemaObject(object.properties)) return;
  for (const [key, child] of Object.entries(object.properties)) instantPaths(root, child, [...prefix, key], depth + 1, out);
}

/**
 * Where a case's own instant may sit in a line's arguments, in the order they are tried: every
 * instant of the arguments in schema order (a complaint's `receivedAt`, a period's `from`), with
 * `asOf` fields last, since they say when the case is looked at rather than when it happened.
 * The version of an effective-dated policy in force at that instant is the one applied to the case.
 */
export function caseInstantPaths(layout: ArgumentLayout): readonly (readonly (string | number)[])[] {
  const paths: (string | number)[][] = [];
  layout.argumentSchemas.forEach((schema, position) => instantPaths(layout.root, schema, [position], 0, paths));
  const isAsOf = (path: readonly (string | number)[]): boolean => path.at(-1) === 'asOf';
  return [...paths.filter((path) => !isAsOf(path)), ...paths.filter(isAsOf)];
}

// Where an error names a place of a line: a function of one input by its fields, as the function names
// them (`['receivedAt']`, and an input that is itself the instant by the function's name for it,
// isWorkday's `['day']`); a function of several arguments by position.
function reportedPath(fn: CliFunction, path: readonly (string | number)[]): readonly (string | number)[] {
  if (fn.schemaKind !== 'input') return path;
  return path.length > 1 ? path.slice(1) : inputPathOf(fn);
}

// The name a function of one input gives that input in its own errors, read once per function from
// the error it throws for a value no function accepts (a symbol): `['day']` for isWorkday; `[]` when it
// names none.
const inputPaths = new WeakMap<CliFunction, readonly (string | number)[]>();
function inputPathOf(fn: CliFunction): readonly (string | number)[] {
  let path = inputPaths.get(fn);
  if (path === undefined) {
    path = [];
    try {
      fn.call(Symbol('no input'));
    } catch (error) {
      if (error instanceof InvalidInputError && error.path.length === 1) path = error.path;
    }
    inputPaths.set(fn, path);
  }
  return path;
}

// A place in a line's arguments, for a message: `argument 1`, `receivedAt of argument 1`.
function placeOf(path: readonly (string | number)[]): string {
  const argument = `argument ${Number(path[0]) + 1}`;
  return path.length === 1 ? argument : `${path.slice(1).join('.')} of ${argument}`;
}

/** The outcome of one call: the result's JSON text, or the error. */
export type Evaluation =
  | {
      readonly ok: true;
      /** The result as JSON text. */
      readonly json: string;
      /** True when the answer read a provisional calendar year (then the output says `"provisional":true`). */
      readonly provisional?: true;
    }
  | { readonly ok: false; /** What went wrong. */ readonly error: LineError };

// How many key texts a run remembers.
const KEY_TEXTS = 256;
// How many string texts a run remembers, and the longest string it remembers.
const STRING_TEXTS = 256;
const SHORT_STRING = 40;

/** Evaluates lines for one run, counting them. */
export class LineEvaluator {
  /** Lines evaluated (blank lines excluded). */
  lines = 0;
  /** Lines that failed. */
  failed = 0;
  private readonly fn: CliFunction;
  private readonly layout: ArgumentLayout;
  private readonly options: RuleOptions | undefined;
  private readonly asOf: string | number | undefined;
  private readonly locale: Locale | undefined;
  // For each argument position, the paths of the objects that get `asOf` from --as-of.
  private readonly asOfTargets: readonly (readonly string[][])[];
  private readonly cache = new WeakMap<object, string>();
  private readonly versions: readonly PolicyVersion[] | undefined;
  private versionIndex: VersionIndex | undefined;
  private readonly casePaths: readonly (readonly (string | number)[])[];
  // The options argument for each version's policy (with `--calendar`), built once per version.
  private readonly versionOptions = new Map<Policy, RuleOptions>();

  constructor(settings: EvaluationSettings) {
    this.fn = settings.fn;
    this.layout = settings.fn.layout();
    const options = {
      ...(settings.policy === undefined ? {} : { policy: settings.policy }),
      ...(settings.calendar === undefined ? {} : { calendar: settings.calendar }),
    };
    this.options = Object.keys(options).length === 0 ? undefined : options;
    this.versions = settings.policy === undefined && this.layout.optionsIndex !== null ? settings.policyVersions : undefined;
    this.casePaths = this.versions === undefined ? [] : caseInstantPaths(this.layout);
    this.asOf = settings.asOf;
    this.locale = settings.explainLocale;
    this.asOfTargets =
      settings.asOf === undefined
        ? []
        : this.layout.argumentSchemas.map((schema) => {
            const paths: string[][] = [];
            asOfPaths(this.layout.root, schema, [], 0, paths);
            return paths;
          });
  }

  /** The output of one NDJSON line; `undefined` for a blank line, which is skipped (its number is kept). */
  jsonLine(text: string, line: number): string | undefined {
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return undefined;
    let value: unknown;
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return this.failure(line, { code: 'invalid_json', path: [], message: `${this.fn.name}: the line is not valid JSON (${reason})` });
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    // A JSON array holds the arguments in order; any other value is the only argument.
    return this.call(Array.isArray(value) ? value : [value], line);
  }

  /** The output of a line whose arguments are already read (a CSV row). The array is the evaluator's to change. */
  call(args: unknown[], line: number): string {
    const outcome = this.outcome(args);
    if (typeof outcome !== 'string') return this.failure(line, outcome);
    this.lines += 1;
    return this.provisional ? `{"line":${line},"ok":true,"result":${outcome},"provisional":true}` : `{"line":${line},"ok":true,"result":${outcome}}`;
  }

  /**
   * Calls the function on a line's arguments (the array is the evaluator's to change) and writes its
   * result as JSON text; whatever goes wrong, including a bug in a rule, is returned as the error.
   * Nothing is counted.
   */
  evaluate(args: unknown[]): Evaluation {
    const outcome = this.outcome(args);
    if (typeof outcome !== 'string') return { ok: false, error: outcome };
    return this.provisional ? { ok: true, json: outcome, provisional: true } : { ok: true, json: outcome };
  }

  // Whether the last outcome's answer read a provisional year (RULES C11).
  private provisional = false;

  // The result's JSON text, or the error; sets `provisional`. No object is built around a result: the
  // command line's hot path (`call`) writes the text straight into the line.
  private outcome(args: unknown[]): string | LineError {
    this.provisional = false;
    const { layout } = this;
    // A line that gives the policy or the calendar where the options go, as the options argument itself
    // (`[1000, {"policy": {}}]`) or in a bag of settings (payFloat's): they come from --policy and
    // --calendar, which the message names, rather than counting the options as one argument too many.
    if (layout.optionsIndex !== null) {
      const given = args[layout.optionsIndex];
      if (isPlainObject(given)) {
        for (const key of ['policy', 'calendar']) {
          if (given[key] !== undefined) {
            return this.refusal('unsupported_option', [layout.optionsIndex, key], `${key} cannot come from an input line; give it with --${key}`);
          }
        }
      }
    }
    // An empty options argument after the line's own (`[1000, {}]`, what a serializer writes for options
    // with nothing set) is no options: the run's --policy and --calendar still apply.
    if (layout.optionsIndex === layout.arity && args.length === layout.arity + 1) {
      const given = args[layout.arity];
      if (isPlainObject(given) && Object.keys(given).length === 0) args.length = layout.arity;
    }
    if (args.length > layout.arity) {
      return this.refusal('too_many_arguments', [layout.arity], `a line gives at most ${layout.arity} argument${layout.arity === 1 ? '' : 's'}, received ${args.length}`);
    }
    if (this.asOf !== undefined) this.fillAsOf(args, this.asOf);
    let options = this.options;
    if (this.versions !== undefined) {
      const chosen = this.optionsOfCase(args);
      if (!('options' in chosen)) return chosen.error;
      options = chosen.options;
    }
    if (options !== undefined) this.addOptions(args, options);

    // Line errors never show a stack, and capturing one dominates the cost of a refused line.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let result: unknown;
    // Whether the answer read a provisional year (RULES C11), Date-returning functions included.
    const mark = provisionalMark();
    let provisional = false;
    try {
      // One or two arguments, the usual lines, without a spread call.
      const { fn } = this;
      result = args.length === 1 ? fn.call(args[0]) : args.length === 2 ? fn.call(args[0], args[1]) : fn.call(...args);
      provisional = usedProvisionalSince(mark);
    } catch (error) {
      return lineErrorOf(error, this.fn.name);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    try {
      const json = this.resultJson(result);
      this.provisional = provisional;
      return json;
    } catch (error) {
      // A result that cannot be written (an invalid Date, a cycle, an id missing from the catalog) is a bug.
      const detail = error instanceof Error ? error.message : String(error);
      return { code: 'internal_error', path: [], message: `${this.fn.name}: internal error: the result cannot be written (${detail})` };
    }
  }

  private refusal(code: string, path: readonly (string | number)[], message: string): LineError {
    return { code, path, message: `${this.fn.name}: ${message}` };
  }

  // The options with the policy version in force at the case's own instant.
  private optionsOfCase(args: readonly unknown[]): { readonly options: RuleOptions } | { readonly error: LineError } {
    for (const path of this.casePaths) {
      let value: unknown = args;
      for (const key of path) value = isPlainObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
      if (value === undefined || value === null) continue;
      let policy: Policy;
      try {
        // The versions indexed once, on the first line that needs them (their faults, if any, are that line's).
        this.versionIndex ??= indexVersions(this.versions as readonly PolicyVersion[]);
        policy = policyInForce(this.versionIndex, versionInstantOf(value));
      } catch (error) {
        const problem = lineErrorOf(error, this.fn.name);
        const message = problem.message.replace(/^policyAt: /, '');
        const reported = reportedPath(this.fn, path);
        const place = this.fn.schemaKind === 'input' ? describePath(reported) : placeOf(path);
        return { error: { code: problem.code, path: reported, message: `${this.fn.name}: the policy version in force at ${place} cannot be chosen: ${message}` } };
      }
      let options = this.versionOptions.get(policy);
      if (options === undefined) {
        options = { ...this.options, policy };
        this.versionOptions.set(policy, options);
      }
      return { options };
    }
    // No instant to choose by: an input the function refuses whatever the version (a number where a
    // repair goes) is told what is wrong with it, not that a version cannot be chosen.
    const trial = [...args];
    this.addOptions(trial, { ...this.options, policy: (this.versions as readonly PolicyVersion[])[0]?.policy as Policy });
    try {
      this.fn.call(...trial);
    } catch (error) {
      if (error instanceof InvalidInputError) return { error: lineErrorOf(error, this.fn.name) };
    }
    return {
      error: {
        code: 'no_policy_instant',
        path: [],
        message: `${this.fn.name}: the policy holds effective-dated versions and this case names no instant to choose one by; give the instant (--policy-at, or policyAt in the service)`,
      },
    };
  }

  // The JSON text of a result, with its explanation when asked.
  private resultJson(result: unknown): string {
    let value = result;
    if (this.locale !== undefined && isPlainObject(result) && Array.isArray(result.basis)) {
      value = { ...result, explanation: explain(result.basis as readonly string[], this.locale) };
    }
    this.volatile = false;
    return this.json(value) ?? 'null';
  }

  // Set while writing a value that holds a Date or an unfrozen object: its text may change.
  private volatile = false;

  /**
   * The JSON text of a value, as `JSON.stringify(toJsonValue(value))` writes it, without copying the
   * result to swap its dates: a Date is written as `+08:00` text in place. Frozen parts without dates
   * (interned answers, bases) are written once per run and remembered; `undefined` for what JSON
   * leaves out (an `undefined` property).
   */
  private json(value: unknown): string | undefined {
    switch (typeof value) {
      case 'string':
        return this.stringText(value);
      case 'number':
        return Number.isFinite(value) ? `${value}` : 'null';
      case 'boolean':
        return value ? 'true' : 'false';
      case 'object':
        break;
      default:
        // undefined, functions and symbols are left out; a bigint throws, as JSON.stringify does.
        return JSON.stringify(value);
    }
    if (value === null) return 'null';
    if (value instanceof Date) {
      this.volatile = true;
      return `"${writeShanghaiIso(value)}"`;
    }
    const frozen = Object.isFrozen(value);
    if (frozen) {
      const cached = this.cache.get(value);
      if (cached !== undefined) return cached;
    }
    const outer = this.volatile;
    this.volatile = !frozen;
    let text: string;
    if (Array.isArray(value)) {
      text = '[';
      for (let index = 0; index < value.length; index += 1) {
        if (index > 0) text += ',';
        text += this.json(value[index]) ?? 'null';
      }
      text += ']';
    } else {
      const prototype: unknown = Object.getPrototypeOf(value);
      if ((prototype !== Object.prototype && prototype !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
        // Not a plain record (a Map, a class with toJSON): JSON.stringify's own rules, uncached.
        this.volatile = true;
        text = JSON.stringify(toJsonValue(value)) ?? 'null';
      } else {
        text = '{';
        for (const key of Object.keys(value)) {
          const item = this.json((value as Record<string, unknown>)[key]);
          if (item === undefined) continue;
          text += text.length === 1 ? this.keyText(key) + item : `,${this.keyText(key)}${item}`;
        }
        text += '}';
      }
    }
    if (frozen && !this.volatile) this.cache.set(value, text);
    this.volatile ||= outer;
    return text;
  }

  // The JSON text of the short strings results repeat (states, codes, rule ids), written once per run
  // (at most STRING_TEXTS of them are kept: a result may echo text from its input).
  private readonly stringTexts = new Map<string, string>();

  private stringText(value: string): string {
    if (value.length > SHORT_STRING) return JSON.stringify(value);
    let text = this.stringTexts.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      if (this.stringTexts.size < STRING_TEXTS) this.stringTexts.set(value, text);
    }
    return text;
  }

  // `"key":` for the keys results use, written once per run (at most KEY_TEXTS of them are kept: a
  // result may echo keys from its input).
  private readonly keyTexts = new Map<string, string>();

  private keyText(key: string): string {
    let text = this.keyTexts.get(key);
    if (text === undefined) {
      text = `${JSON.stringify(key)}:`;
      if (this.keyTexts.size < KEY_TEXTS) this.keyTexts.set(key, text);
    }
    return text;
  }

  /** The output of a line that failed before any function ran (a malformed CSV row). */
  failure(line: number, error: LineError): string {
    this.lines += 1;
    this.failed += 1;
    return JSON.stringify({ line, ok: false, error: { code: error.code, path: error.path, message: error.message } });
  }

  private fillAsOf(args: unknown[], asOf: string | number): void {
    this.asOfTargets.forEach((paths, position) => {
      for (const path of paths) {
        let target: unknown = args[position];
        for (const key of path) target = isPlainObject(target) ? target[key] : undefined;
        if (isPlainObject(target) && target.asOf === undefined) target.asOf = asOf;
      }
    });
  }

  private addOptions(args: unknown[], options: RuleOptions): void {
    const index = this.layout.optionsIndex;
    if (index === null) return;
    const given = args[index];
    if (this.layout.optionsMerge && given !== undefined) {
      // Not an object: left as it is for the function to refuse.
      if (isPlainObject(given)) args[index] = { ...given, ...options };
      return;
    }
    while (args.length < index) args.push(undefined);
    args[index] = options;
  }
}
