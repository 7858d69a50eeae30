import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalAuthority, dueAt, explain, ruleCatalog } from '../../src/index.js';
import { toJsonValue } from '../../src/cli/evaluate.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { readPolicyFile } from '../../src/cli/policyFile.js';
import { hasStackTrace, post, startTestService, type TestService } from './_helpers.js';

const PROBLEM = 'application/problem+json; charset=utf-8';

// Sends raw bytes on a socket and returns what comes back before the server closes it (or `wait` ms pass).
function raw(port: number, text: string | Buffer, { end = true, wait = 2_000 } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(received);
    }, wait);
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.write(text);
    if (end) socket.end();
  });
}

describe('wuye-rules serve', () => {
  let service: TestService;
  let base: string;

  beforeAll(async () => {
    service = await startTestService({ maxBody: 4096 });
    base = service.url;
  });
  afterAll(async () => {
    await service.close();
  });

  describe('POST /v1/{function}', () => {
    it('answers 200 {"result": …} with the function\'s return value, the body being its only argument', async () => {
      const { status, headers, json } = await post(base, '/v1/approvalAuthority', 1000.01);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(json).toEqual({ result: JSON.parse(JSON.stringify(approvalAuthority(1000.01))) });
    });

    it('reads a JSON array body as the argument list, as a command-line line', async () => {
      const args = ['2026-09-30T15:00:00+08:00', { amount: 3, unit: 'day' }];
      const { status, json } = await post(base, '/v1/dueAt', args);
      expect(status).toBe(200);
      expect(json.result).toBe(toJsonValue(dueAt('2026-09-30T15:00:00+08:00', { amount: 3, unit: 'day' })));
      expect(json.result).toMatch(/\+08:00$/);
    });

    it('writes instants inside results as ISO-8601 with +08:00', async () => {
      const { status, json } = await post(base, '/v1/repairStatus', {
        repairClass: 'A',
        receivedAt: '2026-10-05T15:00:00+08:00',
        planAcceptedAt: '2026-10-05T16:00:00+08:00',
        asOf: '2026-10-07T12:00:00+08:00',
      });
      expect(status).toBe(200);
      expect((json.result as { dueAt: string }).dueAt).toBe('2026-10-09T00:00:00.000+08:00');
    });

    it('answers 422 problem details with the library\'s code and path for input a rule refuses', async () => {
      const { status, headers, json, text } = await post(base, '/v1/approvalAuthority', -1);
      expect(status).toBe(422);
      expect(headers.get('content-type')).toBe(PROBLEM);
      expect(json).toEqual({
        type: 'urn:wuye-rules:problem:negative',
        title: 'Input the rule cannot take',
        status: 422,
        detail: expect.stringMatching(/^approvalAuthority: amountYuan/),
        code: 'negative',
        path: ['amountYuan'],
      });
      expect(hasStackTrace(text)).toBe(false);
    });

    it.each([
      ['more arguments than the function takes', [1, 2, 3], 'too_many_arguments'],
      ['a policy in the body', [91, { employmentMonth: 3, policy: {} }], 'unsupported_option'],
      ['a typo of a field', [{ scor: 58 }], 'unknown_key'],
    ])('answers 422 for %s', async (_label, body, code) => {
      const path = code === 'unknown_key' ? '/v1/terminationEligibility' : code === 'unsupported_option' ? '/v1/payFloat' : '/v1/approvalAuthority';
      const { status, json } = await post(base, path, body);
      expect(status).toBe(422);
      if (code !== 'unknown_key') expect(json.code).toBe(code);
      expect(typeof json.code).toBe('string');
      expect(Array.isArray(json.path)).toBe(true);
    });

    it.each([
      ['malformed JSON', '{"amount": ', 'invalid_json'],
      ['an empty body', '', 'empty_body'],
      ['a body of blanks', '  \n ', 'empty_body'],
      ['JSON with a trailing comma', '[1,]', 'invalid_json'],
      ['invalid UTF-8', Buffer.from([0x22, 0xff, 0xfe, 0x22]), 'invalid_encoding'],
    ])('answers 400 problem details for %s', async (_label, body, code) => {
      const { status, headers, json, text } = await post(base, '/v1/approvalAuthority', body);
      expect(status).toBe(400);
      expect(headers.get('content-type')).toBe(PROBLEM);
      expect(json).toMatchObject({ status: 400, code, path: [], title: 'Malformed request' });
      expect(hasStackTrace(text)).toBe(false);
    });

    it('accepts a body that starts with a byte-order mark', async () => {
      const { status } = await post(base, '/v1/approvalAuthority', '\uFEFF800');
      expect(status).toBe(200);
    });

    it('answers 404 for an unknown function, suggesting the likely one', async () => {
      const { status, headers, json } = await post(base, '/v1/aprovalAuthority', 800);
      expect(status).toBe(404);
      expect(headers.get('content-type')).toBe(PROBLEM);
      expect(json).toMatchObject({ code: 'unknown_function', detail: expect.stringContaining('did you mean approvalAuthority?') });
      const plain = await post(base, '/v1/noSuchThingAtAll', 800);
      expect(plain.json.detail).toBe('unknown function "noSuchThingAtAll"');
    });

    it('answers 404 for a very long unknown name or route quoting at most 100 characters of it', async () => {
      // (The suggestion skips names too long to be near one: such a name held the service up for half a second.)
      const named = await post(base, `/v1/${'x'.repeat(8_000)}`, 800);
      expect([named.status, named.json.code]).toEqual([404, 'unknown_function']);
      expect(String(named.json.detail).length).toBeLessThanOrEqual(120);
      const route = await post(base, `/${'y'.repeat(8_000)}`, 800);
      expect([route.status, route.json.code]).toEqual([404, 'not_found']);
      expect(String(route.json.detail).length).toBeLessThanOrEqual(140);
    });

    it('answers 405 with an Allow header for a method other than POST', async () => {
      for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
        const response = await fetch(`${base}/v1/approvalAuthority`, { method });
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe('POST');
        expect(response.headers.get('content-type')).toBe(PROBLEM);
        expect(((await response.json()) as { code: string }).code).toBe('method_not_allowed');
      }
    });

    it('answers 413 for a body over --max-body, declared or streamed, and keeps serving', async () => {
      const declared = await post(base, '/v1/approvalAuthority', `[${'1,'.repeat(4000)}1]`);
      expect(declared.status).toBe(413);
      expect(declared.json).toMatchObject({ code: 'body_too_large', status: 413 });
      // Without a Content-Length: the limit is counted as the chunks arrive.
      const chunks = (function* generate() {
        for (let index = 0; index < 64; index += 1) yield new TextEncoder().encode(' '.repeat(1024));
      })();
      const stream = ReadableStream.from(chunks);
      const streamed = await fetch(`${base}/v1/approvalAuthority`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as { code: string }).code).toBe('body_too_large');
      expect((await post(base, '/v1/approvalAuthority', 800)).status).toBe(200);
    });

    it('answers a body exactly at --max-body', async () => {
      const body = `${' '.repeat(4096 - 3)}800`;
      expect(Buffer.byteLength(body)).toBe(4096);
      expect((await post(base, '/v1/approvalAuthority', body)).status).toBe(200);
    });

    it('adds the explanation in a locale with ?locale=, and fills asOf with ?asOf=', async () => {
      const explained = await post(base, '/v1/approvalAuthority?locale=en', 800);
      expect(explained.status).toBe(200);
      expect((explained.json.result as { explanation: string[] }).explanation).toEqual(explain(['complaint.approval'], 'en'));
      const filled = await post(base, `/v1/repairStatus?asOf=${encodeURIComponent('2026-10-07T12:00:00+08:00')}`, {
        repairClass: 'A',
        receivedAt: '2026-10-05T15:00:00+08:00',
        planAcceptedAt: '2026-10-05T16:00:00+08:00',
      });
      expect(filled.status).toBe(200);
      expect((filled.json.result as { state: string }).state).toBe('open');
    });

    it.each([
      ['?lang=en', 'unknown_parameter', 'lang'],
      ['?locale=fr', 'invalid_parameter', 'locale'],
      ['?locale=en&locale=zh-Hans', 'invalid_parameter', 'locale'],
      ['?asOf=soon', 'invalid_parameter', 'asOf'],
      ['?policyAt=2026-01-01', 'invalid_parameter', 'policyAt'],
    ])('answers 400 for the query %s', async (query, code, parameter) => {
      const { status, json } = await post(base, `/v1/approvalAuthority${query}`, 800);
      expect(status).toBe(400);
      expect(json).toMatchObject({ code, path: ['query', parameter] });
    });
  });

  describe('POST /v1/{function}/batch', () => {
    it('answers NDJSON, one line per input line in order, in the command line\'s format', async () => {
      const response = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body: '800\n\n5000\n-1\n{bad\n[1000]' });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
      const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean; error?: { code: string } });
      expect(lines.map((line) => [line.line, line.ok, line.error?.code])).toEqual([
        [1, true, undefined],
        [3, true, undefined],
        [4, false, 'negative'],
        [5, false, 'invalid_json'],
        [6, true, undefined],
      ]);
    });

    it('streams a batch far longer than --max-body, since only a line is limited', async () => {
      const count = 20_000;
      const body = `${Array.from({ length: count }, (_, index) => String(index % 7_000)).join('\n')}\n`;
      expect(body.length).toBeGreaterThan(4096 * 20);
      const response = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body });
      const text = await response.text();
      const lines = text.trimEnd().split('\n');
      expect(lines).toHaveLength(count);
      expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ line: count, ok: true });
    });

    it('answers a line longer than --max-body with its own error line, under its number, and reads on', async () => {
      const body = `800\n${' '.repeat(5000)}\n900\n`;
      // The same body whole, in one chunk, and cut into pieces that split the long line: the same answer.
      const whole = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body });
      const pieces = ['800\n', ' '.repeat(2500), ' '.repeat(2500), '\n900\n'].map((piece) => new TextEncoder().encode(piece));
      const cut = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body: ReadableStream.from(pieces), duplex: 'half' } as RequestInit);
      const [wholeText, cutText] = [await whole.text(), await cut.text()];
      expect([whole.status, cut.status]).toEqual([200, 200]);
      expect(cutText).toBe(wholeText);
      expect(wholeText.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
        { line: 1, ok: true, result: expect.objectContaining({ approver: expect.any(String) }) },
        { line: 2, ok: false, error: { code: 'line_too_long', path: [], message: 'approvalAuthority: the line has 5000 bytes; this service takes at most 4096 a line (--max-body)' } },
        { line: 3, ok: true, result: expect.objectContaining({ approver: expect.any(String) }) },
      ]);
    });

    it('drops nothing after an over-long line deep in a long batch', async () => {
      const chunks = ['800\n'.repeat(20_000), ' '.repeat(5000), '\n', '800\n'.repeat(10), '900\n'];
      const response = await fetch(`${base}/v1/approvalAuthority/batch`, {
        method: 'POST',
        body: ReadableStream.from(chunks.map((chunk) => new TextEncoder().encode(chunk))),
        duplex: 'half',
      } as RequestInit);
      const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean; error?: { code: string } });
      expect(lines).toHaveLength(20_012);
      expect(lines[20_000]).toMatchObject({ line: 20_001, ok: false, error: { code: 'line_too_long' } });
      expect(lines.at(-1)).toMatchObject({ line: 20_012, ok: true });
    });

    it('measures --max-body in bytes: a line of 1,400 CJK characters (4,202 bytes) is too long for 4096', async () => {
      const line = JSON.stringify('物'.repeat(1_400));
      expect([line.length < 4096, Buffer.byteLength(line)]).toEqual([true, 4_202]);
      const response = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body: `${line}\n800\n` });
      const lines = (await response.text()).trimEnd().split('\n').map((text) => JSON.parse(text) as unknown);
      expect(lines).toEqual([
        { line: 1, ok: false, error: expect.objectContaining({ code: 'line_too_long', message: expect.stringContaining('4202 bytes') }) },
        expect.objectContaining({ line: 2, ok: true }),
      ]);
    });

    it('answers a line that is not UTF-8 with its own error line and reads on', async () => {
      const response = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body: Buffer.concat([Buffer.from('800\n'), Buffer.from([0xff, 0x0a]), Buffer.from('900\n')]) });
      const lines = (await response.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean; error?: { code: string } });
      expect(lines.map((line) => [line.line, line.ok, line.error?.code])).toEqual([
        [1, true, undefined],
        [2, false, 'invalid_encoding'],
        [3, true, undefined],
      ]);
    });

    it('sends the status at once and answers each line while the body is still arriving', async () => {
      let send!: ReadableStreamDefaultController<Uint8Array>;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          send = controller;
        },
      });
      send.enqueue(new TextEncoder().encode('800\n'));
      // Without the headers before the body ends, this await never returns (the test times out).
      const response = await fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body, duplex: 'half' } as RequestInit);
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let received = '';
      // Reads until `count` answer lines have arrived.
      const answers = async (count: number): Promise<string[]> => {
        while (received.split('\n').length - 1 < count) {
          const { done, value } = await reader.read();
          if (done) break;
          received += decoder.decode(value, { stream: true });
        }
        return received.trimEnd().split('\n');
      };
      expect(JSON.parse((await answers(1))[0] as string)).toMatchObject({ line: 1, ok: true });
      // The body is still open: the answer above came while it was.
      send.enqueue(new TextEncoder().encode('-1\n'));
      expect(JSON.parse((await answers(2))[1] as string)).toMatchObject({ line: 2, ok: false });
      send.enqueue(new TextEncoder().encode('900\n'));
      send.close();
      expect(await answers(4)).toHaveLength(3);
    }, 10_000);

    it('answers 404 and 405 as a single call does', async () => {
      expect((await post(base, '/v1/nothing/batch', '1')).status).toBe(404);
      const response = await fetch(`${base}/v1/approvalAuthority/batch`);
      expect([response.status, response.headers.get('allow')]).toEqual([405, 'POST']);
    });
  });

  describe('GET routes', () => {
    it('answers /healthz with the version, to GET and HEAD only', async () => {
      const response = await fetch(`${base}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9-test' });
      const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
      expect([head.status, await head.text()]).toEqual([200, '']);
      const wrong = await fetch(`${base}/healthz`, { method: 'POST' });
      expect([wrong.status, wrong.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    });

    it('answers 405 to /openapi.json and /v1/catalog with another method than GET', async () => {
      for (const path of ['/openapi.json', '/v1/catalog']) {
        const response = await fetch(`${base}${path}`, { method: 'DELETE' });
        expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
      }
    });

    it('answers /v1/catalog with every rule of the catalog', async () => {
      const response = await fetch(`${base}/v1/catalog`);
      const { result } = (await response.json()) as { result: { rules: Record<string, unknown>; sources: Record<string, unknown> } };
      expect(Object.keys(result.rules)).toEqual(Object.keys(ruleCatalog));
      expect(Object.keys(result.sources).length).toBeGreaterThan(0);
    });

    it('answers /v1/explain?basis=…&locale=… with the basis in words', async () => {
      const response = await fetch(`${base}/v1/explain?basis=complaint.approval,complaint.approval&locale=zh-Hant`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ result: explain(['complaint.approval', 'complaint.approval'], 'zh-Hant') });
      const byDefault = (await (await fetch(`${base}/v1/explain?basis=complaint.approval`)).json()) as { result: string[] };
      expect(byDefault.result).toEqual(explain(['complaint.approval']));
    });

    it.each([
      ['', 400, 'missing_parameter', ['query', 'basis']],
      ['?basis=', 400, 'missing_parameter', ['query', 'basis']],
      ['?basis=complaint.approval&lang=en', 400, 'unknown_parameter', ['query', 'lang']],
      ['?basis=complaint.approval,no.such-rule', 422, 'unknown_rule', ['query', 'basis', 1]],
      // A bad query parameter is a bad request, as for a call (?locale=fr there is 400 too).
      ['?basis=complaint.approval&locale=fr', 400, 'invalid_parameter', ['query', 'locale']],
      ['?basis=complaint.approval&locale=en&locale=en', 400, 'invalid_parameter', ['query', 'locale']],
      // Given twice, or with an empty id between commas: refused as a call refuses them, never merged or dropped.
      ['?basis=complaint.approval&basis=complaint.close', 400, 'invalid_parameter', ['query', 'basis']],
      ['?basis=complaint.approval,,complaint.close', 422, 'unknown_rule', ['query', 'basis', 1]],
      ['?basis=complaint.approval,', 422, 'unknown_rule', ['query', 'basis', 1]],
    ])('answers /v1/explain%s with a problem', async (query, status, code, path) => {
      const response = await fetch(`${base}/v1/explain${query}`);
      expect(response.status).toBe(status);
      const body = (await response.json()) as { code: string; path: unknown[] };
      expect(body.code).toBe(code);
      expect(body.path).toEqual(path);
    });

    it('shows, when basis is missing, an example query of rules that exist', async () => {
      const body = (await (await fetch(`${base}/v1/explain`)).json()) as { detail: string };
      const example = /basis=([\w.,-]+)/.exec(body.detail)![1]!.split(',');
      expect(example.length).toBeGreaterThan(1);
      for (const id of example) expect(Object.keys(ruleCatalog)).toContain(id);
      expect((await fetch(`${base}/v1/explain?basis=${example.join(',')}`)).status).toBe(200);
    });

    it('refuses a query parameter on /v1/catalog, which takes none', async () => {
      const response = await fetch(`${base}/v1/catalog?locale=en`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'unknown_parameter', path: ['query', 'locale'] });
    });

    it('answers unknown_function for any identifier that names no function, __proto__ too', async () => {
      for (const name of ['__proto__', 'constructor', '$x', 'toString']) {
        const response = await fetch(`${base}/v1/${name}`, { method: 'POST', body: '1' });
        expect([name, response.status, ((await response.json()) as { code: string }).code]).toEqual([name, 404, 'unknown_function']);
      }
    });

    it('answers 405 to /v1/explain with another method than GET', async () => {
      const response = await fetch(`${base}/v1/explain?basis=complaint.approval`, { method: 'POST', body: '[]' });
      expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
    });

    it('answers 404 problem details for any other route', async () => {
      for (const path of ['/', '/v2/approvalAuthority', '/v1', '/v1/', '/v1/approvalAuthority/extra', '/healthz/x']) {
        const response = await fetch(`${base}${path}`);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toBe(PROBLEM);
      }
    });
  });

  describe('robustness', () => {
    it('answers 431 to headers too large for Node to read', async () => {
      const answer = await raw(service.port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(20_000)}\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 431 /);
      expect(answer).toContain('"code":"headers_too_large"');
    });

    it('answers malformed HTTP with a 400 problem and keeps serving', async () => {
      const answer = await raw(service.port, 'NOT HTTP AT ALL\r\n\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('"code":"malformed_request"');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('answers a whole request followed by bytes that are no HTTP, then closes the connection (the bytes are not its fault)', async () => {
      const call = 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\n\r\n1000';
      for (const after of ['HELLO\r\n\r\n', '5000']) {
        const answer = await raw(service.port, call + after, { end: false });
        expect(answer).toMatch(/^HTTP\/1\.1 200 /);
        expect(answer).toContain('"approver":"sales-manager"');
        expect(answer).toMatch(/\r\nConnection: close\r\n/i);
        expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
      }
      // Two whole requests in one write are both answered, in order, on the open connection.
      const both = await raw(service.port, `${call}${call.replace('1000', '5000')}`);
      expect(both.match(/"approver":"[a-z-]+"/g)).toEqual(['"approver":"sales-manager"', '"approver":"general-manager"']);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('answers an HTTP/1.1 request without Host with a 400 problem, and HTTP/1.0 without it as usual', async () => {
      const answer = await raw(service.port, 'GET /healthz HTTP/1.1\r\n\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain(`Content-Type: ${PROBLEM}`);
      expect(answer).toContain('"code":"missing_host"');
      expect(await raw(service.port, 'GET /healthz HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /);
    });

    it('answers 400 to two Host lines or a Host that names no host, and takes names, addresses, ports and empty', async () => {
      const twice = await raw(service.port, 'GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n');
      expect(twice).toMatch(/^HTTP\/1\.1 400 /);
      expect(twice).toContain('"code":"invalid_host"');
      for (const host of ['a b', 'a/b', 'user@a', 'a:8x', '[::1', 'a:1:2']) {
        const answer = await raw(service.port, `GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
        expect(answer, host).toMatch(/^HTTP\/1\.1 400 /);
        expect(answer, host).toContain('"code":"invalid_host"');
      }
      for (const host of ['', 'localhost', 'erp.example.cn:8080', '127.0.0.1:80', '[::1]:8080', 'xn--fiq228c.cn', 'a:']) {
        expect(await raw(service.port, `GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`), host).toMatch(/^HTTP\/1\.1 200 /);
      }
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('answers CONNECT with a 501 problem and logs it, and logs HEAD without the body it did not send', async () => {
      const before = service.log.lines.length;
      const answer = await raw(service.port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
      expect(answer).toMatch(/^HTTP\/1\.1 501 /);
      expect(answer).toContain('"code":"unsupported_method"');
      const head = await fetch(`${base}/v1/catalog`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      // The log is written in batches: wait for both lines (bounded by the test's timeout).
      while (service.log.lines.slice(before).filter((line) => line.method === 'CONNECT' || line.method === 'HEAD').length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      const lines = service.log.lines.slice(before);
      expect(lines).toContainEqual(expect.objectContaining({ method: 'CONNECT', path: 'example.com:443', status: 501 }));
      expect(lines).toContainEqual(expect.objectContaining({ method: 'HEAD', path: '/v1/catalog', status: 200, bytes: 0 }));
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('answers 415 to a body that is never UTF-8 JSON (UTF-16 or UTF-32 by its charset, or CSV), and reads other charsets as UTF-8', async () => {
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('800\n900\n', 'utf16le')]);
      for (const type of ['application/x-ndjson; charset=utf-16', 'application/json;charset="UTF-16LE"', 'text/plain; charset=unicode', 'application/json; charset=utf-32']) {
        const answer = await post(base, '/v1/approvalAuthority/batch', utf16, { 'content-type': type });
        expect([answer.status, answer.json.code], type).toEqual([415, 'unsupported_media_type']);
      }
      const csv = await post(base, '/v1/repairStatus/batch', 'repairClass,receivedAt\nA,2026-10-05\n', { 'content-type': 'text/csv; charset=utf-8' });
      expect([csv.status, csv.json.code]).toEqual([415, 'unsupported_media_type']);
      expect(csv.json.detail).toContain('the command line reads CSV');
      // An ASCII body labelled ISO-8859-1 (a Java StringEntity's default) is read, as is one without a type.
      expect((await post(base, '/v1/approvalAuthority', '800', { 'content-type': 'text/plain; charset=ISO-8859-1' })).json).toEqual({ result: { approver: 'sales-manager', basis: ['complaint.approval'] } });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    });

    it('answers 415 to a body in a content coding, which it does not decode, and takes identity', async () => {
      const gzip = await post(base, '/v1/approvalAuthority', '800', { 'content-encoding': 'gzip' });
      expect([gzip.status, gzip.headers.get('content-type'), gzip.json.code, gzip.headers.get('accept-encoding')]).toEqual([415, PROBLEM, 'unsupported_content_encoding', 'identity']);
      const batch = await post(base, '/v1/approvalAuthority/batch', '800\n', { 'content-encoding': 'br' });
      expect([batch.status, batch.json.code]).toEqual([415, 'unsupported_content_encoding']);
      expect((await post(base, '/v1/approvalAuthority', '800', { 'content-encoding': 'Identity' })).status).toBe(200);
    });

    it('answers a problem to a transfer coding other than chunked, and reads chunked as usual', async () => {
      const body = '3\r\n800\r\n0\r\n\r\n';
      const layered = await raw(service.port, `POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n${body}`);
      expect(layered).toMatch(/^HTTP\/1\.1 501 /);
      expect(layered).toContain('"code":"unsupported_transfer_encoding"');
      const alone = await raw(service.port, `POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n${body}`);
      expect(alone).toMatch(/^HTTP\/1\.1 (400|501) /);
      expect(alone).toContain(`Content-Type: ${PROBLEM}`);
      const chunked = await raw(service.port, `POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n${body}`);
      expect(chunked).toMatch(/^HTTP\/1\.1 200 /);
    });

    it('accepts a request target in absolute form (RFC 9112 section 3.2.2) and logs its path', async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const before = service.log.lines.length;
      const health = await raw(service.port, `GET http://127.0.0.1:${service.port}/healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(health).toMatch(/^HTTP\/1\.1 200 /);
      const call = await raw(service.port, 'POST HTTP://example.com/v1/approvalAuthority?locale=en HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\nContent-Length: 3\r\n\r\n800');
      expect(call).toMatch(/^HTTP\/1\.1 200 /);
      expect(call).toContain('"approver":"sales-manager"');
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(service.log.lines.slice(before).map((line) => [line.path, line.status])).toEqual([
        ['/healthz', 200],
        ['/v1/approvalAuthority', 200],
      ]);
    });

    it('does not run a request pipelined behind an answer that closes the connection, and logs it with no status', async () => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const before = service.log.lines.length;
      const refused = 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\n800';
      // Run, it would be answered 422 (and logged so): a negative amount.
      const behind = 'POST /v1/approvalAuthority/batch HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n-1\n';
      const answer = await raw(service.port, refused + behind);
      expect(answer).toMatch(/^HTTP\/1\.1 415 /);
      expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 150));
      // The request not run is logged when it arrives, before the answer ahead of it has closed.
      const lines = service.log.lines.slice(before).sort((a, b) => String(a.path).localeCompare(String(b.path)));
      expect(lines.map((line) => [line.path, line.status])).toEqual([
        ['/v1/approvalAuthority', 415],
        ['/v1/approvalAuthority/batch', null],
      ]);
      expect(lines[1]).toMatchObject({ aborted: true, bytes: 0 });
    });

    it('survives connections aborted mid-body, mid-batch and mid-headers', async () => {
      await raw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n[1,', { wait: 100 });
      await raw(service.port, 'POST /v1/approvalAuthority/batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n800\n800\n800\n800\n\r\n', { wait: 100 });
      await raw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost:', { wait: 100 });
      const controller = new AbortController();
      const big = fetch(`${base}/v1/approvalAuthority/batch`, { method: 'POST', body: '800\n'.repeat(200_000), signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expect(big.then((response) => response.text())).rejects.toThrow();
      expect((await post(base, '/v1/approvalAuthority', 800)).status).toBe(200);
    });

    it('never leaks a stack trace, whatever the body', async () => {
      const bodies = ['null', '[]', '[null]', '{"__proto__": {"x": 1}}', '"\\ud800"', '1e400', '[[[[[[[[[[]]]]]]]]]]', `"${'x'.repeat(3000)}"`, '{"constructor": {"prototype": 1}}'];
      for (const fn of ['approvalAuthority', 'repairStatus', 'countRecurrence', 'dueAt', 'defineCalendar', 'summarizeServiceRatings', 'scoreMonth']) {
        for (const body of bodies) {
          const { status, text } = await post(base, `/v1/${fn}`, body);
          expect([200, 400, 422]).toContain(status);
          expect(hasStackTrace(text)).toBe(false);
        }
      }
    });

    it('writes one JSON access-log line per request: method, path, status, ms, bytes; never the body or token', async () => {
      // Lines are written together, at most 50 ms after the first: let the earlier tests' lines arrive.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const before = service.log.lines.length;
      await post(base, '/v1/approvalAuthority?locale=en', '"secret-body-value"');
      await fetch(`${base}/v1/a|"b`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(service.log.lines.length).toBe(before + 2);
      const line = service.log.lines.at(-2) as Record<string, unknown>;
      expect(service.log.lines.at(-1)).toMatchObject({ method: 'GET', path: '/v1/a|%22b', status: 404 });
      expect(line).toMatchObject({ method: 'POST', path: '/v1/approvalAuthority', status: 422, bytes: expect.any(Number) });
      expect(typeof line.ms).toBe('number');
      expect(typeof line.time).toBe('string');
      expect(service.log.text).not.toContain('secret-body-value');
    });
  });
});

describe('wuye-rules serve with a bearer token', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ token: 's3cret-token' });
  });
  afterAll(async () => {
    await service.close();
  });

  it('answers 401 with WWW-Authenticate to a /v1 request without the token', async () => {
    const { status, headers, json } = await post(service.url, '/v1/approvalAuthority', 800);
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer realm="wuye-rules"');
    expect(json).toMatchObject({ code: 'missing_token', status: 401 });
    const catalog = await fetch(`${service.url}/v1/catalog`);
    expect(catalog.status).toBe(401);
  });

  it.each([['Bearer wrong'], ['Bearer s3cret-token-and-more'], ['Bearer s3cret-toke'], ['Basic s3cret-token'], ['Bearer'], ['s3cret-token']])(
    'answers 401 invalid_token to Authorization: %s',
    async (authorization) => {
      const { status, headers, json } = await post(service.url, '/v1/approvalAuthority', 800, { authorization });
      expect(status).toBe(401);
      expect(headers.get('www-authenticate')).toBe('Bearer realm="wuye-rules", error="invalid_token"');
      expect(json.code).toBe('invalid_token');
    },
  );

  it('answers a request with the token, and /healthz and /openapi.json without it', async () => {
    expect((await post(service.url, '/v1/approvalAuthority', 800, { authorization: 'Bearer s3cret-token' })).status).toBe(200);
    expect((await post(service.url, '/v1/approvalAuthority', 800, { authorization: 'bearer s3cret-token' })).status).toBe(200);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    const document = (await (await fetch(`${service.url}/openapi.json`)).json()) as { components: { securitySchemes: unknown } };
    expect(document.components.securitySchemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' } });
    expect(service.log.text).not.toContain('s3cret-token');
  });
});

