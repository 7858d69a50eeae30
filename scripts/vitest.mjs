// Runs vitest with the arguments given. When the output is not a terminal (CI, a pipe, a log file),
// without colour codes (in the workers' diffs too), so a failure reads as plain text wherever it is printed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const plain = !process.stdout.isTTY && !args.includes('--color');
if (plain) args.push('--no-color');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, ...args], { stdio: 'inherit', env: plain ? { ...process.env, NO_COLOR: '1' } : process.env });
process.exit(run.status ?? 1);
