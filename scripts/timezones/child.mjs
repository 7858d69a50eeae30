// One side of the time-zone differential: evaluates the corpus under the host zone it was started in
// (TZ set by scripts/test-timezones.mjs) and prints one JSON line per call: the result with every Date
// as epoch ms, or the error's class, code, path and message.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { revive } from './corpus.mjs';

const [bundlePath, corpusPath] = process.argv.slice(2);
const { library } = await import(pathToFileURL(bundlePath).href);
const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'));


// A result as text that differs exactly when the result does: Dates as epoch ms, and the values JSON
// cannot carry (undefined, NaN, ±Infinity, functions) spelled out rather than dropped.
function serializable(value, seen = new Set()) {
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.getTime() };
  if (value === undefined) return '$undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return `$${value}`;
  if (typeof value === 'bigint' || typeof value === 'symbol') return `$${String(value)}`;
  if (typeof value === 'function') return `$function ${value.name}`;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '$cycle';
  seen.add(value);
  const out = Array.isArray(value)
    ? value.map((item) => serializable(item, seen))
    : Object.fromEntries(Object.keys(value).map((key) => [key, serializable(value[key], seen)]));
  seen.delete(value);
  return out;
}

function errorOf(error) {
  if (!(error instanceof Error)) return { thrown: serializable(error) };
  return { class: error.constructor.name, name: error.name, code: error.code ?? null, path: error.path ?? null, message: error.message };
}

const lines = [];
for (const { fn, args } of corpus) {
  let line;
  try {
    line = JSON.stringify({ ok: serializable(library[fn](...revive(args, library))) });
  } catch (error) {
    line = JSON.stringify({ error: errorOf(error) });
  }
  lines.push(line);
}
process.stdout.write(`${lines.join('\n')}\n`);
