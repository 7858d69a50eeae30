// `npm run docs` (before typedoc): builds the playground's two classic scripts into
// docs-generated/assets/, which the typedoc plugin copies into the site's assets/:
//
// - wuye-rules.iife.js: the library's browser build (global `wuyeRules`: every root export, plus
//   `wuyeRules.schemas`), from src/ with esbuild;
// - playground.js: the page's shell (site/playground/playground.ts) over the command line's registry,
//   with an example input for every callable function built in. (The plugin writes a third script,
//   playground-links.js, with each rule's address in the rules reference, once typedoc knows them.)
//
// The example input of a function is taken from its TSDoc `@example` (the arguments of its first
// call there, evaluated), else from the command line's example line (src/cli/examples.ts), and is
// kept only if the function accepts it. Nothing here needs editing when a function is added.
import { transformSync } from 'esbuild';
import { buildBrowserScript } from './lib/browser-script.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractExamples } from './extract-examples.mjs';
import { loadSource, root } from './lib/load-source.mjs';

const out = join(root, 'docs-generated', 'assets');
mkdirSync(out, { recursive: true });

// ── The library's browser build ──────────────────────────────────────────────────────────────────
await buildBrowserScript(join(root, 'site', 'playground', 'browser.ts'), join(out, 'wuye-rules.iife.js'), { globalName: 'wuyeRules' });

// ── Example inputs ───────────────────────────────────────────────────────────────────────────────
const source = await loadSource(
  `export * as library from './src/index.ts';
   export * as schemas from './src/schemas/index.ts';
   export { buildRegistry } from './src/cli/registry.ts';
   export { exampleLines } from './src/cli/examples.ts';`,
);
const { library, schemas } = source;
const registry = source.buildRegistry(library, schemas);

/** The text of the first call `name(…)` in a line of code, from `name` to the closing parenthesis. */
function firstCall(code, name) {
  const pattern = new RegExp(`(?<![\\w.$])${name}\\(`, 'g');
  for (const match of code.matchAll(pattern)) {
    let depth = 0;
    let quote = null;
    for (let index = match.index + name.length; index < code.length; index += 1) {
      const char = code[index];
      if (quote !== null) {
        if (char === '\\') index += 1;
        else if (char === quote) quote = null;
        continue;
      }
      if (char === "'" || char === '"' || char === '`') quote = char;
      else if (char === '(' || char === '[' || char === '{') depth += 1;
      else if (char === ')' || char === ']' || char === '}') {
        depth -= 1;
        if (depth === 0) return { start: match.index, argsText: code.slice(match.index + name.length + 1, index) };
      }
    }
  }
  return undefined;
}

/** A value as JSON carries it (Dates in Shanghai time), or undefined when it cannot be carried. */
function jsonOf(value, depth = 0) {
  if (depth > 12) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : library.toShanghaiIsoString(value);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => jsonOf(item, depth + 1));
    return items.includes(undefined) ? undefined : items;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.getOwnPropertySymbols(value).length === 0) {
    const entries = Object.entries(value).map(([key, item]) => [key, jsonOf(item, depth + 1)]);
    return entries.some(([, item]) => item === undefined) ? undefined : Object.fromEntries(entries);
  }
  return undefined;
}

const names = Object.keys(library);
const values = names.map((name) => library[name]);

/** The arguments of the function's first call in its examples, evaluated, or undefined. */
function argumentsFromExamples(name, examples) {
  for (const example of examples) {
    const call = firstCall(example.code, name);
    if (call === undefined) continue;
    // The example's code before the call (its own constants), then the call's arguments.
    const before = example.code
      .slice(0, call.start)
      .split('\n')
      .slice(0, -1)
      .filter((line) => !/^\s*import\b/.test(line))
      .join('\n');
    try {
      const body = transformSync(`${before}\nreturn [${call.argsText}];`, { loader: 'ts' }).code;
      const args = new Function(...names, body)(...values);
      if (Array.isArray(args)) return args;
    } catch {
      // An example that needs more than its own lines: try the next one.
    }
  }
  return undefined;
}

/** The input text for the playground: the one argument, or the array of the arguments. */
function inputText(fn, args) {
  const { arity } = fn.layout();
  const given = args.slice(0, arity);
  while (given.length > 0 && given.at(-1) === undefined) given.pop();
  const json = jsonOf(given);
  if (json === undefined) return undefined;
  const value = json.length === 1 && !Array.isArray(json[0]) ? json[0] : json;
  // Kept only when the function accepts it as the playground will pass it.
  try {
    fn.call(...(Array.isArray(value) ? value : [value]));
  } catch {
    return undefined;
  }
  return JSON.stringify(value);
}

const allExamples = extractExamples();
const examples = {};
for (const [name, fn] of registry) {
  const fromTsdoc = argumentsFromExamples(
    name,
    allExamples.filter((example) => example.code.includes(`${name}(`)),
  );
  const candidates = [fromTsdoc === undefined ? undefined : inputText(fn, fromTsdoc)];
  const line = source.exampleLines[name];
  if (line !== undefined) {
    const parsed = JSON.parse(line);
    candidates.push(inputText(fn, Array.isArray(parsed) ? parsed : [parsed]));
  }
  // The example's own input, unless it is a page long and the command line has a shorter one.
  const usable = candidates.filter((candidate) => candidate !== undefined);
  examples[name] = (usable[0] !== undefined && usable[0].length > 2000 ? usable.reduce((a, b) => (b.length < a.length ? b : a)) : usable[0]) ?? '{}';
}

// ── The page's shell ─────────────────────────────────────────────────────────────────────────────
await buildBrowserScript(join(root, 'site', 'playground', 'playground.ts'), join(out, 'playground.js'), {
  define: { __PLAYGROUND_EXAMPLES__: JSON.stringify(examples) },
});
writeFileSync(join(out, 'playground-examples.json'), `${JSON.stringify(examples, null, 2)}\n`);
const fromExamples = Object.values(examples).filter((text) => text !== '{}').length;
console.log(`playground: ${registry.size} functions (${fromExamples} with an example input) in docs-generated/assets/`);
