import { Readable, Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARACTERS } from '../../src/cli/input.js';
import { run } from '../../src/cli/run.js';

// Lines through the command line in flat memory: the input is generated lazily, the output is counted
// and dropped, and the heap is sampled as the run goes. Each input line is padded to 256 bytes and
// each output line carries its explanation (~400 characters), so were the input or the output held
// whole, even the default 200,000 lines would grow the heap by far more than the 50 MB allowed.
// The full million runs with WUYE_CLI_MEMORY_LINES=1000000 (about 10 s on a shared 2-core machine).
const LINES = Number(process.env.WUYE_CLI_MEMORY_LINES ?? 200_000);
const PADDING = ' '.repeat(256);
const MB = 1024 * 1024;

// A full collection before each sample, so the samples measure what the run holds, not its garbage.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('wuye-rules command line: memory', () => {
  it(`streams ${LINES.toLocaleString('en-US')} lines without the heap growing with them`, async () => {
    const values = ['800', '1000.01', '5000', '-1', '"金额"', '{bad', '[120000]'];
    const baseline = retainedHeap();
    let peak = baseline;
    let generated = 0;
    const input = Readable.from(
      (function* lines() {
        const batch: string[] = [];
        while (generated < LINES) {
          batch.length = 0;
          for (let index = 0; index < 2048 && generated < LINES; index += 1) {
            const value = values[generated % values.length] as string;
            batch.push(value + PADDING.slice(value.length));
            generated += 1;
          }
          if (generated % (16 * 2048) === 0) peak = Math.max(peak, retainedHeap());
          yield `${batch.join('\n')}\n`;
        }
      })(),
      { objectMode: false },
    );
    let outputLines = 0;
    let lastLine = '';
    const output = new Writable({
      decodeStrings: false,
      write(written: Buffer | string, _encoding, callback) {
        const chunk = typeof written === 'string' ? written : written.toString('utf8');
        let index = chunk.indexOf('\n');
        while (index !== -1) {
          outputLines += 1;
          index = chunk.indexOf('\n', index + 1);
        }
        lastLine = chunk.slice(chunk.lastIndexOf('\n', chunk.length - 2) + 1);
        callback();
      },
    });
    const status = await run(['approvalAuthority', '--explain', '--locale', 'en'], { stdin: input, stdout: output, stderr: new Writable({ write: (_c, _e, callback) => callback() }), version: 'x' });
    peak = Math.max(peak, retainedHeap());

    expect(status).toBe(1);
    expect(outputLines).toBe(LINES);
    expect(lastLine).toMatch(new RegExp(`^\\{"line":${LINES},`));
    if (process.env.WUYE_CLI_MEMORY_REPORT) console.log(`heap growth ${((peak - baseline) / MB).toFixed(1)} MB`);
    // Holding the input would take ~100 MB, the output ~160 MB; streaming holds about 2 MB.
    expect((peak - baseline) / MB).toBeLessThan(50);
  }, 120_000);

  it('answers a line longer than a string can grow (here 640 MiB) with its own error, in memory bounded by the line limit, and goes on', async () => {
    // Kept whole, this line would end the run with a RangeError (V8 strings stop short of 2^29
    // characters) and lose the answers before it; past the limit it is dropped as it arrives.
    const piece = '1'.repeat(MB);
    const baseline = retainedHeap();
    let peak = baseline;
    const input = Readable.from(
      (function* chunks() {
        yield '800\n[';
        for (let index = 0; index < 640; index += 1) {
          if (index % 64 === 0) peak = Math.max(peak, retainedHeap());
          yield piece;
        }
        yield ']\n5000\n';
      })(),
      { objectMode: false },
    );
    let text = '';
    const output = new Writable({
      write(written: Buffer, _encoding, callback) {
        text += written.toString('utf8');
        callback();
      },
    });
    const status = await run(['approvalAuthority'], { stdin: input, stdout: output, stderr: new Writable({ write: (_c, _e, callback) => callback() }), version: 'x' });
    peak = Math.max(peak, retainedHeap());
    expect(status).toBe(1);
    const lines = text.trimEnd().split('\n').map((line) => JSON.parse(line) as { line: number; ok: boolean; error?: { code: string } });
    expect(lines.map((line) => [line.line, line.ok, line.error?.code])).toEqual([[1, true, undefined], [2, false, 'line_too_long'], [3, true, undefined]]);
    // Bounded by the longest line read (64 Mi characters of one byte each), not by this line.
    expect((peak - baseline) / MB).toBeLessThan(MAX_LINE_CHARACTERS / MB + 50);
  }, 120_000);
});
