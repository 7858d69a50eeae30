// `wuye-rules serve`: reads the options and files, starts the service, and runs until SIGTERM or
// SIGINT, when it stops accepting, lets the requests in flight finish, and resolves to exit status 0.
// Loaded by the command line only when `serve` is asked for.
import { readUtf8File } from '../cli/jsonFile.js';
import { UsageError } from '../cli/arguments.js';
import { parseCalendarFile } from '../cli/calendarFile.js';
import { defaultRegistry } from '../cli/defaultRegistry.js';
import { readPolicyFile } from '../cli/policyFile.js';
import type { RunEnvironment } from '../cli/run.js';
import { parseServeArguments } from './arguments.js';
import { startService, type RunningService, type ServiceConfig } from './server.js';

/** What `serve` runs against beyond the command line's environment. */
export interface ServeEnvironment extends RunEnvironment {
  /** Called once the service listens (tests use it to reach and stop it); by default it waits for SIGTERM/SIGINT. */
  readonly onListening?: (service: RunningService) => void;
  /** Where SIGTERM and SIGINT come from; the process unless given. */
  readonly signals?: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
  /** Settings tests shorten (timeouts). */
  readonly serviceOverrides?: Partial<ServiceConfig>;
}

const HELP = `wuye-rules serve: every function of the package over HTTP.

Usage
  wuye-rules serve [--port 8080] [--host 127.0.0.1] [--policy file] [--calendar file]
                   [--token-file file] [--max-body 1mb] [--keep-alive-timeout 65]

Routes
  POST /v1/<function>         body: a JSON array of the arguments, or the only argument
                              200 {"result": ...}; errors are RFC 9457 problem details
  POST /v1/<function>/batch   NDJSON in, NDJSON out (the command line's line format), streamed
  GET  /openapi.json          the OpenAPI 3.1 document of every function
  GET  /healthz               liveness
  GET  /v1/catalog            the rule catalog
  GET  /v1/explain?basis=<ids>&locale=<zh-Hans|zh-Hant|en>

Options
  --port <n>            the port (default 8080; 0 picks a free one)
  --host <address>      the address to listen on (default 127.0.0.1: this machine only)
  --policy <file>       company policy, as for the command line; a file of effective-dated
                        versions applies, per request, the version in force at the case's instant
  --calendar <file>     working days, as for the command line
  --token-file <file>   every /v1 request must carry Authorization: Bearer <the file's token>
  --max-body <size>     the largest body of a call (413 beyond it) and the longest line of a
                        batch, in bytes (a longer line gets its own error line) (default 1mb)
  --keep-alive-timeout <seconds>
                        how long an idle connection is kept for the client's next request
                        (default 65: above the 60 s a load balancer keeps its idle connections)

The service runs until SIGTERM or SIGINT; it then finishes the requests in flight and exits 0.
One JSON access-log line per request goes to stderr.
`;

/**
 * Runs `wuye-rules serve`.
 *
 * @param argv - The arguments after `serve`.
 * @param environment - Streams, version, and stand-ins.
 * @returns The exit status once the service has stopped (0).
 * @throws {@link UsageError} When an option or a file is wrong.
 */
export async function serve(argv: readonly string[], environment: ServeEnvironment): Promise<number> {
  const parsed = parseServeArguments(argv);
  if (parsed.help) {
    environment.stdout.write(HELP);
    return 0;
  }
  const readText = async (option: string, path: string): Promise<string> => {
    try {
      return await (environment.readTextFile ?? readUtf8File)(path);
    } catch (error) {
      throw new UsageError(`cannot read ${option} ${path} (${(error as Error).message})`);
    }
  };
  const policy = parsed.policyFile === undefined ? undefined : readPolicyFile(parsed.policyFile, await readText('--policy', parsed.policyFile));
  const calendar = parsed.calendarFile === undefined ? undefined : parseCalendarFile(parsed.calendarFile, await readText('--calendar', parsed.calendarFile));
  let token: string | undefined;
  if (parsed.tokenFile !== undefined) {
    token = (await readText('--token-file', parsed.tokenFile)).trim();
    if (token === '' || /\s/.test(token)) throw new UsageError(`--token-file ${parsed.tokenFile} must hold one token: no spaces, not empty`);
  }
  const config: ServiceConfig = {
    registry: environment.registry ?? defaultRegistry(),
    version: environment.version,
    policy,
    calendar,
    token,
    maxBody: parsed.maxBody,
    keepAliveTimeout: parsed.keepAliveSeconds * 1000,
    log: environment.stderr,
    warm: true,
    ...environment.serviceOverrides,
  };
  let service: RunningService;
  try {
    service = await startService(config, parsed.host, parsed.port);
  } catch (error) {
    throw new UsageError(`cannot listen on ${parsed.host}:${parsed.port} (${(error as Error).message})`);
  }
  const listening = (): void => {
    environment.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), message: `wuye-rules ${environment.version} listening on ${service.url}`, url: service.url })}\n`);
  };
  if (environment.onListening !== undefined) {
    listening();
    environment.onListening(service);
    await new Promise<void>((resolve) => service.server.once('close', resolve));
    return 0;
  }
  const signals = environment.signals ?? process;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      signals.off('SIGTERM', stop);
      signals.off('SIGINT', stop);
      environment.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), message: 'stopping: finishing the requests in flight' })}\n`);
      void service.close().then(resolve);
    };
    // The handlers first: a supervisor that signals as soon as it reads the line must find them (a
    // signal between the line and the handlers killed the process, exit by SIGTERM instead of 0).
    signals.on('SIGTERM', stop);
    signals.on('SIGINT', stop);
    listening();
  });
  return 0;
}
