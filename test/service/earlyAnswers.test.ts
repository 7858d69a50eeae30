// Answers given before the request's body has arrived (413, 401, 404…). A client that sends its whole
// body without waiting for 100-continue (most ERP clients) must still read the answer: closing the
// connection under it reset the upload (EPIPE) and the client never saw the 413. A body that may be
// large is read and dropped only up to a bound, and the connection then closes; a short one is left
// to Node, which keeps the connection. And a request cut off or malformed mid-body is logged once.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINGER_BYTES } from '../../src/service/server.js';
import { startTestService, type TestService } from './_helpers.js';

// POSTs a body with node:http without waiting for 100-continue, and gives the status the client read
// (or the error it met instead: EPIPE, ECONNRESET).
function postWhole(port: number, path: string, body: Buffer, headers: Record<string, string> = {}): Promise<{ status?: number; error?: string; connection?: string }> {
  return new Promise((resolve) => {
    const call = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-length': String(body.length), ...headers } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, connection: response.headers.connection }));
    });
    call.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    call.end(body);
  });
}

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

// A slow sender: `head`, then 64 KiB every 20 ms (far less than LINGER_BYTES before a linger timeout of
// a few hundred ms is up) until the service closes the connection, or 5 s. `halfOpen` keeps sending after
// the service's FIN. Gives whether it closed, what came back, and how many chunks went after the answer.
async function sendSlowly(port: number, head: string, halfOpen = false): Promise<{ closed: boolean; received: string; sentAfterAnswer: number }> {
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: halfOpen });
  let received = '';
  let closed = false;
  let sentAfterAnswer = 0;
  socket.on('data', (chunk) => {
    received += chunk.toString('utf8');
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    closed = true;
  });
  socket.write(head);
  const started = Date.now();
  while (!closed && Date.now() - started < 5_000) {
    socket.write(Buffer.alloc(65_536, 49));
    if (received !== '') sentAfterAnswer += 1;
    await settle(20);
  }
  socket.destroy();
  return { closed, received, sentAfterAnswer };
}

// Writes `head` and then `bodyBytes` bytes as fast as the connection takes them, and gives everything the
// service sent back by the time the connection closed (or the error the client met, if it read nothing).
function sendRaw(port: number, head: string, bodyBytes: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let failure = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      failure = error.code ?? error.message;
    });
    socket.on('close', () => resolve(received === '' ? `error ${failure}` : received));
    socket.write(head);
    const chunk = Buffer.alloc(65_536, 49);
    let sent = 0;
    const pump = (): void => {
      while (sent < bodyBytes) {
        sent += chunk.length;
        if (!socket.write(chunk)) {
          socket.once('drain', pump);
          return;
        }
      }
      socket.end();
    };
    pump();
  });
}

