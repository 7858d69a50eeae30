// The shape of wuye-rules/schemas as a whole: the policy schemas are zod/mini (definePolicy carries
// zod's small core only), the input schemas classic zod, and every schema the command line reads
// renders itself as JSON Schema.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import * as schemas from '../../src/schemas/index.js';

const exported = schemas as unknown as Record<string, unknown>;
const POLICY_SCHEMAS = ['policySchema', 'complaintPolicySchema', 'repairPolicySchema', 'appraisalPolicySchema', 'deskPolicySchema', 'communicationPolicySchema', 'visitPolicySchema', 'kpiPolicySchema'];
const MINI_BLOCKS = ['boundSchema', 'periodSchema', 'policyPeriodSchema', 'appraisalItemSchema'];
const inputSchemaNames = Object.keys(exported).filter((name) => /(Input|Args)Schema$/.test(name));

function schemaNamed(name: string): z.core.$ZodType {
  return exported[name] as z.core.$ZodType;
}

// A classic schema has classic zod's chainable methods; a zod/mini one has none of them.
const isClassic = (schema: unknown): boolean => typeof (schema as { optional?: unknown }).optional === 'function';

describe('wuye-rules/schemas', () => {
  it('exports zod schemas only, each named …Schema', () => {
    for (const [name, value] of Object.entries(exported)) {
      expect(name, name).toMatch(/Schema$/);
      expect(value, name).toHaveProperty('_zod');
    }
  });

  it('writes the policy schemas and the blocks they share with zod/mini', () => {
    for (const name of [...POLICY_SCHEMAS, ...MINI_BLOCKS]) expect(isClassic(exported[name]), name).toBe(false);
  });

  it('keeps the input schemas classic zod', () => {
    expect(inputSchemaNames.length).toBeGreaterThan(40);
    for (const name of inputSchemaNames) expect(isClassic(exported[name]), name).toBe(true);
  });

  it('uses one period schema in the arguments of dueAt, and one bounded to 100 years in every period of the policy', () => {
    // The tuple behind the step that refuses an unreadable value or a Promise (readable).
    const dueAtItems = ((schemas.dueAtArgsSchema as unknown as z.ZodPipe)._zod.def.out as unknown as z.ZodTuple)._zod.def.items;
    // A policy section behind the step that refuses a Date, a Map or a Set anywhere in it (policyValuesOf).
    const communication = ((schemas.communicationPolicySchema as unknown as z.ZodPipe)._zod.def.out as unknown as z.core.$ZodObject)._zod.def.shape;
    // In the arguments, behind the step that refuses a Date, a Map or a Set (fieldsOf, as the functions do).
    // The exported blocks are the same schemas behind the step that refuses an unreadable value (policyValuesOf).
    const inner = (schema: unknown): unknown => (schema as z.ZodPipe)._zod.def.out;
    expect((dueAtItems[1] as unknown as z.ZodPipe)._zod.def.out).toBe(inner(schemas.periodSchema));
    expect(communication.publicityUpdateWithin).toBe(inner(schemas.policyPeriodSchema));
    // A caller's period may be as long as its deadline stays within 9999 (dueAt's own check); a policy's, 100 years.
    expect(schemas.periodSchema.safeParse({ amount: 36_526, unit: 'day' }).success).toBe(true);
    expect(schemas.policyPeriodSchema.safeParse({ amount: 36_525, unit: 'day' }).success).toBe(true);
    expect(schemas.policyPeriodSchema.safeParse({ amount: 36_526, unit: 'day' }).success).toBe(false);
  });

  it('renders every input schema and policySchema with its own toJSONSchema(), as z.toJSONSchema() does', () => {
    const params = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' } as const;
    for (const name of [...inputSchemaNames, 'policySchema']) {
      const schema = exported[name] as z.core.$ZodType & { toJSONSchema: (options: typeof params) => unknown };
      expect(typeof schema.toJSONSchema, name).toBe('function');
      expect(schema.toJSONSchema(params), name).toEqual(z.toJSONSchema(schema, params));
    }
  });

  it('gives policySchema a title and a bilingual description', () => {
    expect(z.globalRegistry.get(schemas.policySchema)).toEqual({
      title: 'Policy',
      description: '公司政策：规则的全部数值与解读。 A company policy: every number and reading of the rules.',
    });
    expect(schemas.policySchema.toJSONSchema()).toMatchObject({ title: 'Policy', additionalProperties: false });
  });

  it('accepts the default policy, section by section', () => {
    expect(schemas.policySchema.parse(defaultPolicy)).toEqual(defaultPolicy);
    for (const section of ['complaint', 'repair', 'appraisal', 'desk', 'communication', 'visit', 'kpi'] as const) {
      expect(schemaNamed(`${section}PolicySchema`)['~standard'].validate(defaultPolicy[section]), section).toEqual({ value: defaultPolicy[section] });
    }
  });
});

