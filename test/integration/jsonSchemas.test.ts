// The JSON Schema files the package ships (dist/schemas/, written by scripts/build-json-schemas.mjs
// after tsup), checked the way an ERP would use them: with a JSON Schema validator, on the payloads
// the command line accepts and refuses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/cli/jsonSchema.js';
import { allMutations, applyMutation, exampleArguments, schemaValue } from '../support/adversarial.js';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { LineEvaluator } from '../../src/cli/evaluate.js';
import { exampleLines } from '../../src/cli/examples.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { validateAgainst } from './_jsonSchemaValidator.js';
import { repoRoot } from './_support.js';

const schemaDirectory = join(repoRoot, 'dist/schemas');
const samplesDirectory = join(repoRoot, 'examples/cli');
const registry = defaultRegistry();

type Schema = Record<string, unknown>;
const cache = new Map<string, Schema>();
function schemaFile(file: string): Schema {
  let schema = cache.get(file);
  if (schema === undefined) {
    schema = JSON.parse(readFileSync(join(schemaDirectory, file), 'utf8')) as Schema;
    cache.set(file, schema);
  }
  return schema;
}

// The lines of every NDJSON sample of a function the package has, with the command line's verdict.
function sampleLines(): { name: string; file: string; text: string; ok: boolean; code?: string }[] {
  const lines: { name: string; file: string; text: string; ok: boolean; code?: string }[] = [];
  for (const file of readdirSync(samplesDirectory).filter((entry) => entry.endsWith('.ndjson'))) {
    const name = file.split('.')[0] as string;
    const fn = registry.get(name);
    if (fn === undefined) continue;
    const evaluator = new LineEvaluator({ fn });
    readFileSync(join(samplesDirectory, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const output = evaluator.jsonLine(text, index + 1);
        if (output === undefined) return;
        const parsed = JSON.parse(output) as { ok: boolean; error?: { code: string } };
        lines.push({ name, file: `${file}:${index + 1}`, text, ok: parsed.ok, ...(parsed.error === undefined ? {} : { code: parsed.error.code }) });
      });
  }
  return lines;
}

// The codes of a refusal for the line's shape (a type, an enum, a sign, a count), which a JSON Schema can see.
const SHAPE_CODES = ['invalid_type', 'invalid_enum', 'negative', 'not_integer', 'too_many_arguments'];

const hasCjk = (text: unknown) => typeof text === 'string' && /[\u4e00-\u9fff]/.test(text);
const hasLatin = (text: unknown) => typeof text === 'string' && /[A-Za-z]{3}/.test(text);

beforeAll(() => {
  if (!existsSync(join(schemaDirectory, 'index.json'))) {
    throw new Error('dist/schemas/ is missing: build the package (npm run build runs tsup, then node scripts/build-json-schemas.mjs)');
  }
});

// Whether definePolicy accepts the overrides (the JSON Schema must agree with it).
function outcomeOfPolicy(overrides: unknown): boolean {
  try {
    definePolicy(overrides as never);
    return true;
  } catch {
    return false;
  }
}

