// Incremental readers for the two input formats. Text arrives in chunks of any size, cut anywhere
// (even inside a line or a quoted CSV cell); lines and records come out numbered by the physical line
// they start on, so memory holds one chunk and one unfinished line, never the whole input.

/**
 * A line longer than the splitter takes: its text was dropped as it arrived (memory stays flat
 * however long it is), and it is answered by an error of its own.
 */
export const LINE_TOO_LONG: unique symbol = Symbol('line too long');

/**
 * Receives one line of text (without its line break), or {@link LINE_TOO_LONG} for a line longer
 * than the splitter takes, and its 1-based line number.
 */
export type LineHandler = (text: string | typeof LINE_TOO_LONG, line: number) => void;

/**
 * The most characters (UTF-16 code units) a line of NDJSON may have, its line break not counted: 64 Mi
 * (67,108,864), far above any call's arguments (an appraisal of 100,000 members is ~10 MB) and far
 * below the longest string V8 can hold (just under 2^29), so that a longer line is answered as itself
 * and the memory a line takes stays bounded, instead of the run ending with a RangeError that loses
 * the answers not yet written.
 */
export const MAX_LINE_CHARACTERS = 2 ** 26;

const BYTE_ORDER_MARK = '\uFEFF';

/** Splits text into lines at `\n` (a `\r` before it is dropped), numbering them from 1. */
export class LineSplitter {
  private rest = '';
  // The open line is longer than the limit: its text is no longer kept.
  private dropping = false;
  private lineNumber = 0;
  private started = false;

  /** @param maxCharacters - The most characters a line may have, its line break (and a `\r` before it) not counted. */
  constructor(private readonly maxCharacters = MAX_LINE_CHARACTERS) {}

  /** The number of the line being read (1-based): the one after the last line completed. */
  get line(): number {
    return this.lineNumber + 1;
  }

  /** Feeds the next chunk; calls `onLine` for every line it completes. */
  push(chunk: string, onLine: LineHandler): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
    }
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      this.lineNumber += 1;
      // Checked before the pieces are joined: the join itself is what would throw.
      if (this.dropping || this.rest.length + (newline - start) > this.maxCharacters + 1) this.complete(LINE_TOO_LONG, onLine);
      else {
        let line = text.slice(start, newline);
        if (this.rest !== '') line = this.rest + line;
        this.complete(line, onLine);
      }
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    if (start < text.length && !this.dropping) {
      // The open line is kept while it may still fit (one more character for a \r before its line break).
      if (this.rest.length + (text.length - start) > this.maxCharacters + 1) {
        this.rest = '';
        this.dropping = true;
      } else this.rest += text.slice(start);
    }
  }

  /** Ends the input: a last line without a line break is still a line. */
  end(onLine: LineHandler): void {
    if (this.rest === '' && !this.dropping) return;
    this.lineNumber += 1;
    this.complete(this.dropping ? LINE_TOO_LONG : this.rest, onLine);
  }

  private complete(line: string | typeof LINE_TOO_LONG, onLine: LineHandler): void {
    this.rest = '';
    this.dropping = false;
    if (line === LINE_TOO_LONG) return onLine(line, this.lineNumber);
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    // A line of exactly one character more than the limit fits only when that character is its \r.
    onLine(text.length > this.maxCharacters ? LINE_TOO_LONG : text, this.lineNumber);
  }
}

/** One CSV cell: its text, and whether it was quoted (a quoted empty cell is an empty string, an unquoted one is absent). */
export interface CsvCell {
  /** The cell's text, quotes and doubled quotes resolved. */
  readonly text: string;
  /** Whether the cell was written in double quotes. */
  readonly quoted: boolean;
}

/** Receives a complete CSV record, or the reason it is malformed, with the line it starts on. */
export interface CsvHandler {
  /** A record (a row) of cells. */
  record(cells: readonly CsvCell[], line: number): void;
  /** A record that cannot be read (a stray quote, an unterminated quoted cell). */
  malformed(message: string, line: number): void;
}

/** The longest cell kept: 16 Mi characters. */
export const MAX_CELL_CHARACTERS = 16 * 1024 * 1024;

/** The most cells a CSV record may have: far more columns than any export has, few enough to hold. */
export const MAX_ROW_CELLS = 65_536;

/** What a CSV record may hold before it is refused as malformed and no longer kept. */
export interface CsvLimits {
  /** The most characters of one cell. */
  readonly cellCharacters: number;
  /** The most characters of a record's cells together. */
  readonly recordCharacters: number;
  /** The most cells of a record. */
  readonly recordCells: number;
}

/** The command line's limits: {@link MAX_CELL_CHARACTERS}, {@link MAX_LINE_CHARACTERS} and {@link MAX_ROW_CELLS}. */
export const CSV_LIMITS: CsvLimits = { cellCharacters: MAX_CELL_CHARACTERS, recordCharacters: MAX_LINE_CHARACTERS, recordCells: MAX_ROW_CELLS };

