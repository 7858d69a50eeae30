// Output with backpressure, and the progress line.
import type { Writable } from 'node:stream';

/**
 * Collects output lines and writes them in batches of UTF-8 bytes. Each line is encoded straight into
 * a slab of memory as it comes (`Buffer#write`), and the batch handed to the stream is a view of that
 * slab: no batch string is built and flattened, and the stream has no text to encode. When the
 * stream's buffer is full (`write()` returned false) the next `flush()` waits for `'drain'`, so a slow
 * consumer slows the reading down instead of letting output pile up in memory.
 */
export class OutputWriter {
  // The slab lines are encoded into; batches are views of it, so a written part is never written over:
  // when the rest cannot hold the next line, a fresh slab is taken.
  private slab: Buffer;
  // The batch being collected: slab bytes [start, end).
  private start = 0;
  private end = 0;
  private draining: Promise<unknown> | undefined;

  /**
   * @param output - Where the lines go.
   * @param batchSize - Bytes collected before a write.
   */
  constructor(
    private readonly output: Writable,
    private readonly batchSize = 1 << 16,
  ) {
    this.slab = Buffer.allocUnsafe(this.slabSize);
  }

  // Four batches a slab: a batch ends at the first line past batchSize, which may be long.
  private get slabSize(): number {
    return this.batchSize * 4;
  }

  /**
   * Adds one line (a line break is appended). A full batch is handed to the stream at once, so a
   * large input chunk never builds one large batch; the wait for `'drain'` happens in `flush()`.
   */
  line(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
    const most = text.length * 3 + 1;
    if (this.end + most > this.slab.length) {
      this.write();
      if (most > this.slabSize) {
        // A line longer than a slab is a batch of its own.
        this.send(Buffer.from(`${text}\n`, 'utf8'));
        return;
      }
      this.slab = Buffer.allocUnsafe(this.slabSize);
      this.start = 0;
      this.end = 0;
    }
    this.end += this.slab.write(text, this.end, 'utf8');
    this.slab[this.end] = 10;
    this.end += 1;
    if (this.end - this.start >= this.batchSize) this.write();
  }

  /** True when the stream's buffer is full and the next `flush()` will wait for it to drain. */
  get full(): boolean {
    return this.draining !== undefined || this.end - this.start >= this.batchSize;
  }

  /** Waits for the stream to drain if its buffer is full, then writes what is collected. */
  async flush(): Promise<void> {
    if (this.draining !== undefined) {
      const draining = this.draining;
      this.draining = undefined;
      await draining;
    }
    this.write();
  }

  /**
   * Hands what is collected to the stream now, without waiting for it to drain: for a consumer that
   * should see the answers to the input so far before more input comes.
   */
  writeCollected(): void {
    this.write();
  }

  private write(): void {
    if (this.end === this.start) return;
    const chunk = this.slab.subarray(this.start, this.end);
    this.start = this.end;
    this.send(chunk);
  }

  private send(chunk: Buffer): void {
    if (!this.output.write(chunk) && this.draining === undefined) {
      this.draining = drainOf(this.output);
      // Awaited by the next flush; until then a stream error must not count as unhandled.
      this.draining.catch(() => undefined);
    }
  }

  /** Writes everything and waits until the stream has taken it. */
  async close(): Promise<void> {
    await this.flush();
    if (this.draining !== undefined) {
      await this.draining;
      this.draining = undefined;
    }
  }
}

// Resolves when the stream drains or closes (a stream closed before it drains, as a client that went
// away, never will), rejects when it fails; every listener is removed as it settles, so a long run of
// waits leaves none behind.
function drainOf(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: unknown): void => {
      stream.off('drain', settle);
      stream.off('close', settle);
      stream.off('error', settle);
      if (error instanceof Error) reject(error);
      else resolve();
    };
    stream.on('drain', settle);
    stream.on('close', settle);
    stream.on('error', settle);
  });
}

/** A stream that may be a terminal (`process.stderr`). */
export type MaybeTerminal = Writable & { readonly isTTY?: boolean };

/**
 * The progress line on stderr: `wuye-rules approvalAuthority: 120,000 lines, 3 failed`, rewritten in
 * place every `every` lines. Silent unless stderr is a terminal, so logs and pipes stay clean.
 */
export class Progress {
  private readonly enabled: boolean;
  private nextAt: number;

  /**
   * @param stream - stderr.
   * @param label - What is running.
   * @param every - Lines between updates.
   */
  constructor(
    private readonly stream: MaybeTerminal,
    private readonly label: string,
    private readonly every: number,
  ) {
    this.enabled = stream.isTTY === true;
    this.nextAt = every;
  }

  /** Reports the count when it has passed the next step. */
  update(lines: number, failed: number): void {
    if (!this.enabled || lines < this.nextAt) return;
    this.nextAt = (Math.floor(lines / this.every) + 1) * this.every;
    this.stream.write(`\r${this.text(lines, failed)}`);
  }

  /** The final count, ending the progress line. */
  done(lines: number, failed: number): void {
    if (this.enabled) this.stream.write(`\r${this.text(lines, failed)}, done\n`);
  }

  private text(lines: number, failed: number): string {
    return `${this.label}: ${lines.toLocaleString('en-US')} lines, ${failed.toLocaleString('en-US')} failed`;
  }
}
