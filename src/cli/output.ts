// Output with backpressure, and the progress line.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Collects output lines and writes them in batches. When the stream's buffer is full (`write()`
 * returned false) the next `flush()` waits for `'drain'`, so a slow consumer slows the reading down
 * instead of letting output pile up in memory.
 */
export class OutputWriter {
  private buffer = '';
  private draining: Promise<unknown> | undefined;

  /**
   * @param output - Where the lines go.
   * @param batchSize - Characters collected before a write.
   */
  constructor(
    private readonly output: Writable,
    private readonly batchSize = 1 << 16,
  ) {}

  /**
   * Adds one line (a line break is appended). A full batch is handed to the stream at once, so a
   * large input chunk never builds one large string; the wait for `'drain'` happens in `flush()`.
   */
  line(text: string): void {
    this.buffer += `${text}\n`;
    if (this.buffer.length >= this.batchSize) this.write();
  }

  /** True when the stream's buffer is full and the next `flush()` will wait for it to drain. */
  get full(): boolean {
    return this.draining !== undefined || this.buffer.length >= this.batchSize;
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

  private write(): void {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.output.write(chunk) && this.draining === undefined) {
      this.draining = once(this.output, 'drain');
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
