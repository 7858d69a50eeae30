// The lines of a batch body, read from its bytes as they arrive. A line is limited in bytes, not in
// characters (`--max-body` is a size), and a bad line is that line's problem alone: a line longer than
// the limit or not UTF-8 is reported under its own number and the next line is read as usual. An
// over-long line is skipped up to its line break without being kept, so memory stays flat whatever
// the client sends.

/** Receives a line's text (without its line break) and its 1-based number. */
export type BatchLineHandler = (text: string, line: number) => void;

/** Receives a line that cannot be read: its number, and why. */
export type BatchLineRefusal = (line: number, reason: BatchLineProblem) => void;

/** Why a batch line cannot be read. */
export type BatchLineProblem =
  | { readonly code: 'line_too_long'; readonly bytes: number }
  | { readonly code: 'invalid_encoding' };

const LINE_FEED = 0x0a;
const BYTE_ORDER_MARK = /* @__PURE__ */ Buffer.from([0xef, 0xbb, 0xbf]);
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a batch body into numbered lines at `\n` (a `\r` before it is dropped) and decodes each as
 * UTF-8, strictly. Splitting happens on bytes, which is safe for UTF-8: the byte of `\n` never occurs
 * inside another character. A byte-order mark at the very start is dropped.
 *
 * The common case costs one scan and one decoding per chunk: when the open line and the whole chunk
 * together fit in the limit no line in it can be too long, and the chunk's complete lines are
 * decoded at once; a line is measured and decoded on its own only when that cannot be ruled out.
 */
export class BatchLineReader {
  // The unfinished line's bytes so far (never more than the limit and its `\r`).
  private open: Buffer[] = [];
  private openBytes = 0;
  // Bytes of an over-long line dropped so far, or -1 when no line is being skipped.
  private skipped = -1;
  // Whether the last byte dropped was a `\r`: the line break may arrive as the next chunk's first byte.
  private skippedCr = false;
  private lineNumber = 0;
  private started = false;
  // The body's first bytes while they may still be the start of a byte-order mark sent in pieces.
  private head: Buffer | undefined;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  /**
   * @param maxLineBytes - The most bytes a line may have, its line break not counted.
   * @param onLine - Called for every line that can be read.
   * @param onRefused - Called for every line that cannot.
   */
  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: BatchLineHandler,
    private readonly onRefused: BatchLineRefusal,
  ) {}

  /** Reads the next piece of the body; reports every line it completes. */
  push(chunk: Buffer): void {
    let bytes = chunk;
    if (!this.started && bytes.length > 0) {
      // The mark is three bytes, which a body sent in small pieces may split: they are held until
      // they are three, or are not the start of a mark.
      if (this.head !== undefined) bytes = Buffer.concat([this.head, bytes]);
      if (bytes.length < 3 && BYTE_ORDER_MARK.subarray(0, bytes.length).equals(bytes)) {
        this.head = bytes;
        return;
      }
      this.head = undefined;
      this.started = true;
      if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    if (this.skipped !== -1) {
      const end = bytes.indexOf(LINE_FEED);
      if (end === -1) {
        this.skipped += bytes.length;
        if (bytes.length > 0) this.skippedCr = bytes[bytes.length - 1] === CARRIAGE_RETURN;
        return;
      }
      this.lineNumber += 1;
      this.refuseLong(this.skipped + end, end === 0 ? this.skippedCr : bytes[end - 1] === CARRIAGE_RETURN);
      this.skipped = -1;
      bytes = bytes.subarray(end + 1);
    }
    const last = bytes.lastIndexOf(LINE_FEED);
    if (last === -1) {
      this.keepOpen(bytes);
      return;
    }
    if (this.openBytes + last <= this.maxLineBytes) this.readLines(this.withOpen(bytes.subarray(0, last)));
    else this.readLinesOneByOne(bytes.subarray(0, last));
    this.keepOpen(bytes.subarray(last + 1));
  }

  /** Ends the body: a last line without a line break is still a line. */
  end(): void {
    // A body of one or two bytes that began like a mark: they are the body.
    if (this.head !== undefined) {
      const head = this.head;
      this.head = undefined;
      this.started = true;
      this.push(head);
    }
    if (this.skipped !== -1) {
      this.lineNumber += 1;
      // A last line ending in `\r` is measured without it, as when it arrives whole.
      this.refuseLong(this.skipped, this.skippedCr);
      this.skipped = -1;
      return;
    }
    if (this.openBytes === 0) return;
    // The open line may hold one byte past the limit, kept in case a `\r` ended it.
    this.readLinesOneByOne(Buffer.alloc(0));
  }

  // The open line's bytes followed by `bytes`; the open line is emptied.
  private withOpen(bytes: Buffer): Buffer {
    if (this.openBytes === 0) return bytes;
    this.open.push(bytes);
    const whole = Buffer.concat(this.open, this.openBytes + bytes.length);
    this.open = [];
    this.openBytes = 0;
    return whole;
  }

  // Keeps the start of the next line, or starts skipping it once it is sure to be too long (one byte
  // of slack for a `\r` that the line break may follow).
  private keepOpen(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.openBytes + bytes.length > this.maxLineBytes + 1) {
      this.skipped = this.openBytes + bytes.length;
      this.skippedCr = bytes[bytes.length - 1] === CARRIAGE_RETURN;
      this.open = [];
      this.openBytes = 0;
      return;
    }
    // A copy: the chunk's memory is not pinned by the few bytes of its last line.
    this.open.push(Buffer.from(bytes));
    this.openBytes += bytes.length;
  }

  // Lines that end in `bytes` (the last one at its end), none of them too long: decoded at once, and
  // line by line only when that fails, to find the line at fault.
  private readLines(bytes: Buffer): void {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      this.readLinesOneByOne(bytes);
      return;
    }
    let start = 0;
    for (;;) {
      const end = text.indexOf('\n', start);
      const line = end === -1 ? text.slice(start) : text.slice(start, end);
      this.lineNumber += 1;
      this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line, this.lineNumber);
      if (end === -1) return;
      start = end + 1;
    }
  }

  // The same lines, each measured and decoded on its own; the open line is the start of the first.
  private readLinesOneByOne(bytes: Buffer): void {
    let start = 0;
    for (;;) {
      const found = bytes.indexOf(LINE_FEED, start);
      const end = found === -1 ? bytes.length : found;
      const crlf = (end > start ? bytes[end - 1] : this.lastOpenByte()) === CARRIAGE_RETURN;
      const length = this.openBytes + end - start - (crlf ? 1 : 0);
      this.lineNumber += 1;
      if (length > this.maxLineBytes) {
        this.open = [];
        this.openBytes = 0;
        this.refuseLong(length, false);
      } else {
        this.readLine(this.withOpen(bytes.subarray(start, end)), this.lineNumber);
      }
      if (found === -1) return;
      start = found + 1;
    }
  }

  private lastOpenByte(): number | undefined {
    const piece = this.open.at(-1);
    return piece === undefined ? undefined : piece[piece.length - 1];
  }

  private readLine(bytes: Buffer, line: number): void {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      this.onRefused(line, { code: 'invalid_encoding' });
      return;
    }
    this.onLine(text.endsWith('\r') ? text.slice(0, -1) : text, line);
  }

  // `bytes` counts the line with its `\r`, if any, when `crlf` says it ended in one.
  private refuseLong(bytes: number, crlf: boolean): void {
    this.onRefused(this.lineNumber, { code: 'line_too_long', bytes: crlf ? bytes - 1 : bytes });
  }
}
