// The server processes of the service benchmarks: started from the repository's root, stopped, and
// asked how much CPU they used. A server's stderr (the access log) goes to a file, as a log collector
// would take it: a pipe read by the busy benchmark would make the service wait on its own log.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts a server process (a script and its arguments) and resolves once it says where it listens.
 * @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess, logFile: string }>} */
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

/** Stops a server started by {@link startServer} and removes its log. */
export function stopServer({ child, logFile }) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => {
      rmSync(logFile, { force: true });
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined elsewhere. */
export function cpuSeconds(child) {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
