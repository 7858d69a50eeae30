// Input checks shared by the repair functions (internal).
import { toEpochMs } from '../core/instant.js';
import { invalid, requireBoolean } from '../core/validate.js';
import type { InputPath } from '../core/errors.js';

/** A required boolean: absent is `missing`, anything but true/false is `invalid_type`. */
export function requiredBoolean(value: unknown, fn: string, path: InputPath): boolean {
  if (value === undefined) throw invalid(fn, path, 'missing', 'true or false', value);
  return requireBoolean(value, fn, path);
}

/** A required instant as epoch ms: absent is `missing`, unreadable is `invalid_instant`. */
export function requiredInstant(value: unknown, fn: string, path: InputPath): number {
  if (value === undefined) throw invalid(fn, path, 'missing', 'a valid instant (Date, epoch ms or ISO-8601 string)', value);
  return toEpochMs(value, fn, path);
}

/** An optional instant as epoch ms, or `undefined` when absent. */
export function optionalInstant(value: unknown, fn: string, path: InputPath): number | undefined {
  return value === undefined ? undefined : toEpochMs(value, fn, path);
}
