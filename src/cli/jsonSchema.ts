// JSON Schema, as the command line and the shipped `dist/schemas/*.json` files see the zod schemas of
// `wuye-rules/schemas`. zod itself is not imported here: every zod schema carries its own
// `toJSONSchema` method, so this module only reads and post-processes plain JSON.

/** A JSON Schema node (draft 2020-12), as plain JSON. */
export interface JsonSchema {
  /** Any keyword: type, properties, anyOf, prefixItems, title, description, … */
  [keyword: string]: unknown;
}

/** What the command line needs of a schema of `wuye-rules/schemas`: its JSON Schema rendering (zod 4). */
export interface SchemaLike {
  /** zod 4's conversion of the schema to JSON Schema. */
  toJSONSchema(params?: Record<string, unknown>): unknown;
}

/** A JSON value type, as JSON Schema names them (`integer` folded into `number`). */
export type JsonType = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

const ALL_TYPES: readonly JsonType[] = ['string', 'number', 'boolean', 'object', 'array', 'null'];

// Stands for a zod `z.date()` while the JSON Schema is built; removed by `dropDateBranches`.
const DATE_MARKER = 'x-wuye-rules-date';

/** True when a value can hold JSON Schema keywords. */
export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a zod schema is `z.date()` (read from zod 4's internal definition). */
function isZodDate(zodSchema: unknown): boolean {
  const internals = (zodSchema as { _zod?: { def?: { type?: unknown } } } | null)?._zod;
  return internals?.def?.type === 'date';
}

/**
 * Removes the `Date` branch of every union: JSON has no dates, and instants travel as ISO-8601
 * strings or epoch numbers, which the other branches of the instant schema already describe. A
 * `Date` that is not part of a union becomes a `date-time` string. A union left with one branch
 * is folded into its parent, keeping the parent's title and description.
 */
function dropDateBranches(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropDateBranches);
  if (!isSchemaObject(node)) return node;
  if (node[DATE_MARKER] === true) return { type: 'string', format: 'date-time' };
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if ((keyword === 'anyOf' || keyword === 'oneOf') && Array.isArray(value)) {
      const branches = value.filter((branch) => !(isSchemaObject(branch) && branch[DATE_MARKER] === true)).map(dropDateBranches);
      if (branches.length === 1 && isSchemaObject(branches[0])) {
        Object.assign(result, branches[0]);
      } else {
        result[keyword] = branches;
      }
    } else {
      result[keyword] = dropDateBranches(value);
    }
  }
  // Keywords of the parent win over those of a folded branch (title, description).
  for (const keyword of ['title', 'description']) {
    if (node[keyword] !== undefined) result[keyword] = node[keyword];
  }
  return result;
}

/**
 * The JSON Schema (draft 2020-12) of a zod schema of `wuye-rules/schemas`, as a JSON payload must
 * satisfy it: the input side of the schema, `Date` branches of instants dropped, anything else JSON
 * cannot express (a refinement, a custom check) left to the library, which checks it anyway.
 *
 * @param schema - A zod schema.
 * @returns Its JSON Schema.
 */
export function toJsonSchema(schema: SchemaLike): JsonSchema {
  const json = schema.toJSONSchema({
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: (context: { zodSchema: unknown }) => (isZodDate(context.zodSchema) ? { [DATE_MARKER]: true } : 'any'),
  });
  const cleaned = dropDateBranches(json);
  if (!isSchemaObject(cleaned)) return {};
  // The arguments of a function that takes none (approverNames): zod writes `prefixItems: []`, which
  // JSON Schema 2020-12 does not allow; `items: false` with `maxItems: 0` already says it.
  if (Array.isArray(cleaned.prefixItems) && cleaned.prefixItems.length === 0) delete cleaned.prefixItems;
  return cleaned;
}

/**
 * The JSON Schema of one input line of a function, as the command line and `POST /v1/<function>` read a
 * line: a JSON array is the list of arguments, any other value the only (or first) argument.
 *
 * - `args` (a tuple of the arguments): the array of the arguments, or, when the function can be called
 *   with its first argument alone, that argument bare (not an array, which would be the argument list).
 * - `input` (the only argument): the argument bare, or in a one-item array; only in the array when the
 *   argument can itself be an array (`summarizeServiceRatings`: `[[card, …]]`), since a bare array is
 *   read as the list of arguments.
 *
 * @param schema - The function's `<name>ArgsSchema` or `<name>InputSchema`.
 * @param kind - Which of the two it is.
 * @returns The line's JSON Schema, the argument's title and description at its root.
 * @throws {Error} When the schema refers to itself as a whole (`$ref: "#"`), which nesting would break.
 */