describe('definePolicy in an application without zod', () => {
  const directory = mkdtempSync(join(tmpdir(), 'wuye-rules-mini-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  // Bundles `contents` (plus `files` beside it) as an application would, runs it, and returns what it
  // printed and the modules the bundle holds.
  async function runBundle(contents: string, files: Record<string, string> = {}): Promise<{ output: unknown; inputs: string[] }> {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      nodePaths: [join(process.cwd(), 'node_modules')],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const file = join(directory, `bundle-${Object.keys(files).length}.mjs`);
    writeFileSync(file, result.outputFiles[0]!.text);
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    return { output: JSON.parse(run.stdout) as unknown, inputs: Object.keys(result.metafile.inputs) };
  }

  const refusals = `
    const messages = [];
    for (const overrides of [
      { complaint: { levelThresholds: { collectiveHouseholds: { value: -1, inclusive: true } } } },
      { kpi: { phoneRings: { value: 3, inclusive: 'yes' } } },
      { repair: { deadlines: [] } },
    ]) {
      try { definePolicy(overrides); messages.push(null); } catch (error) { messages.push(error.message); }
    }
    console.log(JSON.stringify(messages));`;

  it('carries no zod at all, and words its refusals itself', async () => {
    const { output, inputs } = await runBundle(`import { definePolicy } from './src/policy/index.ts';${refusals}`);
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    const [tooSmall, notBoolean, refinement] = output as string[];
    expect(tooSmall).toBe('definePolicy: complaint.levelThresholds.collectiveHouseholds.value must be at least 0, received -1');
    expect(notBoolean).toBe('definePolicy: kpi.phoneRings.inclusive must be true or false, received "yes"');
    expect(refinement).toMatch(/^definePolicy: repair\.deadlines: must have a row for every class/);
  });

  it('is not affected by the zod locale an application chose', async () => {
    const locale = `import * as z from 'zod/mini';\nz.config({ localeError: () => 'eigene Meldung' });\n`;
    const { output } = await runBundle(`import '${join(directory, 'locale.mjs')}';\nimport { definePolicy } from './src/policy/index.ts';${refusals}`, { 'locale.mjs': locale });
    const [tooSmall, notBoolean] = output as string[];
    expect(tooSmall).toMatch(/must be at least 0, received -1$/);
    expect(notBoolean).toMatch(/must be true or false, received "yes"$/);
  });
});

describe('instantSchema', () => {
  it('accepts exactly the instants the rule functions accept', () => {
    const { instantSchema } = schemas;
    for (const good of ['2026-02-28', '2024-02-29T10:00', '2026-10-01T09:00:00+08:00', 0, new Date(0)]) expect(instantSchema.safeParse(good).success).toBe(true);
    for (const bad of ['2026-02-30', '2026-10-01T25:00', 'yesterday', 1.5, new Date(Number.NaN)]) expect(instantSchema.safeParse(bad).success).toBe(false);
  });
});
