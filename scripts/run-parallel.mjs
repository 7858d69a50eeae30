// Runs npm scripts at the same time and exits non-zero if any of them fails: `npm test` prepares its
// three independent inputs — the type check, the build (dist/) and the docs site (docs-site/) — side by
// side on the machine's two cores instead of one after another. Each script's output is held and
// printed whole when it ends, so the logs of the three do not interleave.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runScript(name) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status, signal) => {
      process.stdout.write(`── npm run ${name}: ${status === 0 ? 'ok' : `failed (${signal ?? `exit ${status}`})`}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(status === 0);
    });
  });
}

const results = await Promise.all(process.argv.slice(2).map(runScript));
process.exit(results.every(Boolean) ? 0 : 1);
