// The JSON files the command line and the service read whole (`--policy`, `--calendar`). Windows
// editors (Notepad) save UTF-8 with a byte-order mark, which JSON.parse refuses; the input lines
// already accept one, so a file accepts it too.
import { UsageError } from './arguments.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Parses the content of a JSON file given with an option, a leading byte-order mark dropped.
 *
 * @param option - The option that named the file (`--policy`), for messages.
 * @param path - The file, for messages.
 * @param text - The file's content.
 * @returns The parsed value.
 * @throws {@link UsageError} When the content is not JSON.
 */
export function parseJsonFile(option: string, path: string, text: string): unknown {
  try {
    return JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${option} ${path} is not valid JSON (${(error as Error).message})`);
  }
}
