import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { exampleLines } from '../../src/cli/examples.js';
import { openApiDocument } from '../../src/service/openapi.js';
import { repoRoot } from '../integration/_support.js';
import { post, startTestService, type TestService } from './_helpers.js';

type Json = Record<string, any>;

describe('GET /openapi.json', () => {
  let service: TestService;
  let document: Json;

  // The document is fetched by the first test that needs it, not in beforeAll: building it runs every
  // function on its example, and mutation testing counts code reached outside a test as "static" (it
  // then reruns the whole suite for each such mutant).
  beforeAll(async () => {
    service = await startTestService();
  });
  beforeEach(async () => {
    document ??= (await (await fetch(`${service.url}/openapi.json`)).json()) as Json;
  });
  afterAll(async () => {
    await service.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const outcome = await validator.validate(structuredClone(document));
    expect(outcome.errors ?? []).toEqual([]);
    expect(outcome.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has one operation per function of the registry, for a call and for a batch, with request and response schemas', () => {
    const registry = defaultRegistry();
    for (const name of registry.keys()) {
      const call = document.paths[`/v1/${name}`]?.post as Json;
      expect(call?.operationId, name).toBe(name);
      expect(call.requestBody.content['application/json'].schema, name).toBeTypeOf('object');
      expect(call.responses['200'].content['application/json'].schema.properties.result, name).toBeTypeOf('object');
      expect(call.responses['422'], name).toEqual({ $ref: '#/components/responses/Problem422' });
      expect(document.paths[`/v1/${name}/batch`]?.post.operationId, name).toBe(`${name}Batch`);
    }
    for (const path of ['/healthz', '/openapi.json', '/v1/catalog', '/v1/explain']) expect(document.paths[path]?.get, path).toBeDefined();
    expect(JSON.stringify(document)).not.toMatch(/"\$ref":"#\/\$defs/);
  });

  it('gives every function an example, which the function answers as the response example says', async () => {
    const registry = defaultRegistry();
    for (const name of registry.keys()) {
      const content = document.paths[`/v1/${name}`].post;
      const example = content.requestBody.content['application/json'].example;
      expect(example, `${name} has no example`).toBeDefined();
      const answer = await post(service.url, `/v1/${name}`, JSON.stringify(example));
      expect(answer.status, name).toBe(200);
      expect(answer.json, name).toEqual(content.responses['200'].content['application/json'].example);
    }
  });

  it('describes each example request and response by its own schemas', async () => {
    const validator = new Validator();
    await validator.validate(structuredClone(document));
    const resolved = validator.resolveRefs() as Json;
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    for (const name of Object.keys(exampleLines)) {
      const operation = resolved.paths[`/v1/${name}`]?.post as Json | undefined;
      if (operation === undefined) continue;
      const request = operation.requestBody.content['application/json'];
      expect(ajv.validate(request.schema, request.example), `${name} request: ${ajv.errorsText()}`).toBe(true);
      const response = operation.responses['200'].content['application/json'];
      expect(ajv.validate(response.schema, response.example), `${name} response: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it('declares the bearer scheme only when a token is required', () => {
    expect(document.components.securitySchemes).toBeUndefined();
    const guarded = openApiDocument(defaultRegistry(), { version: '1', bearer: true }) as Json;
    expect(guarded.paths['/v1/approvalAuthority'].post.security).toEqual([{ bearer: [] }]);
    expect(guarded.paths['/v1/approvalAuthority'].post.responses['401']).toEqual({ $ref: '#/components/responses/Problem401' });
  });

  it('generates, with openapi-typescript, a client whose types check against real calls', async () => {
    const folder = join(repoRoot, 'test/.tmp', `openapi-client-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    try {
      const types = astToString(await openapiTS(structuredClone(document) as never));
      writeFileSync(join(folder, 'api.d.ts'), types);
      writeFileSync(
        join(folder, 'usage.ts'),
        `import type { paths } from './api';
type Call<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
type Answer<P extends keyof paths> = paths[P] extends { post: { responses: { 200: { content: { 'application/json': infer R } } } } } ? R : never;
export const amount: Call<'/v1/approvalAuthority'> = 1000.01;
export const asList: Call<'/v1/approvalAuthority'> = [1000.01];
export const deadline: Call<'/v1/complaintDeadlines'> = { level: 2, receivedAt: '2026-10-05T15:00:00+08:00' };
export const due: Call<'/v1/dueAt'> = ['2026-10-05T15:00:00+08:00', { amount: 3, unit: 'day' }];
declare const answer: Answer<'/v1/approvalAuthority'>;
export const approver: string = answer.result.approver;
export const basis: string[] = answer.result.basis;
declare const status: Answer<'/v1/repairStatus'>;
export const state: 'awaiting-acceptance' | 'open' | 'overdue' | 'met' | 'missed' = status.result.state;
export const overdueMs: number | undefined = status.result.overdueMs;
// @ts-expect-error the state is one of five words, not any string
export const anyState: 'closed' = status.result.state;
declare const level: Answer<'/v1/classifyComplaint'>;
export const complaintLevel: 1 | 2 | 3 | 4 = level.result.level;
declare const grade: Answer<'/v1/gradeForScore'>;
export const gradeOrNull: 'A' | 'B' | 'C' | 'D' | 'E' | null = grade.result;
declare const deadlines: Answer<'/v1/complaintDeadlines'>;
export const closeBy: string | undefined = deadlines.result.closeBy;
declare const workday: Answer<'/v1/isWorkday'>;
export const provisional: true | undefined = workday.provisional;
// @ts-expect-error a level is a number, not a word
export const wrong: Call<'/v1/complaintDeadlines'> = { level: 'high', receivedAt: '2026-10-05' };
type Problem = paths['/v1/approvalAuthority']['post']['responses'][422]['content']['application/problem+json'];
declare const problem: Problem;
export const code: string = problem.code;
export const path: (string | number)[] = problem.path;
`,
      );
      const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', join(folder, 'usage.ts')], {
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout) + String((error as { stderr?: string }).stderr);
      }
      expect(output).toBe('');
    } finally {
      if (process.env.WUYE_KEEP_TMP === undefined) rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the problems of the OpenAPI document', () => {
  it('defines exactly the problem responses its operations refer to, with a token and without', async () => {
    const { openApiDocument } = await import('../../src/service/openapi.js');
    const { defaultRegistry } = await import('../../src/cli/defaultRegistry.js');
    for (const bearer of [false, true]) {
      const document = openApiDocument(defaultRegistry(), { version: '0.0.0', bearer }) as { paths: Record<string, Record<string, { responses: Record<string, { $ref?: string }> }>>; components: { responses: Record<string, unknown> } };
      const referred = new Set<string>();
      for (const path of Object.values(document.paths)) for (const operation of Object.values(path)) for (const response of Object.values(operation.responses)) if (response.$ref !== undefined) referred.add(response.$ref.replace('#/components/responses/', ''));
      expect([...referred].sort()).toEqual(Object.keys(document.components.responses).sort());
      expect(referred.has('Problem401')).toBe(bearer);
    }
  });
});
