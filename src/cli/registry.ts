// The functions the command line can call, derived from the package itself: every function exported
// by the root entry that has a schema `<name>ArgsSchema` (a tuple of its arguments) or
// `<name>InputSchema` (its only argument) in `wuye-rules/schemas`. A rule module that lands with its
// schemas is callable without touching this folder.
import {
  acceptedTypes,
  isSchemaObject,
  objectBranchOf,
  resolveRef,
  toJsonSchema,
  type JsonSchema,
  type SchemaLike,
} from './jsonSchema.js';

/** A function the command line can call, with the schema of what one input line carries. */
export interface CliFunction {
  /** The exported name (`approvalAuthority`). */
  readonly name: string;
  /** The function itself. */
  readonly call: (...args: unknown[]) => unknown;
  /** `args` when the schema is a tuple of the arguments (`<name>ArgsSchema`), `input` for the only argument. */
  readonly schemaKind: 'args' | 'input';
  /** The zod schema a line is checked against by the JSON Schema files. */
  readonly schema: SchemaLike;
  /** The JSON Schema of the schema, computed on first use. */
  readonly jsonSchema: () => JsonSchema;
  /** How a line's values map onto the arguments, computed on first use. */
  readonly layout: () => ArgumentLayout;
}

/** How the values of one input line become the function's arguments. */
export interface ArgumentLayout {
  /** The most arguments a line may give (the options argument excluded). */
  readonly arity: number;
  /** The JSON Schema of each argument a line may give, by position. */
  readonly argumentSchemas: readonly JsonSchema[];
  /** The root the argument schemas' `$ref`s resolve against. */
  readonly root: JsonSchema;
  /** The position of the options argument (`{ policy, calendar }`); `null` for a function that takes none. */
  readonly optionsIndex: number | null;
  /**
   * True when the options argument is also an argument the line fills (`payFloat(score, { employmentMonth })`):
   * the policy is merged into the object the line gives.
   */
  readonly optionsMerge: boolean;
}

/** The callable functions by name, in alphabetical order. */
export type Registry = ReadonlyMap<string, CliFunction>;

// Functions that take no rule options, so the command line must not pass `{ policy, calendar }` after
// their arguments, and refuses --policy and --calendar for them: those whose later parameters are
// something else (definePolicy's second parameter is the base policy) and the helpers that are not
// rule functions (a line's extra item is one argument too many). test/cli/registry.test.ts holds the list to the
// functions' declared parameters.
/** @internal */
export const WITHOUT_RULE_OPTIONS: ReadonlySet<string> = new Set([
  'defineCalendar',
  'definePolicy',
  'explain',
  'extendCalendar',
  'policyAt',
  'toICalendar',
  'toShanghaiIsoString',
]);

function isSchema(value: unknown): value is SchemaLike {
  return typeof value === 'object' && value !== null && typeof (value as SchemaLike).toJSONSchema === 'function';
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

// True when a node is an object schema whose properties name the rule options (policy, calendar).
function isOptionsObject(root: JsonSchema, node: unknown): boolean {
  const object = objectBranchOf(root, node);
  return object !== undefined && isSchemaObject(object.properties) && ('policy' in object.properties || 'calendar' in object.properties);
}

// True when every key of an object schema is optional: a bag of optional settings.
function isOptionalBag(root: JsonSchema, node: unknown): boolean {
  const object = objectBranchOf(root, node);
  return object !== undefined && (!Array.isArray(object.required) || object.required.length === 0) && !acceptedTypes(root, node).has('string');
}

/**
 * Works out how a line maps onto a function's arguments from its JSON Schema and its declared
 * parameter count (`fn.length`).
 *
 * - `<name>InputSchema` only: a line gives the one argument; options go second.
 * - `<name>ArgsSchema` (a tuple): a line gives up to as many arguments as the tuple has items. A last
 *   item that is the rule options themselves (`{ policy?, calendar? }`) is not for the line to give.
 *   A last item that is a bag of optional settings in the function's last declared parameter
 *   (`payFloat(score, opts?: { employmentMonth?: number } & RuleOptions)`) is the options argument:
 *   the policy is merged into it. Otherwise the options go after the tuple's items.
 */
export function argumentLayout(jsonSchema: JsonSchema, schemaKind: 'args' | 'input', declaredParameters: number): ArgumentLayout {
  const root = jsonSchema;
  const tuple = schemaKind === 'args' ? resolveRef(root, jsonSchema) : undefined;
  // No arguments at all (approverNames): a line gives none; the options come first.
  if (tuple !== undefined && tuple.type === 'array' && tuple.maxItems === 0) return { arity: 0, argumentSchemas: [], root, optionsIndex: 0, optionsMerge: false };
  if (tuple === undefined || !Array.isArray(tuple.prefixItems)) {
    return { arity: 1, argumentSchemas: [jsonSchema], root, optionsIndex: 1, optionsMerge: false };
  }
  const items = tuple.prefixItems.map((item) => resolveRef(root, item));
  const last = items.at(-1);
  if (last !== undefined && isOptionsObject(root, last)) {
    return { arity: items.length - 1, argumentSchemas: items.slice(0, -1), root, optionsIndex: items.length - 1, optionsMerge: false };
  }
  if (last !== undefined && declaredParameters <= items.length && isOptionalBag(root, last)) {
    return { arity: items.length, argumentSchemas: items, root, optionsIndex: items.length - 1, optionsMerge: true };
  }
  return { arity: items.length, argumentSchemas: items, root, optionsIndex: items.length, optionsMerge: false };
}

/**
 * Builds the registry from the namespaces of the root entry and of `wuye-rules/schemas`.
 *
 * @param library - The root entry's exports (`import * as library from 'wuye-rules'`).
 * @param schemas - The schemas entry's exports.
 * @returns The callable functions by name, alphabetically.
 */
export function buildRegistry(library: Readonly<Record<string, unknown>>, schemas: Readonly<Record<string, unknown>>): Registry {
  const entries: [string, CliFunction][] = [];
  for (const name of Object.keys(library).sort()) {
    const value = library[name];
    if (typeof value !== 'function') continue;
    const argsSchema = schemas[`${name}ArgsSchema`];
    const inputSchema = schemas[`${name}InputSchema`];
    const schemaKind = isSchema(argsSchema) ? 'args' : isSchema(inputSchema) ? 'input' : null;
    if (schemaKind === null) continue;
    const schema = (schemaKind === 'args' ? argsSchema : inputSchema) as SchemaLike;
    const call = value as (...args: unknown[]) => unknown;
    // A schema JSON Schema cannot render at all is treated as accepting anything: the function still
    // checks its input and reports bad values itself.
    const jsonSchema = once((): JsonSchema => {
      try {
        return toJsonSchema(schema);
      } catch {
        return {};
      }
    });
    entries.push([
      name,
      {
        name,
        call,
        schemaKind,
        schema,
        jsonSchema,
        layout: once(() => {
          const layout = argumentLayout(jsonSchema(), schemaKind, call.length);
          return WITHOUT_RULE_OPTIONS.has(name) ? { ...layout, optionsIndex: null, optionsMerge: false } : layout;
        }),
      },
    ]);
  }
  return new Map(entries);
}
