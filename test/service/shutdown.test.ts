import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestService } from './_helpers.js';

// A keep-alive connection on which the test writes raw HTTP/1.1 and reads what comes back.
class Connection {
  readonly socket: Socket;
  received = '';
  readonly closed: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.socket.setEncoding('utf8');
    this.socket.on('data', (text: string) => {
      this.received += text;
    });
    this.closed = once(this.socket, 'close').then(() => undefined);
  }

  /** Resolves once what has been received matches. */
  async until(pattern: RegExp): Promise<void> {
    while (!pattern.test(this.received)) await once(this.socket, 'data');
  }
}

describe('wuye-rules serve closing', () => {
  // The keep-alive timeout is far longer than any test may take: closing must not wait for it.
  const overrides = { keepAliveTimeout: 600_000 };

  it('answers a request in flight with Connection: close and closes its connection once answered', async () => {
    const service = await startTestService(overrides);
    const connection = new Connection(service.port);
    connection.socket.write('POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 3\r\n\r\n80');
    // The request has reached the handler (its body is being read) before close() is called.
    await new Promise<void>((resolve) => service.server.once('request', () => setImmediate(resolve)));
    const closed = service.close();
    connection.socket.write('0');
    await connection.closed;
    await closed;
    expect(connection.received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(connection.received).toMatch(/\r\nConnection: close\r\n/i);
    expect(connection.received).toContain('"approver"');
  }, 10_000);

  it('closes the connection of a batch that began before close(), once its last answer is sent', async () => {
    const service = await startTestService(overrides);
    const connection = new Connection(service.port);
    connection.socket.write('POST /v1/approvalAuthority/batch HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n800\n\r\n');
    // Its status line (keep-alive: it was sent before the service began closing) and first answer.
    await connection.until(/"line":1/);
    expect(connection.received).toMatch(/\r\nConnection: keep-alive\r\n/i);
    const closed = service.close();
    connection.socket.write('4\r\n900\n\r\n0\r\n\r\n');
    // Without the close, the server would keep the connection for the keep-alive timeout.
    await connection.closed;
    await closed;
    expect(connection.received).toContain('"line":2');
    expect(connection.received).toMatch(/\r\n0\r\n\r\n$/);
  }, 10_000);

  it('closes at once a connection that has sent nothing, or only part of its headers', async () => {
    const service = await startTestService({ ...overrides, drainTimeout: 600_000, headersTimeout: 600_000 });
    const silent = new Connection(service.port);
    const partial = new Connection(service.port);
    partial.socket.write('POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\n');
    // Destroyed by the server: a reset is what the client sees.
    for (const connection of [silent, partial]) connection.socket.on('error', () => undefined);
    const connections = (): Promise<number> => new Promise((resolve, reject) => service.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));
    while ((await connections()) < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    // Neither would be closed by Node as idle: without the service closing them, close() would wait the drain timeout out.
    await Promise.all([service.close(), silent.closed, partial.closed]);
    expect(silent.received).toBe('');
  }, 10_000);

  it('closes an idle keep-alive connection at once, and answers a request on a connection just opened with Connection: close', async () => {
    const service = await startTestService(overrides);
    const idle = new Connection(service.port);
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await idle.until(/"status":"ok"/);
    const busy = new Connection(service.port);
    busy.socket.write('POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n8');
    await new Promise<void>((resolve) => service.server.once('request', () => setImmediate(resolve)));
    const closed = service.close();
    await idle.closed;
    busy.socket.write('00');
    await busy.closed;
    await closed;
    expect(busy.received).toMatch(/\r\nConnection: close\r\n/i);
  }, 10_000);

  it('logs a request cut at the drain timeout at once, flagged aborted: the process may exit right after', async () => {
    const service = await startTestService({ ...overrides, drainTimeout: 100 });
    const slow = new Connection(service.port);
    slow.socket.on('error', () => undefined);
    slow.socket.write('POST /v1/approvalAuthority HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n8');
    await new Promise<void>((resolve) => service.server.once('request', () => setImmediate(resolve)));
    await Promise.all([service.close(), slow.closed]);
    // No timer is waited for: a line still held for the next flush would be lost when serve exits.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(service.log.lines).toContainEqual(expect.objectContaining({ method: 'POST', path: '/v1/approvalAuthority', status: null, aborted: true }));
  }, 10_000);
});
