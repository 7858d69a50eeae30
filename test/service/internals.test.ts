import { EventEmitter } from 'node:events';
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Collector, fakeRegistry } from '../cli/_helpers.js';
import type { CliFunction, Registry } from '../../src/cli/registry.js';
import { run } from '../../src/cli/run.js';
import { openApiDocument, resultSchemaOf } from '../../src/service/openapi.js';
import { Service, startService } from '../../src/service/server.js';
import type { serve } from '../../src/service/serve.js';

describe('openApiDocument', () => {
  it('moves the $defs of a schema into components, named after the function, and points its $refs there', () => {
    const registry = fakeRegistry({
      tree: [
        (node: unknown) => node,
        { $schema: 'https://json-schema.org/draft/2020-12/schema', $ref: '#/$defs/Node', $defs: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } } } } },
        'input',
      ],
      nested: [(node: unknown) => node, { type: 'object', properties: { inner: { $ref: '#' } } }, 'input'],
    });
    const document = openApiDocument(registry, { version: '1', bearer: false }) as { components: { schemas: Record<string, unknown> }; paths: Record<string, any> };
    expect(document.components.schemas['tree.Node']).toEqual({ type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/tree.Node' } } } });
    const request = document.paths['/v1/tree'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(request)).not.toContain('$defs');
    expect(JSON.stringify(request)).not.toContain('$schema');
    expect(document.components.schemas['nested.input']).toEqual({ type: 'object', properties: { inner: { $ref: '#/components/schemas/nested.input' } } });
    // No example: the operation still has its schemas, without examples.
    expect(document.paths['/v1/tree'].post.requestBody.content['application/json'].example).toBeUndefined();
  });

  it('describes a function of several arguments by a list, and takes the first alone when the rest may be left out', () => {
    const registry = fakeRegistry({
      pair: [(a: unknown, b: unknown) => [a, b], { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], minItems: 2 }, 'args'],
      loose: [(a: unknown) => a, { type: 'array', prefixItems: [{ type: 'number' }, { type: 'string' }], minItems: 1 }, 'args'],
      list: [(a: unknown) => a, { type: 'array', items: { type: 'number' } }, 'input'],
    });
    const document = openApiDocument(registry, { version: '1', bearer: false }) as { paths: Record<string, any> };
    const schemaOf = (name: string) => document.paths[`/v1/${name}`].post.requestBody.content['application/json'].schema;
    expect(schemaOf('pair')).toMatchObject({ type: 'array', minItems: 2, maxItems: 2 });
    expect(schemaOf('loose').anyOf).toEqual([{ type: 'number' }, expect.objectContaining({ type: 'array', minItems: 1, maxItems: 2 })]);
    // An argument that is itself a list must come wrapped in the argument list.
    expect(schemaOf('list')).toMatchObject({ type: 'array', prefixItems: [{ type: 'array' }], minItems: 1, maxItems: 1 });
  });
});

describe('resultSchemaOf', () => {
  it("takes the generated schema of the function's return type, with explanation beside basis", () => {
    const schema = resultSchemaOf('approvalAuthority');
    expect(schema).toMatchObject({ type: 'object', required: ['approver', 'basis'], properties: { approver: { type: 'string' }, explanation: { type: 'array', items: { type: 'string' } } } });
    expect(resultSchemaOf('addWorkdays')).toMatchObject({ type: 'string', format: 'date-time' });
    expect(resultSchemaOf('addWorkdays').properties).toBeUndefined();
  });

  it('accepts any answer of a function the package does not have, and says so', () => {
    expect(resultSchemaOf('tree')).toEqual({ description: expect.stringContaining('Not described: tree is not a function of the package') });
    expect(resultSchemaOf('constructor').type).toBeUndefined();
  });
});

