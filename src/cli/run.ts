// The command line as a function of its arguments and streams, so tests run it in-process:
// `run(argv, { stdin, stdout, stderr, version })` resolves to the exit status.
import { createReadStream } from 'node:fs';
import { readUtf8File } from './jsonFile.js';
import type { Readable, Writable } from 'node:stream';
import { inputFormatOf, parseArguments, UsageError, type CliArguments, type InputEncoding, type InputFormat } from './arguments.js';
import { CsvRowMapper } from './csvArguments.js';
import { defaultRegistry } from './defaultRegistry.js';
import { LineEvaluator } from './evaluate.js';
import { functionHelp, generalHelp } from './help.js';
import { CsvParser, LINE_TOO_LONG, LineSplitter, MAX_LINE_CHARACTERS, type CsvHandler, type LineHandler } from './input.js';
import { OutputWriter, Progress, type MaybeTerminal } from './output.js';
import { parseCalendarFile } from './calendarFile.js';
import { policyOfSource, readPolicyFile, requireInstantOption } from './policyFile.js';
import { runDuty } from './dutyCommand.js';
import { chunkDecoder, InvalidUtf8Error } from './utf8.js';
import type { CliFunction, Registry } from './registry.js';
import { describeValue } from '../core/describe.js';

/** Exit status: every line succeeded. */
export const EXIT_OK = 0;
/** Exit status: some line failed (every line was still written). */
export const EXIT_LINE_FAILED = 1;
/** Exit status: the command was called wrongly (or its input could not be read); see stderr. */
export const EXIT_USAGE = 2;

/** What the command line runs against: streams, the package version and, for tests, stand-ins. */
export interface RunEnvironment {
  /** Read when no file (or `-`) is given. */
  readonly stdin: Readable;
  /** Where the NDJSON output goes. */
  readonly stdout: Writable;
  /** Usage errors, and the progress line when it is a terminal. */
  readonly stderr: MaybeTerminal;
  /** The package version, for `--version`. */
  readonly version: string;
  /** The callable functions; the package's own unless given. */
  readonly registry?: Registry;
  /** Opens an input file; `fs.createReadStream` unless given. */
  readonly openInput?: (path: string) => Readable;
  /** Reads the `--policy` and `--calendar` files; as strict UTF-8 from the file system unless given. */
  readonly readTextFile?: (path: string) => Promise<string>;
  /** Writes the `duty --out` file; `fs.promises.writeFile` (UTF-8) unless given. */
  readonly writeTextFile?: (path: string, text: string) => Promise<void>;
  /** Lines between progress updates (10,000 unless given). */
  readonly progressEvery?: number;
  /** The most characters an NDJSON line may have ({@link MAX_LINE_CHARACTERS} unless given; smaller in tests). */
  readonly maxLineCharacters?: number;
}

// An error of the input stream (a missing file, a directory), reported as a usage error.
class InputError extends Error {}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The callable function a mistyped name most likely meant (same letters in another case, or two edits away). */
export function suggestFunction(name: string, registry: Registry): string | undefined {
  const lower = name.toLowerCase();
  // Two names whose lengths differ by more than 2 are more than 2 edits apart: the distance is not
  // computed for them, so a 16 KB name (a URL of the service) costs no more than a short one.
  return [...registry.keys()].find(
    (candidate) => candidate.toLowerCase() === lower || (Math.abs(candidate.length - lower.length) <= 2 && levenshtein(candidate.toLowerCase(), lower) <= 2),
  );
}

/**
 * The message of an unknown function: its name (quoted, at most 100 characters) and the function it
 * was probably meant to be.
 *
 * @param name - The name given.
 * @param registry - The functions there are.
 * @returns `unknown function "…"; did you mean …?`
 */
export function unknownFunctionMessage(name: string, registry: Registry): string {
  const suggestion = suggestFunction(name, registry);
  return `unknown function ${describeValue(name)}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}`;
}

function unknownFunction(name: string, registry: Registry): UsageError {
  return new UsageError(unknownFunctionMessage(name, registry));
}

