// The OpenAPI 3.1 document of the service, generated from the registry: the request schema of each
// function is the JSON Schema of its zod schema in `wuye-rules/schemas` (as the command line reads a
// line), its example the command line's example line, and its response the answer to that example.
import { exampleLines } from '../cli/examples.js';
import { LineEvaluator } from '../cli/evaluate.js';
import { acceptedTypes, isSchemaObject, type JsonSchema } from '../cli/jsonSchema.js';
import type { CliFunction, Registry } from '../cli/registry.js';
import { PROBLEM_TITLES } from './problem.js';

/** What the document says beyond the functions. */
export interface OpenApiOptions {
  /** The package version. */
  readonly version: string;
  /** True when `/v1` needs a bearer token (`--token-file`). */
  readonly bearer: boolean;
}

type Json = Record<string, unknown>;

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const CALL_PROBLEMS = [400, 413, 415, 422, 500] as const;

function componentName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * A function's JSON Schema made part of the document: its `$defs` become components named after the
 * function, its `$ref`s point there, and its `$schema` goes (the document's dialect is 2020-12).
 */
function embed(fn: CliFunction, node: unknown, components: Json): unknown {
  const prefix = `${componentName(fn.name)}.`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isSchemaObject(value)) return value;
    const out: JsonSchema = {};
    for (const [keyword, child] of Object.entries(value)) {
      if (keyword === '$schema' || keyword === '$id') continue;
      if (keyword === '$defs' && isSchemaObject(child)) {
        for (const [name, definition] of Object.entries(child)) components[`${prefix}${componentName(name)}`] = rewrite(definition);
        continue;
      }
      if (keyword === '$ref' && typeof child === 'string') {
        out.$ref = child === '#' ? `#/components/schemas/${prefix}input` : child.replace(/^#\/\$defs\/(.*)$/, (_, name: string) => `#/components/schemas/${prefix}${componentName(name)}`);
        continue;
      }
      out[keyword] = rewrite(child);
    }
    return out;
  };
  const root = fn.jsonSchema();
  // A schema that refers to itself as a whole (`#`) is kept whole under the function's name.
  if (JSON.stringify(root).includes('"$ref":"#"')) components[`${prefix}input`] = rewrite(root);
  if (isSchemaObject(root.$defs)) rewrite({ $defs: root.$defs });
  return rewrite(node);
}

/**
 * The schema of a request body: a JSON array holds the arguments in order, any other value is the
 * only (or first) argument, so a function of one argument that is not itself an array takes it bare.
 */
function requestSchema(fn: CliFunction, components: Json): unknown {
  const layout = fn.layout();
  const root = fn.jsonSchema();
  const args = layout.argumentSchemas.map((schema) => embed(fn, schema, components));
  const declaredMin = typeof root.minItems === 'number' ? root.minItems : fn.schemaKind === 'input' ? 1 : 0;
  const minItems = Math.min(declaredMin, layout.arity);
  // JSON Schema 2020-12 wants at least one prefixItems: a function without arguments takes an empty array.
  const list: JsonSchema = { type: 'array', ...(args.length > 0 ? { prefixItems: args } : { items: false }), minItems, maxItems: layout.arity, description: 'The arguments, in order.' };
  const first = layout.argumentSchemas[0];
  if (first === undefined || minItems > 1 || acceptedTypes(layout.root, first).has('array')) return list;
  return { anyOf: [args[0], list] };
}

// An instant as the service writes it: ISO-8601 with +08:00.
const WRITTEN_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/;

