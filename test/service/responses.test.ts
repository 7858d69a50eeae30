// The 200 responses of GET /openapi.json describe what the service answers. For every function of the
// registry, the live bodies of a started service — its example line, the richer inputs of the
// conformance suite, the cases whose answers hold null, overdueMs, closeBy or explanation, every
// example moved to a provisional year (a service with outOfCoverage 'statutory' and
// extendPastRestDays) and, through the batch route, every accepted single JSON mutation of those
// inputs — are validated with Ajv (2020-12) against the document's response schema of that
// operation, and against a closed copy of it (additionalProperties: false everywhere), so a key the
// schema does not list fails too.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { exampleLines } from '../../src/cli/examples.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { allMutations, applyMutation, exampleArguments } from '../support/adversarial.js';
import { richInputs } from '../support/richInputs.js';
import { post, startTestService, type TestService } from './_helpers.js';

type Json = Record<string, any>;

// An instant as the service writes it (src/core toShanghaiIsoString): ISO-8601 with +08:00.
const WRITTEN_INSTANT = /^[+-]?\d{4,6}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/;

/** Inputs whose answers take the branches one example does not: null, overdue, closeBy, every outcome. */
const caseInputs: Readonly<Record<string, readonly unknown[][]>> = {
  gradeForScore: [[0], [59.99], [60], [100]],
  approvalAuthority: [[0.01], [1000], [5000.01], [1e9]],
  classifyRepair: Array.from({ length: 16 }, (_, bits) => [
    { movedIn: (bits & 1) !== 0, affectsDailyLife: (bits & 2) !== 0, renovationStarted: (bits & 4) !== 0, affectsRenovation: (bits & 8) !== 0 },
  ]),
  complaintRoute: [[1], [3], [4]],
  serviceOrderKind: [['B'], ['C'], ['D']],
  visitRoleMinimum: [['supervisor']],
  yearStatus: [[2019], [2100]],
  collectionRate: [[0, 0], [1, 3]],
  emergencyOverrunDeduction: [[0], [5], [15], [45]],
  repairStatus: [
    // Overdue: accepted, not completed, asOf long past the deadline.
    [{ repairClass: 'A', receivedAt: '2026-10-05T15:00:00+08:00', planAcceptedAt: '2026-10-05T16:00:00+08:00', asOf: '2026-12-01T00:00:00+08:00' }],
    // Missed: completed after the deadline.
    [{ repairClass: 'A', receivedAt: '2026-10-05T15:00:00+08:00', planAcceptedAt: '2026-10-05T16:00:00+08:00', completedAt: '2026-11-20T00:00:00+08:00', asOf: '2026-12-01T00:00:00+08:00' }],
    // Awaiting acceptance, and open within the due-soon threshold.
    [{ repairClass: 'C', receivedAt: '2026-10-05T15:00:00+08:00', asOf: '2026-10-05T16:00:00+08:00' }],
    [{ repairClass: 'A', receivedAt: '2026-10-08T09:00:00+08:00', planAcceptedAt: '2026-10-08T09:00:00+08:00', asOf: '2026-10-08T19:00:00+08:00' }],
  ],
  complaintDeadlines: [1, 2, 3, 4].map((level) => [{ level, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T16:00:00+08:00' }]),
  classifyComplaint: [[{}], [{ media: 'occurred' }], [{ litigation: 'filed', litigationHouseholds: 12 }], [{ severeReputationalHarm: true }]],
  summarizeServiceRatings: [[[]]],
  weeklyReportCheck: [[{ weekOf: '2026-03-02T09:00:00+08:00' }]],
  probationSettlement: [[{ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-03-20T18:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00' }]],
  appraiseMonth: [[{ members: [{ id: 'a', month: { deductions: [{ item: 'absenteeism' }, { item: 'customer-conflict' }] } }, { id: 'b', month: {} }] }]],
  deskFine: [['handover-log', 1], ['handover-log', 3], ['customer-data-leak', 1], ['customer-complaint', 4]],
  checkShift: [
    [
      {
        month: '2026-03',
        shifts: [
          { start: '2026-03-02T06:00:00+08:00', end: '2026-03-02T22:00:00+08:00' },
          { start: '2026-03-03T10:00:00+08:00', end: '2026-03-03T12:00:00+08:00' },
        ],
      },
    ],
  ],
  noticePlan: [['pest-control', '2026-03-06T09:00:00+08:00'], ['works', '2026-03-02T09:00:00+08:00']],
  explainDeadline: [['2026-09-30T10:00:00+08:00', { amount: 3, unit: 'day' }]],
  fineOccurrence: [[{ kind: 'customer-complaint', at: '2026-03-20T09:00:00+08:00', history: [] }]],
};

/** Inputs answered with a provisional year by the statutory service. */
const provisionalInputs: Readonly<Record<string, readonly unknown[][]>> = {
  isWorkday: [['2030-10-08']],
  addWorkdays: [['2030-09-30T09:00:00+08:00', 3]],
  // Deadlines that fall in the National Day holidays of 2030 and move past them (extendPastRestDays).
  complaintDeadlines: [[{ level: 1, receivedAt: '2030-09-28T15:00:00+08:00', acceptedAt: '2030-09-28T16:00:00+08:00' }]],
  repairDeadline: [[{ repairClass: 'A', receivedAt: '2030-09-28T15:00:00+08:00' }]],
  repairStatus: [[{ repairClass: 'A', receivedAt: '2030-09-28T15:00:00+08:00', planAcceptedAt: '2030-09-28T16:00:00+08:00', asOf: '2030-12-01T00:00:00+08:00' }]],
  dutyCalendar: [[{ from: '2030-09-25', to: '2030-10-10' }]],
  fineOccurrence: [[{ kind: 'handover-log', at: '2030-03-20T09:00:00+08:00', history: ['2030-03-02T09:00:00+08:00'] }]],
};

// Every example line with its years moved past the published calendar (2026 → 2030, 2027 → 2031).
function movedToProvisionalYears(text: string): unknown[] {
  const value: unknown = JSON.parse(text.replace(/"2026-/g, '"2030-').replace(/"2027-/g, '"2031-').replace(/\b2026\b/g, '2030').replace(/\b2027\b/g, '2031'));
  return Array.isArray(value) ? value : [value];
}

// The schema with `additionalProperties: false` on every object that lists its properties and says
// nothing of others: an answer key the schema does not list then fails.
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'properties' || key === '$defs' ? Object.fromEntries(Object.entries(value as Json).map(([name, child]) => [name, closed(child)])) : closed(value);
  if (copy.type === 'object' && copy.properties !== undefined && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

// Every object schema below a node, with where it is.
function objectSchemas(node: unknown, where: string, found: { where: string; schema: Json }[] = []): { where: string; schema: Json }[] {
  if (Array.isArray(node)) node.forEach((child, index) => objectSchemas(child, `${where}[${index}]`, found));
  else if (typeof node === 'object' && node !== null) {
    if ((node as Json).type === 'object' && (node as Json).properties !== undefined) found.push({ where, schema: node as Json });
    for (const [key, child] of Object.entries(node)) objectSchemas(child, `${where}.${key}`, found);
  }
  return found;
}

describe('the 200 responses of /openapi.json', () => {
  const registry = defaultRegistry();
  let service: TestService;
  let statutory: TestService;
  let operations: Json;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date-time', WRITTEN_INSTANT);
  // For each function, the document's 200 schema and its closed copy.
  const validators = new Map<string, readonly [ValidateFunction, ValidateFunction]>();
  // Provisional answers seen, by the type of their result.
  const provisionalKinds = new Set<string>();

  beforeAll(async () => {
    service = await startTestService();
  });
  // The document and the policy are built by the first test that needs them, not in beforeAll: that
  // runs every function on its example, and mutation testing counts code reached outside a test as
  // static (docs/contributing.md).
  beforeEach(async () => {
    statutory ??= await startTestService({ policy: { kind: 'policy', policy: definePolicy({ outOfCoverage: 'statutory', extendPastRestDays: true, desk: { ladderWindow: 'employment' } }) } });
    operations ??= await (async () => {
      const validator = new Validator();
      await validator.validate((await (await fetch(`${service.url}/openapi.json`)).json()) as Json);
      return (validator.resolveRefs() as Json).paths as Json;
    })();
  });
  afterAll(async () => {
    await service?.close();
    await statutory?.close();
  });

  const validatorsOf = (name: string): readonly [ValidateFunction, ValidateFunction] => {
    let pair = validators.get(name);
    if (pair === undefined) {
      const schema = operations[`/v1/${name}`].post.responses['200'].content['application/json'].schema as Json;
      pair = [ajv.compile(schema), ajv.compile(closed(schema) as Json)];
      validators.set(name, pair);
    }
    return pair;
  };

  // What is wrong with a 200 body, or undefined.
  const problemsOf = (name: string, body: unknown): string | undefined => {
    const [open, strict] = validatorsOf(name);
    if (!open(body)) return `open schema: ${ajv.errorsText(open.errors)}`;
    if (!strict(body)) return `closed schema (a key the schema does not list): ${ajv.errorsText(strict.errors)}`;
    return undefined;
  };

  for (const name of registry.keys()) {
    it(`${name}: every answer validates against the document's response schema`, async () => {
      const example = exampleArguments(registry.get(name)!);
      const argumentLists = [example, ...(richInputs[name] ?? []), ...(caseInputs[name] ?? [])].map((args) => JSON.parse(JSON.stringify(args)) as unknown[]);
      const failures: string[] = [];
      let answered = 0;
      const check = async (target: TestService, path: string, args: unknown[]): Promise<Json | undefined> => {
        const answer = await post(target.url, path, args);
        if (answer.status !== 200) return undefined;
        answered += 1;
        const problem = problemsOf(name, answer.json);
        if (problem !== undefined) failures.push(`${path} ${JSON.stringify(args).slice(0, 200)} → ${answer.text.slice(0, 300)}: ${problem}`);
        if (answer.json.provisional === true || (answer.json.result as Json | null)?.provisional === true) provisionalKinds.add(typeof answer.json.result === 'object' ? 'object' : `${name}:${typeof answer.json.result}`);
        return answer.json;
      };

      for (const args of argumentLists) {
        const body = await check(service, `/v1/${name}`, args);
        expect(body, `${name} ${JSON.stringify(args)} is answered`).toBeDefined();
        await check(service, `/v1/${name}?locale=en`, args);
      }
      for (const args of [movedToProvisionalYears(exampleLines[name]!), ...(provisionalInputs[name] ?? [])]) await check(statutory, `/v1/${name}`, args);

      // Every accepted single JSON mutation of those inputs, through the batch route: each ok line's
      // result (and provisional) is a 200 body of the call route.
      const lines = argumentLists.flatMap((args) => allMutations(args, true).map((mutation) => JSON.stringify(applyMutation(args, mutation, null))));
      const batch = await fetch(`${service.url}/v1/${name}/batch`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `${lines.join('\n')}\n` });
      expect(batch.status).toBe(200);
      for (const line of (await batch.text()).split('\n')) {
        if (line === '') continue;
        const output = JSON.parse(line) as Json;
        if (!output.ok) continue;
        answered += 1;
        const body = { result: output.result, ...(output.provisional === true ? { provisional: true } : {}) };
        const problem = problemsOf(name, body);
        if (problem !== undefined) failures.push(`batch line ${output.line as number} ${lines[(output.line as number) - 1]!.slice(0, 200)} → ${JSON.stringify(body).slice(0, 300)}: ${problem}`);
      }
      expect(failures.slice(0, 5)).toEqual([]);
      expect(answered).toBeGreaterThan(argumentLists.length);
    }, 60_000);
  }

  it('is shown the answers the review found undescribed: null, overdueMs, closeBy, explanation, provisional', async () => {
    const result = async (target: TestService, path: string, args: unknown): Promise<Json> => (await post(target.url, path, args)).json;
    expect(await result(service, '/v1/gradeForScore', 0)).toEqual({ result: null });
    expect(((await result(service, '/v1/emergencyOverrunDeduction', 0)).result as Json).severity).toBeNull();
    expect((await result(service, '/v1/repairStatus', caseInputs.repairStatus![0]![0])).result).toMatchObject({ state: 'overdue', overdueMs: expect.any(Number) });
    for (const level of [1, 4]) expect((await result(service, '/v1/complaintDeadlines', caseInputs.complaintDeadlines![level - 1]![0])).result).toHaveProperty('closeBy');
    expect(((await result(service, '/v1/summarizeServiceRatings', [[]])).result as Json).satisfactionRate).toBeNull();
    expect(((await result(statutory, '/v1/fineOccurrence', provisionalInputs.fineOccurrence![0]![0])).result as Json).windowStart).toBeNull();
    expect((await result(service, '/v1/approvalAuthority?locale=en', 1000.01)).result).toHaveProperty('explanation');
    expect(await result(statutory, '/v1/isWorkday', ['2030-10-08'])).toEqual({ result: expect.any(Boolean), provisional: true });
    expect(await result(statutory, '/v1/addWorkdays', provisionalInputs.addWorkdays![0])).toEqual({ result: expect.stringMatching(WRITTEN_INSTANT), provisional: true });
    expect(await result(statutory, '/v1/repairStatus', provisionalInputs.repairStatus![0])).toMatchObject({ result: { state: 'overdue', overdueMs: expect.any(Number), provisional: true }, provisional: true });
    // Run after the per-function tests: provisional answers were among the bodies they validated.
    expect([...provisionalKinds]).toEqual(expect.arrayContaining(['object', 'isWorkday:boolean', 'addWorkdays:string']));
  });

  it('lists required keys in every object result schema, and enums for literal unions', () => {
    const missing: string[] = [];
    for (const name of registry.keys()) {
      const schema = operations[`/v1/${name}`].post.responses['200'].content['application/json'].schema as Json;
      for (const { where, schema: object } of objectSchemas(schema.properties.result, name)) {
        // A record whose keys are the caller's (approverNames) has no fixed keys to require.
        if (Object.keys(object.properties as Json).length === 0) continue;
        if (!Array.isArray(object.required) || object.required.length === 0) missing.push(where);
        for (const key of (object.required as string[] | undefined) ?? []) if (!(key in object.properties)) missing.push(`${where}: ${key} is required but not a property`);
      }
    }
    expect(missing).toEqual([]);
    const resultOf = (name: string): Json => operations[`/v1/${name}`].post.responses['200'].content['application/json'].schema.properties.result;
    expect(resultOf('approvalAuthority').required).toEqual(['approver', 'basis']);
    expect(resultOf('repairStatus').properties.state).toEqual({ type: 'string', enum: ['awaiting-acceptance', 'open', 'overdue', 'met', 'missed'] });
    expect(resultOf('repairStatus').properties.overdueMs).toEqual({ type: 'number' });
    expect(resultOf('classifyComplaint').properties.level).toEqual({ type: 'integer', enum: [1, 2, 3, 4] });
    expect(resultOf('complaintDeadlines').properties.closeBy).toEqual({ type: 'string', format: 'date-time' });
    expect(resultOf('gradeForScore')).toMatchObject({ type: ['string', 'null'], enum: ['A', 'B', 'C', 'D', 'E', null] });
    expect(resultOf('emergencyOverrunDeduction').properties.severity).toEqual({ type: ['string', 'null'], enum: ['minor', 'moderate', 'severe', null] });
    expect(resultOf('deskFine').properties.provisional).toEqual({ type: 'boolean', const: true });
  });
});
