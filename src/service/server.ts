// The HTTP service on Node's own `http`: a thin shell over the command line's registry and evaluator.
// Every request ends in a response or, if its client went away, in nothing; no request can throw out
// of the handler, and no response carries a stack trace.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { explain } from '../catalog/explain.js';
import { LOCALES, type Locale } from '../catalog/RuleEntry.js';
import { ruleCatalog } from '../catalog/ruleCatalog.js';
import { sourceDocuments } from '../catalog/sourceDocuments.js';
import type { Calendar } from '../calendar/Calendar.js';
import { LineEvaluator, lineErrorOf, type EvaluationSettings, type LineError } from '../cli/evaluate.js';
import { OutputWriter } from '../cli/output.js';
import { policyOfSource, requireInstantOption, type PolicySource } from '../cli/policyFile.js';
import type { CliFunction, Registry } from '../cli/registry.js';
import { unknownFunctionMessage } from '../cli/run.js';
import { describeValue } from '../core/describe.js';
import { BatchLineReader, type BatchLineProblem } from './BatchLineReader.js';
import { openApiDocument } from './openapi.js';
import { problem, PROBLEM_TITLES, type Problem } from './problem.js';

/** What the service applies and how it guards itself. */
export interface ServiceConfig {
  /** The callable functions. */
  readonly registry: Registry;
  /** The package version, for `/healthz` and the OpenAPI document. */
  readonly version: string;
  /** `--policy`: the policy, or its effective-dated versions. */
  readonly policy?: PolicySource | undefined;
  /** `--calendar`: the working-day calendar. */
  readonly calendar?: Calendar | undefined;
  /** `--token-file`'s token: every `/v1` request must carry `Authorization: Bearer <token>`. */
  readonly token?: string | undefined;
  /** `--max-body`: the largest body of a call, and the longest line of a batch, in bytes. */
  readonly maxBody: number;
  /** Where the access log goes (one JSON line per request); nowhere unless given. */
  readonly log?: Writable | undefined;
  /** Milliseconds a client has to send the request headers (10,000 unless given). */
  readonly headersTimeout?: number;
  /** Milliseconds a client has to send the whole body of a call (120,000 unless given); a batch's lines are timed by `idleTimeout`. */
  readonly requestTimeout?: number;
  /** Milliseconds a connection may stay silent (30,000 unless given). */
  readonly idleTimeout?: number;
  /** Milliseconds an idle keep-alive connection is kept open for the client's next request (5,000 unless given; `serve` gives 65,000). */
  readonly keepAliveTimeout?: number;
  /** Milliseconds in-flight requests get to finish after `close()` before their connections are cut (30,000 unless given). */
  readonly drainTimeout?: number;
  /**
   * Milliseconds an answer given before the request's body has arrived (401, 404, 413…) keeps reading
   * and dropping that body, so that the client, still sending, can read the answer (10,000 unless given);
   * at most {@link LINGER_BYTES} are dropped.
   */
  readonly lingerTimeout?: number;
  /** Builds the OpenAPI document (and with it every function's schemas) right after listening, so no request waits for it. */
  readonly warm?: boolean;
}

/** A started service. */
export interface RunningService {
  /** The HTTP server. */
  readonly server: Server;
  /** Where it listens: `http://127.0.0.1:8080`. */
  readonly url: string;
  /** The port it listens on (the system's choice for port 0). */
  readonly port: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (cutting them after the drain
   * timeout), and resolves when the last connection is closed.
   */
  close(): Promise<void>;
}

type Query = URLSearchParams | undefined;

/**
 * The most bytes of a body the service reads and drops after answering before it arrived. Closing at
 * once would reset a connection the client is still writing to, and a client that meets the reset
 * mid-upload never reads the answer (a 413 became EPIPE); reading without a bound would let anyone
 * send the service endless bodies.
 */
export const LINGER_BYTES = 64 * 1024 * 1024;

// What one request did, for its access-log line.
interface Exchange {
  readonly started: number;
  bytes: number;
  // The request's path, once routed (the log line names it).
  path?: string;
  // A request pipelined behind an answer that closes its connection: not run, and logged with no status.
  notRun?: true;
}

// The detail of every 408: headers, a call's body or its silence that took too long.
const TOO_SLOW = 'the request took too long to arrive';
const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const NDJSON_TYPE = 'application/x-ndjson; charset=utf-8';
const CALL_PARAMETERS: ReadonlySet<string> = new Set(['asOf', 'policyAt', 'locale']);
// A path that JSON needs no escapes for.
const PLAIN_PATH = /^[\w/.~%-]*$/;
// Any identifier names a function: one that is not (`__proto__`, `constructor`) is an unknown function.
const FUNCTION_ROUTE = /^\/v1\/([A-Za-z_$][A-Za-z0-9_$]*)(\/batch)?$/;
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });
// A Host value (RFC 9110 section 7.2): a registered name or IPv4 address, or an IP literal in
// brackets, then an optional port. Empty is allowed (RFC 9112 section 3.2 asks a client for it when
// the target has no authority).
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|\[v[0-9A-Fa-f]+\.[\w.~!$&'()*+,;=:-]+\]|[\w.~!$&'()*+,;=%-]*)(?::\d*)?$/;

// A Content-Type whose body is never JSON in UTF-8: UTF-16 or UTF-32 text (a .NET Encoding.Unicode
// writer's), or CSV.
const UNREADABLE_TYPE = /;\s*charset\s*=\s*"?(?:utf-?16|utf-?32|ucs-?2|unicode)|^\s*text\/csv\b/i;

