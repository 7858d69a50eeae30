// Strict UTF-8 decoding of a stream of chunks, as `new TextDecoder('utf-8', { fatal: true })` decodes
// it, several times faster: Node's TextDecoder takes a slow path for streamed input, while a chunk that
// `buffer.isUtf8` has validated can be read with `Buffer#toString`. Only the bytes of a character cut
// by the chunk's end wait for the next chunk.
import * as nodeBuffer from 'node:buffer';

const { Buffer } = nodeBuffer;

// Node 18.14 and later; on an older Node the command line keeps TextDecoder.
const isUtf8 = (nodeBuffer as { isUtf8?: (input: Uint8Array) => boolean }).isUtf8;

/** The decoder's interface, as much of TextDecoder's as the command line uses. */
export interface ChunkDecoder {
  /** Decodes the next chunk (`stream: true`), or ends the input (no chunk). Throws on invalid bytes. */
  decode(input?: Uint8Array, options?: { readonly stream?: boolean }): string;
}

/** The length of the sequence a lead byte begins: 1 for ASCII, 2–4, or 0 for a byte no character starts with. */
function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/** Whether a second byte fits its lead: the range depends on it (no overlongs, no surrogates, nothing past U+10FFFF). */
function secondFits(lead: number, second: number): boolean {
  return second >= (lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80) && second <= (lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf);
}

/**
 * How many bytes at the end of `bytes` begin a character that the next chunk may complete: 1–3 when
 * they are the valid start of a multi-byte sequence, otherwise 0 (the end is whole, or invalid, which
 * validation then reports at once, as TextDecoder does).
 */
export function unfinishedTail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back += 1) {
    const byte = bytes[length - back] as number;
    // A continuation byte: look further back for the lead.
    if (byte >= 0x80 && byte < 0xc0) continue;
    if (sequenceLength(byte) <= back) return 0;
    if (back >= 2 && !secondFits(byte, bytes[length - back + 1] as number)) return 0;
    return back;
  }
  return 0;
}

/**
 * Where the first byte sequence that is not UTF-8 begins in `bytes` (a stray continuation byte, a lead
 * byte that no character starts with, a character cut short, an overlong form, a surrogate or a code
 * point past U+10FFFF), or -1 when all of `bytes` is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let index = 0;
  while (index < length) {
    const lead = bytes[index] as number;
    const need = sequenceLength(lead);
    if (need === 1) {
      index += 1;
      continue;
    }
    if (need === 0 || index + need > length || !secondFits(lead, bytes[index + 1] as number)) return index;
    for (let next = 2; next < need; next += 1) if (((bytes[index + next] as number) & 0xc0) !== 0x80) return index;
    index += need;
  }
  return -1;
}

/**
 * Thrown by {@link StrictUtf8Decoder} at the first bytes that are not UTF-8: where they are in the
 * whole input, and the text of the chunk before them, so that the lines before it can still be read.
 */
export class InvalidUtf8Error extends TypeError {
  constructor(
    /** The offset of the first invalid byte from the start of the input (0-based). */
    readonly offset: number,
    /** The chunk's text before that byte (with what earlier chunks left unfinished). */
    readonly textBefore: string,
  ) {
    super(`The encoded data was not valid for encoding utf-8 (byte ${offset})`);
  }
}

/** Decodes UTF-8 strictly, with TextDecoder's handling of a leading byte-order mark (dropped once). */
export class StrictUtf8Decoder implements ChunkDecoder {
  private pending: Buffer | undefined;
  private started = false;
  // The bytes of the input decoded so far, not counting those held in `pending`.
  private consumed = 0;

  constructor(private readonly validate: (input: Uint8Array) => boolean) {}

  decode(input?: Uint8Array, options?: { readonly stream?: boolean }): string {
    let bytes = input === undefined ? Buffer.alloc(0) : Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (this.pending !== undefined) {
      bytes = Buffer.concat([this.pending, bytes]);
      this.pending = undefined;
    }
    const stream = options?.stream === true;
    let end = bytes.length;
    if (stream) {
      const tail = unfinishedTail(bytes);
      if (tail > 0) {
        end -= tail;
        this.pending = Buffer.from(bytes.subarray(end));
      }
    }
    const valid = this.validate(end === bytes.length ? bytes : bytes.subarray(0, end));
    let start = 0;
    if (!this.started && end > 0) {
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    }
    if (!valid) {
      // A character cut by the end of a chunk was left out above, so the fault lies before `end`.
      const fault = firstInvalidUtf8(bytes.subarray(0, end));
      const at = fault === -1 ? end : fault;
      const offset = this.consumed + at;
      this.pending = undefined;
      this.started = false;
      this.consumed = 0;
      throw new InvalidUtf8Error(offset, bytes.toString('utf8', Math.min(start, at), at));
    }
    this.consumed += end;
    // The end of the input: the next input starts afresh, as TextDecoder does.
    if (!stream) {
      this.started = false;
      this.consumed = 0;
    }
    return bytes.toString('utf8', start, end);
  }
}

/** The strict decoder of an input encoding: the fast UTF-8 one where Node can validate, TextDecoder otherwise. */
export function chunkDecoder(encoding: string): ChunkDecoder {
  return encoding === 'utf-8' && isUtf8 !== undefined ? new StrictUtf8Decoder(isUtf8) : new TextDecoder(encoding, { fatal: true });
}
