// The command line's arguments: `wuye-rules <function> [file | -] [options]`, `--help`, `--version`.
import type { Locale } from '../catalog/RuleEntry.js';

/** A mistake in how the command was called: exit status 2, a message on stderr, no output. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The input formats the command line reads. */
export type InputFormat = 'ndjson' | 'csv';

/** What the command line was asked to do. */
export type CliArguments =
  | { readonly kind: 'help'; readonly topic?: string }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      /** The function to call for every line. */
      readonly functionName: string;
      /** The input file; `undefined` or `'-'` for stdin. */
      readonly file: string | undefined;
      /** `--format` / `--csv`; otherwise taken from the file's extension, NDJSON by default. */
      readonly format: InputFormat | undefined;
      /** `--policy`: a JSON file of policy overrides (or effective-dated versions). */
      readonly policyFile: string | undefined;
      /** `--calendar`: a JSON file of State Council notices extending the calendar, or a whole calendar. */
      readonly calendarFile: string | undefined;
      /** `--policy-at`: the instant that picks a version of an effective-dated policy file. */
      readonly policyAt: string | undefined;
      /** `--as-of`: filled in as `asOf` where an input object has the field and the line lacks it. */
      readonly asOf: string | undefined;
      /** `--explain` (or `--locale`): add `explanation` to every result that has a `basis`. */
      readonly explain: boolean;
      /** `--locale` of the explanations. */
      readonly locale: Locale;
      /** `--encoding` of the input: UTF-8 unless given (GB18030/GBK exports of Chinese ERPs, UTF-16LE). */
      readonly encoding: InputEncoding;
    };

/** The input encodings the command line decodes (strictly: a byte sequence invalid in it is an error). */
export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'utf-16le'] as const;

/** One of {@link ENCODINGS}. */
export type InputEncoding = (typeof ENCODINGS)[number];

const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];
const FORMATS: readonly InputFormat[] = ['ndjson', 'csv'];
const VALUE_OPTIONS = new Set(['--policy', '--policy-at', '--calendar', '--as-of', '--locale', '--format', '--encoding']);
const FLAG_OPTIONS = new Set(['--explain', '--csv', '--help', '-h', '--version', '-V']);

/**
 * Parses the arguments after the program name.
 *
 * @param argv - `process.argv.slice(2)`.
 * @returns What to do.
 * @throws {@link UsageError} When an option is unknown, lacks its value, or a value is not allowed.
 */
export function parseArguments(argv: readonly string[]): CliArguments {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let onlyPositionals = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    if (onlyPositionals || argument === '-' || !argument.startsWith('-')) {
      positionals.push(argument);
      continue;
    }
    if (argument === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals === -1 ? argument : argument.slice(0, equals);
    if (VALUE_OPTIONS.has(name)) {
      const value = equals === -1 ? argv[(index += 1)] : argument.slice(equals + 1);
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      if (values.has(name)) throw new UsageError(`${name} is given twice`);
      values.set(name, value);
    } else if (FLAG_OPTIONS.has(name) && equals === -1) {
      flags.add(name);
    } else {
      throw new UsageError(`unknown option ${argument}`);
    }
  }

  if (flags.has('--help') || flags.has('-h')) {
    const topic = positionals[0];
    return topic === undefined ? { kind: 'help' } : { kind: 'help', topic };
  }
  if (flags.has('--version') || flags.has('-V')) return { kind: 'version' };

  const [functionName, file, ...extra] = positionals;
  if (functionName === undefined) throw new UsageError('name the function to run (wuye-rules --help lists them)');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0] as string}: give one input file, or none for stdin`);

  const locale = values.get('--locale');
  if (locale !== undefined && !(LOCALES as readonly string[]).includes(locale)) {
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}, received ${locale}`);
  }
  const formatValue = values.get('--format');
  if (formatValue !== undefined && !(FORMATS as readonly string[]).includes(formatValue)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, received ${formatValue}`);
  }
  if (formatValue === 'ndjson' && flags.has('--csv')) throw new UsageError('--csv contradicts --format ndjson');
  const format = flags.has('--csv') ? 'csv' : (formatValue as InputFormat | undefined);
  const encoding = (values.get('--encoding') ?? 'utf-8').toLowerCase();
  if (!(ENCODINGS as readonly string[]).includes(encoding)) throw new UsageError(`--encoding must be one of ${ENCODINGS.join(', ')}, received ${values.get('--encoding')}`);

  return {
    kind: 'run',
    functionName,
    file,
    format,
    encoding: encoding as InputEncoding,
    policyFile: values.get('--policy'),
    policyAt: values.get('--policy-at'),
    calendarFile: values.get('--calendar'),
    asOf: values.get('--as-of'),
    explain: flags.has('--explain') || locale !== undefined,
    locale: (locale as Locale | undefined) ?? 'zh-Hans',
  };
}

/** The input format: `--format`/`--csv` if given, else `csv` for a `.csv` file, else NDJSON. */
export function inputFormatOf(file: string | undefined, format: InputFormat | undefined): InputFormat {
  if (format !== undefined) return format;
  return file !== undefined && /\.csv$/i.test(file) ? 'csv' : 'ndjson';
}
