// npm run test:mutation [-- <module folder or file>...]: Stryker over the whole rule tree, or only
// over the folders and files given (`npm run test:mutation -- src/complaint`,
// `npm run test:mutation -- src/appraisal/payFloat.ts`). Other Stryker options pass through
// (`-- src/desk --concurrency 1`). Each selection keeps its own incremental file, so runs of different
// modules do not discard each other's results.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const targets = [];
const options = [];
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  if (arg.startsWith('-')) {
    options.push(arg);
    if (!arg.includes('=') && args[index + 1] !== undefined && !args[index + 1].startsWith('-')) options.push(args[(index += 1)]);
  } else {
    targets.push(arg.replace(/\/+$/, ''));
  }
}

const globs = [];
for (const target of targets) {
  if (!existsSync(target)) {
    console.error(`test:mutation: ${target} does not exist (give a folder such as src/complaint or a file under src/)`);
    process.exit(2);
  }
  globs.push(statSync(target).isDirectory() ? `${target}/**/*.ts` : target);
}
if (globs.length > 0) globs.push('!src/**/index.ts', '!src/calendar/data/**');

// The tests a selection is measured with: for a module (src/core included), its own folder under test/
// and the contract tests (vitest.mutation.config.ts explains why); the whole tree uses every test.
const modules = targets.map((target) => /^src\/([a-z]+)/.exec(target)?.[1]);
const tests = modules.every((module) => module !== undefined && existsSync(`test/${module}`))
  ? [...new Set(modules)].map((module) => `test/${module}/**/*.test.ts`).concat('test/contract/**/*.test.ts')
  : [];

const name = targets.length === 0 ? 'all' : targets.map((target) => target.replace(/^src\//, '').replace(/[/.]/g, '-')).join('+');
const stryker = ['stryker', 'run'];
if (globs.length > 0) stryker.push('--mutate', globs.join(','));
const run = spawnSync('npx', [...stryker, ...options], { stdio: 'inherit', env: { ...process.env, WUYE_MUTATION_NAME: name, WUYE_MUTATION_TESTS: tests.join(',') } });
process.exit(run.status ?? 1);