describe('wuye-rules serve with a policy of effective-dated versions', () => {
  let service: TestService;
  const from = '2026-09-30T15:00:00+08:00';
  beforeAll(async () => {
    const policy = readPolicyFile(
      'versions.json',
      JSON.stringify([
        { effectiveFrom: '2026-01-01', policy: {} },
        { effectiveFrom: '2026-09-30T16:00:00+08:00', policy: { dayCounting: 'elapsed' } },
      ]),
    );
    service = await startTestService({ policy });
  });
  afterAll(async () => {
    await service.close();
  });

  it('applies to each request the version in force at the case\'s own instant', async () => {
    const period = { amount: 3, unit: 'day' };
    const elapsed = definePolicy({ dayCounting: 'elapsed' });
    const before = await post(service.url, '/v1/dueAt', [from, period]);
    expect(before.json.result).toBe(toJsonValue(dueAt(from, period as never)));
    const later = '2026-09-30T17:00:00+08:00';
    const after = await post(service.url, '/v1/dueAt', [later, period]);
    expect(after.json.result).toBe(toJsonValue(dueAt(later, period as never, { policy: elapsed })));
    const early = await post(service.url, '/v1/dueAt', ['2025-12-31T00:00:00+08:00', period]);
    expect([early.status, early.json.code, early.json.path]).toEqual([422, 'no_policy_in_force', [0]]);
  });

  it('applies the version of ?policyAt= (or ?asOf=) when given', async () => {
    const period = { amount: 3, unit: 'day' };
    const elapsed = definePolicy({ dayCounting: 'elapsed' });
    const chosen = await post(service.url, '/v1/dueAt?policyAt=2026-12-01', [from, period]);
    expect(chosen.json.result).toBe(toJsonValue(dueAt(from, period as never, { policy: elapsed })));
    const none = await post(service.url, '/v1/dueAt?policyAt=2025-01-01', [from, period]);
    expect([none.status, none.json.code, none.json.path]).toEqual([422, 'no_policy_in_force', ['query', 'policyAt']]);
    const byAsOf = await post(service.url, '/v1/dueAt?asOf=2025-01-01', [from, period]);
    expect([byAsOf.status, byAsOf.json.code, byAsOf.json.path]).toEqual([422, 'no_policy_in_force', ['query', 'asOf']]);
    // A function that takes no policy has no version to choose.
    const untouched = await post(service.url, '/v1/defineCalendar?asOf=2025-01-01', { from: 2026, to: 2026, holidays: [], workdays: [] });
    expect(untouched.status).toBe(200);
  });
});

