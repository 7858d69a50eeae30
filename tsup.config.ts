import { defineConfig } from 'tsup';

// One bundle per entry point of the exports map, ESM and CJS, with shared chunks so that both
// formats hold a single copy of each class (an InvalidInputError from `wuye-rules/complaint` is the
// same class as the one from `wuye-rules`).
const entryPoints = ['calendar', 'complaint', 'repair', 'appraisal', 'desk', 'duty', 'communication', 'visit', 'kpi', 'policy', 'catalog', 'schemas'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(entryPoints.map((name) => [name, `src/${name}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    clean: true,
    target: 'es2022',
    sourcemap: false,
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
