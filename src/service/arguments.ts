// The arguments of `wuye-rules serve`: where to listen, what to apply, who may call.
import { UsageError } from '../cli/arguments.js';

/** What `wuye-rules serve` was asked to do. */
export interface ServeArguments {
  /** `--port`: the TCP port; 0 lets the system choose (8080 unless given). */
  readonly port: number;
  /** `--host`: the address to listen on (127.0.0.1 unless given: reachable from this machine only). */
  readonly host: string;
  /** `--policy`: a JSON file of policy overrides, or effective-dated versions. */
  readonly policyFile: string | undefined;
  /** `--calendar`: a JSON file of State Council notices, or a whole calendar. */
  readonly calendarFile: string | undefined;
  /** `--token-file`: a file holding the bearer token every `/v1` request must carry. */
  readonly tokenFile: string | undefined;
  /** `--max-body`: the largest body of a call and the longest line of a batch, in bytes (1 MiB unless given). */
  readonly maxBody: number;
  /** `--keep-alive-timeout`: seconds an idle connection is kept for the client's next request (65 unless given). */
  readonly keepAliveSeconds: number;
  /** `--help`. */
  readonly help: boolean;
}

/**
 * The default keep-alive: longer than the idle timeout of the load balancers an ERP puts in front of
 * the service (60 s for nginx's upstream keep-alive and AWS's ALB), so that the balancer, not the
 * service, closes an idle connection, and never sends a request on one the service is closing.
 */
export const DEFAULT_KEEP_ALIVE_SECONDS = 65;

const VALUE_OPTIONS = new Set(['--port', '--host', '--policy', '--calendar', '--token-file', '--max-body', '--keep-alive-timeout']);
const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/**
 * Reads a size: bytes, or a number with `b`, `kb`, `mb` or `gb` (binary multiples: 1mb = 1,048,576 bytes).
 *
 * @throws {@link UsageError} When the size is not one, or not between 1 byte and 1 GiB.
 */
export function parseSize(value: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match === null ? undefined : UNITS[(match[2] as string).toLowerCase()];
  const bytes = match === null || unit === undefined ? Number.NaN : Math.floor(Number(match[1]) * unit);
  if (!Number.isFinite(bytes) || bytes < 1 || bytes > 1024 ** 3) {
    throw new UsageError(`${option} must be a size between 1b and 1gb (e.g. 1mb, 512kb, 65536), received ${JSON.stringify(value)}`);
  }
  return bytes;
}

/**
 * Parses the arguments after `serve`.
 *
 * @param argv - The arguments after `serve`.
 * @returns The settings of the service.
 * @throws {@link UsageError} When an option is unknown, repeated, lacks its value or has a wrong one.
 */
export function parseServeArguments(argv: readonly string[]): ServeArguments {
  const values = new Map<string, string>();
  let help = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (argument === '--help' || argument === '-h') {
      help = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if (!VALUE_OPTIONS.has(name)) {
      throw new UsageError(argument.startsWith('-') ? `unknown option ${argument} for serve` : `serve takes no argument ${JSON.stringify(argument)}; options only`);
    }
    const value = equals === -1 ? argv[(index += 1)] : argument.slice(equals + 1);
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    if (values.has(name)) throw new UsageError(`${name} is given twice`);
    values.set(name, value);
  }
  const portText = values.get('--port') ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) throw new UsageError(`--port must be a port number from 0 to 65535, received ${JSON.stringify(portText)}`);
  const keepAliveText = values.get('--keep-alive-timeout');
  const keepAliveSeconds = keepAliveText === undefined ? DEFAULT_KEEP_ALIVE_SECONDS : /^\d{1,4}$/.test(keepAliveText) ? Number(keepAliveText) : Number.NaN;
  if (!(keepAliveSeconds >= 1 && keepAliveSeconds <= 3_600)) {
    throw new UsageError(`--keep-alive-timeout must be a whole number of seconds from 1 to 3600, received ${JSON.stringify(keepAliveText)}`);
  }
  return {
    port,
    host: values.get('--host') ?? '127.0.0.1',
    policyFile: values.get('--policy'),
    calendarFile: values.get('--calendar'),
    tokenFile: values.get('--token-file'),
    maxBody: values.has('--max-body') ? parseSize(values.get('--max-body') as string, '--max-body') : 1024 ** 2,
    keepAliveSeconds,
    help,
  };
}