/** A schema that describes a JSON value of the same shape as `value`: types, keys and items. */
export function schemaOfExample(value: unknown, depth = 0): JsonSchema {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array', items: value.length === 0 || depth > 12 ? {} : schemaOfExample(value[0], depth + 1) };
  switch (typeof value) {
    case 'string':
      return WRITTEN_INSTANT.test(value) ? { type: 'string', format: 'date-time' } : { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    default: {
      if (depth > 12) return { type: 'object' };
      const properties: JsonSchema = {};
      for (const [key, child] of Object.entries(value as Json)) properties[key] = schemaOfExample(child, depth + 1);
      return { type: 'object', properties };
    }
  }
}

// The example's arguments and the function's answer to them, or undefined when there is no example.
function exampleOf(fn: CliFunction): { readonly body: unknown; readonly result: unknown; readonly schema: JsonSchema } | undefined {
  const line = exampleLines[fn.name];
  if (line === undefined) return undefined;
  const body: unknown = JSON.parse(line);
  const evaluation = new LineEvaluator({ fn }).evaluate(Array.isArray(body) ? structuredClone(body) : [structuredClone(body)]);
  if (!evaluation.ok) return undefined;
  const result: unknown = JSON.parse(evaluation.json);
  return { body, result, schema: schemaOfExample(result) };
}

function problemResponse(status: number): Json {
  return { description: PROBLEM_TITLES[status], content: { 'application/problem+json': { schema: PROBLEM_REF } } };
}

function responsesOf(statuses: readonly number[], bearer: boolean, ok: Json): Json {
  const responses: Json = { '200': ok };
  for (const status of [...statuses, ...(bearer ? [401] : [])].sort((a, b) => a - b)) responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
  return responses;
}

const callParameters: readonly Json[] = [
  {
    name: 'asOf',
    in: 'query',
    required: false,
    description: 'Filled in as `asOf` where the input has that field and the request lacks it (ISO-8601 or epoch ms).',
    schema: { type: 'string' },
  },
  {
    name: 'policyAt',
    in: 'query',
    required: false,
    description: "Picks the version of an effective-dated policy in force at this instant; by default the case's own instant.",
    schema: { type: 'string' },
  },
  { name: 'locale', in: 'query', required: false, description: 'Adds `explanation` (the basis in words) in this locale.', schema: { $ref: '#/components/schemas/Locale' } },
];

/**
 * The OpenAPI 3.1 document of the service.
 *
 * @param registry - The callable functions.
 * @param options - The version and whether a bearer token is needed.
 * @returns The document, as plain JSON.
 */
export function openApiDocument(registry: Registry, options: OpenApiOptions): Json {
  const components: Json = {
    Problem: {
      type: 'object',
      description: 'An RFC 9457 problem details object, with the stable code and the path of the offending field.',
      required: ['type', 'title', 'status', 'detail', 'code', 'path'],
      properties: {
        type: { type: 'string', format: 'uri-reference', description: 'urn:wuye-rules:problem:<code>' },
        title: { type: 'string' },
        status: { type: 'integer' },
        detail: { type: 'string', description: 'What went wrong, starting with the function name for a rule input error.' },
        code: { type: 'string', description: 'Stable snake_case code, safe to branch on (not_finite, invalid_json, …).' },
        path: { type: 'array', items: { type: ['string', 'integer'] }, description: 'Where in the request: argument position, then keys and indexes.' },
      },
    },
    Locale: { type: 'string', enum: ['zh-Hans', 'zh-Hant', 'en'] },
  };
  const security = options.bearer ? { security: [{ bearer: [] }] } : {};
  const paths: Json = {};
  for (const fn of registry.values()) {
    const schema = fn.jsonSchema();
    const example = exampleOf(fn);
    const summary = typeof schema.title === 'string' ? schema.title : fn.name;
    const description = `${typeof schema.description === 'string' ? `${schema.description}\n\n` : ''}Calls \`${fn.name}\` of the wuye-rules package: a JSON array body holds the arguments in order, any other JSON value is the only argument.`;
    const resultSchema = example?.schema ?? {};
    const okBody: Json = {
      type: 'object',
      required: ['result'],
      properties: {
        result: { ...resultSchema, description: 'The return value; instants as ISO-8601 with +08:00.' },
        provisional: { type: 'boolean', const: true, description: 'Present when the answer used a provisional calendar year.' },
      },
    };
    const exampleLine = exampleLines[fn.name];
    paths[`/v1/${fn.name}`] = {
      post: {
        operationId: fn.name,
        summary,
        description,
        parameters: callParameters,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: requestSchema(fn, components), ...(example === undefined ? {} : { example: example.body }) } },
        },
        responses: responsesOf(CALL_PROBLEMS, options.bearer, {
          description: 'The answer.',
          content: { 'application/json': { schema: okBody, ...(example === undefined ? {} : { example: { result: example.result } }) } },
        }),
        ...security,
      },
    };
    paths[`/v1/${fn.name}/batch`] = {
      post: {
        operationId: `${fn.name}Batch`,
        summary: `${summary} (batch)`,
        description: `Calls \`${fn.name}\` once per NDJSON line, streamed: one output line per input line, in order, as the command line writes them ({"line":N,"ok":true,"result":…} or {"line":N,"ok":false,"error":{"code","path","message"}}).`,
        parameters: callParameters,
        requestBody: {
          required: true,
          content: { 'application/x-ndjson': { schema: { type: 'string' }, ...(exampleLine === undefined ? {} : { example: `${exampleLine}\n` }) } },
        },
        responses: responsesOf([400, 415], options.bearer, {
          description: 'One line per input line.',
          content: {
            'application/x-ndjson': {
              schema: { type: 'string' },
              ...(example === undefined ? {} : { example: `${JSON.stringify({ line: 1, ok: true, result: example.result })}\n` }),
            },
          },
        }),
        ...security,
      },
    };
  }
  const jsonResponse = (description: string, schema: Json, example?: unknown): Json => ({
    description,
    content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } },
  });
  paths['/healthz'] = {
    get: {
      operationId: 'healthz',
      summary: 'Liveness',
      responses: {
        '200': jsonResponse('The service is up.', { type: 'object', required: ['status', 'version'], properties: { status: { const: 'ok' }, version: { type: 'string' } } }, { status: 'ok', version: options.version }),
      },
    },
  };
  paths['/openapi.json'] = {
    get: { operationId: 'openapi', summary: 'This document', responses: { '200': jsonResponse('The OpenAPI 3.1 document.', { type: 'object' }) } },
  };
  paths['/v1/catalog'] = {
    get: {
      operationId: 'catalog',
      summary: 'The rule catalog',
      description: 'Every rule id a decision can name in its basis, with its source document, clause and summaries in zh-Hans, zh-Hant and en.',
      responses: responsesOf([], options.bearer, jsonResponse('The catalog.', { type: 'object', required: ['result'], properties: { result: { type: 'object', properties: { rules: { type: 'object' }, sources: { type: 'object' } } } } })),
      ...security,
    },
  };
  const explainGet = {
    operationId: 'explainBasis',
    summary: 'A basis in words',
    description: 'One line per rule id: its summary, source document and clause.',
    parameters: [
      { name: 'basis', in: 'query', required: true, description: 'Rule ids, separated by commas.', schema: { type: 'string' }, example: 'complaint.approval' },
      { name: 'locale', in: 'query', required: false, schema: { $ref: '#/components/schemas/Locale' } },
    ],
    responses: responsesOf([400, 422], options.bearer, jsonResponse('The lines.', { type: 'object', required: ['result'], properties: { result: { type: 'array', items: { type: 'string' } } } })),
    ...security,
  };
  paths['/v1/explain'] = { ...(paths['/v1/explain'] as Json | undefined), get: explainGet };

  const responses: Json = {};
  for (const status of [400, 401, 404, 405, 413, 415, 422, 500]) responses[`Problem${status}`] = problemResponse(status);
  return {
    openapi: '3.1.0',
    info: {
      title: 'wuye-rules',
      version: options.version,
      description:
        'The customer-service standards of Chinese property management (物业客服) as an HTTP service: every function of the wuye-rules package, called with the same arguments. Errors are RFC 9457 problem details.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: {
      schemas: components,
      responses,
      ...(options.bearer ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {}),
    },
  };
}
