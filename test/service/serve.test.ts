import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseServeArguments, parseSize } from '../../src/service/arguments.js';
import type { RunningService } from '../../src/service/server.js';
import { serve } from '../../src/service/serve.js';
import { repoRoot } from '../integration/_support.js';
import { Collector } from '../cli/_helpers.js';

// Runs `wuye-rules serve …` in-process; `use` gets the started service and returns when done with it.
async function serveWith(argv: readonly string[], files: Record<string, string>, use?: (service: RunningService) => Promise<void>): Promise<{ status: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  let using: Promise<void> = Promise.resolve();
  const status = await run(['serve', ...argv], {
    stdin: Readable.from([]),
    stdout,
    stderr,
    version: '9.9.9-test',
    readTextFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    onListening: (service: RunningService) => {
      using = (use ?? (async () => undefined))(service).finally(() => service.close());
    },
  } as Parameters<typeof serve>[1]);
  await using;
  return { status, stdout: stdout.text, stderr: stderr.text };
}

describe('parseServeArguments', () => {
  it('defaults to 127.0.0.1:8080, a body of 1 MiB and a keep-alive of 65 s (above a load balancer\'s 60 s)', () => {
    expect(parseServeArguments([])).toEqual({ port: 8080, host: '127.0.0.1', policyFile: undefined, calendarFile: undefined, tokenFile: undefined, maxBody: 1_048_576, keepAliveSeconds: 65, help: false });
  });

  it('reads every option, in both spellings', () => {
    expect(parseServeArguments(['--port', '0', '--host=::1', '--policy', 'p.json', '--calendar=c.json', '--token-file', 't', '--max-body', '64kb', '--keep-alive-timeout=120', '-h'])).toEqual({
      port: 0,
      host: '::1',
      policyFile: 'p.json',
      calendarFile: 'c.json',
      tokenFile: 't',
      maxBody: 65_536,
      keepAliveSeconds: 120,
      help: true,
    });
  });

  it.each([
    [['--port', '65536'], /--port must be a port number/],
    [['--port', '-1'], /--port needs a value|--port must be/],
    [['--port', 'http'], /--port must be a port number/],
    [['--port'], /--port needs a value/],
    [['--port', '1', '--port', '2'], /--port is given twice/],
    [['--max-body', '0'], /--max-body must be a size/],
    [['--max-body', '2gb'], /--max-body must be a size/],
    [['--max-body', 'lots'], /--max-body must be a size/],
    [['--keep-alive-timeout', '0'], /--keep-alive-timeout must be a whole number of seconds from 1 to 3600/],
    [['--keep-alive-timeout', '3601'], /--keep-alive-timeout must be/],
    [['--keep-alive-timeout', '1.5'], /--keep-alive-timeout must be/],
    [['--verbose'], /unknown option --verbose for serve/],
    [['approvalAuthority'], /serve takes no argument "approvalAuthority"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseServeArguments(argv)).toThrow(message);
  });

  it('reads sizes in bytes and binary multiples', () => {
    expect([parseSize('100', 'x'), parseSize('1b', 'x'), parseSize('1.5kb', 'x'), parseSize('1MB', 'x'), parseSize('1 m', 'x'), parseSize('1gb', 'x')]).toEqual([100, 1, 1536, 1_048_576, 1_048_576, 1_073_741_824]);
  });
});

describe('wuye-rules serve (the command)', () => {
  it('prints its help', async () => {
    const { status, stdout } = await serveWith(['--help'], {});
    expect(status).toBe(0);
    expect(stdout).toMatch(/^wuye-rules serve: every function of the package over HTTP/);
    expect(stdout).toContain('--token-file');
  });

  it('starts with a policy, a calendar and a token, logs where it listens, and exits 0 once closed', async () => {
    const files = {
      'p.json': '{"dayCounting": "elapsed"}',
      'c.json': '{"year": 2027, "holidays": ["2027-01-01"], "workdays": []}',
      token: 'abc123\n',
    };
    const { status, stderr } = await serveWith(['--port', '0', '--policy', 'p.json', '--calendar', 'c.json', '--token-file', 'token'], files, async (service) => {
      expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const denied = await fetch(`${service.url}/v1/isWorkday`, { method: 'POST', body: '"2027-01-01"' });
      expect(denied.status).toBe(401);
      const answer = await fetch(`${service.url}/v1/isWorkday`, { method: 'POST', body: '"2027-01-01"', headers: { authorization: 'Bearer abc123' } });
      expect(await answer.json()).toEqual({ result: false });
      // The keep-alive a load balancer in front expects to outlast its own.
      expect(answer.headers.get('keep-alive')).toBe('timeout=65');
    });
    expect(status).toBe(0);
    const [first] = stderr.split('\n');
    expect(JSON.parse(first as string)).toMatchObject({ message: expect.stringMatching(/^wuye-rules 9\.9\.9-test listening on http:\/\/127\.0\.0\.1:\d+$/) });
    expect(stderr).not.toContain('abc123');
  });

  it.each([
    [['--token-file', 'missing'], {}, /cannot read --token-file missing/],
    [['--token-file', 'token'], { token: '  \n' }, /must hold one token/],
    [['--token-file', 'token'], { token: 'two words' }, /must hold one token/],
    [['--policy', 'p.json'], { 'p.json': '{"dayCountin": "elapsed"}' }, /unknown policy key dayCountin/],
    [['--policy', 'p.json'], { 'p.json': '[{"effectiveFrom": "2026-01-01", "policy": {}, "effectiveTo": "2026-06-30"}]' }, /p\.json: policyAt: versions\[0\]\.effectiveTo must be one of the known fields/],
    [['--calendar', 'c.json'], { 'c.json': '[' }, /--calendar c\.json is not valid JSON/],
    [['--port', 'x'], {}, /--port must be a port number/],
    [['--host', '203.0.113.254', '--port', '0'], {}, /cannot listen on 203\.0\.113\.254:0/],
  ])('refuses %j with exit status 2 and a message', async (argv, files, message) => {
    const { status, stderr } = await serveWith(argv, files);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});

describe('wuye-rules serve (the process)', () => {
  const cli = join(repoRoot, 'dist/cli.js');

  it.skipIf(!existsSync(cli))('stops accepting on SIGTERM, finishes the requests in flight, and exits 0', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
        const match = /listening on (http:\/\/[^"\s]+)/.exec(stderr);
        if (match !== null) resolve(match[1] as string);
      });
      child.once('exit', () => reject(new Error(`the service exited early: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    // A batch whose body is still arriving when SIGTERM comes: it must be answered whole. Its first
    // answers prove the service is working on it before the signal is sent.
    const chunk = '800\n'.repeat(2_000);
    const request = httpRequest(`${url}/v1/approvalAuthority/batch`, { method: 'POST', agent: false });
    const text = await new Promise<string>((resolve, reject) => {
      request.on('error', reject);
      request.on('response', (response) => {
        let received = '';
        let signalled = false;
        response.setEncoding('utf8');
        response.on('data', (data: string) => {
          received += data;
          if (signalled) return;
          signalled = true;
          child.kill('SIGTERM');
          // The rest of the body, sent after the signal.
          setTimeout(() => {
            request.write(chunk);
            request.end(chunk);
          }, 200);
        });
        response.on('end', () => resolve(received));
        response.on('error', reject);
      });
      request.write(chunk);
    });
    expect(text.trimEnd().split('\n')).toHaveLength(6_000);
    expect(await exited).toBe(0);
    // New connections are refused once it has stopped.
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect(stderr).toContain('stopping: finishing the requests in flight');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
