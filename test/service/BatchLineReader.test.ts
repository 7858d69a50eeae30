import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchLineReader, type BatchLineProblem } from '../../src/service/BatchLineReader.js';
import { cutBytes } from '../support/cutBytes.js';

type Event = readonly [number, string] | readonly [number, BatchLineProblem];

// Reads `pieces` (the body cut anywhere) and returns what the reader reported, in order.
function read(pieces: readonly (string | Buffer)[], maxLineBytes: number): Event[] {
  const events: Event[] = [];
  const reader = new BatchLineReader(
    maxLineBytes,
    (text, line) => events.push([line, text]),
    (line, problem) => events.push([line, problem]),
  );
  for (const piece of pieces) reader.push(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
  reader.end();
  return events;
}

describe('BatchLineReader', () => {
  it('numbers lines from 1, blank ones included, dropping a \\r before \\n and a leading byte-order mark', () => {
    expect(read(['\uFEFF800\r\n\n5000\n', '-1'], 100)).toEqual([
      [1, '800'],
      [2, ''],
      [3, '5000'],
      [4, '-1'],
    ]);
  });

  it('drops a byte-order mark sent in pieces, and keeps one or two bytes that only began like one', () => {
    const mark = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(read([mark.subarray(0, 1), mark.subarray(1, 2), Buffer.concat([mark.subarray(2), Buffer.from('1\n2\n')])], 100)).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
    // Two bytes of the mark and then other text are not a mark: read in pieces as read whole.
    const notMark = Buffer.concat([mark.subarray(0, 2), Buffer.from('1\n')]);
    expect(read([notMark.subarray(0, 1), notMark.subarray(1, 2), notMark.subarray(2)], 100)).toEqual(read([notMark], 100));
    expect(read([notMark], 100)).toHaveLength(1);
    // A body of the mark's first byte alone is that one line (not UTF-8: its own error), not nothing.
    expect(read([mark.subarray(0, 1)], 100)).toEqual([[1, expect.anything()]]);
  });

  it('measures a line in bytes: 60 CJK characters are 182 bytes, too long for a limit of 100', () => {
    const line = JSON.stringify('物'.repeat(60));
    expect([line.length, Buffer.byteLength(line)]).toEqual([62, 182]);
    expect(read([`800\n${line}\n900\n`], 100)).toEqual([
      [1, '800'],
      [2, { code: 'line_too_long', bytes: 182 }],
      [3, '900'],
    ]);
  });

  it('takes a line of exactly the limit, its \\r\\n not counted, and refuses one byte more', () => {
    expect(read([`${'1'.repeat(10)}\r\n${'2'.repeat(11)}\r\n${'3'.repeat(10)}\r`], 10)).toEqual([
      [1, '1'.repeat(10)],
      [2, { code: 'line_too_long', bytes: 11 }],
      [3, '3'.repeat(10)],
    ]);
  });

  it('refuses an over-long line under its own number and reads on, however it is cut', () => {
    const pieces = ['800\n', 'x'.repeat(30), 'x'.repeat(30), 'y\n90', '0\n', 'z'.repeat(50)];
    expect(read(pieces, 20)).toEqual([
      [1, '800'],
      [2, { code: 'line_too_long', bytes: 61 }],
      [3, '900'],
      [4, { code: 'line_too_long', bytes: 50 }],
    ]);
  });

  it('refuses a line that is not UTF-8 under its own number and reads on', () => {
    const body = Buffer.concat([Buffer.from('800\n'), Buffer.from([0x22, 0xff, 0x22, 0x0a]), Buffer.from('"\u7269"\n900')]);
    expect(read([body], 100)).toEqual([
      [1, '800'],
      [2, { code: 'invalid_encoding' }],
      [3, '"\u7269"'],
      [4, '900'],
    ]);
  });

  it('keeps no more than the limit of an over-long line, however much of it arrives', () => {
    const reader = new BatchLineReader(16, () => undefined, () => undefined);
    for (let index = 0; index < 1_000; index += 1) reader.push(Buffer.alloc(1024, 0x31));
    expect((reader as unknown as { openBytes: number }).openBytes).toBe(0);
  });

  it('measures an over-long line without its \\r when the \\n comes in the next piece, or never', () => {
    // Found by the property below: "\u0080\r\n" (2 bytes and a CRLF) cut before its \n was 3 bytes long.
    const body = Buffer.from([0xc2, 0x80, 0x0d, 0x0a]);
    const expected = [[1, { code: 'line_too_long', bytes: 2 }]];
    expect(read([body], 1)).toEqual(expected);
    expect(read([body.subarray(0, 3), body.subarray(3)], 1)).toEqual(expected);
    expect(read([body.subarray(0, 1), body.subarray(1, 3), body.subarray(3)], 1)).toEqual(expected);
    // The last line, without a line break: its final \r is not counted either way.
    expect(read([body.subarray(0, 3)], 1)).toEqual(expected);
    expect(read([body.subarray(0, 2), body.subarray(2, 3)], 1)).toEqual(expected);
  });

  it('reports the same lines whether the body arrives at once or cut anywhere', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constant('\r'),
      fc.uint8Array({ maxLength: 6 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
    );
    const body = fc.tuple(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.boolean()).map(([lines, bom, invalid]) => {
      const parts: Buffer[] = lines.map((text) => Buffer.from(`${text}\n`, 'utf8'));
      if (invalid) parts.splice(Math.floor(parts.length / 2), 0, Buffer.from([0xe7, 0x89, 0x0a]));
      if (bom) parts.unshift(Buffer.from([0xef, 0xbb, 0xbf]));
      return Buffer.concat(parts);
    });
    fc.assert(
      fc.property(body, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 24 }), (whole, offsets, limit) => {
        // A mark cut apart is kept (see the class): the body is cut after it.
        const bom = whole[0] === 0xef;
        const pieces = cutBytes(whole, offsets.map((offset) => offset % (whole.length + 1)).filter((offset) => !bom || offset === 0 || offset >= 3));
        expect(read(pieces, limit)).toEqual(read([whole], limit));
      }),
    );
  });
});
