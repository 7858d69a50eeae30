import { rmSync } from 'node:fs';
import { build as esbuild, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// Every entry point of the exports map. Each format holds a single copy of each class and function:
// an InvalidInputError from `wuye-rules/complaint` is the same class as the one from `wuye-rules`,
// and `complaint.approvalAuthority === approvalAuthority`.
//
// - CommonJS: one bundle per entry with shared chunks (esbuild's splitting).
// - ESM: the root and the schemas entry are split against each other only, so that `import
//   'wuye-rules'` loads two modules instead of ~30 (Node's ESM loader spends about a millisecond on
//   each module it resolves, reads and links; see bench/cold-start.mjs). Every other ESM entry is a
//   one-line re-export of its names from the root, so it shares the root's copy. A bundler still
//   tree-shakes the root statement by statement (module-level data is marked pure).
// - Types: one declaration build for both formats, so that a class is declared once per format.
const entryPoints = ['calendar', 'complaint', 'repair', 'appraisal', 'desk', 'duty', 'communication', 'visit', 'kpi', 'policy', 'catalog', 'schemas'];
const allEntries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(entryPoints.map((name) => [name, `src/${name}/index.ts`])),
};
// The entries whose names the root exports too (zod's schemas are not in the root).
const reexported = entryPoints.filter((name) => name !== 'schemas');

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

// Cleaned once, before the builds below start (they run at the same time, so none of them cleans).
rmSync('dist', { recursive: true, force: true });

const shared = { target: 'es2022', sourcemap: false, clean: false } as const;

export default defineConfig([
  // Declarations of every entry, .d.ts and .d.cts.
  { ...shared, entry: allEntries, format: ['esm', 'cjs'], dts: { only: true } },
  // CommonJS: every entry, shared chunks.
  { ...shared, entry: allEntries, format: ['cjs'], splitting: true, treeshake: true },
  // ESM: the root and the schemas, one shared chunk.
  { ...shared, entry: { index: 'src/index.ts', schemas: 'src/schemas/index.ts' }, format: ['esm'], splitting: true, treeshake: true },
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
  },
]);