async function evaluateInput(
  input: Readable,
  format: InputFormat,
  fn: CliFunction,
  evaluator: LineEvaluator,
  writer: OutputWriter,
  progress: Progress,
  encoding: InputEncoding,
  warn: (text: string) => void,
  maxLineCharacters: number,
): Promise<void> {
  // The lines of a chunk are split first and answered after, one by one, so that the answering can wait
  // for the output to drain: a line of 45 bytes can ask for a megabyte (a duty calendar of two years),
  // and 1,400 such lines fit in a 64 KiB chunk: answered all at once, their answers would pile up in
  // memory before the output could take them.
  const texts: (string | typeof LINE_TOO_LONG)[] = [];
  const numbers: number[] = [];
  // A CSV row's answer, to be computed in its turn.
  const rows: (() => string | undefined)[] = [];
  const answer = async (): Promise<void> => {
    for (let index = 0; index < texts.length; index += 1) {
      const text = texts[index] as string | typeof LINE_TOO_LONG;
      const line = numbers[index] as number;
      emit(
        text === LINE_TOO_LONG
          ? evaluator.failure(line, { code: 'line_too_long', path: [], message: `${fn.name}: the line is longer than ${maxLineCharacters} characters, the most a line may have` })
          : evaluator.jsonLine(text, line),
      );
      if (writer.full) await writer.flush();
    }
    texts.length = 0;
    numbers.length = 0;
    for (const row of rows) {
      emit(row());
      if (writer.full) await writer.flush();
    }
    rows.length = 0;
  };
  const emit = (output: string | undefined): void => {
    if (output === undefined) return;
    writer.line(output);
    progress.update(evaluator.lines, evaluator.failed);
  };
  let feed: (text: string) => void;
  let finish: () => void;
  let lineNow: () => number;
  if (format === 'ndjson') {
    const splitter = new LineSplitter(maxLineCharacters);
    lineNow = () => splitter.line;
    const onLine: LineHandler = (text, line) => {
      texts.push(text);
      numbers.push(line);
    };
    feed = (text) => splitter.push(text, onLine);
    finish = () => splitter.end(onLine);
  } else {
    const parser = new CsvParser();
    lineNow = () => parser.line;
    let mapper: CsvRowMapper | undefined;
    const handler: CsvHandler = {
      record(cells, line) {
        if (mapper === undefined) {
          mapper = new CsvRowMapper(cells, fn.layout(), fn.name);
          return;
        }
        const row = mapper.toArguments(cells);
        rows.push(() => ('args' in row ? evaluator.call(row.args, line) : evaluator.failure(line, { ...row.problem, message: `${fn.name}: ${row.problem.message}` })));
      },
      malformed(message, line) {
        if (mapper === undefined) throw new UsageError(`the CSV header (line ${line}) cannot be read: ${message}`);
        rows.push(() => evaluator.failure(line, { code: 'invalid_csv', path: [], message: `${fn.name}: ${message}` }));
      },
    };
    feed = (text) => parser.push(text, handler);
    finish = () => parser.end(handler);
  }

  // Strict decoding: a byte sequence that is not valid in the encoding is a usage error, never a
  // replacement character (different Chinese keys of a GBK export would decode to the same text).
  // UTF-8 names the line and byte where it stops, after answering the lines before them.
  const decoder = chunkDecoder(encoding);
  let bytes = 0;
  const notValid = (where: string): UsageError =>
    new UsageError(`${where}not valid ${encoding}${encoding === 'utf-8' ? ': give --encoding gb18030 (or gbk, utf-16le) for an export in another encoding' : `: check --encoding`}`);
  const decodeAndFeed = async (chunk: Uint8Array | undefined): Promise<void> => {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: chunk !== undefined });
    } catch (error) {
      if (!(error instanceof InvalidUtf8Error)) throw notValid('the input is ');
      feed(error.textBefore);
      await answer();
      await writer.flush();
      throw notValid(`line ${lineNow()} of the input (byte ${error.offset + 1}) is `);
    }
    feed(text);
  };
  const chunks = (input as AsyncIterable<string | Buffer>)[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let next: IteratorResult<string | Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        // Only the input's own errors (a missing file, a directory) are reported as unreadable input.
        throw new InputError((error as Error).message);
      }
      if (next.done === true) break;
      bytes += next.value.length;
      if (typeof next.value === 'string') feed(next.value);
      else await decodeAndFeed(next.value);
      await answer();
      if (writer.full) await writer.flush();
    }
    finished = true;
  } finally {
    // Stopped early (a CSV header that cannot be mapped): release the input.
    if (!finished) await chunks.return?.();
  }
  await decodeAndFeed(undefined);
  if (bytes === 0) warn(`wuye-rules ${fn.name}: the input is empty: no lines to evaluate\n`);
  finish();
  await answer();
  await writer.close();
}

