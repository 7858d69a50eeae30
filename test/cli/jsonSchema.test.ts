import { describe, expect, it } from 'vitest';
import {
  acceptedTypes,
  branchesOf,
  deepPartialJsonSchema,
  lineJsonSchema,
  resolveRef,
  schemaAt,
  summarizeJsonSchema,
  toJsonSchema,
  type JsonSchema,
  type SchemaLike,
} from '../../src/cli/jsonSchema.js';
import { argumentLayout, buildRegistry } from '../../src/cli/registry.js';
import { approvalAuthorityInputSchema } from '../../src/schemas/complaint.js';
import { instantSchema } from '../../src/schemas/common.js';
import { policySchema } from '../../src/schemas/policy.js';
import { fakeSchema } from './_helpers.js';

// A stand-in schema whose conversion meets unrepresentable members, as zod's would: `date` is what
// zod reports for z.date(); anything else stands for another unrepresentable type.
function schemaWithUnrepresentable(build: (handler: (kind: string) => unknown) => unknown): SchemaLike {
  return {
    toJSONSchema(params?: Record<string, unknown>) {
      const handler = params?.unrepresentable as (context: { zodSchema: unknown }) => unknown;
      return build((kind) => {
        const answer = handler({ zodSchema: { _zod: { def: { type: kind } } } });
        return answer === 'any' ? {} : answer;
      });
    },
  };
}

describe('toJsonSchema', () => {
  it('drops the Date branch of the instant schema: JSON carries instants as strings or numbers', () => {
    const json = toJsonSchema(instantSchema);
    expect(json.title).toBe('Instant');
    expect(json.description).toMatch(/时刻.*An instant/);
    expect(json.anyOf).toEqual([
      expect.objectContaining({ type: 'integer' }),
      expect.objectContaining({ type: 'string', pattern: expect.any(String) }),
    ]);
    expect(JSON.stringify(json)).not.toContain('x-wuye-rules-date');
  });

  it('keeps the titles and descriptions of .meta()', () => {
    expect(toJsonSchema(approvalAuthorityInputSchema)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'number',
      minimum: 0,
      title: 'approvalAuthority input',
      description: '投诉金额（元）。 The complaint amount in yuan.',
    });
  });

  it('folds a union left with one branch into its parent, and renders a lone Date as a date-time string', () => {
    const folded = toJsonSchema(
      schemaWithUnrepresentable((member) => ({ title: 'When', anyOf: [member('date'), { type: 'string', title: 'inner' }] })),
    );
    expect(folded).toEqual({ type: 'string', title: 'When' });
    const lone = toJsonSchema(schemaWithUnrepresentable((member) => ({ type: 'object', properties: { at: member('date') } })));
    expect(lone).toEqual({ type: 'object', properties: { at: { type: 'string', format: 'date-time' } } });
    const other = toJsonSchema(schemaWithUnrepresentable((member) => ({ anyOf: [member('bigint'), { type: 'string' }] })));
    expect(other).toEqual({ anyOf: [{}, { type: 'string' }] });
  });

  it('returns an empty schema when the conversion yields something that is not an object', () => {
    expect(toJsonSchema({ toJSONSchema: () => true })).toEqual({});
  });
});

describe('deepPartialJsonSchema', () => {
  it('makes every key of the policy optional at every depth, but keeps array items whole', () => {
    const partial = deepPartialJsonSchema(toJsonSchema(policySchema)) as JsonSchema;
    const text = JSON.stringify(partial);
    expect(partial.required).toBeUndefined();
    const complaint = (partial.properties as Record<string, JsonSchema>).complaint as JsonSchema;
    expect(complaint.required).toBeUndefined();
    const bands = (complaint.properties as Record<string, JsonSchema>).approvalBands as JsonSchema;
    expect((bands.items as JsonSchema).required).toEqual(['approver', 'upTo']);
    expect(text).toContain('"additionalProperties":false');
  });

  it('walks unions and $defs', () => {
    const schema = {
      anyOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }],
      $defs: { x: { type: 'object', required: ['b'], properties: { b: {} } } },
      allOf: 'not a list',
    };
    expect(deepPartialJsonSchema(schema)).toEqual({
      anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }],
      $defs: { x: { type: 'object', properties: { b: {} } } },
      allOf: 'not a list',
    });
  });
});