describe('Service failures of its own', () => {
  it('answers 500 problem details, with no stack, when the service itself fails', async () => {
    const broken: CliFunction = {
      name: 'broken',
      call: () => 1,
      schemaKind: 'input',
      schema: { toJSONSchema: () => ({}) },
      jsonSchema: () => ({}),
      layout: () => {
        throw new Error('no layout');
      },
    };
    const failing = fakeRegistry({
      failing: [
        () => {
          throw new TypeError('oops');
        },
        {},
        'input',
      ],
    }).get('failing') as CliFunction;
    const registry: Registry = new Map([
      ['broken', broken],
      ['failing', failing],
    ]);
    // No log stream: nothing is written anywhere.
    const service = await startService({ registry, version: '1', maxBody: 1024 }, '127.0.0.1', 0);
    try {
      for (const path of ['/v1/broken', '/v1/broken?locale=en']) {
        const response = await fetch(`${service.url}${path}`, { method: 'POST', body: '1' });
        expect(response.status).toBe(500);
        const text = await response.text();
        expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'internal_error', detail: 'internal error: no layout' });
        expect(text).not.toMatch(/\n\s+at /);
      }
      const response = await fetch(`${service.url}/v1/failing`, { method: 'POST', body: '1' });
      const text = await response.text();
      expect([response.status, JSON.parse(text).code, JSON.parse(text).detail]).toEqual([500, 'internal_error', 'failing: internal error: oops']);
      expect(text).not.toMatch(/\n\s+at /);
    } finally {
      await service.close();
    }
  });

  it('cuts the connection when it fails after its answer has begun', () => {
    const service = new Service({ registry: new Map(), version: '1', maxBody: 1024 });
    let destroyed = false;
    const response = { headersSent: true, destroy: () => (destroyed = true) };
    service.internalError(response as never, { started: 0, bytes: 0 } as never, 'late failure');
    expect(destroyed).toBe(true);
  });

  // A connection each: a later error of a connection already answered is its client still sending, not logged again.
  const socket = () => ({ writable: true, end: () => undefined, destroy: () => undefined, once: () => undefined });
  const malformed = () => Object.assign(new Error('bad'), { code: 'HPE_INVALID_METHOD' });

  it('writes the access log as soon as 64 KiB of it are collected, every line whole', () => {
    const log = new Collector();
    const service = new Service({ registry: new Map(), version: '1', maxBody: 1024, log });
    // About 100 bytes a line: 200 lines are collected, 800 are written at least once.
    for (let index = 0; index < 200; index += 1) service.clientError(malformed(), socket() as never);
    expect(log.writes).toBe(0);
    for (let index = 0; index < 600; index += 1) service.clientError(malformed(), socket() as never);
    expect(log.writes).toBeGreaterThan(0);
    service.flushLog();
    const lines = log.text.trimEnd().split('\n');
    expect(lines).toHaveLength(800);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ status: 400, method: null });
  });

  it('writes each log line\'s time as Date#toISOString does, though it formats a date once a second', () => {
    const service = new Service({ registry: new Map(), version: '1', maxBody: 1024 });
    const now = (): string => (service as unknown as { now(): string }).now();
    const clock = vi.spyOn(Date, 'now');
    try {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), { minLength: 1, maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 20 }), (starts, steps) => {
          for (const start of starts) {
            // A clock that moves on by a few milliseconds at a time, across seconds, and sometimes stands still.
            let ms = start;
            for (const step of [0, ...steps]) {
              ms += step;
              clock.mockReturnValue(ms);
              expect(now()).toBe(new Date(ms).toISOString());
            }
          }
        }),
      );
    } finally {
      clock.mockRestore();
    }
  });

  it('writes a line too long for its buffer on its own, in order, whatever its characters', () => {
    const log = new Collector();
    const service = new Service({ registry: new Map(), version: '1', maxBody: 1024, log });
    const writeLog = (line: string): void => (service as unknown as { writeLog(line: string): void }).writeLog(line);
    const lines = ['first', '路'.repeat(50_000), 'x'.repeat(70_000), '😀'.repeat(10_000), 'last'];
    for (const line of lines) writeLog(line);
    service.flushLog();
    expect(log.text).toBe(`${lines.join('\n')}\n`);
  });

  it('keeps the lines a slow log stream still holds intact (the next lines go to a new buffer)', async () => {
    // Holds each chunk until the next turn of the event loop before reading it, as a busy pipe does.
    class Held extends Writable {
      text = '';
      override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
        setImmediate(() => {
          this.text += chunk.toString('utf8');
          callback();
        });
      }
    }
    const log = new Held();
    const service = new Service({ registry: new Map(), version: '1', maxBody: 1024, log });
    for (let index = 0; index < 3_000; index += 1) service.clientError(malformed(), socket() as never);
    service.flushLog();
    await new Promise((resolve) => log.end(resolve));
    const lines = log.text.trimEnd().split('\n');
    expect(lines).toHaveLength(3_000);
    for (const line of lines) expect(JSON.parse(line)).toMatchObject({ status: 400, method: null, path: null });
  });

  it('writes no access log when given nowhere to write it', () => {
    const service = new Service({ registry: new Map(), version: '1', maxBody: 1024 });
    const socket = { writable: true, end: () => undefined, destroy: () => undefined, once: () => undefined };
    expect(() => service.clientError(Object.assign(new Error('bad'), { code: 'HPE_INVALID_METHOD' }), socket as never)).not.toThrow();
    expect(() => service.flushLog()).not.toThrow();
  });
});