export function lineJsonSchema(schema: SchemaLike, kind: 'args' | 'input'): JsonSchema {
  const converted = toJsonSchema(schema);
  const { $schema, title, description, $defs, ...body } = converted;
  if (JSON.stringify(body).includes('"$ref":"#"')) throw new Error(`lineJsonSchema: ${String(title)} refers to itself as a whole ("$ref": "#"), which a line cannot nest`);
  const notArray = (node: unknown): JsonSchema => ({ allOf: [node, { not: { type: 'array' } }] });
  let branches: unknown[];
  if (kind === 'args') {
    const first = Array.isArray(body.prefixItems) ? body.prefixItems[0] : undefined;
    const minItems = typeof body.minItems === 'number' ? body.minItems : 0;
    if (first === undefined || minItems > 1) return converted;
    branches = [body, notArray(first)];
  } else {
    const list: JsonSchema = { type: 'array', prefixItems: [body], minItems: 1, maxItems: 1 };
    const types = acceptedTypes(converted, converted);
    branches = !types.has('array') ? [body, list] : types.size === 1 ? [list] : [notArray(body), list];
  }
  return {
    ...($schema === undefined ? {} : { $schema }),
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(branches.length === 1 ? (branches[0] as JsonSchema) : { anyOf: branches }),
    ...($defs === undefined ? {} : { $defs }),
  };
}

// A period of the policy: a union whose every branch is an object told apart by its `unit`.
function isPeriodUnion(branches: unknown): branches is JsonSchema[] {
  return (
    Array.isArray(branches) &&
    branches.length > 1 &&
    branches.every((branch) => isSchemaObject(branch) && isSchemaObject(branch.properties) && isSchemaObject(branch.properties.unit) && ('const' in branch.properties.unit || 'enum' in branch.properties.unit))
  );
}

/**
 * Makes every object of a schema's tree optional key by key (arrays stay whole): the shape of a
 * {@link definePolicy} override, where only the settings that differ are given. A union becomes
 * `anyOf` (partial branches no longer exclude each other). A period is replaced whole when its
 * override names the unit, as definePolicy reads it: its branches keep their required keys, beside
 * one of the amount alone (which keeps the default's unit) where `defaults`, the values the overrides are
 * laid over (walked alongside), give the period an amount.
 */
export function deepPartialJsonSchema(node: unknown, defaults?: unknown): unknown {
  if (Array.isArray(node)) return node.map((child) => deepPartialJsonSchema(child, defaults));
  if (!isSchemaObject(node)) return node;
  const result: JsonSchema = {};
  const union = node.oneOf ?? node.anyOf;
  if (isPeriodUnion(union)) {
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = node;
    // The amount alone only where the default has one to replace (not under a same-day or next-day default).
    const hasAmount = defaults === undefined || (isSchemaObject(defaults) && 'amount' in defaults);
    // The amount as the default's unit takes it (a working-day lead: whole, at least 1), where that is known.
    const unitOf = (branch: JsonSchema): unknown => {
      const unit = (branch.properties as JsonSchema).unit as JsonSchema;
      return 'const' in unit ? unit.const : unit.enum;
    };
    const defaultUnit = isSchemaObject(defaults) ? defaults.unit : undefined;
    const sameUnit = union.find((branch) => {
      const unit = unitOf(branch);
      return Array.isArray(unit) ? unit.includes(defaultUnit) : unit === defaultUnit;
    });
    const amount = (sameUnit?.properties as JsonSchema | undefined)?.amount ?? { type: 'number', minimum: 0 };
    const amountAlone: JsonSchema = { type: 'object', properties: { amount }, additionalProperties: false };
    return { ...rest, anyOf: hasAmount ? [amountAlone, ...union] : union };
  }
  const defaultOf = (key: string): unknown => (isSchemaObject(defaults) ? defaults[key] : undefined);
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'required') continue;
    if (keyword === 'properties' && isSchemaObject(value)) {
      result[keyword] = Object.fromEntries(Object.entries(value).map(([key, child]) => [key, deepPartialJsonSchema(child, defaultOf(key))]));
    } else if (keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf' || keyword === '$defs') {
      result[keyword === 'oneOf' ? 'anyOf' : keyword] = Array.isArray(value)
        ? value.map((child) => deepPartialJsonSchema(child, defaults))
        : isSchemaObject(value)
          ? Object.fromEntries(Object.entries(value).map(([key, child]) => [key, deepPartialJsonSchema(child)]))
          : value;
    } else {
      // Items of arrays are replaced whole by an override, so they keep their required keys.
      result[keyword] = value;
    }
  }
  return result;
}

