import type { InputPath } from './errors.js';

// The most characters of a received value an error message shows.
const LIMIT = 100;

// `text` cut to LIMIT characters with `...`, never between the two halves of a character outside the
// BMP (an emoji): a lone surrogate is not text a log or a JSON reader takes as written.
function cut(text: string): string {
  if (text.length <= LIMIT) return text;
  const end = LIMIT - 3;
  const last = text.charCodeAt(end - 1);
  return `${text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end)}...`;
}

/**
 * Renders a received value for an error message: strings quoted, dates in ISO-8601, objects and arrays
 * as JSON; at most 100 characters, cut with `...`. It reads no more of a value than it shows (a 50 MB
 * string or a million-element array costs no more than a short one) and never throws, whatever the
 * value (a Proxy, a throwing getter, a cycle).
 */
export function describeValue(value: unknown): string {
  let text: string;
  try {
    if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
    else if (typeof value === 'string' || (typeof value === 'object' && value !== null)) {
      // Each node read costs one unit of the budget; strings and arrays are cut before they are read.
      let budget = LIMIT;
      text = JSON.stringify(value, (_key, item: unknown) => (budget-- < 0 ? undefined : typeof item === 'string' || Array.isArray(item) ? item.slice(0, LIMIT) : item));
    } else text = Object.is(value, -0) ? '-0' : String(value);
  } catch {
    text = 'an unreadable value';
  }
  return cut(text);
}

/**
 * Renders a path for a message: `unresolved.openedAt`, `deductions[2].points`; the empty path as `input`.
 * A key is the caller's text (an unknown key is named by the path): like a value, each shows at most
 * 100 characters, cut with `...`, so a 5,000-character key cannot make a 5,000-character message. The
 * error's `path` keeps the key whole.
 */
export function describePath(path: InputPath): string {
  if (path.length === 0) return 'input';
  let text = '';
  for (const key of path) {
    const shown = typeof key === 'number' ? `[${key}]` : cut(key);
    text += typeof key === 'number' || text === '' ? shown : `.${shown}`;
  }
  return text;
}
