import type { InputPath } from './errors.js';

/** Renders a received value for an error message: strings quoted, everything else as JSON or String(). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date(${value.toISOString()})`;
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Renders a path for a message: `unresolved.openedAt`, `deductions[2].points`; the empty path as `input`. */
export function describePath(path: InputPath): string {
  if (path.length === 0) return 'input';
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}