describe('startService', () => {
  it('listens on an IPv6 address, bracketed in its URL', async (context) => {
    let service;
    try {
      service = await startService({ registry: new Map(), version: '1', maxBody: 1024 }, '::1', 0);
    } catch {
      context.skip();
      return;
    }
    try {
      expect(service.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    } finally {
      await service.close();
    }
  });
});

describe('wuye-rules serve and its signals', () => {
  it('listens for SIGTERM and SIGINT before it writes the listening line a supervisor waits for', async () => {
    const signals = new EventEmitter();
    const handlersAtTheLine: number[] = [];
    const stderr = new Collector();
    const write = stderr.write.bind(stderr) as (chunk: string) => boolean;
    stderr.write = ((chunk: string) => {
      if (String(chunk).includes('listening on')) {
        handlersAtTheLine.push(signals.listenerCount('SIGTERM'), signals.listenerCount('SIGINT'));
        // As a supervisor does: signal the moment the line is read.
        queueMicrotask(() => signals.emit('SIGTERM'));
      }
      return write(chunk);
    }) as typeof stderr.write;
    const status = run(['serve', '--port', '0'], { stdin: Readable.from([]), stdout: new Collector(), stderr, version: '1', signals } as Parameters<typeof serve>[1]);
    expect(await status).toBe(0);
    expect(handlersAtTheLine).toEqual([1, 1]);
  });

  it('stops on SIGTERM (or SIGINT): finishes, logs it, and resolves to exit status 0', async () => {
    for (const signal of ['SIGTERM', 'SIGINT']) {
      const signals = new EventEmitter();
      const stderr = new Collector();
      const status = run(['serve', '--port', '0'], {
        stdin: Readable.from([]),
        stdout: new Collector(),
        stderr,
        version: '1',
        signals,
      } as Parameters<typeof serve>[1]);
      await new Promise<void>((resolve) => {
        const wait = setInterval(() => {
          if (!stderr.text.includes('listening on')) return;
          clearInterval(wait);
          resolve();
        }, 10);
      });
      const url = /listening on (http:\/\/[^"]+)/.exec(stderr.text)?.[1] as string;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      signals.emit(signal);
      expect(await status).toBe(0);
      expect(stderr.text).toContain('stopping: finishing the requests in flight');
      expect(signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(0);
    }
  });
});