describe('dist/schemas/*.json', () => {
  it('has one file per callable function, listed in index.json, plus the policy schemas', () => {
    const index = schemaFile('index.json') as { functions: Record<string, { line: string; input?: string }>; policy: string; policyOverrides: string; policyVersions: string };
    for (const name of registry.keys()) {
      expect(index.functions[name]?.line, name).toBe(`${name}.json`);
      expect(existsSync(join(schemaDirectory, `${name}.json`)), name).toBe(true);
    }
    for (const entry of Object.values(index.functions)) {
      for (const file of [entry.line, entry.input]) if (file !== undefined) expect(existsSync(join(schemaDirectory, file)), file).toBe(true);
    }
    for (const file of [index.policy, index.policyOverrides, index.policyVersions]) expect(existsSync(join(schemaDirectory, file)), file).toBe(true);
  });

  it('gives every file a draft 2020-12 $schema and a title and description in Chinese and English', () => {
    for (const file of readdirSync(schemaDirectory).filter((entry) => entry.endsWith('.json') && entry !== 'index.json')) {
      const schema = schemaFile(file);
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title, file).toBe('string');
      expect(hasCjk(schema.description) && hasLatin(schema.description), `${file}: ${String(schema.description)}`).toBe(true);
      // No Date placeholder left, and no branch that accepts anything (which would void a union).
      const text = JSON.stringify(schema);
      expect(text, file).not.toContain('x-wuye-rules-date');
      expect(text, file).not.toMatch(/"anyOf":\[\{\}|,\{\}\]/);
    }
  });

  // Each file describes the line itself, as index.json says: no line is unwrapped or wrapped before it is validated.
  it('accepts the --help example of every function', () => {
    for (const [name, line] of Object.entries(exampleLines)) {
      if (!registry.has(name)) continue;
      expect(validateAgainst(schemaFile(`${name}.json`), JSON.parse(line)), name).toEqual([]);
    }
  });

  it('accepts every sample line the command line accepts, and refuses those it refuses for their shape', () => {
    const lines = sampleLines();
    expect(lines.length).toBeGreaterThan(10);
    for (const { name, file, text, ok, code } of lines) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue;
      }
      const violations = validateAgainst(schemaFile(`${name}.json`), value);
      if (ok) expect(violations, `${file} ${text}`).toEqual([]);
      else if (SHAPE_CODES.includes(code as string)) {
        expect(violations.length, `${file} ${text} (${code})`).toBeGreaterThan(0);
      }
    }
  });

  it("gives every line file the command line's verdict on each way of writing a function's example line (regression: summarizeServiceRatings.json described the bare list)", () => {
    // Every function: its example as the argument list, the only argument bare and in a one-item array,
    // the list of arguments wrapped once more, and an empty line. What the command line answers the file
    // must accept; what it refuses for its shape the file must refuse.
    let compared = 0;
    for (const [name, fn] of registry) {
      const schema = schemaFile(`${name}.json`);
      const evaluator = new LineEvaluator({ fn });
      const args = exampleArguments(fn);
      const forms: unknown[] = [args, [args], []];
      if (args.length === 1) forms.push(args[0]);
      for (const form of forms) {
        const text = JSON.stringify(form);
        const answer = JSON.parse(evaluator.jsonLine(text, 1) as string) as { ok: boolean; error?: { code: string } };
        const violations = validateAgainst(schema, form);
        if (answer.ok) expect(violations, `${name} ${text}`).toEqual([]);
        else if (SHAPE_CODES.includes(answer.error?.code as string) || answer.error?.code === 'missing') {
          expect(violations.length, `${name} ${text} (${answer.error?.code})`).toBeGreaterThan(0);
        }
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(3 * registry.size);
    // The finding itself: a list of cards is a line only wrapped once more.
    const ratings = schemaFile('summarizeServiceRatings.json');
    const card = { attitude: 'satisfied', skill: 'satisfied', arrival: 'satisfied', promise: 'satisfied' };
    expect([validateAgainst(ratings, [[card]]), validateAgainst(ratings, [[]])]).toEqual([[], []]);
    expect([validateAgainst(ratings, [card]).length > 0, validateAgainst(ratings, []).length > 0]).toEqual([true, true]);
  });

  it('accepts a bare first argument where a function can be called with it alone, as the command line does', () => {
    for (const [name, fn] of registry) {
      if (fn.schemaKind !== 'args') continue;
      const schema = schemaFile(`${name}.json`);
      const tuple = (Array.isArray(schema.anyOf) ? schema.anyOf[0] : schema) as { minItems?: number; maxItems?: number };
      // A function without arguments (approverNames) has no first argument to give bare.
      expect(Array.isArray(schema.anyOf), name).toBe((tuple.minItems ?? 0) <= 1 && tuple.maxItems !== 0);
    }
    if (registry.has('payFloat')) {
      const schema = schemaFile('payFloat.json');
      expect([validateAgainst(schema, 91), validateAgainst(schema, [91, { employmentMonth: 3 }])]).toEqual([[], []]);
      expect(validateAgainst(schema, [[91]]).length).toBeGreaterThan(0);
    }
  });

  it('agrees with approvalAuthority on any amount: what it answers, the schema accepts', () => {
    const schema = schemaFile('approvalAuthority.json');
    const evaluator = new LineEvaluator({ fn: registry.get('approvalAuthority')! });
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }).map((fen) => fen / 100), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()), (amount) => {
        const answered = (JSON.parse(evaluator.jsonLine(JSON.stringify(amount), 1) as string) as { ok: boolean }).ok;
        const valid = validateAgainst(schema, amount).length === 0;
        if (answered) expect(valid).toBe(true);
        if (typeof amount !== 'number' || amount < 0) expect(valid).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the verdict of the schema the conformance suite checks, on every single mutation of each example', () => {
    // test/conformance/schemas.test.ts proves the JSON Schema of each zod schema accepts what the
    // function accepts (but for the table of cross-field checks); the shipped file must be that schema.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [name, fn] of registry) {
      const shipped = ajv.compile(schemaFile(`${name}.json`));
      const converted = ajv.compile(toJsonSchema(fn.schema));
      const example = exampleArguments(fn);
      for (const mutation of [null, ...allMutations(example, true)]) {
        const args = mutation === null ? example : applyMutation(example, mutation, null);
        if (args.length > (fn.schemaKind === 'args' ? example.length : 1) || args.length === 0) continue;
        // The shipped file describes the line: the list of arguments as it is, the only argument in its one-item array.
        const payload = schemaValue(fn, args);
        expect(shipped(fn.schemaKind === 'args' ? payload : [payload]), `${name} ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(converted(payload));
      }
    }
  });

  it('validates a whole policy, a --policy file of overrides, and a file of effective-dated versions', () => {
    expect(validateAgainst(schemaFile('policy.json'), JSON.parse(JSON.stringify(defaultPolicy)))).toEqual([]);
    expect(validateAgainst(schemaFile('policy.json'), { dayCounting: 'elapsed' }).length).toBeGreaterThan(0);
    const overrides = schemaFile('policy-overrides.json');
    expect(validateAgainst(overrides, {})).toEqual([]);
    expect(validateAgainst(overrides, JSON.parse(JSON.stringify(defaultPolicy)))).toEqual([]);
    expect(validateAgainst(overrides, JSON.parse(readFileSync(join(samplesDirectory, 'company-policy.json'), 'utf8')))).toEqual([]);
    expect(validateAgainst(overrides, { dayCounting: 'sometimes' }).map((violation) => violation.path)).toContain('/dayCounting');
    expect(validateAgainst(overrides, { dayCountin: 'elapsed' }).length).toBeGreaterThan(0);
    expect(validateAgainst(overrides, { complaint: { approvalBands: [{ approver: 'sales-manager' }] } }).length).toBeGreaterThan(0);
    // A period override: the amount alone (the default's unit kept), or a whole period, as definePolicy reads it.
    const periods: [unknown, boolean][] = [
      [{ amount: 3 }, true],
      [{}, true],
      [{ amount: 2, unit: 'workday' }, true],
      [{ unit: 'next-day' }, true],
      [{ unit: 'day' }, false],
      [{ amount: 2, unit: 'fortnight' }, false],
      [{ unit: 'next-day', amount: 1 }, false],
    ];
    for (const [closeWithin, accepted] of periods) {
      expect(validateAgainst(overrides, { complaint: { closeWithin } }).length === 0, JSON.stringify(closeWithin)).toBe(accepted);
      expect(outcomeOfPolicy({ complaint: { closeWithin } }), JSON.stringify(closeWithin)).toBe(accepted);
    }
    // A notice's lead takes hours or whole working days, as definePolicy checks them; its amount alone is
    // taken as the default's unit takes it (community-event: 3 working days by default).
    const leads: [unknown, boolean][] = [
      [{ unit: 'workday' }, false],
      [{ amount: 1e9, unit: 'hour' }, false],
      [{ amount: 0.5, unit: 'workday' }, false],
      [{ amount: 0, unit: 'workday' }, false],
      [{ amount: 0.5, unit: 'hour' }, true],
      [{ amount: 2, unit: 'workday' }, true],
      [{ amount: 2 }, true],
      [{ amount: 2.5 }, false],
    ];
    for (const [residentLead, accepted] of leads) {
      const overridesOfLead = { communication: { notices: { 'community-event': { residentLead } } } };
      expect(validateAgainst(overrides, overridesOfLead).length === 0, JSON.stringify(residentLead)).toBe(accepted);
      expect(outcomeOfPolicy(overridesOfLead), JSON.stringify(residentLead)).toBe(accepted);
    }
    // Under a same-day default there is no amount to replace: the amount alone is refused by both.
    for (const [forwardWithin, accepted] of [[{ amount: 1 }, false], [{ amount: 2, unit: 'day' }, true], [{ unit: 'next-day' }, true]] as const) {
      expect(validateAgainst(overrides, { complaint: { forwardWithin } }).length === 0, JSON.stringify(forwardWithin)).toBe(accepted);
      expect(outcomeOfPolicy({ complaint: { forwardWithin } }), JSON.stringify(forwardWithin)).toBe(accepted);
    }
    const versions = schemaFile('policy-versions.json');
    expect(validateAgainst(versions, JSON.parse(readFileSync(join(samplesDirectory, 'company-policy-versions.json'), 'utf8')))).toEqual([]);
    expect(validateAgainst(versions, [{ effectiveFrom: 'next week', policy: {} }]).length).toBeGreaterThan(0);
    expect(validateAgainst(versions, []).length).toBeGreaterThan(0);
  });

  it('validates a --calendar file: a notice, a list of notices, or a whole calendar', () => {
    const schema = schemaFile('calendar-file.json');
    const notice = JSON.parse(readFileSync(join(samplesDirectory, 'example-notice-2027.json'), 'utf8')) as unknown;
    expect(validateAgainst(schema, notice)).toEqual([]);
    expect(validateAgainst(schema, [notice])).toEqual([]);
    expect(validateAgainst(schema, { from: 2027, to: 2027, holidays: ['2027-01-01'], workdays: [] })).toEqual([]);
    expect(validateAgainst(schema, { year: 2027, holidays: ['1 Jan'], workdays: [] }).length).toBeGreaterThan(0);
    expect(validateAgainst(schema, []).length).toBeGreaterThan(0);
    // holiday-cn's files as published, alone and in a list, as --calendar reads them.
    const published = JSON.parse(readFileSync(join(repoRoot, 'data', 'holiday-cn', '2026.json'), 'utf8')) as unknown;
    expect(validateAgainst(schema, published)).toEqual([]);
    expect(validateAgainst(schema, [published, notice])).toEqual([]);
    expect(validateAgainst(schema, { year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: 'yes' }] }).length).toBeGreaterThan(0);
  });
});
