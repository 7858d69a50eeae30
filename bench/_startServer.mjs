// Starts a server process (a script and its arguments, run from the repository's root) and resolves to
// its URL and the process once it says where it listens. Its stderr (the access log) goes to a file,
// as a log collector would take it: a pipe read by the busy benchmark would make the service wait on
// its own log. Shared by the service benchmarks.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess, logFile: string }>} */
export function startServer(args) {
  const logFile = join(tmpdir(), `wuye-rules-bench-${process.pid}-${args.join('-').replace(/\W/g, '-')}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', fd] });
  closeSync(fd);
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'));
      if (match === null) return;
      clearInterval(poll);
      resolve({ url: match[1], child, logFile });
    }, 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`${args.join(' ')} exited with ${code}: ${readFileSync(logFile, 'utf8')}`));
    });
  });
}
