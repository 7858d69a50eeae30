// Writes src/service/resultSchemas.ts: the JSON Schema (2020-12) of every callable function's result,
// as the command line and the HTTP service write it, read from the function's TypeScript return type
// with the TypeScript compiler's own checker (a development dependency already; nothing is added to
// the package). The OpenAPI document of the service (src/service/openapi.ts) takes its 200-response
// schemas from it.
//
//   node scripts/generate-result-schemas.mjs            writes the module
//   node scripts/generate-result-schemas.mjs --check    exits 1 when the committed module is stale
//
// The callable functions are found as the command line's registry finds them (src/cli/registry.ts):
// every function the root entry exports that has a `<name>ArgsSchema` or `<name>InputSchema` in
// `wuye-rules/schemas`. A result is described as it is written (src/cli/evaluate.ts):
// - a Date is an ISO-8601 string with +08:00: `{ type: 'string', format: 'date-time' }`;
// - an object lists its properties and, in `required`, those that are neither optional nor possibly
//   `undefined` (an `undefined` property is left out of the JSON); methods are left out, as JSON
//   leaves them out; `additionalProperties` is left open (a `?locale=` call adds `explanation`);
// - a string index signature (`Record<string, T>`) is `additionalProperties`; a record over literal
//   keys lists them all;
// - literal unions are `enum` (or `const` for one literal), `T | null` allows null;
// - arrays and readonly arrays are `items`, tuples `prefixItems`.
// A type that has no JSON meaning (any, unknown, a function, a class with toJSON, a recursive type)
// stops the generator with the path to it, rather than being described as "anything".
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the generated module is written. */
export const modulePath = join(root, 'src', 'service', 'resultSchemas.ts');

const DATE_TIME = Object.freeze({ type: 'string', format: 'date-time' });

/** The TypeScript program of the root entry and the schemas entry, with the repository's options. */
function createProgram(ts) {
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error !== undefined) throw new Error(`generate-result-schemas: ${ts.flattenDiagnosticMessageText(config.error.messageText, '\n')}`);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // No ambient @types: the return types of the library's functions need only its sources and the ES
  // library (@types/node was half the program's files).
  return ts.createProgram([join(root, 'src', 'index.ts'), join(root, 'src', 'schemas', 'index.ts')], { ...options, types: [] });
}

/** Converts checker types to JSON Schema, naming the path of anything it cannot describe. */
function converter(ts, checker) {
  const fail = (path, type, reason) => {
    throw new Error(`generate-result-schemas: ${path}: ${reason} (${checker.typeToString(type)})`);
  };
  const isDate = (type) => {
    const symbol = type.getSymbol();
    return symbol !== undefined && symbol.getName() === 'Date' && (symbol.getDeclarations() ?? []).some((declaration) => declaration.getSourceFile().fileName.includes('/typescript/lib/lib.'));
  };
  const isLiteral = (type) => (type.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BooleanLiteral)) !== 0;
  const literalValue = (type) => (type.flags & ts.TypeFlags.BooleanLiteral ? checker.typeToString(type) === 'true' : type.value);
  const scalarType = (values) =>
    values.every((value) => typeof value === 'string') ? 'string' : values.every((value) => typeof value === 'boolean') ? 'boolean' : values.every(Number.isInteger) ? 'integer' : 'number';

  // The schema of literals of one JSON type: `const` for one, `enum` for several.
  const literals = (values) => (values.length === 1 ? { type: scalarType(values), const: values[0] } : { type: scalarType(values), enum: values });

  // `string`, or `string & {}` (a string that keeps an open union's literals apart for editors).
  const isAnyString = (type) =>
    (type.flags & ts.TypeFlags.String) !== 0 ||
    (type.isIntersection() && type.types.some((member) => member.flags & ts.TypeFlags.String) && type.types.every((member) => member.flags & ts.TypeFlags.String || isEmptyObject(member)));
  const isEmptyObject = (type) => (type.flags & ts.TypeFlags.Object) !== 0 && checker.getPropertiesOfType(type).length === 0 && checker.getIndexInfosOfType(type).length === 0 && type.getCallSignatures().length === 0;

  function union(type, path, stack) {
    const members = type.types.filter((member) => (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) === 0);
    const nullable = members.some((member) => member.flags & ts.TypeFlags.Null);
    const others = members.filter((member) => (member.flags & ts.TypeFlags.Null) === 0);
    const parts = [];
    const strings = others.filter((member) => member.flags & ts.TypeFlags.StringLiteral).map(literalValue);
    const numbers = others.filter((member) => member.flags & ts.TypeFlags.NumberLiteral).map(literalValue);
    const booleans = others.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral).map(literalValue);
    // An open union (`'sales-manager' | … | (string & {})`): any string, the literals as examples.
    const openString = others.some((member) => !isLiteral(member) && isAnyString(member));
    if (strings.length > 0 && !openString) parts.push(literals(strings));
    if (numbers.length > 0) parts.push(literals(numbers));
    if (booleans.length === 2) parts.push({ type: 'boolean' });
    else if (booleans.length === 1) parts.push(literals(booleans));
    for (const member of others.filter((candidate) => !isLiteral(candidate))) {
      const part = convert(member, path, stack);
      parts.push(openString && isAnyString(member) && strings.length > 0 ? { ...part, examples: strings } : part);
    }
    if (parts.length === 0) return nullable ? { type: 'null' } : fail(path, type, 'a union of nothing JSON can hold');
    if (!nullable) return parts.length === 1 ? parts[0] : { anyOf: parts };
    const [only] = parts;
    // `T | null` of a scalar T stays one schema (openapi-typescript reads it as `T | null`).
    if (parts.length === 1 && typeof only.type === 'string' && only.type !== 'object' && only.type !== 'array') {
      const { type: kind, const: constant, enum: values, ...rest } = only;
      const choices = values ?? (constant === undefined ? undefined : [constant]);
      return { type: [kind, 'null'], ...rest, ...(choices === undefined ? {} : { enum: [...choices, null] }) };
    }
    return { anyOf: [...parts, { type: 'null' }] };
  }

  function object(type, path, stack) {
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) fail(path, type, 'a function has no JSON form');
    if (checker.getPropertyOfType(type, 'toJSON') !== undefined) fail(path, type, 'an object with toJSON is written as its toJSON says');
    const properties = {};
    const required = [];
    for (const property of checker.getPropertiesOfType(type)) {
      const name = property.getName();
      const propertyType = checker.getTypeOfSymbol(property);
      // Methods are left out of JSON.
      if (propertyType.getCallSignatures().length > 0) continue;
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      const mayBeUndefined = propertyType.flags & ts.TypeFlags.Undefined || (propertyType.isUnion() && propertyType.types.some((member) => member.flags & ts.TypeFlags.Undefined));
      properties[name] = convert(propertyType, `${path}.${name}`, stack);
      if (!optional && !mayBeUndefined) required.push(name);
    }
    const schema = { type: 'object', properties };
    if (required.length > 0) schema.required = required;
    for (const info of checker.getIndexInfosOfType(type)) {
      if ((info.keyType.flags & ts.TypeFlags.String) === 0) fail(path, type, 'only string index signatures have a JSON form');
      schema.additionalProperties = convert(info.type, `${path}[string]`, stack);
    }
    if (Object.keys(properties).length === 0) delete schema.properties;
    return schema;
  }

  function convert(type, path, stack = []) {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) fail(path, type, 'says nothing of the value');
    if (flags & ts.TypeFlags.Null) return { type: 'null' };
    if (type.isUnion()) return union(type, path, stack);
    if (isLiteral(type)) return literals([literalValue(type)]);
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.TemplateLiteral || isAnyString(type)) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (isDate(type)) return { ...DATE_TIME };
    if (!(flags & ts.TypeFlags.Object) && !type.isIntersection()) fail(path, type, 'has no JSON form');
    if (stack.includes(type)) fail(path, type, 'a recursive type is not described');
    const inner = [...stack, type];
    if (checker.isTupleType(type)) {
      const target = type.target;
      const items = checker.getTypeArguments(type).map((item, index) => convert(item, `${path}[${index}]`, inner));
      const minItems = target.elementFlags.filter((flag) => flag & ts.ElementFlags.Required).length;
      if (target.elementFlags.some((flag) => flag & ts.ElementFlags.Variable)) fail(path, type, 'a tuple with a rest element is not described');
      return { type: 'array', prefixItems: items, minItems, maxItems: items.length };
    }
    if (checker.isArrayType(type)) {
      const [item] = checker.getTypeArguments(type);
      return { type: 'array', items: convert(item, `${path}[]`, inner) };
    }
    if (type.isIntersection() && type.types.some((member) => !(member.flags & ts.TypeFlags.Object))) fail(path, type, 'an intersection with a primitive is not described');
    return object(type, path, inner);
  }
  return convert;
}

