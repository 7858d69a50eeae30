import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it (stryker.config.mjs): the unit and property tests only. The packaging,
// browser, bundle-size and memory tests measure the built files, which Stryker does not mutate.
// Each test file imports the library afresh, so a mutant of a module-level value is seen.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: true,
      exclude: ['test/integration/**', 'test/bundleSize.test.ts', 'test/cli/memory.test.ts', 'test/service/serve.test.ts', 'test/service/load.test.ts', 'node_modules/**'],
    },
  }),
);
