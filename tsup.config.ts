import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build as esbuild, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { clearDist, ENTRY_POINTS, entryFiles } from './tsup.entries.js';

// Every entry point of the exports map. Each format holds a single copy of each class and function:
// an InvalidInputError from `wuye-rules/complaint` is the same class as the one from `wuye-rules`,
// and `complaint.approvalAuthority === approvalAuthority`.
//
// - CommonJS: one bundle per entry with shared chunks (esbuild's splitting).
// - ESM: the root is one file, so that `import 'wuye-rules'` loads one module instead of ~30 (Node's
//   ESM loader spends about a millisecond on each module it resolves, reads and links; see
//   bench/cold-start.mjs); the schemas entry is another, with its own copies of the internal helpers
//   it needs (it exports only zod schemas). Every other ESM entry is a one-line re-export of its
//   names from the root, so it shares the root's copy. A bundler still
//   tree-shakes the root statement by statement (module-level data is marked pure).
// - Types: tsup.types.config.ts, from the declarations the compiler writes.
const allEntries = entryFiles((path) => `src/${path}.ts`);
// The entries whose names the root exports too (zod's schemas are not in the root).
const reexported = ENTRY_POINTS.filter((name) => name !== 'schemas');

// The runtime names an entry exports, read from esbuild's metafile of the entry bundled alone.
async function runtimeExports(entry: string): Promise<string[]> {
  const result = await esbuild({ entryPoints: [entry], bundle: true, write: false, metafile: true, format: 'esm', platform: 'neutral', logLevel: 'silent', external: ['zod', 'zod/*'] });
  return Object.values(result.metafile.outputs)[0]!.exports;
}

// Replaces each ESM subpath entry by `export { …its names } from './index.js'`; refuses a name the
// root does not export (the import would fail at link time).
function reexportFromRoot(): Plugin {
  return {
    name: 'wuye-reexport-from-root',
    setup(build) {
      const rootNames = runtimeExports('src/index.ts').then((names) => new Set(names));
      build.onResolve({ filter: /^wuye-rules-root$/ }, () => ({ path: './index.js', external: true }));
      build.onLoad({ filter: /[\\/]src[\\/][a-z]+[\\/]index\.ts$/ }, async (args) => {
        const names = await runtimeExports(args.path);
        const root = await rootNames;
        const missing = names.filter((name) => !root.has(name));
        if (missing.length > 0) return { errors: [{ text: `${args.path} exports ${missing.join(', ')}, which the root entry does not` }] };
        return { contents: `export { ${names.join(', ')} } from 'wuye-rules-root';\n`, loader: 'js' };
      });
    },
  };
}

// The rule catalog's entries (~130, three locales each) as one JSON string that catalogData parses:
// V8 scans a string and runs JSON.parse much faster than it parses and compiles the same data
// written as object literals. The source stays object literals in src/catalog/entries; the build
// evaluates them and refuses entries that JSON would change. The string is the JSON's UTF-8 in
// base64 (ASCII, no escapes; atob and TextDecoder are global in Node 18 and every browser): written
// as a JSON string literal, each Chinese character was a six-character \\u escape, and scanning the
// ~105 kB literal was about a tenth of a cold import (bench/cold-start.mjs). Decoding it costs a
// fraction of a millisecond, on the catalog's first use.
function catalogAsJson(): Plugin {
  return {
    name: 'wuye-catalog-as-json',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]catalog[\\/]_catalogData\.ts$/ }, async (args) => {
        const bundled = await esbuild({ entryPoints: [args.path], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
        const source = Buffer.from(bundled.outputFiles[0]!.text).toString('base64');
        const { catalogData } = (await import(`data:text/javascript;base64,${source}`)) as { catalogData: () => unknown };
        const entries = catalogData();
        const json = JSON.stringify(entries);
        if (!isDeepStrictEqual(JSON.parse(json), entries)) return { errors: [{ text: 'the rule catalog does not survive JSON' }] };
        const base64 = Buffer.from(json, 'utf8').toString('base64');
        const decode = `new TextDecoder().decode(Uint8Array.from(atob(${JSON.stringify(base64)}), (character) => character.charCodeAt(0)))`;
        return { contents: `export function catalogData() {\n  return JSON.parse(${decode});\n}\n`, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

// Every file of the build in ASCII. esbuild already writes strings, templates, regular expressions and
// names in ASCII (\\u escapes), but keeps some comments as written, in Chinese: one such character
// makes Node decode the whole file to UTF-16 and V8 scan it as such, which costs a cold import about
// 1.5 ms on the 280 kB root (bench/cold-start.mjs). Only comments are left to escape here.
function asciiOnly(): NonNullable<Options['plugins']>[number] {
  return {
    name: 'wuye-ascii-only',
    renderChunk(code) {
      return { code: code.replace(/[^\0-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) };
    },
  };
}

// Its own files cleared once, before the builds below start (they run at the same time, so none of
// them cleans); the declarations are tsup.types.config.ts's.
clearDist(false);

const shared = { target: 'es2022', sourcemap: false, clean: false, plugins: [asciiOnly()] } satisfies Options;

export default defineConfig([
  // CommonJS: every entry, shared chunks.
  { ...shared, entry: allEntries, format: ['cjs'], splitting: true, treeshake: true, esbuildPlugins: [catalogAsJson()] },
  // ESM: the root in one file, and the schemas entry in one file of its own. The schemas entry exports
  // only zod schemas (no name of the root's), so the few internal helpers it shares with the root
  // (constants, patterns, the instant check) can be copies: no exported class or function exists
  // twice. A chunk shared by the two made a cold `import 'wuye-rules'` load a second module.
  { ...shared, entry: { index: 'src/index.ts' }, format: ['esm'], splitting: false, treeshake: true, esbuildPlugins: [catalogAsJson()] },
  { ...shared, entry: { schemas: 'src/schemas/index.ts' }, format: ['esm'], splitting: false, treeshake: true, esbuildPlugins: [catalogAsJson()] },
  // ESM: every other entry re-exports from the root.
  {
    ...shared,
    entry: Object.fromEntries(reexported.map((name) => [name, `src/${name}/index.ts`])),
    format: ['esm'],
    splitting: false,
    treeshake: false,
    esbuildPlugins: [reexportFromRoot()],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    // The HTTP service (src/service) is a chunk of its own, loaded only by `wuye-rules serve`. The
    // command line's chunks go to dist/cli/, apart from the library's: they import node built-ins,
    // and a browser loading the library's files must never meet them.
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    platform: 'node',
    target: 'node18',
    clean: false,
    plugins: [asciiOnly()],
  },
]);
