// `npm run test:deep`: the test files that state properties, each property run with WUYE_DEEP_FACTOR
// times its cases (default 20) — the search for rare counterexamples that a random seed in CI may meet
// one day. Not part of `npm test`: it takes 5–10 minutes on 2 cores.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const root = fileURLToPath(new URL('.', import.meta.url));
// Every test file that imports fast-check, found by reading the files (the others gain nothing here).
const properties = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .map((file) => join('test', file))
  .filter((file) => file.endsWith('.test.ts') && readFileSync(join(root, file), 'utf8').includes("from 'fast-check'"));

// Spread rather than merged: mergeConfig would add these files to the base's include of every file.
export default defineConfig({
  ...base,
  resolve: {
    alias: [
      { find: /^fast-check$/, replacement: join(root, 'test/support/deepFastCheck.ts') },
      { find: /^fast-check-original$/, replacement: fileURLToPath(import.meta.resolve('fast-check')) },
    ],
  },
  test: { ...base.test, include: properties, testTimeout: 30 * 60_000, coverage: { ...base.test?.coverage, enabled: false } },
});