// The index of the next comma, line break or quote in `text` from `from`, or its length.
function nextSpecial(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 44 || code === 10 || code === 13 || code === 34) return index;
  }
  return text.length;
}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/**
 * Reads CSV (RFC 4180: comma-separated, double quotes around cells that hold commas, quotes or line
 * breaks, a quote inside doubled) incrementally. A blank line is skipped; a record that spans lines
 * is numbered by the line it starts on.
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private quoted = false;
  private cells: CsvCell[] = [];
  private problem: string | null = null;
  private lineNumber = 1;
  private recordLine = 1;
  private started = false;
  // The open record is malformed and too large to keep: the rest of it is read and dropped.
  private dropping = false;
  private recordCharacters = 0;

  /** @param limits - The most characters a cell and a record may have, and the most cells of a record (smaller in tests). */
  constructor(private readonly limits: CsvLimits = CSV_LIMITS) {}

  /** The number of the line being read (1-based; a quoted cell's line breaks count). */
  get line(): number {
    return this.lineNumber;
  }

  /** Feeds the next chunk; reports every record it completes. */
  push(chunk: string, handler: CsvHandler): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
    }
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index] as string;
      switch (this.state) {
        case State.Quoted: {
          // The cell's text up to its next quote, appended at once: a string grown a character at a
          // time costs V8 a rope node per character (~35 bytes), so an unclosed quote in a large export
          // took gigabytes.
          const close = text.indexOf('"', index);
          const end = close === -1 ? text.length : close;
          const piece = text.slice(index, end);
          for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) this.lineNumber += 1;
          this.append(piece);
          if (close !== -1) this.state = State.QuoteInQuoted;
          index = end;
          if (close === -1) index -= 1;
          break;
        }
        case State.QuoteInQuoted:
          if (char === '"') {
            this.append('"');
            this.state = State.Quoted;
          } else if (char === ',' || char === '\n' || char === '\r') {
            this.state = State.Unquoted;
            index -= 1;
          } else {
            this.problem ??= `a quoted cell must end at a comma or the end of the line, found ${JSON.stringify(char)} after its closing quote`;
            this.append(char);
            this.state = State.Unquoted;
          }
          break;
        default:
          if (char === ',') {
            this.endField();
          } else if (char === '\n') {
            if (this.field.endsWith('\r') && !this.quoted) this.field = this.field.slice(0, -1);
            this.endRecord(handler);
            this.lineNumber += 1;
            this.recordLine = this.lineNumber;
          } else if (char === '"' && this.state === State.FieldStart) {
            this.quoted = true;
            this.state = State.Quoted;
          } else if (char === '\r' && this.quoted) {
            // The line break after a quoted cell: \r\n.
          } else {
            // This character and the unquoted text after it up to the next comma, line break or quote,
            // appended at once (see above).
            const end = nextSpecial(text, index + 1);
            this.append(text.slice(index, end));
            this.state = State.Unquoted;
            index = end - 1;
          }
      }
    }
  }

  // Adds to the open cell, up to the cell limit: a longer cell (an unclosed quote swallowing the rest
  // of the file, most likely) makes the record malformed and is not kept, so memory stays bounded; so
  // does a record whose cells add up to more than the record limit (nothing more of it is kept).
  private append(piece: string): void {
    if (this.dropping) return;
    this.recordCharacters += piece.length;
    if (this.recordCharacters > this.limits.recordCharacters) {
      this.drop(`a row is longer than ${this.limits.recordCharacters} characters`);
      return;
    }
    if (this.field.length + piece.length > this.limits.cellCharacters) {
      this.problem ??= `a cell is longer than ${this.limits.cellCharacters} characters (a quote that is never closed?)`;
      return;
    }
    this.field += piece;
  }

  /** Ends the input: completes the last record, or reports an unterminated quoted cell. */
  end(handler: CsvHandler): void {
    if (this.state === State.Quoted) {
      handler.malformed('a quoted cell is not closed before the end of the input', this.recordLine);
      this.reset();
      return;
    }
    if (this.field.endsWith('\r') && !this.quoted) this.field = this.field.slice(0, -1);
    this.endRecord(handler);
  }

  // Stops keeping the open record, which is malformed for `problem`.
  private drop(problem: string): void {
    this.problem ??= problem;
    this.dropping = true;
    this.cells = [];
    this.field = '';
  }

  private endField(): void {
    if (this.cells.length >= this.limits.recordCells) this.drop(`a row has more than ${this.limits.recordCells} cells`);
    if (!this.dropping) this.cells.push({ text: this.field, quoted: this.quoted });
    this.field = '';
    this.quoted = false;
    this.state = State.FieldStart;
  }

  private endRecord(handler: CsvHandler): void {
    this.endField();
    const cells = this.cells;
    const problem = this.problem;
    this.reset();
    if (problem !== null) handler.malformed(problem, this.recordLine);
    else if (!(cells.length === 1 && cells[0]?.text === '' && !cells[0].quoted)) handler.record(cells, this.recordLine);
  }

  private reset(): void {
    this.dropping = false;
    this.recordCharacters = 0;
    this.cells = [];
    this.field = '';
    this.quoted = false;
    this.problem = null;
    this.state = State.FieldStart;
  }
}
