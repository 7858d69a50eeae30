import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService, type TestService } from './_helpers.js';

// Load on loopback, bounded in time: no request may fail, and the heap retained afterwards stays
// near where it started. No timing is asserted; speed is measured by `npm run bench`.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function retainedHeap(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
const MB = 1024 * 1024;

describe('wuye-rules serve under load', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('answers every request of a timed run of concurrent calls and errors, and keeps its heap flat', async () => {
    const run = (seconds: number) =>
      autocannon({
        url: service.url,
        connections: 8,
        duration: seconds,
        requests: [
          { method: 'POST', path: '/v1/approvalAuthority', body: '1000.01' },
          { method: 'POST', path: '/v1/repairDeadline', body: '{"repairClass": "A", "receivedAt": "2026-10-05T15:00:00+08:00"}' },
          { method: 'POST', path: '/v1/approvalAuthority', body: '-1' },
          { method: 'POST', path: '/v1/approvalAuthority', body: '{bad' },
          { method: 'GET', path: '/healthz' },
        ],
      });
    await run(1);
    const before = retainedHeap();
    const result = await run(2);
    const after = retainedHeap();
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.requests.total).toBeGreaterThan(0);
    // 2xx and the expected 4xx (422, 400) only: no 5xx.
    expect(result['5xx']).toBe(0);
    expect(after - before).toBeLessThan(16 * MB);
  }, 30_000);

  it('streams a batch of 200,000 lines with the heap flat while it runs', async () => {
    const lines = 200_000;
    const baseline = retainedHeap();
    let peak = baseline;
    let generated = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (generated >= lines) {
          controller.close();
          return;
        }
        if (generated % 40_000 === 0) peak = Math.max(peak, retainedHeap());
        const values: string[] = [];
        for (let index = 0; index < 2_000; index += 1) values.push(index % 3 === 0 ? '-1' : String((generated + index) % 9_000));
        generated += 2_000;
        controller.enqueue(new TextEncoder().encode(`${values.join('\n')}\n`));
      },
    });
    const response = await fetch(`${service.url}/v1/approvalAuthority/batch?locale=en`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    let count = 0;
    const decoder = new TextDecoder();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
    }
    expect(count).toBe(lines);
    // Output lines carry explanations (~300 characters): holding them all would take far more than this.
    expect(peak - baseline).toBeLessThan(40 * MB);
  }, 60_000);

  it('answers a batch of lines with large answers one line at a time, never holding more than a few of them unsent', async () => {
    // Each line (about 40 bytes) asks for a year of duties: about 640 KB of answer.
    const line = '{"from": "2026-01-01", "to": "2026-12-31"}\n';
    const lines = 100;
    let mostUnsent = 0;
    const watch = (_request: unknown, response: import('node:http').ServerResponse): void => {
      const write = response.write.bind(response) as (chunk: Buffer) => boolean;
      response.write = ((chunk: Buffer) => {
        const taken = write(chunk);
        mostUnsent = Math.max(mostUnsent, response.writableLength);
        return taken;
      }) as typeof response.write;
    };
    service.server.on('request', watch);
    try {
      // The whole body arrives in one chunk: the lines are all at hand at once.
      const response = await fetch(`${service.url}/v1/dutyCalendar/batch`, { method: 'POST', body: line.repeat(lines) });
      const text = await response.text();
      expect(text.trimEnd().split('\n')).toHaveLength(lines);
      expect(text.length).toBeGreaterThan(lines * 500_000);
    } finally {
      service.server.off('request', watch);
    }
    // Answering all the lines of the chunk before sending any would hold some 64 MB.
    expect(mostUnsent).toBeLessThan(4 * MB);
  }, 60_000);
});
