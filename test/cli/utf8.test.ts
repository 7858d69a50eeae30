import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { chunkDecoder, firstInvalidUtf8, InvalidUtf8Error, StrictUtf8Decoder, unfinishedTail } from '../../src/cli/utf8.js';

// Chunks decoded one by one: the texts, and the index of the chunk that threw (the end is index chunks.length).
function decodeAll(decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string }, chunks: readonly Uint8Array[]): { texts: string[]; failedAt: number | undefined } {
  const texts: string[] = [];
  for (let index = 0; index <= chunks.length; index += 1) {
    try {
      texts.push(index < chunks.length ? decoder.decode(chunks[index], { stream: true }) : decoder.decode());
    } catch {
      return { texts, failedAt: index };
    }
  }
  return { texts, failedAt: undefined };
}

// Bytes cut into chunks at arbitrary places.
const cut = (bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] => {
  const points = [...new Set(cuts.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
};

// Text that is mostly valid UTF-8 (Chinese, emoji, byte-order marks), with now and then a byte that is not.
const tricky = [0xef, 0xbb, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff, 0x80, 0x9f, 0xa0, 0xbf];
const bytesArbitrary = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).map((text) => [...Buffer.from(text)]) },
      { weight: 1, arbitrary: fc.constantFrom('\uFEFF', '金额', '😀').map((text) => [...Buffer.from(text)]) },
      { weight: 2, arbitrary: fc.array(fc.constantFrom(...tricky), { minLength: 1, maxLength: 4 }) },
    ),
    { maxLength: 20 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe('StrictUtf8Decoder', () => {
  it('decodes and refuses exactly what TextDecoder (fatal) does, chunk by chunk, however the bytes are cut', () => {
    fc.assert(
      fc.property(bytesArbitrary, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const chunks = cut(bytes, cuts);
        const expected = decodeAll(new TextDecoder('utf-8', { fatal: true }), chunks);
        expect(decodeAll(new StrictUtf8Decoder(isUtf8), chunks)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('drops one byte-order mark at the start only, even when it is cut across chunks', () => {
    const bom = [0xef, 0xbb, 0xbf];
    for (let at = 0; at <= 6; at += 1) {
      const chunks = cut(Uint8Array.from([...bom, ...bom, 0x61]), [at]);
      expect(decodeAll(new StrictUtf8Decoder(isUtf8), chunks).texts.join('')).toBe('\uFEFFa');
    }
  });

  it('refuses a character the input ends in the middle of', () => {
    const decoder = new StrictUtf8Decoder(isUtf8);
    expect(decoder.decode(Uint8Array.from([0x61, 0xe4, 0xb8]), { stream: true })).toBe('a');
    expect(() => decoder.decode()).toThrow(TypeError);
  });

  it('reads plain Uint8Arrays as well as Buffers', () => {
    const bytes = new Uint8Array(new TextEncoder().encode('x金额').buffer, 1);
    expect(new StrictUtf8Decoder(isUtf8).decode(bytes)).toBe('金额');
  });
});

describe('firstInvalidUtf8', () => {
  // The longest prefix that is UTF-8: every longer one holds the bad sequence, or part of it.
  const longestValidPrefix = (bytes: Uint8Array): number => {
    for (let end = bytes.length; end > 0; end -= 1) if (isUtf8(bytes.subarray(0, end))) return end;
    return 0;
  };

  it('is -1 exactly for UTF-8, and otherwise where the longest UTF-8 prefix ends', () => {
    fc.assert(
      fc.property(bytesArbitrary, (bytes) => {
        const fault = firstInvalidUtf8(bytes);
        expect(fault === -1).toBe(isUtf8(bytes));
        if (fault !== -1) expect(fault).toBe(longestValidPrefix(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds stray, overlong, surrogate, out-of-range and cut sequences where they begin', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0xe9, 0x87, 0x91, 0xe9, 0x87]))).toBe(3);
    expect(firstInvalidUtf8(Uint8Array.from([0xe9, 0x87, 0x41]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from('金额😀'))).toBe(-1);
  });
});

describe('InvalidUtf8Error', () => {
  it('places the fault in the whole input and holds the text before it, however the bytes are cut', () => {
    fc.assert(
      fc.property(bytesArbitrary, fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const decoder = new StrictUtf8Decoder(isUtf8);
        const chunks = cut(bytes, cuts);
        let text = '';
        for (let index = 0; index <= chunks.length; index += 1) {
          try {
            text += index < chunks.length ? decoder.decode(chunks[index], { stream: true }) : decoder.decode();
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidUtf8Error);
            const { offset, textBefore } = error as InvalidUtf8Error;
            expect(offset).toBe(firstInvalidUtf8(bytes));
            expect(text + textBefore).toBe(new TextDecoder().decode(bytes.subarray(0, offset)));
            return;
          }
        }
        expect(isUtf8(bytes)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts from the start of each input again after an input ends', () => {
    const decoder = new StrictUtf8Decoder(isUtf8);
    expect(decoder.decode(Buffer.from('abc'))).toBe('abc');
    expect(() => decoder.decode(Uint8Array.from([0x61, 0xff]))).toThrow(expect.objectContaining({ offset: 1, textBefore: 'a' }));
  });
});

describe('unfinishedTail', () => {
  it('waits only for the valid start of a character', () => {
    expect(unfinishedTail(Uint8Array.from([0x61]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xe4]))).toBe(1);
    expect(unfinishedTail(Uint8Array.from([0xe4, 0xb8]))).toBe(2);
    expect(unfinishedTail(Uint8Array.from([0xe4, 0xb8, 0xad]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xf0, 0x9f, 0x98]))).toBe(3);
    expect(unfinishedTail(Uint8Array.from([0xf0, 0x8f]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xf4, 0x90]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xe0, 0x9f]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xed, 0xa0]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xc1]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0xf5]))).toBe(0);
    expect(unfinishedTail(Uint8Array.from([0x80, 0x80, 0x80]))).toBe(0);
    expect(unfinishedTail(new Uint8Array(0))).toBe(0);
  });
});

describe('chunkDecoder', () => {
  it('uses the fast decoder for UTF-8 only', () => {
    expect(chunkDecoder('utf-8')).toBeInstanceOf(StrictUtf8Decoder);
    expect(chunkDecoder('gb18030')).toBeInstanceOf(TextDecoder);
    expect(chunkDecoder('utf-16le')).toBeInstanceOf(TextDecoder);
  });
});