describe('wuye-rules serve with a statutory policy past the published years', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ policy: readPolicyFile('policy.json', '{"outOfCoverage": "statutory"}') });
  });
  afterAll(async () => {
    await service.close();
  });

  it('adds "provisional": true to an answer that used a provisional day, Date and boolean answers included', async () => {
    expect((await post(service.url, '/v1/isWorkday', '"2027-02-09"')).json).toEqual({ result: false, provisional: true });
    expect((await post(service.url, '/v1/isWorkday', '"2026-10-08"')).json).toEqual({ result: true });
    const due = await post(service.url, '/v1/addWorkdays', ['2026-12-30T10:00:00+08:00', 2]);
    expect(due.json).toEqual({ result: '2027-01-04T10:00:00.000+08:00', provisional: true });
    const batch = await fetch(`${service.url}/v1/isWorkday/batch`, { method: 'POST', body: '"2027-02-09"\n"2026-10-08"\n' });
    expect((await batch.text()).trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([
      { line: 1, ok: true, result: false, provisional: true },
      { line: 2, ok: true, result: true },
    ]);
  });
});

describe('wuye-rules serve against slow clients', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ headersTimeout: 200, requestTimeout: 400, idleTimeout: 1_000 });
  });
  afterAll(async () => {
    await service.close();
  });

  it('answers 408 and closes a connection whose headers do not arrive in time', async () => {
    const answer = await raw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\n', { end: false, wait: 5_000 });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"request_timeout"');
  });

  it('lets a batch stream past the request timeout while its lines keep coming, and ends its answers cleanly', async () => {
    const socket = connect(service.port, '127.0.0.1');
    socket.setEncoding('utf8');
    let received = '';
    socket.on('data', (text: string) => {
      received += text;
    });
    socket.write('POST /v1/approvalAuthority/batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    // Six lines, each sent once the answer to the one before has come: well past the 400 ms of the request timeout.
    for (let line = 1; line <= 6; line += 1) {
      socket.write('4\r\n800\n\r\n');
      while (!received.includes(`"line":${line}`)) await new Promise((resolve) => socket.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    socket.write('0\r\n\r\n');
    while (!received.endsWith('\r\n0\r\n\r\n')) await new Promise((resolve) => socket.once('data', resolve));
    socket.destroy();
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).not.toContain('408');
    expect(received.match(/"ok":true/g)).toHaveLength(6);
  }, 10_000);

  it('answers an Expect it cannot meet with a 417 problem, and a body it cannot frame with one answer only', async () => {
    const expectation = await raw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nExpect: foo\r\nContent-Length: 3\r\n\r\n800');
    expect(expectation).toMatch(/^HTTP\/1\.1 417 /);
    expect(expectation).toContain('"code":"unsupported_expectation"');
    const framed = await raw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nnot gzip at all');
    expect(framed).toMatch(/^HTTP\/1\.1 501 /);
    expect(framed.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  });

  it('answers 408 to a call whose body stalls for the idle timeout, before the request timeout', async () => {
    // Node cut such a connection without a word: the client saw it closed.
    const own = await startTestService({ requestTimeout: 60_000, idleTimeout: 300 });
    try {
      const answer = await raw(own.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n80', { end: false, wait: 5_000 });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toContain('"code":"request_timeout"');
      // A connection that sends nothing is still closed by the service, without a word.
      const silent = connect(own.port, '127.0.0.1');
      silent.on('error', () => undefined);
      let received = '';
      silent.on('data', (chunk) => {
        received += chunk.toString('utf8');
      });
      const closedByService = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 5_000);
        silent.once('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      silent.destroy();
      expect([closedByService, received]).toEqual([true, '']);
    } finally {
      await own.close();
    }
  });

  it('answers 408 and closes a connection whose body does not arrive in time', async () => {
    const answer = await raw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n80', { end: false, wait: 5_000 });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });
});