/** How many Host field lines a request has (Node keeps the first and drops the rest). */
function hostLines(rawHeaders: readonly string[]): number {
  let lines = 0;
  for (let index = 0; index < rawHeaders.length; index += 2) if (rawHeaders[index]!.length === 4 && rawHeaders[index]!.toLowerCase() === 'host') lines += 1;
  return lines;
}
// Milliseconds a batch answers lines before letting other requests run, checked every so many lines.
const BATCH_SLICE_MS = 20;
const BATCH_CHECK_LINES = 16;
// The access log is written once this many bytes of it are collected, from a buffer with room for one
// more line of up to (LOG_BUFFER_BYTES − LOG_FLUSH_BYTES) / 3 characters.
const LOG_FLUSH_BYTES = 65_536;
const LOG_BUFFER_BYTES = 131_072;
// An answer this long (in characters) took long enough to write that the clock is read after it.
const LARGE_ANSWER = 16_384;

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Answers a problem on a bare connection (one Node's parser gave up on, or handed over for CONNECT),
 * writing the HTTP/1.1 response itself, and ends the connection. Returns the body's bytes, for the log.
 */
function endWithProblem(socket: Socket, value: Problem): number {
  const body = problemJson(value);
  const bytes = Buffer.byteLength(body);
  socket.end(`HTTP/1.1 ${value.status} ${PROBLEM_TITLES[value.status] as string}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${bytes}\r\nConnection: close\r\n\r\n${body}`);
  return bytes;
}

function problemJson(value: Problem): string {
  return JSON.stringify(value);
}

/** The request handler of the service, with its caches. */
export class Service {
  private readonly config: ServiceConfig;
  private readonly tokenDigest: Buffer | undefined;
  // The evaluator of each function for calls without query parameters, built on first use.
  private readonly evaluators = new Map<string, LineEvaluator>();
  // `/v1/<function>` and `/v1/<function>/batch` paths already matched to their function.
  private readonly functionRoutes = new Map<string, { readonly name: string | undefined; readonly fn: CliFunction | undefined; readonly batch: boolean }>();
  private openApiText: string | undefined;
  private catalogText: string | undefined;
  // The access-log lines not yet written, as UTF-8 in a buffer of their own (a string of them, built
  // line by line, cost a tenth of the service's time per request to flatten and encode).
  private logBytes = Buffer.allocUnsafe(LOG_BUFFER_BYTES);
  private logLength = 0;
  private logScheduled = false;
  private lastLogMs = Number.NaN;
  private lastLogTime = '';
  // The log's time up to its seconds (`2026-12-02T11:42:18.`), and the second it is of.
  private lastLogSecond = Number.NaN;
  private lastLogSecondText = '';
  // The responses not yet complete: told to close their connection when the service starts closing.
  private readonly inFlight = new Set<ServerResponse>();
  // Connections closed once their current answer is sent (sendProblemAndClose): a request pipelined
  // behind that answer is not run, and Node's parser failing on an unread body is no request to answer.
  private readonly answeredAndClosing = new WeakSet<Socket>();
  // The answers sent before their body arrived that still read and drop it (send): each one's end.
  private readonly lingering = new Set<() => void>();
  // The response each connection is answering, for an error of Node's parser in the middle of its body.
  private readonly answering = new WeakMap<Socket, { readonly response: ServerResponse; readonly exchange: Exchange }>();
  // Requests that asked for 100-continue and have not had it: the go-ahead is sent when the body is
  // about to be read, so a request answered from its headers alone (401, 404, 405, 413) is answered
  // without it, and its client need not send the body at all (RFC 9110 section 10.1.1).
  private readonly awaitingContinue = new WeakSet<IncomingMessage>();
  // Connections answered after Node's parser refused their headers, still reading and dropping what the
  // client sends (clientError): each one's bytes dropped so far.
  private readonly refusedHeaders = new WeakMap<Socket, { dropped: number }>();
  // Set once the service has closed: log lines are no longer collected.
  private logClosed = false;
  // Set once the service is closing: closes the connections that have no request in flight.
  private closeIdleConnections: (() => void) | undefined;

  // How long an answer sent before its body keeps reading and dropping what the client still sends.
  private readonly lingerMs: number;

  constructor(config: ServiceConfig) {
    this.config = config;
    this.lingerMs = config.lingerTimeout ?? 10_000;
    this.tokenDigest = config.token === undefined ? undefined : digest(config.token);
  }

  /**
   * Starts closing: every response not yet begun asks its client to close the connection, and each
   * connection is closed as soon as it has no request in flight, so the process need not wait out
   * the keep-alive timeout of clients that would have sent another request.
   *
   * @param closeIdleConnections - Closes the server's connections that have no request in flight.
   */
  drain(closeIdleConnections: () => void): void {
    this.closeIdleConnections = closeIdleConnections;
    for (const response of this.inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
    // An answer already sent that only waits to drop the rest of an unwanted body holds nothing to finish.
    for (const end of this.lingering) end();
    closeIdleConnections();
  }

  /** The connections whose request is being answered. */
  servingSockets(): Set<Socket | null> {
    return new Set([...this.inFlight].map((response) => response.socket));
  }

  /** The OpenAPI document's text, built on first use (it computes every function's schemas). */
  openApi(): string {
    this.openApiText ??= JSON.stringify(openApiDocument(this.config.registry, { version: this.config.version, bearer: this.tokenDigest !== undefined }));
    return this.openApiText;
  }

  /** Handles one request; never throws. */
  readonly handle = (request: IncomingMessage, response: ServerResponse): void => {
    const exchange: Exchange = { started: performance.now(), bytes: 0 };
    const { socket } = request;
    if (socket !== null && this.answeredAndClosing.has(socket)) {
      // The answer before it on this connection closes the connection, so this one would be computed
      // for no one (Node never sends it). Logged now: its response, queued behind one that closes the
      // connection, may never be closed by Node.
      exchange.notRun = true;
      this.logExchange(request, response, exchange);
      return;
    }
    this.inFlight.add(response);
    if (socket !== null) this.answering.set(socket, { response, exchange });
    response.once('close', () => {
      this.inFlight.delete(response);
      if (socket !== null && this.answering.get(socket)?.response === response) this.answering.delete(socket);
      this.logExchange(request, response, exchange);
      // Closing: a connection whose response began before the signal (with keep-alive) is closed now
      // that it is idle, rather than when its client or the keep-alive timeout gets round to it.
      this.closeIdleConnections?.();
    });
    if (this.closeIdleConnections !== undefined) response.setHeader('Connection', 'close');
    let pending: Promise<void> | undefined;
    try {
      pending = this.refuseUnreadable(request, response, exchange) ? undefined : this.route(request, response, exchange);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending?.catch((error: unknown) => this.internalError(response, exchange, error));
  };

  // True when the request is one the service does not read, and has been answered: HTTP/1.1 without
  // Host, or any request with two Host lines or a Host that is no host (RFC 9112 section 3.2: 400), a transfer coding other than chunked alone (Node removes the
  // chunked framing only; RFC 9112 section 6.1: 501), a body in a content coding (nothing is
  // decoded: 415, RFC 9110 section 15.5.16) or of a type that is never UTF-8 JSON (415). Its body is left unread, so its connection is closed.
  private refuseUnreadable(request: IncomingMessage, response: ServerResponse, exchange: Exchange): boolean {
    const { headers } = request;
    const transfer = headers['transfer-encoding'];
    const content = headers['content-encoding'];
    let refusal: Problem;
    const hosts = hostLines(request.rawHeaders);
    if (headers.host === undefined && request.httpVersionMajor === 1 && request.httpVersionMinor >= 1) {
      refusal = problem(400, 'missing_host', 'an HTTP/1.1 request needs a Host header');
    } else if (hosts > 1) {
      refusal = problem(400, 'invalid_host', `the request has ${hosts} Host header lines; send one`);
    } else if (headers.host !== undefined && !HOST.test(headers.host)) {
      refusal = problem(400, 'invalid_host', `Host ${JSON.stringify(headers.host)} is not a host name or address with an optional port`);
    } else if (transfer !== undefined && transfer.trim().toLowerCase() !== 'chunked') {
      refusal = problem(501, 'unsupported_transfer_encoding', `Transfer-Encoding ${JSON.stringify(transfer)} is not supported; send the body as it is, or chunked alone`);
    } else if (content !== undefined && content.trim().toLowerCase() !== 'identity') {
      response.setHeader('Accept-Encoding', 'identity');
      refusal = problem(415, 'unsupported_content_encoding', `Content-Encoding ${JSON.stringify(content)} is not supported; send the body uncompressed`);
    } else if (headers['content-type'] !== undefined && UNREADABLE_TYPE.test(headers['content-type'])) {
      // Bodies are read as UTF-8 whatever charset is named (an ASCII body labelled ISO-8859-1 is
      // common and fine); only a body that can never be UTF-8 text, or CSV, is refused by its type.
      const type = headers['content-type'];
      refusal = problem(415, 'unsupported_media_type', /csv/i.test(type) ? `Content-Type ${JSON.stringify(type)} is not read here: send JSON (a batch: NDJSON); the command line reads CSV` : `Content-Type ${JSON.stringify(type)} is not read here: send the body as UTF-8`);
    } else {
      return false;
    }
    // A body in a transfer coding Node cannot frame cannot be read past: the connection closes at once.
    this.sendProblemAndClose(response, exchange, refusal, refusal.status !== 501);
    return true;
  }

  /**
   * Handles a request that asked for 100-continue. The go-ahead is sent only when its body is read
   * (see {@link Service.goAhead}); Node closes the connection of an answer sent without it.
   */
  readonly handleExpectingContinue = (request: IncomingMessage, response: ServerResponse): void => {
    this.awaitingContinue.add(request);
    this.handle(request, response);
  };

  // Sends 100 Continue to a client waiting for it before it sends the body about to be read.
  private goAhead(request: IncomingMessage, response: ServerResponse): void {
    if (!this.awaitingContinue.has(request)) return;
    this.awaitingContinue.delete(request);
    response.writeContinue();
  }

  /** Answers a request whose `Expect` header the service cannot meet (anything but 100-continue): 417, as problem details. */
  readonly refuseExpectation = (request: IncomingMessage, response: ServerResponse): void => {
    const exchange: Exchange = { started: performance.now(), bytes: 0 };
    response.once('close', () => this.logExchange(request, response, exchange));
    // The client waits for the go-ahead before sending its body: there is none to read.
    this.sendProblemAndClose(response, exchange, problem(417, 'unsupported_expectation', `Expect ${JSON.stringify(request.headers.expect)} is not supported; only 100-continue is`), false);
  };

  private route(request: IncomingMessage, response: ServerResponse, exchange: Exchange): Promise<void> | undefined {
    const target = targetOf(request);
    const { path } = target;
    const query: Query = target.query === undefined ? undefined : new URLSearchParams(target.query);
    exchange.path = path;

    if (path === '/healthz') {
      if (!this.allow(request, response, exchange, ['GET', 'HEAD'])) return undefined;
      this.send(response, exchange, 200, JSON_TYPE, `{"status":"ok","version":${JSON.stringify(this.config.version)}}`);
      return undefined;
    }
    if (path === '/openapi.json') {
      if (!this.allow(request, response, exchange, ['GET', 'HEAD'])) return undefined;
      this.send(response, exchange, 200, JSON_TYPE, this.openApi());
      return undefined;
    }
    if (path !== '/v1' && !path.startsWith('/v1/')) {
      this.sendProblem(response, exchange, problem(404, 'not_found', `no route ${describeValue(path)}; see /openapi.json`));
      return undefined;
    }
    if (!this.authorize(request, response, exchange)) return undefined;

    if (path === '/v1/catalog') {
      if (!this.allow(request, response, exchange, ['GET', 'HEAD'])) return undefined;
      // The catalog takes no parameter: one given is a typo or a misunderstanding, refused as on every route.
      const unknown = query === undefined ? undefined : [...query.keys()][0];
      if (unknown !== undefined) {
        this.sendProblem(response, exchange, problem(400, 'unknown_parameter', `unknown query parameter ${JSON.stringify(unknown)}; the catalog takes none`, ['query', unknown]));
        return undefined;
      }
      this.catalogText ??= JSON.stringify({ result: { rules: ruleCatalog, sources: sourceDocuments } });
      this.send(response, exchange, 200, JSON_TYPE, this.catalogText);
      return undefined;
    }
    if (path === '/v1/explain') {
      if (this.allow(request, response, exchange, ['GET', 'HEAD'])) this.explain(query, response, exchange);
      return undefined;
    }
    let route = this.functionRoutes.get(path);
    if (route === undefined) {
      const match = FUNCTION_ROUTE.exec(path);
      const name = match?.[1];
      route = { name, fn: name === undefined ? undefined : this.config.registry.get(name), batch: match?.[2] !== undefined };
      // Only the routes of real functions are kept, so made-up paths cannot grow the map.
      if (route.fn !== undefined) this.functionRoutes.set(path, route);
    }
    const { name, fn, batch } = route;
    if (fn === undefined) {
      const detail = name === undefined ? `no route ${describeValue(path)}; see /openapi.json` : unknownFunctionMessage(name, this.config.registry);
      this.sendProblem(response, exchange, problem(404, name === undefined ? 'not_found' : 'unknown_function', detail));
      return undefined;
    }
    if (!this.allow(request, response, exchange, ['POST'])) return undefined;
    const evaluator = this.evaluatorFor(fn, query, response, exchange);
    if (evaluator === undefined) return undefined;
    return batch ? this.batch(fn, evaluator, request, response, exchange) : this.call(evaluator, request, response, exchange);
  }

  // True when the method is one of `methods`; otherwise answers 405 with the Allow header.
  private allow(request: IncomingMessage, response: ServerResponse, exchange: Exchange, methods: readonly string[]): boolean {
    const method = request.method as string;
    if (methods.includes(method)) return true;
    response.setHeader('Allow', methods.join(', '));
    this.sendProblem(response, exchange, problem(405, 'method_not_allowed', `${method} is not allowed here; use ${methods.filter((m) => m !== 'HEAD').join(' or ')}`));
    return false;
  }

  // True when no token is configured or the request carries it; otherwise answers 401.
  private authorize(request: IncomingMessage, response: ServerResponse, exchange: Exchange): boolean {
    if (this.tokenDigest === undefined) return true;
    const header = request.headers.authorization;
    const match = header === undefined ? null : /^Bearer +(\S+) *$/i.exec(header);
    // Equal-length digests compared in constant time: neither the token nor its length leaks through timing.
    const given = digest(match?.[1] ?? '');
    if (timingSafeEqual(given, this.tokenDigest) && match !== null) return true;
    response.setHeader('WWW-Authenticate', header === undefined ? 'Bearer realm="wuye-rules"' : 'Bearer realm="wuye-rules", error="invalid_token"');
    this.sendProblem(
      response,
      exchange,
      problem(401, header === undefined ? 'missing_token' : 'invalid_token', header === undefined ? 'this service needs Authorization: Bearer <token>' : 'the bearer token is not the one this service accepts'),
    );
    return false;
  }

  // The evaluator of a call: the function's shared one, or one for the query's asOf, policyAt and locale.
  private evaluatorFor(fn: CliFunction, query: Query, response: ServerResponse, exchange: Exchange): LineEvaluator | undefined {
    if (query === undefined || query.size === 0) {
      let evaluator = this.evaluators.get(fn.name);
      if (evaluator === undefined) {
        evaluator = new LineEvaluator(this.settings(fn, undefined));
        this.evaluators.set(fn.name, evaluator);
      }
      return evaluator;
    }
    try {
      for (const key of query.keys()) {
        if (!CALL_PARAMETERS.has(key)) throw new ParameterError('unknown_parameter', key, `unknown query parameter ${JSON.stringify(key)}; a call takes asOf, policyAt and locale`);
        if (query.getAll(key).length > 1) throw new ParameterError('invalid_parameter', key, `${key} is given twice`);
      }
      const locale = localeParameter(query);
      const asOf = this.instantParameter(query, 'asOf');
      const policyAt = this.instantParameter(query, 'policyAt') ?? asOf;
      const source = this.config.policy;
      if (query.has('policyAt') && source?.kind !== 'versions') {
        throw new ParameterError('invalid_parameter', 'policyAt', 'policyAt picks a version of an effective-dated policy, and this service has none (--policy with versions)');
      }
      let policy: EvaluationSettings['policy'];
      if (source?.kind === 'versions' && policyAt !== undefined && fn.layout().optionsIndex !== null) {
        try {
          policy = policyOfSource('', source, policyAt);
        } catch (error) {
          throw new ParameterError('no_policy_in_force', query.has('policyAt') ? 'policyAt' : 'asOf', (error as Error).message.replace(/^--policy : /, ''), 422);
        }
      }
      return new LineEvaluator({ ...this.settings(fn, policy), asOf, explainLocale: locale });
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      this.sendProblem(response, exchange, problem(error.status, error.code, error.message, ['query', error.parameter]));
      return undefined;
    }
  }

  private instantParameter(query: URLSearchParams, key: string): string | number | undefined {
    const value = query.get(key);
    if (value === null) return undefined;
    try {
      return requireInstantOption(value, key);
    } catch (error) {
      throw new ParameterError('invalid_parameter', key, (error as Error).message);
    }
  }

  private settings(fn: CliFunction, policy: EvaluationSettings['policy']): EvaluationSettings {
    const source = this.config.policy;
    return {
      fn,
      calendar: fn.layout().optionsIndex === null ? undefined : this.config.calendar,
      policy: fn.layout().optionsIndex === null ? undefined : (policy ?? (source?.kind === 'policy' ? source.policy : undefined)),
      policyVersions: source?.kind === 'versions' ? source.versions : undefined,
    };
  }

  // POST /v1/{function}: one call, its body the arguments.
  private async call(evaluator: LineEvaluator, request: IncomingMessage, response: ServerResponse, exchange: Exchange): Promise<void> {
    const body = await this.readBody(request, response, exchange);
    if (body === undefined) return;
    let text = body.toString('utf8');
    if (text.includes('\uFFFD')) {
      try {
        fatalUtf8.decode(body);
      } catch {
        this.sendProblem(response, exchange, problem(400, 'invalid_encoding', 'the body is not UTF-8 text'));
        return;
      }
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    let value: unknown;
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = text.trim() === '' ? 'the body is empty; send the arguments as JSON' : `the body is not valid JSON (${(error as Error).message})`;
      this.sendProblem(response, exchange, problem(400, text.trim() === '' ? 'empty_body' : 'invalid_json', detail));
      return;
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    // A JSON array holds the arguments in order; any other value is the only argument.
    const evaluation = evaluator.evaluate(Array.isArray(value) ? value : [value]);
    if (evaluation.ok) {
      this.send(response, exchange, 200, JSON_TYPE, `{"result":${evaluation.json}${evaluation.provisional === true ? ',"provisional":true' : ''}}`);
    } else {
      const { code, path, message } = evaluation.error;
      this.sendProblem(response, exchange, problem(code === 'internal_error' ? 500 : 422, code, message, path));
    }
  }

  // The whole body of a call, or undefined when a response was sent instead (413) or the client left.
  private readBody(request: IncomingMessage, response: ServerResponse, exchange: Exchange): Promise<Buffer | undefined> {
    const { maxBody } = this.config;
    const declared = Number(request.headers['content-length']);
    if (declared > maxBody) {
      this.tooLarge(response, exchange, `the body has ${declared} bytes; this service takes at most ${maxBody}`);
      return Promise.resolve(undefined);
    }
    this.goAhead(request, response);
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      // A call's body must arrive within the request timeout (a batch's lines, which may flow for as
      // long as the client likes, are guarded by the idle timeout instead). Node's own request timeout
      // is off: it would write its 408 into a batch's answers already streaming.
      const timer = setTimeout(() => {
        if (settled || response.headersSent) return;
        // A client this slow is not waited for again: the connection closes at once.
        this.sendProblemAndClose(response, exchange, problem(408, 'request_timeout', TOO_SLOW), false);
        settle(undefined);
      }, this.config.requestTimeout ?? 120_000);
      timer.unref();
      const settle = (value: Buffer | undefined): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      };
      request.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > maxBody) {
          chunks.length = 0;
          this.tooLarge(response, exchange, `the body has more than ${maxBody} bytes, the most this service takes`);
          settle(undefined);
          return;
        }
        chunks.push(chunk);
      });
      request.on('end', () => settle(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
      // The client went away: there is no one to answer.
      request.on('error', () => settle(undefined));
      request.on('close', () => settle(undefined));
    });
  }

  private tooLarge(response: ServerResponse, exchange: Exchange, detail: string): void {
    // The rest of the body is read and dropped (memory stays flat); the connection then closes.
    this.sendProblemAndClose(response, exchange, problem(413, 'body_too_large', `${detail} (--max-body)`));
  }

  // POST /v1/{function}/batch: NDJSON in, NDJSON out, one line per input line, streamed both ways.
  private async batch(fn: CliFunction, evaluator: LineEvaluator, request: IncomingMessage, response: ServerResponse, exchange: Exchange): Promise<void> {
    const { maxBody } = this.config;
    this.goAhead(request, response);
    response.statusCode = 200;
    response.setHeader('Content-Type', NDJSON_TYPE);
    const write = response.write.bind(response) as (chunk: Buffer) => boolean;
    response.write = ((chunk: Buffer) => {
      exchange.bytes += chunk.length;
      return write(chunk);
    }) as typeof response.write;
    // The status line goes out now, not with the first batch of answers: a client that sends its lines
    // as they come (and reads as it sends) learns at once that the batch has begun.
    response.flushHeaders();
    const writer = new OutputWriter(response);
    // The lines of a chunk are read first and answered after, one by one, so that the answering can
    // wait: a line of 45 bytes can ask for a megabyte (a duty calendar of two years), 1,400 such lines
    // fit in a 64 KiB chunk, and answering them all at once would hold their answers in memory and the
    // event loop for half a minute.
    const texts: (string | BatchLineProblem)[] = [];
    const numbers: number[] = [];
    const reader = new BatchLineReader(
      maxBody,
      (text, line) => {
        texts.push(text);
        numbers.push(line);
      },
      (line, reason) => {
        texts.push(reason);
        numbers.push(line);
      },
    );
    let sliceEnd = performance.now() + BATCH_SLICE_MS;
    let countdown = BATCH_CHECK_LINES;
    // Answers the lines read so far; false when the client has gone.
    const answer = async (): Promise<boolean> => {
      for (let index = 0; index < texts.length; index += 1) {
        const entry = texts[index] as string | BatchLineProblem;
        const line = numbers[index] as number;
        const output = typeof entry === 'string' ? evaluator.jsonLine(entry, line) : evaluator.failure(line, batchLineError(fn, entry, maxBody));
        if (output !== undefined) writer.line(output);
        // Waits while the client's side is full: a client that reads slowly slows the answering down.
        if (writer.full) await writer.flush();
        // Every few lines (reading the clock every line costs a fifth of a quick rule's time), and after
        // every large answer (a line that wrote a megabyte took tens of milliseconds): other requests get
        // their turn once the slice is used up, and a client that went away stops the work.
        countdown -= output === undefined || output.length < LARGE_ANSWER ? 1 : BATCH_CHECK_LINES;
        if (countdown <= 0) {
          countdown = BATCH_CHECK_LINES;
          if (performance.now() >= sliceEnd) {
            await new Promise((resolve) => setImmediate(resolve));
            sliceEnd = performance.now() + BATCH_SLICE_MS;
          }
          if (response.destroyed) return false;
        }
      }
      texts.length = 0;
      numbers.length = 0;
      return true;
    };
    // Answers are collected into large writes while more input is already at hand, and written once
    // it is not: setImmediate runs after every chunk that has arrived so far has been read, so bulk
    // input still makes large writes and a pause in the input never holds answers back.
    let writeSoon: NodeJS.Immediate | undefined;
    const writeCollected = (): void => {
      writeSoon = undefined;
      writer.writeCollected();
    };
    try {
      for await (const chunk of request as AsyncIterable<Buffer>) {
        reader.push(chunk);
        if (!(await answer())) throw new Error('the client has gone');
        // More input already at hand is read first; the answers wait for it only that long.
        if (request.readableLength === 0) writeSoon ??= setImmediate(writeCollected);
      }
      reader.end();
      if (!(await answer())) throw new Error('the client has gone');
    } catch {
      // The client went away mid-body: nothing more to answer.
      clearImmediate(writeSoon);
      response.destroy();
      return;
    }
    clearImmediate(writeSoon);
    await writer.close();
    response.end();
  }

  // GET /v1/explain?basis=a,b&locale=en
  private explain(query: Query, response: ServerResponse, exchange: Exchange): void {
    const unknown = query === undefined ? undefined : [...query.keys()].find((key) => key !== 'basis' && key !== 'locale');
    if (unknown !== undefined) {
      this.sendProblem(response, exchange, problem(400, 'unknown_parameter', `unknown query parameter ${JSON.stringify(unknown)}; explain takes basis and locale`, ['query', unknown]));
      return;
    }
    const given = query?.getAll('basis') ?? [];
    if (given.length > 1) {
      this.sendProblem(response, exchange, problem(400, 'invalid_parameter', 'basis is given twice: give the rule ids once, separated by commas', ['query', 'basis']));
      return;
    }
    // Every id between commas goes to explain, an empty one too (refused there at its index): only a
    // basis with no id at all (`basis=`) is missing.
    const basis = given.length === 0 || given[0]!.trim() === '' ? [] : given[0]!.split(',').map((id) => id.trim());
    if (basis.length === 0) {
      this.sendProblem(response, exchange, problem(400, 'missing_parameter', 'explain needs basis: rule ids separated by commas (basis=complaint.approval,C2)', ['query', 'basis']));
      return;
    }
    let locale: Locale;
    try {
      locale = (query === undefined ? undefined : localeParameter(query)) ?? 'zh-Hans';
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      this.sendProblem(response, exchange, problem(error.status, error.code, error.message, ['query', error.parameter]));
      return;
    }
    let lines: readonly string[];
    try {
      lines = explain(basis, locale);
    } catch (error) {
      const { code, path, message } = lineErrorOf(error, 'explain');
      this.sendProblem(response, exchange, problem(422, code, message, ['query', ...path]));
      return;
    }
    this.send(response, exchange, 200, JSON_TYPE, JSON.stringify({ result: lines }));
  }

  // Sends a whole answer. One given before the request's body has arrived (a 401, a 404, a 413…):
  // a body that may be large (longer than --max-body, or chunked), or one its client holds back until
  // 100-continue, is not read for nothing, so the connection closes; and a connection that closes first reads and drops the rest of the body until
  // the client has sent it, or for at most LINGER_BYTES or the linger timeout (unless `linger` is
  // false: then at once), so that a client still sending can read the answer. A short body is left to
  // Node, which drops it and keeps the connection.
  private send(response: ServerResponse, exchange: Exchange, status: number, type: string, body: string, close = false, linger = true): void {
    const bytes = Buffer.byteLength(body);
    const request = response.req;
    // The bytes of the body sent: none to HEAD, whose answer has only the headers.
    exchange.bytes = request.method === 'HEAD' ? 0 : bytes;
    const { headers } = request;
    const declared = headers['content-length'];
    const chunked = headers['transfer-encoding'] !== undefined;
    const pending = !request.complete && (chunked || (declared !== undefined && declared !== '0'));
    // A client still waiting for 100-continue may never send its body: the connection cannot be read
    // past it, so it closes (a client that sends it anyway has it read and dropped, as below).
    if (close || this.awaitingContinue.has(request) || (pending && (chunked || Number(declared) > this.config.maxBody))) {
      this.closesItsConnection(response);
      close = true;
    }
    response.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes });
    if (!close || !pending || !linger) {
      response.end(body);
      return;
    }
    response.write(body);
    let dropped = 0;
    const end = (): void => {
      clearTimeout(timer);
      this.lingering.delete(end);
      request.off('data', drop);
      if (!response.writableEnded) response.end();
    };
    const drop = (chunk: Buffer): void => {
      dropped += chunk.length;
      if (dropped > LINGER_BYTES) end();
    };
    const timer = setTimeout(end, this.lingerMs);
    this.lingering.add(end);
    request.on('data', drop);
    request.once('end', end);
    request.once('close', end);
    request.resume();
  }

  // Marks an answer as the connection's last: `Connection: close`, and a request pipelined behind it is not run.
  private closesItsConnection(response: ServerResponse): void {
    const socket = response.req.socket;
    if (socket !== null) this.answeredAndClosing.add(socket);
    if (!response.headersSent) response.setHeader('Connection', 'close');
  }

  private sendProblem(response: ServerResponse, exchange: Exchange, value: Problem): void {
    this.send(response, exchange, value.status, PROBLEM_TYPE, problemJson(value));
  }

  // A problem after which the connection closes: the request's body is left unread, or cannot be trusted.
  private sendProblemAndClose(response: ServerResponse, exchange: Exchange, value: Problem, linger = true): void {
    this.send(response, exchange, value.status, PROBLEM_TYPE, problemJson(value), true, linger);
  }

  /** Answers 500 for a failure of the service itself, or cuts the connection if the answer has begun. */
  internalError(response: ServerResponse, exchange: Exchange, error: unknown): void {
    // Only the message: no stack trace leaves the process.
    const detail = error instanceof Error ? error.message : String(error);
    if (!response.headersSent) {
      this.sendProblem(response, exchange, problem(500, 'internal_error', `internal error: ${detail}`));
    } else {
      response.destroy();
    }
  }

  /**
   * A connection silent for the idle timeout: a call whose body stalled is answered 408 (as a stall in
   * its headers is), and the connection closes; any other connection (idle, or a batch whose answer
   * has begun) is closed.
   */
  idle(socket: Socket): void {
    const current = this.answering.get(socket);
    if (current !== undefined && !current.response.headersSent && socket.writable && !this.answeredAndClosing.has(socket)) {
      this.sendProblemAndClose(current.response, current.exchange, problem(408, 'request_timeout', TOO_SLOW), false);
      return;
    }
    socket.destroy();
  }

  /** A problem answered to a request Node could not read (malformed, too slow, headers too large). */
  clientError(error: NodeJS.ErrnoException, socket: Socket): void {
    const current = this.answering.get(socket);
    if (current !== undefined && current.response.req.complete && !current.response.writableFinished && error.code?.startsWith('HPE_') === true) {
      // The request being answered arrived whole: the bytes that broke Node's parser came after it (what
      // follows a body of exactly its Content-Length is no HTTP/1.1). That request is answered as it
      // deserves, and the connection closes after its answer: nothing after those bytes can be read.
      const { response } = current;
      this.closesItsConnection(response);
      if (response.headersSent) response.once('finish', () => socket.destroy());
      return;
    }
    if (current !== undefined) {
      // Node's parser failed in the body of the request being answered: that request's own answer (and
      // its one log line) says so when it has not begun and the client can still read it; a client that
      // left mid-body gets nothing.
      const { response, exchange } = current;
      if (error.code?.startsWith('HPE_') === true && error.code !== 'HPE_INVALID_EOF_STATE' && socket.writable && !response.headersSent && !this.answeredAndClosing.has(socket)) {
        this.sendProblemAndClose(response, exchange, problem(400, 'malformed_request', 'the request body is not valid HTTP/1.1 framing'), false);
      } else {
        socket.destroy();
      }
      return;
    }
    const refused = this.refusedHeaders.get(socket);
    if (refused !== undefined) {
      // Node's parser meets each later packet of a connection whose headers it refused: the client is
      // still sending (its body, most likely), and the answer is already on its way. Closing now would
      // reset the connection under it, and a client that meets the reset mid-upload never reads the
      // answer; so the packets are dropped, up to LINGER_BYTES (the linger timeout bounds the time).
      refused.dropped += (error as { rawPacket?: Buffer }).rawPacket?.length ?? 0;
      if (error.code === 'ECONNRESET' || refused.dropped > LINGER_BYTES) socket.destroy();
      return;
    }
    if (error.code === 'ECONNRESET' || !socket.writable || this.answeredAndClosing.has(socket)) {
      socket.destroy();
      return;
    }
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const code = status === 408 ? 'request_timeout' : status === 431 ? 'headers_too_large' : 'malformed_request';
    const detail = status === 408 ? TOO_SLOW : status === 431 ? 'the request headers are too large' : 'the request is not valid HTTP/1.1';
    const bytes = endWithProblem(socket, problem(status, code, detail));
    // What the client still sends is read and dropped (above) until it closes its side, or for at most
    // the linger timeout. A client that timed out is not waited for again.
    if (status !== 408) {
      this.refusedHeaders.set(socket, { dropped: 0 });
      const timer = setTimeout(() => socket.destroy(), this.lingerMs);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
    }
    this.writeLog(`{"time":"${this.now()}","method":null,"path":null,"status":${status},"ms":0,"bytes":${bytes}}`);
  }

  /**
   * A CONNECT request (a tunnel, asked of a proxy): Node hands it over as a bare connection, which it
   * would otherwise close without a word. It gets a 501 problem (a method the service does not
   * implement for any resource, RFC 9110 section 15.6.2) and its log line.
   */
  refuseConnect(request: IncomingMessage, socket: Socket): void {
    socket.on('error', () => socket.destroy());
    const bytes = endWithProblem(socket, problem(501, 'unsupported_method', 'CONNECT is not supported: this service is no proxy'));
    this.writeLog(`{"time":"${this.now()}","method":"CONNECT","path":${JSON.stringify(request.url ?? '')},"status":501,"ms":0,"bytes":${bytes}}`);
  }

  private logExchange(request: IncomingMessage, response: ServerResponse, exchange: Exchange): void {
    if (this.config.log === undefined) return;
    const path = exchange.path ?? targetOf(request).path;
    const ms = Math.round((performance.now() - exchange.started) * 100) / 100;
    // A response cut short (the client left, or a failed stream) is logged with the status it had begun with, flagged.
    const aborted = response.writableFinished ? '' : ',"aborted":true';
    this.writeLog(
      `{"time":"${this.now()}","method":"${request.method as string}","path":${PLAIN_PATH.test(path) ? `"${path}"` : JSON.stringify(path)},"status":${exchange.notRun === true || !response.headersSent ? null : response.statusCode},"ms":${ms},"bytes":${exchange.bytes}${aborted}}`,
    );
  }

  // The time of a log line, ISO-8601 in UTC; written once per millisecond however many lines share it.
  private now(): string {
    const ms = Date.now();
    if (ms !== this.lastLogMs) {
      this.lastLogMs = ms;
      // Date#toISOString once a second; the milliseconds are appended (a busy service logs a line or
      // more every millisecond, and formatting a date for each cost more than the rest of the line).
      const second = Math.floor(ms / 1000);
      if (second !== this.lastLogSecond) {
        this.lastLogSecond = second;
        this.lastLogSecondText = new Date(second * 1000).toISOString().slice(0, -4);
      }
      const fraction = ms - second * 1000;
      this.lastLogTime = `${this.lastLogSecondText}${fraction < 10 ? '00' : fraction < 100 ? '0' : ''}${fraction}Z`;
    }
    return this.lastLogTime;
  }

  // Log lines are collected and written together: at 64 KiB, or 50 ms after the first of them, so a
  // busy service makes a few writes a second instead of one per request.
  private writeLog(line: string): void {
    const { log } = this.config;
    if (log === undefined) return;
    // Once closed, a line (a request cut at the drain timeout, one queued behind it) is written at once:
    // the timer that would flush it does not keep the process alive.
    if (this.logClosed) {
      log.write(`${line}\n`);
      return;
    }
    // A line that might not fit behind 64 KiB (a long path, at most 3 bytes a character) goes on its own.
    if (line.length * 3 >= LOG_BUFFER_BYTES - LOG_FLUSH_BYTES) {
      this.flushLog();
      log.write(`${line}\n`);
      return;
    }
    this.logLength += this.logBytes.write(line, this.logLength);
    this.logBytes[this.logLength++] = 10; // \n
    if (this.logLength >= LOG_FLUSH_BYTES) {
      this.flushLog();
      return;
    }
    if (this.logScheduled) return;
    this.logScheduled = true;
    setTimeout(() => this.flushLog(), 50).unref();
  }

  /** Writes the collected access-log lines, and every later line at once (the service has closed). */
  closeLog(): void {
    this.flushLog();
    this.logClosed = true;
  }

  /** Writes the collected access-log lines. */
  flushLog(): void {
    this.logScheduled = false;
    if (this.logLength === 0 || this.config.log === undefined) return;
    const { log } = this.config;
    const chunk = this.logBytes.subarray(0, this.logLength);
    this.logLength = 0;
    log.write(chunk);
    // A stream that could not write the chunk at once holds it until it can: the next lines go to a new
    // buffer. One that wrote it (a file, a pipe with room) is done with it, and the buffer is reused.
    if (log.writableLength > 0) this.logBytes = Buffer.allocUnsafe(LOG_BUFFER_BYTES);
  }
}

