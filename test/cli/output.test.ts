import fc from 'fast-check';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputWriter } from '../../src/cli/output.js';

// A stream that keeps every chunk it is given, as the bytes it received.
class Chunks extends Writable {
  readonly chunks: Buffer[] = [];

  constructor(highWaterMark = 1 << 20) {
    super({ highWaterMark, decodeStrings: false });
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? Buffer.from(chunk) : Buffer.from(chunk, 'utf8'));
    callback();
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

// Any line text, Chinese, emoji (surrogate pairs) and lone surrogates included.
const lineText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '金额', '😀', '\uD800', 'a\uDC00b', '\u2028'),
);

describe('OutputWriter', () => {
  it('leaves no listener behind on the stream after waiting for many drains', async () => {
    // A stream that takes each chunk later, as a socket does: every write fills it, every flush waits.
    let written = '';
    const stream = new Writable({
      highWaterMark: 1,
      write: (chunk: Buffer, _encoding, callback) => {
        written += chunk.toString('utf8');
        setImmediate(callback);
      },
    });
    const writer = new OutputWriter(stream, 1);
    const listeners = (): number => stream.listenerCount('close') + stream.listenerCount('error') + stream.listenerCount('drain');
    const before = listeners();
    for (let index = 0; index < 50; index += 1) {
      writer.line(String(index));
      expect(writer.full).toBe(true);
      await writer.flush();
    }
    await writer.close();
    expect(listeners()).toBe(before);
    expect(written.split('\n')).toHaveLength(51);
  });

  it('stops waiting for a drain when the stream closes first (a client that went away)', async () => {
    // A stream that never takes what it is given, so it never drains.
    const stuck = new Writable({ highWaterMark: 1, write: () => undefined });
    const writer = new OutputWriter(stuck, 1);
    writer.line('{"line":1}');
    expect(writer.full).toBe(true);
    const flushed = writer.flush();
    stuck.destroy();
    await flushed;
  });

  it('hands the lines collected so far to the stream on writeCollected, short of a full batch', () => {
    const stream = new Chunks();
    const writer = new OutputWriter(stream);
    writer.line('{"line":1}');
    expect(stream.chunks).toHaveLength(0);
    writer.writeCollected();
    writer.writeCollected();
    expect(stream.bytes.toString('utf8')).toBe('{"line":1}\n');
    expect(stream.chunks).toHaveLength(1);
  });

  it('writes every line as UTF-8 with a line break, exactly as Buffer.from writes the joined text, at any batch size', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineText, { maxLength: 60 }), fc.integer({ min: 1, max: 64 }), async (lines, batchSize) => {
        const stream = new Chunks();
        const writer = new OutputWriter(stream, batchSize);
        for (const line of lines) {
          writer.line(line);
          if (writer.full) await writer.flush();
        }
        await writer.close();
        expect(stream.bytes.equals(Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('hands a batch to the stream once it reaches the batch size, and a line longer than its memory as a batch of its own', async () => {
    const stream = new Chunks();
    const writer = new OutputWriter(stream, 8);
    writer.line('1234567');
    expect(stream.chunks).toHaveLength(1);
    expect(stream.chunks[0]?.toString()).toBe('1234567\n');
    writer.line('ab');
    expect(stream.chunks).toHaveLength(1);
    expect(writer.full).toBe(false);
    // Four batches of 8 bytes is the writer's memory: 40 characters may take 120 bytes.
    writer.line('x'.repeat(40));
    expect(stream.chunks.map((chunk) => chunk.toString())).toEqual(['1234567\n', 'ab\n', `${'x'.repeat(40)}\n`]);
    writer.line('中');
    await writer.close();
    expect(stream.chunks.map((chunk) => chunk.toString())).toEqual(['1234567\n', 'ab\n', `${'x'.repeat(40)}\n`, '中\n']);
  });

  it('never writes over bytes it has handed to the stream, however the lines fill its memory', async () => {
    // A stream that keeps the chunks without copying them: a reused byte would show in the end.
    const kept: Buffer[] = [];
    const stream = new Writable({
      decodeStrings: false,
      highWaterMark: 1 << 20,
      write(chunk: Buffer, _encoding, callback) {
        kept.push(chunk);
        callback();
      },
    });
    const writer = new OutputWriter(stream, 16);
    const lines = Array.from({ length: 500 }, (_, index) => `${index}:${'汉'.repeat(index % 13)}`);
    for (const line of lines) writer.line(line);
    await writer.close();
    expect(Buffer.concat(kept).toString('utf8')).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  it('says it is full while the stream has not drained, and waits for the drain on flush', async () => {
    const callbacks: (() => void)[] = [];
    const stream = new Writable({
      highWaterMark: 4,
      write(_chunk, _encoding, callback) {
        callbacks.push(callback);
      },
    });
    const writer = new OutputWriter(stream, 4);
    writer.line('abcd');
    expect(writer.full).toBe(true);
    let flushed = false;
    const flushing = writer.flush().then(() => (flushed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toBe(false);
    callbacks.shift()?.();
    await flushing;
    expect(flushed).toBe(true);
    expect(writer.full).toBe(false);
  });
});
