#!/usr/bin/env node
// The `wuye-rules` bin: wires the process's streams to `run` (src/cli/run.ts), which holds the logic.
// Imported rather than run (by the throughput bench or the JSON Schema build script), it only
// exports; it runs when it is the program node was started with.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { run } from './run.js';

export { buildRegistry } from './registry.js';
export { defaultRegistry } from './defaultRegistry.js';
export { deepPartialJsonSchema, lineJsonSchema, toJsonSchema } from './jsonSchema.js';
export { run, type RunEnvironment } from './run.js';

/** The exit status when the output is closed before every line is written: 128 + SIGPIPE (13). */
const CLOSED_OUTPUT_STATUS = 141;

function isProgram(): boolean {
  const program = process.argv[1];
  if (program === undefined) return false;
  try {
    return realpathSync(program) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isProgram()) {
  const require = createRequire(import.meta.url);
  const { version } = require('../package.json') as { version: string };
  // A closed pipe (`wuye-rules … | head`) ends the run quietly, with the status of a process stopped by
  // SIGPIPE (128 + 13), as other command-line tools end: never 0, which says every line was answered,
  // so a batch job whose reader stopped early is not taken for a finished one.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(CLOSED_OUTPUT_STATUS);
    throw error;
  });
  run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, version }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`wuye-rules: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