describe('reading JSON Schemas', () => {
  const root: JsonSchema = {
    type: 'object',
    properties: {
      when: { $ref: '#/$defs/instant' },
      kind: { enum: ['a', 'b', 3] },
      fixed: { const: null },
      level: { type: ['integer', 'null'] },
      list: { type: 'array', items: { type: 'object', properties: { start: { $ref: '#/$defs/instant' } } } },
      pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'boolean' }] },
      nested: { anyOf: [{ type: 'string' }, { type: 'object', properties: { deep: { type: 'number' } } }] },
      odd: { $ref: '#/$defs/a~1b' },
      remote: { $ref: 'https://example.com/schema.json' },
      bare: {},
      tuple: { prefixItems: [{ type: 'string' }] },
      shape: { properties: { x: {} } },
    },
    $defs: { instant: { title: 'Instant', anyOf: [{ type: 'integer' }, { type: 'string' }] }, 'a/b': { type: 'boolean' } },
  };

  it('follows local references, with JSON Pointer escapes, and gives up on others', () => {
    expect(resolveRef(root, { $ref: '#/$defs/instant' }).title).toBe('Instant');
    expect(resolveRef(root, { $ref: '#/$defs/a~1b' })).toEqual({ type: 'boolean' });
    expect(resolveRef(root, { $ref: 'https://example.com/schema.json' })).toEqual({});
    expect(resolveRef(root, { $ref: '#/$defs/missing' })).toEqual({});
    expect(resolveRef(root, 'not a schema')).toEqual({});
  });

  it('lists the branches of nested unions', () => {
    expect(branchesOf(root, { oneOf: [{ type: 'string' }, { anyOf: [{ type: 'number' }, { $ref: '#/$defs/a~1b' }] }] })).toEqual([
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
    ]);
  });

  it('tells which JSON types a node accepts', () => {
    const at = (key: string) => acceptedTypes(root, (root.properties as Record<string, unknown>)[key]);
    expect([...at('when')].sort()).toEqual(['number', 'string']);
    expect([...at('kind')].sort()).toEqual(['number', 'string']);
    expect([...at('fixed')]).toEqual(['null']);
    expect([...at('level')].sort()).toEqual(['null', 'number']);
    expect([...at('nested')].sort()).toEqual(['object', 'string']);
    expect([...at('tuple')]).toEqual(['array']);
    expect([...at('shape')]).toEqual(['object']);
    expect(at('bare').size).toBe(6);
    expect(at('remote').size).toBe(6);
  });

  it('finds the node of a path through properties, items, prefixItems and unions', () => {
    expect(schemaAt(root, root, ['list', 0, 'start'])?.title).toBe('Instant');
    expect(schemaAt(root, root, ['pair', 1])).toEqual({ type: 'boolean' });
    expect(schemaAt(root, root, ['nested', 'deep'])).toEqual({ type: 'number' });
    expect(schemaAt(root, root, ['missing', 'deeper'])).toBeUndefined();
    expect(schemaAt(root, root, ['pair', 5])).toBeUndefined();
    expect(schemaAt(root, root, [])).toBe(root);
    // A key Object.prototype has is no field of the schema (a CSV column `__proto__.x` is an unknown key).
    for (const key of ['__proto__', 'constructor', 'toString']) expect(schemaAt(root, root, [key]), key).toBeUndefined();
  });

  it('summarizes a schema on one line', () => {
    expect(summarizeJsonSchema(root)).toBe(
      '{ when?: Instant, kind?: "a" | "b" | 3, fixed?: null, level?: integer | null, list?: object[], pair?: [string, boolean], nested?: string | { deep?: number }, odd?: boolean, remote?: any, bare?: any, tuple?: [string], shape?: { x?: any } }',
    );
    expect(summarizeJsonSchema({ anyOf: [{ type: 'integer' }, { type: 'string' }] })).toBe('integer | string');
    expect(summarizeJsonSchema({ type: 'array', items: { type: 'string' } })).toBe('string[]');
    expect(summarizeJsonSchema({ type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'object', properties: { c: {} } } } } } })).toBe(
      '{ a?: { b?: object } }',
    );
  });
});

describe('argumentLayout', () => {
  const bag = { type: 'object', properties: { employmentMonth: { type: 'integer' } } };
  const tuple = (...items: unknown[]): JsonSchema => ({ type: 'array', prefixItems: items });

  it('gives a function with an input schema one argument, options second', () => {
    expect(argumentLayout({ type: 'number' }, 'input', 2)).toMatchObject({ arity: 1, optionsIndex: 1, optionsMerge: false });
    expect(argumentLayout(tuple({ type: 'number' }), 'input', 2)).toMatchObject({ arity: 1, optionsIndex: 1 });
  });

  it('places options after the items of an arguments tuple', () => {
    expect(argumentLayout(tuple({ type: 'string' }, { type: 'number' }), 'args', 3)).toMatchObject({ arity: 2, optionsIndex: 2, optionsMerge: false });
    expect(argumentLayout({ type: 'array' }, 'args', 3)).toMatchObject({ arity: 1, optionsIndex: 1 });
  });

  it('merges options into a last bag of optional settings the function declares as its last parameter', () => {
    expect(argumentLayout(tuple({ type: 'number' }, bag), 'args', 2)).toMatchObject({ arity: 2, optionsIndex: 1, optionsMerge: true });
    expect(argumentLayout(tuple({ type: 'number' }, bag), 'args', 1)).toMatchObject({ optionsMerge: true });
    // Another parameter after it: the options go there.
    expect(argumentLayout(tuple({ type: 'number' }, bag), 'args', 3)).toMatchObject({ optionsIndex: 2, optionsMerge: false });
    // Required keys, or a union with strings: not a bag of settings.
    expect(argumentLayout(tuple({ type: 'number' }, { ...bag, required: ['employmentMonth'] }), 'args', 2)).toMatchObject({ optionsMerge: false, optionsIndex: 2 });
    expect(argumentLayout(tuple({ type: 'number' }, { anyOf: [bag, { type: 'string' }] }), 'args', 2)).toMatchObject({ optionsMerge: false });
  });

  it('keeps a last item that is the rule options themselves from the line', () => {
    const options = { type: 'object', properties: { policy: {}, calendar: {} } };
    expect(argumentLayout(tuple({ type: 'number' }, options), 'args', 2)).toMatchObject({ arity: 1, optionsIndex: 1, optionsMerge: false });
    expect(argumentLayout(tuple({ type: 'number' }, { $ref: '#/$defs/o' }), 'args', 2)).toMatchObject({ arity: 2, optionsIndex: 2 });
  });
});

