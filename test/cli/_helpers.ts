import { Readable, Writable } from 'node:stream';
import type { JsonSchema, SchemaLike } from '../../src/cli/jsonSchema.js';
import { buildRegistry, type Registry } from '../../src/cli/registry.js';
import { run } from '../../src/cli/run.js';

/** A stand-in for a zod schema: only its JSON Schema is read by the command line. */
export function fakeSchema(json: JsonSchema): SchemaLike {
  return { toJSONSchema: () => json };
}

/** A registry of stand-in functions and schemas: `{ name: [fn, schema, 'args' | 'input'] }`. */
export function fakeRegistry(entries: Record<string, readonly [(...args: never[]) => unknown, JsonSchema, 'args' | 'input']>): Registry {
  const library: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const [name, [fn, schema, kind]] of Object.entries(entries)) {
    library[name] = fn;
    schemas[`${name}${kind === 'args' ? 'ArgsSchema' : 'InputSchema'}`] = fakeSchema(schema);
  }
  return buildRegistry(library, schemas);
}

/** A stream that keeps what is written to it. */
export class Collector extends Writable {
  text = '';
  writes = 0;
  isTTY: boolean;

  constructor(options: { isTTY?: boolean; highWaterMark?: number; slow?: boolean } = {}) {
    super({ highWaterMark: options.highWaterMark ?? 16_384, decodeStrings: false });
    this.isTTY = options.isTTY ?? false;
    this.slow = options.slow ?? false;
  }

  private readonly slow: boolean;

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    this.writes += 1;
    if (this.slow) setImmediate(callback);
    else callback();
  }
}

/** What a run produced. */
export interface RunOutcome {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files the run wrote (`writeTextFile`, e.g. `duty --out`), by path. */
  readonly written: Readonly<Record<string, string>>;
  /** The stdout lines, parsed. */
  readonly lines: { line: number; ok: boolean; result?: unknown; provisional?: true; error?: { code: string; path: (string | number)[]; message: string } }[];
}

/** Options of {@link runCli}. */
export interface RunCliOptions {
  /** stdin: text, or chunks (strings or buffers) fed one by one. */
  readonly input?: string | readonly (string | Buffer)[];
  /** Files the run may open (`openInput`, `readTextFile`), by path. */
  readonly files?: Readonly<Record<string, string>>;
  readonly registry?: Registry;
  readonly stderrIsTTY?: boolean;
  readonly progressEvery?: number;
  /** The most characters an NDJSON line may have (the command line's own limit unless given). */
  readonly maxLineCharacters?: number;
  readonly stdout?: Collector;
}

/** Runs the command line in-process on text input and collects its output. */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<RunOutcome> {
  const chunks = typeof options.input === 'string' ? [options.input] : [...(options.input ?? [])];
  const stdout = options.stdout ?? new Collector();
  const stderr = new Collector({ isTTY: options.stderrIsTTY ?? false });
  const files = options.files ?? {};
  const written: Record<string, string> = {};
  const missing = (path: string) => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  const status = await run(argv, {
    stdin: Readable.from(chunks, { objectMode: false }),
    stdout,
    stderr,
    version: '9.9.9-test',
    ...(options.registry === undefined ? {} : { registry: options.registry }),
    ...(options.progressEvery === undefined ? {} : { progressEvery: options.progressEvery }),
    ...(options.maxLineCharacters === undefined ? {} : { maxLineCharacters: options.maxLineCharacters }),
    openInput: (path) => {
      const text = files[path];
      if (text === undefined) {
        return new Readable({
          read() {
            this.destroy(missing(path));
          },
        });
      }
      return Readable.from([Buffer.from(text)], { objectMode: false });
    },
    readTextFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw missing(path);
      return text;
    },
    writeTextFile: async (path, text) => {
      written[path] = text;
    },
  });
  // Help and version are text, not NDJSON.
  const ndjson = stdout.text.startsWith('{');
  const lines = ndjson ? stdout.text.trimEnd().split('\n').map((line) => JSON.parse(line) as RunOutcome['lines'][number]) : [];
  return { status, stdout: stdout.text, stderr: stderr.text, written, lines };
}

/** JSON Schema of an instant as the package's instantSchema renders it (Date branch dropped). */
export const instantJson: JsonSchema = {
  title: 'Instant',
  anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' }],
};