async function runFunction(parsed: Extract<CliArguments, { kind: 'run' }>, registry: Registry, environment: RunEnvironment): Promise<number> {
  const fn = registry.get(parsed.functionName);
  if (fn === undefined) throw unknownFunction(parsed.functionName, registry);
  const asOf = parsed.asOf === undefined ? undefined : requireInstantOption(parsed.asOf, '--as-of');
  const policyAtInstant = parsed.policyAt === undefined ? asOf : requireInstantOption(parsed.policyAt, '--policy-at');
  if (parsed.policyAt !== undefined && parsed.policyFile === undefined) throw new UsageError('--policy-at needs --policy');
  if (fn.layout().optionsIndex === null && (parsed.policyFile !== undefined || parsed.calendarFile !== undefined)) {
    throw new UsageError(`${fn.name} takes no rule options: --policy and --calendar do not apply to it`);
  }
  const readText = async (option: string, path: string): Promise<string> => {
    try {
      return await (environment.readTextFile ?? readUtf8File)(path);
    } catch (error) {
      throw new UsageError(`cannot read ${option} ${path} (${(error as Error).message})`);
    }
  };
  const policySource = parsed.policyFile === undefined ? undefined : readPolicyFile(parsed.policyFile, await readText('--policy', parsed.policyFile));
  // Effective-dated versions: the version in force at --policy-at (or --as-of) for the whole run,
  // otherwise the one in force at each case's own instant.
  const policy =
    policySource === undefined || (policySource.kind === 'versions' && policyAtInstant === undefined)
      ? undefined
      : policyOfSource(parsed.policyFile as string, policySource, policyAtInstant as string | number);
  const policyVersions = policy === undefined && policySource?.kind === 'versions' ? policySource.versions : undefined;
  const calendar = parsed.calendarFile === undefined ? undefined : parseCalendarFile(parsed.calendarFile, await readText('--calendar', parsed.calendarFile));

  const evaluator = new LineEvaluator({ fn, policy, policyVersions, calendar, asOf, explainLocale: parsed.explain ? parsed.locale : undefined });
  const fromStdin = parsed.file === undefined || parsed.file === '-';
  const input = fromStdin ? environment.stdin : (environment.openInput ?? ((path: string) => createReadStream(path)))(parsed.file as string);
  if (fromStdin && (environment.stdin as { isTTY?: boolean }).isTTY === true) {
    environment.stderr.write(`wuye-rules ${fn.name}: reading lines from the terminal; end with Ctrl-D (Ctrl-Z on Windows), or give a file\n`);
  }
  const writer = new OutputWriter(environment.stdout);
  const progress = new Progress(environment.stderr, `wuye-rules ${fn.name}`, environment.progressEvery ?? 10_000);
  try {
    await evaluateInput(input, inputFormatOf(fromStdin ? undefined : parsed.file, parsed.format), fn, evaluator, writer, progress, parsed.encoding, (text) => environment.stderr.write(text), environment.maxLineCharacters ?? MAX_LINE_CHARACTERS);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`cannot read ${fromStdin ? 'stdin' : parsed.file} (${error.message})`);
    throw error;
  }
  progress.done(evaluator.lines, evaluator.failed);
  return evaluator.failed > 0 ? EXIT_LINE_FAILED : EXIT_OK;
}

/**
 * Runs the command line.
 *
 * @param argv - The arguments after the program name.
 * @param environment - Streams, version, and optional stand-ins.
 * @returns The exit status: 0 every line succeeded, 1 some line failed, 2 usage error.
 */
export async function run(argv: readonly string[], environment: RunEnvironment): Promise<number> {
  try {
    if (argv[0] === 'duty') {
      return await runDuty(argv.slice(1), {
        stdout: environment.stdout,
        stderr: environment.stderr,
        readTextFile: environment.readTextFile ?? readUtf8File,
        ...(environment.writeTextFile === undefined ? {} : { writeTextFile: environment.writeTextFile }),
      });
    }
    if (argv[0] === 'serve') {
      // The service is loaded only when asked for: the command line's other uses never read it.
      const { serve } = await import('../service/serve.js');
      return await serve(argv.slice(1), environment);
    }
    const parsed = parseArguments(argv);
    if (parsed.kind === 'version') {
      environment.stdout.write(`${environment.version}\n`);
      return EXIT_OK;
    }
    const registry = environment.registry ?? defaultRegistry();
    if (parsed.kind === 'help') {
      if (parsed.topic === undefined) {
        environment.stdout.write(generalHelp(registry));
        return EXIT_OK;
      }
      const fn = registry.get(parsed.topic);
      if (fn === undefined) throw unknownFunction(parsed.topic, registry);
      environment.stdout.write(functionHelp(fn));
      return EXIT_OK;
    }
    return await runFunction(parsed, registry, environment);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    environment.stderr.write(`wuye-rules: ${error.message}\nRun wuye-rules --help for usage.\n`);
    return EXIT_USAGE;
  }
}