describe('buildRegistry', () => {
  const input = fakeSchema({ type: 'number' });
  const args = fakeSchema({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }] });
  const registry = buildRegistry(
    { zeta: (x: number) => x, alpha: (a: string, b: number) => a + b, noSchema: () => 1, notAFunction: 5, Klass: class {} },
    { zetaInputSchema: input, alphaArgsSchema: args, alphaInputSchema: input, notAFunctionInputSchema: input, KlassInputSchema: 'not a schema' },
  );

  it('registers every function that has an input or arguments schema, alphabetically', () => {
    expect([...registry.keys()]).toEqual(['alpha', 'zeta']);
  });

  it('prefers the arguments tuple when a function has both', () => {
    expect(registry.get('alpha')?.schemaKind).toBe('args');
    expect(registry.get('alpha')?.layout()).toMatchObject({ arity: 2 });
    expect(registry.get('zeta')?.schemaKind).toBe('input');
  });

  it('treats a schema that cannot be rendered as accepting anything, once', () => {
    let calls = 0;
    const broken = buildRegistry(
      { broken: () => 1 },
      {
        brokenInputSchema: {
          toJSONSchema() {
            calls += 1;
            throw new Error('cannot');
          },
        },
      },
    );
    expect(broken.get('broken')?.jsonSchema()).toEqual({});
    expect(broken.get('broken')?.jsonSchema()).toEqual({});
    expect(calls).toBe(1);
  });
});

describe('lineJsonSchema', () => {
  const card = { type: 'object', properties: { attitude: { type: 'string' } }, required: ['attitude'] };
  const titled = (body: JsonSchema): SchemaLike => fakeSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'T', description: 'D', ...body });

  it('takes an only argument bare or in a one-item array, as the command line reads a line', () => {
    expect(lineJsonSchema(titled(card), 'input')).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'T',
      description: 'D',
      anyOf: [card, { type: 'array', prefixItems: [card], minItems: 1, maxItems: 1 }],
    });
  });

  it('takes an only argument that is itself an array in the one-item array only (regression: summarizeServiceRatings.json described the bare list)', () => {
    const list = { type: 'array', items: card };
    expect(lineJsonSchema(titled(list), 'input')).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'T',
      description: 'D',
      type: 'array',
      prefixItems: [list],
      minItems: 1,
      maxItems: 1,
    });
    // An argument that may be an array or something else: bare only when it is not an array.
    const either = { anyOf: [list, { type: 'string' }] };
    expect(lineJsonSchema(fakeSchema(either), 'input')).toEqual({
      anyOf: [{ allOf: [either, { not: { type: 'array' } }] }, { type: 'array', prefixItems: [either], minItems: 1, maxItems: 1 }],
    });
  });

  it('takes the arguments as an array, and the first bare where the function can be called with it alone', () => {
    const pair = { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], minItems: 1, maxItems: 2 };
    expect(lineJsonSchema(fakeSchema(pair), 'args')).toEqual({ anyOf: [pair, { allOf: [{ type: 'string' }, { not: { type: 'array' } }] }] });
    const both = { ...pair, minItems: 2 };
    expect(lineJsonSchema(fakeSchema(both), 'args')).toEqual(both);
  });

  it('keeps $defs at the root, where the nested references still find them, and refuses a schema that refers to itself whole', () => {
    const withDefinitions = { $ref: '#/$defs/card', $defs: { card } };
    expect(lineJsonSchema(fakeSchema(withDefinitions), 'input')).toEqual({
      anyOf: [{ $ref: '#/$defs/card' }, { type: 'array', prefixItems: [{ $ref: '#/$defs/card' }], minItems: 1, maxItems: 1 }],
      $defs: { card },
    });
    expect(() => lineJsonSchema(fakeSchema({ type: 'object', properties: { next: { $ref: '#' } } }), 'input')).toThrow(/refers to itself as a whole/);
  });
});
