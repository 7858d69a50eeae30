// A small JSON Schema (draft 2020-12) validator for the keywords zod's conversion emits, so the
// tests can check the shipped schema files the way a Java or .NET validator would, without a new
// dependency. Unknown keywords are ignored, as validators do (`format` is an annotation in 2020-12).

type Schema = boolean | Record<string, unknown>;

/** One reason a value fails a schema: where, and which keyword. */
export interface SchemaViolation {
  readonly path: string;
  readonly keyword: string;
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return false;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function resolve(root: Schema, reference: string): Schema {
  if (!reference.startsWith('#')) throw new Error(`only local references are supported, not ${reference}`);
  let node: unknown = root;
  for (const segment of reference.slice(2).split('/').filter((part) => part !== '')) {
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined) throw new Error(`unresolved reference ${reference}`);
  return node as Schema;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, out: SchemaViolation[]): void {
  if (schema === true) return;
  if (schema === false) {
    out.push({ path, keyword: 'false' });
    return;
  }
  const fail = (keyword: string) => out.push({ path, keyword });
  if (typeof schema.$ref === 'string') check(root, resolve(root, schema.$ref), value, path, out);
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type) as string[];
    if (!types.some((type) => typeMatches(type, value))) fail('type');
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => deepEqual(option, value))) fail('enum');
  if ('const' in schema && !deepEqual(schema.const, value)) fail('const');
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    const passing = branches.filter((branch) => validate(root, branch as Schema, value).length === 0).length;
    if (keyword === 'anyOf' ? passing === 0 : passing !== 1) fail(keyword);
  }
  if (Array.isArray(schema.allOf)) for (const branch of schema.allOf) check(root, branch as Schema, value, path, out);
  if (schema.not !== undefined && validate(root, schema.not as Schema, value).length === 0) fail('not');

  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('minimum');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('maximum');
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail('exclusiveMinimum');
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) fail('exclusiveMaximum');
    if (typeof schema.multipleOf === 'number') {
      const quotient = value / schema.multipleOf;
      if (Math.abs(quotient - Math.round(quotient)) > 1e-9) fail('multipleOf');
    }
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as Schema[]) : [];
    value.forEach((item, index) => {
      const itemSchema = index < prefix.length ? prefix[index] : (schema.items as Schema | undefined);
      if (itemSchema !== undefined) check(root, itemSchema, item, `${path}/${index}`, out);
    });
    if (schema.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) fail('uniqueItems');
  }
  if (typeMatches('object', value)) {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const patterns = Object.entries((schema.patternProperties ?? {}) as Record<string, Schema>);
    if (Array.isArray(schema.required)) for (const key of schema.required as string[]) if (!(key in object)) out.push({ path: `${path}/${key}`, keyword: 'required' });
    const keys = Object.keys(object);
    if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) fail('minProperties');
    if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) fail('maxProperties');
    for (const key of keys) {
      const child = `${path}/${key}`;
      if (schema.propertyNames !== undefined) check(root, schema.propertyNames as Schema, key, child, out);
      let matched = false;
      if (key in properties) {
        matched = true;
        check(root, properties[key] as Schema, object[key], child, out);
      }
      for (const [pattern, patternSchema] of patterns) {
        if (new RegExp(pattern, 'u').test(key)) {
          matched = true;
          check(root, patternSchema, object[key], child, out);
        }
      }
      if (!matched && schema.additionalProperties !== undefined) check(root, schema.additionalProperties as Schema, object[key], child, out);
    }
  }
}

/** The violations of `value` against `schema` (empty when it is valid); `root` resolves `$ref`s. */
export function validate(root: Schema, schema: Schema, value: unknown): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  check(root, schema, value, '', out);
  return out;
}

/** The violations of `value` against a whole schema file. */
export function validateAgainst(schema: Schema, value: unknown): SchemaViolation[] {
  return validate(schema, schema, value);
}
