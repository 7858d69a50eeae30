import { Writable } from 'node:stream';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { startService, type RunningService, type ServiceConfig } from '../../src/service/server.js';

/** A stream that keeps what is written to it (the access log). */
export class LogCollector extends Writable {
  text = '';

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += String(chunk);
    callback();
  }

  /** The log lines, parsed. */
  get lines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

/** A started service on an ephemeral loopback port, with its log. */
export interface TestService extends RunningService {
  readonly log: LogCollector;
}

/** Starts the package's own service on 127.0.0.1, port 0, with the settings given. */
export async function startTestService(overrides: Partial<ServiceConfig> = {}): Promise<TestService> {
  const log = new LogCollector();
  const service = await startService({ registry: defaultRegistry(), version: '9.9.9-test', maxBody: 1024 * 1024, log, ...overrides }, '127.0.0.1', 0);
  return Object.assign(service, { log });
}

/** POSTs a body (JSON-encoded unless it is already a string or buffer) and returns status, headers and parsed JSON. */
export async function post(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown>; text: string }> {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
  const response = await fetch(`${base}${path}`, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', ...headers } });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // NDJSON or nothing.
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** A rough check that no stack trace leaks: no `    at ` frame, no source path. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at |\.ts:\d+|\.js:\d+|node:internal/.test(text);
}