// A request's target as its path and its query text (after `?`, if any).
function targetOf(request: IncomingMessage): { readonly path: string; readonly query: string | undefined } {
  const url = originForm(request.url as string);
  const mark = url.indexOf('?');
  return mark === -1 ? { path: url, query: undefined } : { path: url.slice(0, mark), query: url.slice(mark + 1) };
}

// The request target as a path and query. A client may send the absolute form
// (`GET http://host/healthz`), which a server must accept (RFC 9112 section 3.2.2): its scheme and
// authority are dropped. Node sets a request's url for every request a server receives.
function originForm(url: string): string {
  if (url.charCodeAt(0) === 47 /* / */) return url;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url);
  if (absolute === null) return url;
  const rest = url.slice(absolute[0].length);
  return rest.charCodeAt(0) === 47 ? rest : `/${rest}`;
}

class ParameterError extends Error {
  constructor(
    readonly code: string,
    readonly parameter: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

// The error line of a batch line that cannot be read.
function batchLineError(fn: CliFunction, reason: BatchLineProblem, maxBody: number): LineError {
  const message =
    reason.code === 'line_too_long'
      ? `${fn.name}: the line has ${reason.bytes} bytes; this service takes at most ${maxBody} a line (--max-body)`
      : `${fn.name}: the line is not UTF-8 text`;
  return { code: reason.code, path: [], message };
}

// `?locale=`: one of the catalog's locales, given at most once; a bad one is a bad request (400), as
// any other query parameter, not input a rule refused.
function localeParameter(query: URLSearchParams): Locale | undefined {
  const values = query.getAll('locale');
  if (values.length > 1) throw new ParameterError('invalid_parameter', 'locale', 'locale is given twice');
  const locale = values[0];
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    throw new ParameterError('invalid_parameter', 'locale', `locale must be one of ${LOCALES.join(', ')}, received ${JSON.stringify(locale)}`);
  }
  return locale as Locale | undefined;
}

/**
 * Starts the service.
 *
 * @param config - What it applies and how it guards itself.
 * @param host - The address to listen on.
 * @param port - The port; 0 for any free one.
 * @returns The running service.
 */
export async function startService(config: ServiceConfig, host: string, port: number): Promise<RunningService> {
  const service = new Service(config);
  const server = createServer(
    {
      headersTimeout: config.headersTimeout ?? 10_000,
      // Off: the service times a call's body itself (readBody); Node's would cut a streaming batch with
      // a 408 written into its answers.
      requestTimeout: 0,
      connectionsCheckingInterval: Math.min(1_000, config.headersTimeout ?? 1_000),
      keepAliveTimeout: config.keepAliveTimeout ?? 5_000,
      // Host is checked by the service itself, so that its absence is answered as problem details
      // (Node's own check answers a bare 400 with no body).
      requireHostHeader: false,
    },
    service.handle,
  );
  // A listener of its own: Node would otherwise cut a stalled call without an answer.
  server.setTimeout(config.idleTimeout ?? 30_000);
  server.on('timeout', (socket: Socket) => service.idle(socket));
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => service.clientError(error, socket));
  server.on('checkExpectation', service.refuseExpectation);
  server.on('connect', (request: IncomingMessage, socket: Socket) => service.refuseConnect(request, socket));
  server.on('checkContinue', service.handleExpectingContinue);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  if (config.warm === true) setImmediate(() => service.openApi());
  const address = server.address() as AddressInfo;
  const hostText = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    server,
    url: `http://${hostText}:${address.port}`,
    port: address.port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), config.drainTimeout ?? 30_000);
        cut.unref();
        server.close(() => {
          clearTimeout(cut);
          // After the close events of the requests just cut, so that their log lines are written too.
          setImmediate(() => {
            service.closeLog();
            resolve();
          });
        });
        service.drain(() => {
          server.closeIdleConnections();
          // A connection that has sent no request (or not all of its headers) is not idle to Node, and
          // would hold the process until the drain timeout.
          const serving = service.servingSockets();
          for (const socket of sockets) if (!serving.has(socket)) socket.destroy();
        });
      });
      return closing;
    },
  };
}
