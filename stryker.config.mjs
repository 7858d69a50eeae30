// Mutation testing (npm run test:mutation, or one module: npm run test:mutation -- src/complaint).
// docs/contributing.md explains how to run it and lists the scores per module.
// scripts/mutation.mjs names each selection's reports and incremental file (WUYE_MUTATION_NAME).
const name = process.env.WUYE_MUTATION_NAME ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Each mutant runs only the tests that reached it.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level values: rule tables, default policies, frozen constants) are left out.
  // Stryker can only test one by rerunning the whole suite with it (about 2 minutes here), and a module
  // has dozens: src/communication alone has 67 of its 175, which would take over an hour on 2 cores.
  // The tables they hold are pinned by the basis and catalog tests, which check every rule id and value.
  ignoreStatic: true,
  // Stryker's default writes `// @ts-nocheck` at the top of every source file in its sandbox, for a
  // type-checking runner. Vitest does not type-check, and test/calendar's generator test compares the
  // committed statutory table with the generator's output byte for byte: leave the files as they are.
  disableTypeChecks: false,
  // The rule modules and their shared core. The command line, the schemas, the catalog's texts and
  // the holiday data are checked by their own tests, not by mutation.
  mutate: [
    'src/{appraisal,calendar,communication,complaint,core,desk,duty,kpi,policy,repair,visit}/**/*.ts',
    '!src/**/index.ts',
    '!src/calendar/data/**',
  ],
  // Two test processes: the machine class this is sized for has two cores. Use --concurrency 1 on a
  // shared machine.
  concurrency: 2,
  // A rerun reuses the results of mutants whose code and tests did not change (the file is ignored by git:
  // it is only valid for the tree that wrote it).
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10000,
  // The first, whole run collects which test reaches which mutant; on a busy machine it takes minutes.
  dryRunTimeoutMinutes: 30,
  ignorePatterns: ['dist', 'coverage', 'docs-site', 'reports', 'test/.tmp', '.bench-results', '*.tgz'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
