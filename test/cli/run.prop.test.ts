import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonValue } from '../../src/cli/evaluate.js';
import { CsvParser, LINE_TOO_LONG, LineSplitter, type CsvCell } from '../../src/cli/input.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { runCli } from './_helpers.js';
import { cutBytes } from '../support/cutBytes.js';

// Feeds `text` in pieces cut at the given offsets (each taken modulo its length + 1), as chunks of a stream arrive.
function feedInPieces(text: string, offsets: readonly number[], push: (piece: string) => void): void {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  let start = 0;
  for (const point of points) {
    push(text.slice(start, point));
    start = point;
  }
  push(text.slice(start));
}

// One input line and whether approvalAuthority should accept it.
type LineCase = { text: string; ok: boolean | null };

const lineCase: fc.Arbitrary<LineCase> = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((fen) => ({ text: String(fen / 100), ok: true })),
  fc.integer({ min: 0, max: 10_000_000 }).map((fen) => ({ text: `[${fen / 100}]`, ok: true })),
  fc.integer({ min: 1, max: 1_000_000 }).map((fen) => ({ text: String(-fen / 100), ok: false })),
  fc.string({ maxLength: 12 }).map((text) => ({ text: JSON.stringify(`金额${text}`), ok: false })),
  fc.string({ maxLength: 12 }).map((text) => ({ text: `{${text.replace(/[\n\r]/g, ' ')}`, ok: false })),
  fc.constantFrom('[800, 1]', 'null', 'true', '{}', '1000.004', '[]').map((text) => ({ text, ok: false })),
  fc.constantFrom('', '   ', '\t').map((text) => ({ text, ok: null })),
);

describe('wuye-rules command line (properties)', () => {
  it('answers every non-blank line once, in order, numbered by its line, and exits 1 exactly when one failed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineCase, { maxLength: 30 }), async (cases) => {
        const { status, lines } = await runCli(['approvalAuthority'], { input: cases.map((entry) => entry.text).join('\n') });
        const expected = cases.flatMap((entry, index) => (entry.ok === null ? [] : [{ line: index + 1, ok: entry.ok }]));
        expect(lines.map((line) => ({ line: line.line, ok: line.ok }))).toEqual(expected);
        expect(status).toBe(expected.some((entry) => !entry.ok) ? 1 : 0);
        for (const line of lines) {
          if (line.ok) expect((line.result as { basis: string[] }).basis.every((id) => Object.hasOwn(ruleCatalog, id))).toBe(true);
          else expect(line.error).toEqual({ code: expect.stringMatching(/^[a-z_]+$/), path: expect.any(Array), message: expect.stringMatching(/^approvalAuthority: /) });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same output however the input is cut into chunks, inside characters included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineCase, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        async (cases, offsets, crlf) => {
          const text = cases.map((entry) => entry.text).join(crlf ? '\r\n' : '\n');
          const bytes = Buffer.from(text);
          const whole = await runCli(['approvalAuthority'], { input: [bytes] });
          const pieces = await runCli(['approvalAuthority'], { input: cutBytes(bytes, offsets) });
          expect(pieces.stdout).toBe(whole.stdout);
          expect(pieces.status).toBe(whole.status);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineCase, { maxLength: 10 }), fc.constantFrom('en', 'zh-Hans', 'zh-Hant'), async (cases, locale) => {
        const input = cases.map((entry) => entry.text).join('\n');
        const first = await runCli(['approvalAuthority', '--locale', locale], { input });
        const second = await runCli(['approvalAuthority', '--locale', locale], { input });
        expect(second).toEqual(first);
      }),
      { numRuns: 50 },
    );
  });
});

// RFC 4180 writing, quoting every cell that needs it (and some that do not).
function writeCsv(rows: readonly (readonly string[])[], quoteAll: boolean): string {
  return rows
    .map((row) => row.map((cell) => (quoteAll || /[",\r\n]/.test(cell) || cell === '' ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','))
    .join('\r\n');
}

const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', ',', '"', '\n', '\r', '金', '額', '😀', '.'), maxLength: 8 });

describe('CsvParser (properties)', () => {
  it('reads back what RFC 4180 writes, however the text is cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (rows, quoteAll, offsets) => {
          const text = writeCsv(rows, quoteAll);
          const read: string[][] = [];
          const problems: string[] = [];
          const parser = new CsvParser();
          const handler = { record: (cells: readonly CsvCell[]) => read.push(cells.map((cell) => cell.text)), malformed: (message: string) => problems.push(message) };
          feedInPieces(text, offsets, (piece) => parser.push(piece, handler));
          parser.end(handler);
          expect(problems).toEqual([]);
          expect(read).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('LineSplitter (properties)', () => {
  it('splits text into the lines it was joined from, numbered from 1, however it is cut, a line over the limit refused as itself', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ' ', '\r', '金', '{') }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.option(fc.nat({ max: 6 }), { nil: undefined }),
        (lines, offsets, limit) => {
          const cleaned = lines.map((line) => line.replace(/\r+$/, ''));
          // A line break may come as \r\n: the \r is no character of the line, whatever the limit.
          const text = cleaned.map((line, index) => (index % 2 === 1 ? `${line}\r` : line)).join('\n');
          const seen: [string | typeof LINE_TOO_LONG, number][] = [];
          const splitter = new LineSplitter(limit);
          const onLine = (line: string | typeof LINE_TOO_LONG, number: number) => seen.push([line, number]);
          feedInPieces(text, offsets, (piece) => splitter.push(piece, onLine));
          splitter.end(onLine);
          const expected = cleaned.map((line, index) => [limit !== undefined && line.length > limit ? LINE_TOO_LONG : line, index + 1]);
          // A last empty line (text ending in \n) is no line at all.
          if (cleaned.at(-1) === '' && cleaned.length % 2 === 1) expected.pop();
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('toJsonValue (properties)', () => {
  const withDates = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: -8.64e12, max: 8.64e12 }).map((ms) => new Date(ms)),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  it('writes every Date as Shanghai ISO-8601, changes nothing else, and never mutates its input', () => {
    fc.assert(
      fc.property(withDates, (value) => {
        const before = structuredClone(value);
        const converted = toJsonValue(value);
        expect(value).toEqual(before);
        const reference = JSON.parse(
          JSON.stringify(value, function replace(this: Record<string, unknown>, key: string, item: unknown) {
            const raw = this[key];
            return raw instanceof Date ? toShanghaiIsoString(raw) : item;
          }),
        ) as unknown;
        expect(JSON.parse(JSON.stringify(converted)) as unknown).toEqual(reference);
      }),
      { numRuns: 200 },
    );
  });
});
