import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { chunkDecoder, StrictUtf8Decoder, unfinishedTail } from '../../src/cli/utf8.js';

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