describe('answers before the body has arrived', () => {
  let service: TestService;
  let guarded: TestService;
  beforeAll(async () => {
    service = await startTestService({ maxBody: 4096, lingerTimeout: 2_000 });
    guarded = await startTestService({ maxBody: 4096, token: 's3cret-token', lingerTimeout: 300 });
  });
  afterAll(async () => {
    await service.close();
    await guarded.close();
  });

  it('lets a client that sends 5 MB at once read its 413, every time', async () => {
    const body = Buffer.alloc(5_000_000, 49);
    for (let round = 0; round < 5; round += 1) {
      expect(await postWhole(service.port, '/v1/approvalAuthority', body)).toEqual({ status: 413, connection: 'close' });
    }
    const fetched = await fetch(`${service.url}/v1/approvalAuthority`, { method: 'POST', body });
    expect([fetched.status, ((await fetched.json()) as { code: string }).code]).toEqual([413, 'body_too_large']);
  });

  it('lets a client read a 401 or 404 sent before its large body, then closes the connection', async () => {
    const body = Buffer.alloc(2_000_000, 49);
    expect(await postWhole(guarded.port, '/v1/approvalAuthority', body)).toEqual({ status: 401, connection: 'close' });
    expect(await postWhole(service.port, '/v1/noSuchFunction', body)).toEqual({ status: 404, connection: 'close' });
  });

  it('keeps the connection of a short body answered early: Node drops the body', async () => {
    expect(await postWhole(service.port, '/v1/noSuchFunction', Buffer.from('800'))).toEqual({ status: 404, connection: 'keep-alive' });
  });

  it('stops reading a body it refused after the linger timeout, or after LINGER_BYTES, however long the client sends', async () => {
    const { closed, received } = await sendSlowly(guarded.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Length: 200000000\r\n\r\n');
    expect(closed).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 401 /);
    expect(received).toContain('Connection: close');
    expect(LINGER_BYTES).toBe(64 * 1024 * 1024);
  });

  it('logs a request whose client left mid-body once, with no status (none was sent)', async () => {
    await settle();
    const before = service.log.lines.length;
    const socket = connect(service.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write('POST /v1/payFloat HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n[1');
    await settle(50);
    socket.end();
    await settle(300);
    // (Lines of the earlier tests' connections may still arrive: their clients finished sending late.)
    const lines = service.log.lines.slice(before).filter((line) => line.path !== '/v1/approvalAuthority' && line.path !== '/v1/noSuchFunction');
    expect(lines.map((line) => [line.method, line.path, line.status, line.aborted])).toEqual([['POST', '/v1/payFloat', null, true]]);
  });

  it('answers a body whose chunked framing breaks with one 400 problem, logged once', async () => {
    await settle();
    const before = service.log.lines.length;
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(service.port, '127.0.0.1');
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('utf8');
      });
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(text));
      socket.write('POST /v1/gradeForScore HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n80\r\nzz\r\n');
      setTimeout(() => socket.destroy(), 2_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.match(/HTTP\/1\.1 \d{3} /g)).toHaveLength(1);
    expect(answer).toContain('"code":"malformed_request"');
    await settle(300);
    const lines = service.log.lines.slice(before).filter((line) => line.path !== '/v1/approvalAuthority' && line.path !== '/v1/noSuchFunction');
    expect(lines.map((line) => [line.method, line.path, line.status])).toEqual([['POST', '/v1/gradeForScore', 400]]);
  });

  it('does not hold a shutdown for a connection that only drops the rest of a body it answered', async () => {
    // A linger of a minute: were the shutdown to wait for it, the test would time out.
    const own = await startTestService({ maxBody: 4096, lingerTimeout: 60_000 });
    const socket = connect(own.port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write('POST /v1/noSuchFunction HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n800');
    while (!received.includes('404')) await settle(20);
    await own.close();
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 404 /);
  });

  it('lets a client whose headers Node refuses read its 400, however much body it sends after them', async () => {
    // The connection is answered at once; closing it then reset the upload still under way (ECONNRESET).
    for (let round = 0; round < 4; round += 1) {
      const answer = await sendRaw(service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\nContent-Length: 3000000\r\n\r\n', 3_000_000);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('"code":"malformed_request"');
    }
  });

  it('stops reading what follows headers it refused after the linger timeout', async () => {
    // Half-open: a client that keeps sending after the service's answer and FIN (a Node socket would
    // otherwise close its own side on the FIN).
    const { closed, received, sentAfterAnswer } = await sendSlowly(guarded.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\nContent-Length: 200000000\r\n\r\n', true);
    expect(closed).toBe(true);
    expect(received).toMatch(/^HTTP\/1\.1 400 /);
    // It went on reading for a while (300 ms here) after answering, then cut the connection.
    expect(sentAfterAnswer).toBeGreaterThan(3);
  });
});

describe('Expect: 100-continue', () => {
  let service: TestService;
  let guarded: TestService;
  beforeAll(async () => {
    service = await startTestService({ maxBody: 4096, lingerTimeout: 300 });
    guarded = await startTestService({ maxBody: 4096, token: 's3cret-token', lingerTimeout: 300 });
  });
  afterAll(async () => {
    await service.close();
    await guarded.close();
  });

  // Sends the headers only, as a client waiting for the go-ahead does, and gives what came back within `wait` ms.
  async function headersOnly(port: number, head: string, wait = 400): Promise<string> {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', () => undefined);
    socket.write(head);
    await settle(wait);
    socket.destroy();
    return received;
  }

  it('answers a request it can answer from its headers without the go-ahead, and closes the connection', async () => {
    const cases: [number, string][] = [
      [service.port, 'POST /v1/noSuchFunction HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n'],
      [service.port, 'PUT /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n'],
      [service.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n'],
      [service.port, 'POST /v1/approvalAuthority?locale=xx HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n'],
      [guarded.port, 'POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n'],
    ];
    const statuses = [];
    for (const [port, head] of cases) {
      const answer = await headersOnly(port, head);
      expect(answer, head).not.toContain('100 Continue');
      expect(answer, head).toContain('Connection: close');
      statuses.push(Number(/^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1]));
    }
    expect(statuses).toEqual([404, 405, 413, 400, 401]);
  });

  it('sends the go-ahead when it reads the body, of a call and of a batch, and answers on the same connection', async () => {
    for (const [path, body, result] of [
      ['/v1/approvalAuthority', '800', '"approver":"sales-manager"'],
      ['/v1/approvalAuthority/batch', '800\n', '"line":1,"ok":true'],
    ] as const) {
      const socket = connect(service.port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('utf8');
      });
      try {
        socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\n\r\n`);
        while (!received.includes('\r\n\r\n')) await settle(10);
        // (A batch's status line follows at once: its answers stream as its lines arrive.)
        expect(received).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\n/);
        socket.write(body);
        while (!received.includes(result)) await settle(10);
        expect(received).toMatch(/\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
        expect(received).toContain('Connection: keep-alive');
      } finally {
        socket.destroy();
      }
    }
  });

  it('lets a client that sends its body without waiting for the go-ahead read an early answer', async () => {
    // curl and others send the body after a second without an answer; some send it at once.
    const answer = await sendRaw(service.port, 'POST /v1/noSuchFunction HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2000000\r\n\r\n', 2_000_000);
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
    expect(answer).not.toContain('100 Continue');
  });
});
