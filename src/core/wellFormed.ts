import type { InputPath } from './errors.js';
import { invalid, requireString } from './validate.js';

/**
 * Half of a character outside the basic plane with no other half beside it. Text written out as UTF-8
 * (an iCalendar file) cannot hold one: it would become U+FFFD, and two different inputs one output.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string that UTF-8 can write as it is: no lone surrogate (`lone_surrogate`). */
export function requireWellFormedString(value: unknown, fn: string, path: InputPath): string {
  const text = requireString(value, fn, path);
  if (LONE_SURROGATE.test(text)) throw invalid(fn, path, 'lone_surrogate', 'text without a lone surrogate (half of a character outside the basic plane)', value);
  return text;
}