/** Follows a local `$ref` (`#/$defs/name`) to the node it names; other nodes are returned as they are. */
export function resolveRef(root: JsonSchema, node: unknown): JsonSchema {
  let current = node;
  for (let hops = 0; hops < 32 && isSchemaObject(current) && typeof current.$ref === 'string'; hops += 1) {
    const reference = current.$ref;
    if (!reference.startsWith('#/')) return {};
    let target: unknown = root;
    for (const segment of reference.slice(2).split('/')) {
      target = isSchemaObject(target) ? target[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    current = target;
  }
  return isSchemaObject(current) ? current : {};
}

/** The branches of a node: its `anyOf`/`oneOf` members (resolved), or the node itself. */
export function branchesOf(root: JsonSchema, node: unknown): JsonSchema[] {
  const resolved = resolveRef(root, node);
  const union = Array.isArray(resolved.anyOf) ? resolved.anyOf : Array.isArray(resolved.oneOf) ? resolved.oneOf : null;
  if (union === null) return [resolved];
  return union.flatMap((branch) => branchesOf(root, branch));
}

function typeOfValue(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** The JSON types a node accepts; every type when the node says nothing (`{}`). */
export function acceptedTypes(root: JsonSchema, node: unknown): ReadonlySet<JsonType> {
  const types = new Set<JsonType>();
  for (const branch of branchesOf(root, node)) {
    if (branch.const !== undefined) {
      types.add(typeOfValue(branch.const));
    } else if (Array.isArray(branch.enum)) {
      for (const value of branch.enum) types.add(typeOfValue(value));
    } else if (typeof branch.type === 'string' || Array.isArray(branch.type)) {
      for (const type of [branch.type].flat()) types.add(type === 'integer' ? 'number' : (type as JsonType));
    } else if (isSchemaObject(branch.properties)) {
      types.add('object');
    } else if (Array.isArray(branch.prefixItems)) {
      types.add('array');
    } else {
      return new Set(ALL_TYPES);
    }
  }
  return types;
}

/** The object branch of a node, if it has one with `properties`. */
export function objectBranchOf(root: JsonSchema, node: unknown): JsonSchema | undefined {
  return branchesOf(root, node).find((branch) => isSchemaObject(branch.properties));
}

/**
 * The node that describes the value at `path` under `node`: object keys through `properties`, array
 * indexes through `prefixItems` or `items`. `undefined` when the schema does not say.
 */
export function schemaAt(root: JsonSchema, node: unknown, path: readonly (string | number)[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = resolveRef(root, node);
  for (const key of path) {
    if (current === undefined) return undefined;
    let next: unknown;
    for (const branch of branchesOf(root, current)) {
      if (typeof key === 'number') {
        next = Array.isArray(branch.prefixItems) ? branch.prefixItems[key] : isSchemaObject(branch.items) ? branch.items : undefined;
      } else if (isSchemaObject(branch.properties) && Object.hasOwn(branch.properties, key)) {
        // Own keys only: `__proto__` or `constructor` is no field a schema describes.
        next = branch.properties[key];
      }
      if (next !== undefined) break;
    }
    current = next === undefined ? undefined : resolveRef(root, next);
  }
  return current;
}

function summarizeNode(root: JsonSchema, node: unknown, depth: number): string {
  const branches = branchesOf(root, node);
  const resolved = resolveRef(root, node);
  if (branches.length > 1) {
    if (typeof resolved.title === 'string' && depth > 0) return resolved.title;
    return branches.map((branch) => summarizeNode(root, branch, depth)).join(' | ');
  }
  const branch = branches[0] ?? {};
  if (branch.const !== undefined) return JSON.stringify(branch.const);
  if (Array.isArray(branch.enum)) return branch.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (typeof branch.title === 'string' && depth > 0) return branch.title;
  if (isSchemaObject(branch.properties)) {
    if (depth > 1) return 'object';
    const required = new Set(Array.isArray(branch.required) ? branch.required : []);
    const fields = Object.entries(branch.properties).map(
      ([key, child]) => `${key}${required.has(key) ? '' : '?'}: ${summarizeNode(root, child, depth + 1)}`,
    );
    return `{ ${fields.join(', ')} }`;
  }
  if (Array.isArray(branch.prefixItems)) {
    return `[${branch.prefixItems.map((item) => summarizeNode(root, item, depth + 1)).join(', ')}]`;
  }
  if (branch.type === 'array') return `${summarizeNode(root, branch.items, depth + 1)}[]`;
  if (typeof branch.type === 'string') return branch.type;
  if (Array.isArray(branch.type)) return branch.type.join(' | ');
  return 'any';
}

/**
 * A one-line, TypeScript-like summary of what a schema accepts, for `--help`:
 * `{ level: 1 | 2 | 3 | 4, receivedAt: Instant, acceptedAt?: Instant }`.
 */
export function summarizeJsonSchema(root: JsonSchema): string {
  return summarizeNode(root, root, 0);
}
