// Runs npm scripts at the same time and exits non-zero if any of them fails. `npm test` prepares its
// three inputs — the type check with the declarations it writes (then bundled into dist/), the
// JavaScript build (dist/; each build clears only its own files there) and the docs site
// (docs-site/) — side by side on the machine's two cores instead of one after another, and after the
// unit suite it runs the three checks that each keep about one core busy (the CLI at a million lines,
// the time-zone differential, the package lint) the same way. Each script's output is held and printed whole when
// it ends, so the logs do not interleave.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runScript(name) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(npm, ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stdout.write(`── npm run ${name}: ${status === 0 ? 'ok' : `failed (${signal ?? `exit ${status}`})`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(status === 0);
    });
  });
}

const results = await Promise.all(process.argv.slice(2).map(runScript));
process.exit(results.every(Boolean) ? 0 : 1);
