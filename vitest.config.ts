import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests run many cases; keep them deterministic per run but bounded in time.
    testTimeout: 30_000,
    // The library is pure and keeps no state between calls, so test files share each worker's module
    // cache instead of importing the library afresh per file: this alone divides the suite's time by
    // three. Two workers: the machine class the suite is sized for has two cores.
    isolate: false,
    maxWorkers: 2,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Type-only files and the process wrapper of the command line hold nothing to execute in-process.
      exclude: ['src/**/index.ts', 'src/cli/main.ts'],
      thresholds: { lines: 95, branches: 95 },
      reporter: ['text-summary'],
    },
  },
});
