import type { InputPath } from '../core/errors.js';
import { invalid } from '../core/validate.js';

/**
 * Refuses keys an input object does not know (`unknown_key`), so a typo such as `exclude` for
 * `excluded` fails loudly instead of being silently ignored.
 */
export function _rejectUnknownKeys(value: Record<string, unknown>, known: readonly string[], fn: string, path: InputPath): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw invalid(fn, [...path, key], 'unknown_key', `one of the known fields (${known.join(', ')})`, key);
  }
}
