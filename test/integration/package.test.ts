// The package as a consumer gets it: `npm pack`, installed into a separate consumer folder, loaded as
// ESM (`import`) and as CommonJS (`require`) by child node processes in a foreign time zone, and its
// bin run on the sample files. Needs the build (npm test builds before vitest).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshFolder, installPackedPackage, repoRoot, requireBuild, runNode } from './_support.js';

const ENTRY_POINTS = ['calendar', 'complaint', 'repair', 'appraisal', 'desk', 'duty', 'communication', 'visit', 'kpi', 'policy', 'catalog', 'schemas'];
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

let consumer: { path: string; remove: () => void };
let packed: { packageDirectory: string; files: string[] };

beforeAll(() => {
  requireBuild();
  consumer = freshFolder('consumer');
  writeFileSync(join(consumer.path, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  packed = installPackedPackage(consumer.path);
}, 120_000);

afterAll(() => consumer?.remove());

const esmScript = `
import * as root from 'wuye-rules';
import { approvalAuthority, InvalidInputError, WuyeRulesError, toShanghaiIsoString, explain, definePolicy } from 'wuye-rules';
import * as complaint from 'wuye-rules/complaint';
import { approvalAuthorityInputSchema, policySchema } from 'wuye-rules/schemas';
const entries = {};
const names = {};
const notTheRootsCopy = [];
for (const name of ${JSON.stringify(ENTRY_POINTS)}) {
  const entry = await import('wuye-rules/' + name);
  entries[name] = Object.keys(entry).length;
  names[name] = Object.keys(entry).sort();
  if (name !== 'schemas') for (const key of Object.keys(entry)) if (entry[key] !== root[key]) notTheRootsCopy.push(name + '.' + key);
}
let crossEntry = null;
try { complaint.approvalAuthority(-1); } catch (error) {
  crossEntry = { sameClass: error instanceof InvalidInputError && error instanceof WuyeRulesError, code: error.code, path: error.path };
}
console.log(JSON.stringify({
  approver: approvalAuthority(1000).approver,
  sameFunction: complaint.approvalAuthority === approvalAuthority,
  crossEntry,
  shanghai: toShanghaiIsoString('2026-10-01T01:30:00Z'),
  explanation: explain(['complaint.approval'], 'en')[0].slice(0, 30),
  policy: definePolicy({ dayCounting: 'elapsed' }).dayCounting,
  schemaAccepts: approvalAuthorityInputSchema.safeParse(800).success,
  schemaRefuses: approvalAuthorityInputSchema.safeParse(-1).success,
  policySchema: typeof policySchema.safeParse,
  rootExports: Object.keys(root).length,
  rootNames: Object.keys(root).sort(),
  entries,
  names,
  notTheRootsCopy,
}));
`;

const cjsScript = `
const root = require('wuye-rules');
const complaint = require('wuye-rules/complaint');
const { approvalAuthorityInputSchema } = require('wuye-rules/schemas');
const entries = {};
const names = {};
const notTheRootsCopy = [];
for (const name of ${JSON.stringify(ENTRY_POINTS)}) {
  const entry = require('wuye-rules/' + name);
  entries[name] = Object.keys(entry).length;
  names[name] = Object.keys(entry).sort();
  if (name !== 'schemas') for (const key of Object.keys(entry)) if (entry[key] !== root[key]) notTheRootsCopy.push(name + '.' + key);
}
let crossEntry = null;
try { complaint.approvalAuthority(-1); } catch (error) {
  crossEntry = { sameClass: error instanceof root.InvalidInputError && error instanceof root.WuyeRulesError, code: error.code, path: error.path };
}
console.log(JSON.stringify({
  approver: root.approvalAuthority(1000).approver,
  sameFunction: complaint.approvalAuthority === root.approvalAuthority,
  crossEntry,
  shanghai: root.toShanghaiIsoString('2026-10-01T01:30:00Z'),
  explanation: root.explain(['complaint.approval'], 'en')[0].slice(0, 30),
  policy: root.definePolicy({ dayCounting: 'elapsed' }).dayCounting,
  schemaAccepts: approvalAuthorityInputSchema.safeParse(800).success,
  schemaRefuses: approvalAuthorityInputSchema.safeParse(-1).success,
  policySchema: typeof require('wuye-rules/schemas').policySchema.safeParse,
  rootExports: Object.keys(root).length,
  rootNames: Object.keys(root).sort(),
  entries,
  names,
  notTheRootsCopy,
  version: require('wuye-rules/package.json').version,
}));
`;

const expected = {
  approver: 'sales-manager',
  sameFunction: true,
  crossEntry: { sameClass: true, code: 'negative', path: ['amountYuan'] },
  shanghai: '2026-10-01T09:30:00.000+08:00',
  explanation: 'Approval of a complaint amount',
  policy: 'elapsed',
  schemaAccepts: true,
  schemaRefuses: false,
  policySchema: 'function',
};

interface LoadReport extends Omit<typeof expected, never> {
  rootExports: number;
  rootNames: string[];
  entries: Record<string, number>;
  names: Record<string, string[]>;
  notTheRootsCopy: string[];
}
let esmReport: LoadReport | undefined;
let cjsReport: LoadReport | undefined;

describe('the packed package', () => {
  it('ships dist (ESM, CJS, types, the bin, the JSON Schemas) and nothing of the sources or tests', () => {
    expect(packed.files).toContain('package.json');
    expect(packed.files).toContain('dist/index.js');
    expect(packed.files).toContain('dist/index.cjs');
    expect(packed.files).toContain('dist/index.d.ts');
    expect(packed.files).toContain('dist/cli.js');
    expect(packed.files).toContain('dist/schemas/approvalAuthority.json');
    expect(packed.files).toContain('dist/schemas/policy.json');
    // The guides and the sample files they cite (examples/) ship too, so that what a guide names is there.
    expect(packed.files).toContain('examples/cli/run-samples.mjs');
    expect(packed.files.filter((file) => !/^(dist|docs|examples)\//.test(file) && !['package.json', 'README.md', 'NOTICE', 'LICENSE', 'CHANGELOG.md'].includes(file))).toEqual([]);
    expect(packed.files.filter((file) => file.startsWith('docs/') && !file.endsWith('.md'))).toEqual([]);
  });

  it('ships every page the README and the guides link to, so their links work in node_modules', () => {
    const shipped = new Set(packed.files);
    const pages = packed.files.filter((file) => file === 'README.md' || (file.startsWith('docs/') && file.endsWith('.md')));
    expect(pages.length).toBeGreaterThan(30);
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(packed.packageDirectory, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target as string) || (target as string).startsWith('#')) continue;
        const file = posix.normalize(posix.join(posix.dirname(page), decodeURI((target as string).split('#')[0] as string)));
        if (!shipped.has(file)) broken.push(`${page} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads as ESM from a consumer folder, one class per error across entry points, in any host time zone', async () => {
    const { status, stdout, stderr } = await runNode(['--input-type=module', '-e', esmScript], { cwd: consumer.path, tz: 'America/New_York' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as LoadReport;
    expect(result).toMatchObject(expected);
    expect(result.rootExports).toBeGreaterThan(10);
    for (const name of ENTRY_POINTS) expect(result.entries[name], name).toBeGreaterThan(0);
    // Every entry but the schemas hands out the root's own functions and data (ESM entries re-export the root).
    expect(result.notTheRootsCopy).toEqual([]);
    esmReport = result;
  });

  it('loads as CommonJS from a consumer folder, with the same answers', async () => {
    const { status, stdout, stderr } = await runNode(['-e', cjsScript], { cwd: consumer.path, tz: 'Pacific/Kiritimati' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as LoadReport & { version: string };
    expect(result).toMatchObject({ ...expected, version: packageJson.version });
    for (const name of ENTRY_POINTS) expect(result.entries[name], name).toBeGreaterThan(0);
    expect(result.notTheRootsCopy).toEqual([]);
    cjsReport = result;
  });

  it("counts working days in one copy's rules under a policy the other copy built, provisional flags included", async () => {
    // A rule without working days of its own (classifyComplaint) uses the engine its policy carries:
    // a policy from the CommonJS copy brings that copy's engine, whose provisional reads the ESM
    // copy's flags must see.
    const script = `
import { createRequire } from 'node:module';
import * as esm from 'wuye-rules';
const cjs = createRequire(import.meta.url)('wuye-rules');
const overrides = { outOfCoverage: 'statutory', complaint: { levelThresholds: { unresolvedLongerThan: { period: { amount: 5, unit: 'workday' }, inclusive: false } } } };
// 2027-02-03 + 5 working days, the Spring Festival (5–8 February) and its compensation days (9, 10) of the provisional year skipped: due 2027-02-17T00:00+08:00.
const facts = (asOf) => ({ unresolved: { openedAt: '2027-02-03T09:00:00+08:00', asOf, causedByUs: true } });
const answers = [];
for (const policy of [cjs.definePolicy(overrides), esm.definePolicy(overrides)]) {
  answers.push([esm.classifyComplaint(facts('2027-02-17T00:00:00+08:00'), { policy }), esm.classifyComplaint(facts('2027-02-17T00:00:00.001+08:00'), { policy })]);
}
console.log(JSON.stringify(answers));
`;
    const { status, stdout, stderr } = await runNode(['--input-type=module', '-e', script], { cwd: consumer.path, tz: 'UTC' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const [fromCjs, fromEsm] = JSON.parse(stdout) as [unknown[], unknown[]];
    expect(fromCjs).toEqual(fromEsm);
    expect(fromCjs).toEqual([
      { level: 4, crisis: false, basis: ['complaint.level4', 'calendar.provisional'], provisional: true },
      { level: 2, crisis: false, basis: ['complaint.level2.overdue', 'calendar.provisional'], provisional: true },
    ]);
  });

  it("takes one copy's errors as instances of the other copy's classes, and of those classes only", async () => {
    const script = `
import { createRequire } from 'node:module';
import * as esm from 'wuye-rules';
const cjs = createRequire(import.meta.url)('wuye-rules');
const thrown = (call) => { try { call(); } catch (error) { return error; } };
const classes = ['WuyeRulesError', 'InvalidInputError', 'PolicyError', 'CalendarCoverageError'];
const errors = { invalid: (w) => w.approvalAuthority(-1), policy: (w) => w.definePolicy({ dayCounting: 'x' }), coverage: (w) => w.isWorkday('2031-05-06') };
const seen = {};
for (const [kind, call] of Object.entries(errors)) {
  for (const [from, to] of [[cjs, esm], [esm, cjs]]) {
    const error = thrown(() => call(from));
    seen[kind] = (seen[kind] ?? []).concat([classes.filter((name) => error instanceof to[name])]);
  }
}
seen.plain = [classes.filter((name) => new Error('x') instanceof esm[name])];
// The built classes keep their own names (a class naming itself in its body is emitted as _Name).
seen.names = [classes.map((name) => esm[name].name), classes.map((name) => cjs[name].name)];
console.log(JSON.stringify(seen));
`;
    const { status, stdout, stderr } = await runNode(['--input-type=module', '-e', script], { cwd: consumer.path, tz: 'UTC' });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      invalid: [['WuyeRulesError', 'InvalidInputError'], ['WuyeRulesError', 'InvalidInputError']],
      policy: [['WuyeRulesError', 'PolicyError'], ['WuyeRulesError', 'PolicyError']],
      coverage: [['WuyeRulesError', 'CalendarCoverageError'], ['WuyeRulesError', 'CalendarCoverageError']],
      plain: [[]],
      names: [
        ['WuyeRulesError', 'InvalidInputError', 'PolicyError', 'CalendarCoverageError'],
        ['WuyeRulesError', 'InvalidInputError', 'PolicyError', 'CalendarCoverageError'],
      ],
    });
  });

  it('exports the same names from every entry point in both formats', () => {
    expect(esmReport, 'the ESM test ran').toBeDefined();
    expect(cjsReport, 'the CommonJS test ran').toBeDefined();
    expect(esmReport!.rootNames).toEqual(cjsReport!.rootNames);
    for (const name of ENTRY_POINTS) expect(esmReport!.names[name], name).toEqual(cjsReport!.names[name]);
  });
});

describe('the packed bin, wuye-rules', () => {
  const bin = () => join(consumer.path, 'node_modules/.bin/wuye-rules');

  it('answers --version with the package version, through the .bin link npm makes', async () => {
    const { status, stdout } = await runNode([bin(), '--version'], { cwd: consumer.path });
    expect([status, stdout]).toEqual([0, `${packageJson.version}\n`]);
  });

  it('evaluates stdin line by line, in order, and exits 1 when a line failed', async () => {
    const { status, stdout, stderr } = await runNode([bin(), 'approvalAuthority', '--explain', '--locale', 'en'], { cwd: consumer.path, input: '800\n\n-1\n{oops\n5000\n' });
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean; result?: { approver: string; explanation: string[] } });
    expect(lines.map((line) => [line.line, line.ok])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(lines[0]?.result?.explanation[0]).toMatch(/^Approval of a complaint amount/);
  });

  it('exits 2 for a usage error, with the message on stderr', async () => {
    const { status, stdout, stderr } = await runNode([bin(), 'noSuchFunction'], { cwd: consumer.path });
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^wuye-rules: unknown function "noSuchFunction"/);
  });

  it('runs every sample file of examples/cli completely and in order', async () => {
    const directory = join(repoRoot, 'examples/cli');
    const samples = readdirSync(directory).filter((file) => /\.(ndjson|csv)$/.test(file));
    expect(samples.length).toBeGreaterThan(0);
    const help = await runNode([bin(), '--help'], { cwd: consumer.path });
    const checkSample = async (sample: string): Promise<void> => {
      const functionName = sample.split('.')[0] as string;
      // A sample of a function the package does not have (yet) is the demo's business, not a failure here.
      if (!help.stdout.includes(`\n  ${functionName}\n`)) return;
      const text = readFileSync(join(directory, sample), 'utf8');
      // <function>.policy.* samples run with the company policy, <function>.calendar.* with the 2027 notice.
      const args = [bin(), functionName, join(directory, sample)];
      if (sample.includes('.policy.')) args.push('--policy', join(directory, 'company-policy.json'));
      if (sample.includes('.calendar.')) args.push('--calendar', join(directory, 'example-notice-2027.json'));
      const { status, stdout, stderr } = await runNode(args, { cwd: consumer.path });
      expect(stderr, sample).toBe('');
      expect([0, 1], sample).toContain(status);
      const numbers = stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { line: number }).line);
      const physical = text.replace(/\r/g, '').replace(/\n$/, '').split('\n');
      const expectedNumbers = sample.endsWith('.csv')
        ? physical.flatMap((line, index) => (index === 0 || line.trim() === '' ? [] : [index + 1]))
        : physical.flatMap((line, index) => (line.trim() === '' ? [] : [index + 1]));
      expect(numbers, sample).toEqual(expectedNumbers);
      const golden = join(directory, `${sample}.expected`);
      if (existsSync(golden)) expect(stdout, sample).toBe(readFileSync(golden, 'utf8'));
    };
    // One process per sample file, two at a time (the machine has two cores): about 5 s on an idle
    // machine, several times that when it is shared, so the guard is generous (it only stops a hung
    // process).
    const queue = [...samples];
    const worker = async (): Promise<void> => {
      for (let sample = queue.shift(); sample !== undefined; sample = queue.shift()) await checkSample(sample);
    };
    await Promise.all([worker(), worker()]);
  }, 180_000);

  it('stops quietly when the reader closes the pipe early (wuye-rules … | head -1), with status 141, never 0', async () => {
    const child = spawn(process.execPath, [bin(), 'approvalAuthority'], { cwd: consumer.path, env: { ...process.env, NODE_OPTIONS: '' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    const status = new Promise<number | null>((resolvePromise) => child.on('close', resolvePromise));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('800\n'.repeat(300_000));
    // 128 + SIGPIPE, as a process the pipe stopped: a batch job must not read the cut run as complete.
    expect(await status).toBe(141);
    expect(stderr).toBe('');
  }, 60_000);
});
