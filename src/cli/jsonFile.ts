// The JSON files the command line and the service read whole (`--policy`, `--calendar`). Windows
// editors (Notepad) save UTF-8 with a byte-order mark, which JSON.parse refuses; the input lines
// already accept one, so a file accepts it too. A member name given twice in one object is refused:
// JSON.parse would keep the last one silently (see duplicateKeys.ts). Bytes that are not UTF-8 are
// refused too, where decoding them as text would have replaced them silently.
import { readFile } from 'node:fs/promises';
import { describePath } from '../core/describe.js';
import { UsageError } from './arguments.js';
import { duplicateKey } from './duplicateKeys.js';
import { chunkDecoder, InvalidUtf8Error } from './utf8.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Parses the content of a JSON file given with an option, a leading byte-order mark dropped.
 *
 * @param option - The option that named the file (`--policy`), for messages.
 * @param path - The file, for messages.
 * @param text - The file's content.
 * @returns The parsed value.
 * @throws {@link UsageError} When the content is not JSON, or names a member twice in one object.
 */
export function parseJsonFile(option: string, path: string, text: string): unknown {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new UsageError(`${option} ${path} is not valid JSON (${(error as Error).message})`);
  }
  const repeated = duplicateKey(json);
  if (repeated !== undefined) {
    throw new UsageError(`${option} ${path} gives ${describePath(repeated.path)} twice in one object; give each setting once (JSON would keep the last one silently)`);
  }
  return value;
}

/**
 * Reads a file given with an option as UTF-8 text, refusing bytes that are not UTF-8.
 *
 * @param path - The file.
 * @returns Its text (a byte-order mark, if any, dropped).
 * @throws Node's error when the file cannot be read; an Error naming the line and byte where the file
 *   stops being UTF-8 (`line 3 (byte 41) is not valid UTF-8`).
 */
export async function readUtf8File(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return chunkDecoder('utf-8').decode(bytes);
  } catch (error) {
    if (!(error instanceof InvalidUtf8Error)) throw new Error('it is not valid UTF-8');
    let line = 1;
    for (let index = bytes.indexOf(10); index !== -1 && index < error.offset; index = bytes.indexOf(10, index + 1)) line += 1;
    throw new Error(`line ${line} (byte ${error.offset + 1}) is not valid UTF-8`);
  }
}