/** The result schemas, by function name, alphabetically. */
export function resultSchemas() {
  const ts = require('typescript');
  const program = createProgram(ts);
  const checker = program.getTypeChecker();
  const moduleOf = (file) => {
    const source = program.getSourceFile(join(root, 'src', file));
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (symbol === undefined) throw new Error(`generate-result-schemas: cannot read src/${file}`);
    return symbol;
  };
  const schemaNames = new Set(checker.getExportsOfModule(moduleOf('schemas/index.ts')).map((symbol) => symbol.getName()));
  const convert = converter(ts, checker);
  const schemas = {};
  const exports = checker.getExportsOfModule(moduleOf('index.ts')).sort((a, b) => (a.getName() < b.getName() ? -1 : 1));
  for (const exported of exports) {
    const name = exported.getName();
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Function)) continue;
    if (!schemaNames.has(`${name}ArgsSchema`) && !schemaNames.has(`${name}InputSchema`)) continue;
    const signatures = checker.getTypeOfSymbol(symbol).getCallSignatures();
    const returns = [...new Set(signatures.map((signature) => checker.getReturnTypeOfSignature(signature)))];
    if (returns.length !== 1) throw new Error(`generate-result-schemas: ${name} has overloads with different return types`);
    schemas[name] = convert(returns[0], name);
  }
  return schemas;
}

/** The text of src/service/resultSchemas.ts. */
export function generateResultSchemaModule() {
  const entries = Object.entries(resultSchemas()).map(([name, schema]) => `  ${name}: ${JSON.stringify(schema)},\n`);
  return `// GENERATED by scripts/generate-result-schemas.mjs from the functions' return types: do not edit by hand.
// The JSON Schema (2020-12) of each callable function's result, as the command line and the service
// write it (instants as ISO-8601 with +08:00). Regenerate with node scripts/generate-result-schemas.mjs
// after changing a result type; the suite fails while this module is stale.
import type { JsonSchema } from '../cli/jsonSchema.js';

/** The JSON Schema of each callable function's result, by function name. */
export const resultSchemas: Readonly<Record<string, JsonSchema>> = {
${entries.join('')}};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateResultSchemaModule();
  if (process.argv.includes('--check')) {
    if (readFileSync(modulePath, 'utf8') !== text) {
      console.error('generate-result-schemas: src/service/resultSchemas.ts is stale; run node scripts/generate-result-schemas.mjs');
      process.exit(1);
    }
    console.log('generate-result-schemas: up to date');
  } else {
    writeFileSync(modulePath, text);
    console.log(`generate-result-schemas: wrote ${modulePath}`);
  }
}
