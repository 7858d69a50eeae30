import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it (stryker.config.mjs): the unit and property tests only. The packaging,
// browser, bundle-size and memory tests measure the built files, which Stryker does not mutate.
// Each test file imports the library afresh, so a mutant of a module-level value is seen.
// A run over one module (scripts/mutation.mjs sets WUYE_MUTATION_TESTS) uses that module's own tests
// and the contract tests over every function: each mutant then starts a few small test files instead of
// the command-line, service, fuzz and conformance suites, which reach every module through the registry
// and make a module's run several times slower. src/core is no exception: every test reaches it, and
// with every test its run took about 2.5 hours on two cores; test/core and the contract tests pin it
// alone (a score measured with fewer tests is a lower bound). A run over the whole tree uses every test.
const moduleTests = process.env.WUYE_MUTATION_TESTS?.split(',').filter((glob) => glob !== '');

const config = mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: true,
      // Builds definePolicy's checks afresh before each test (the file says why).
      setupFiles: ['test/support/mutationSetup.ts'],
      exclude: ['test/integration/**', 'test/bundleSize.test.ts', 'test/cli/memory.test.ts', 'test/service/serve.test.ts', 'test/service/load.test.ts', 'node_modules/**'],
    },
  }),
);
// mergeConfig concatenates arrays, so the module's list replaces the base include after the merge.
if (moduleTests !== undefined && moduleTests.length > 0) config.test!.include = moduleTests;

export default config;
