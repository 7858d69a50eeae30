// The text of `--help` and `<function> --help`.
import { exampleLines } from './examples.js';
import { summarizeJsonSchema } from './jsonSchema.js';
import type { CliFunction, Registry } from './registry.js';

const SUMMARY_WIDTH = 110;

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

function exampleOf(fn: CliFunction): string {
  const line = exampleLines[fn.name];
  return line === undefined
    ? `input: ${shorten(summarizeJsonSchema(fn.jsonSchema()), SUMMARY_WIDTH)}`
    : `echo ${shellQuoted(line)} | wuye-rules ${fn.name}`;
}

// A POSIX shell word of the text: single quotes, each quote inside written '\'' (a line with "week's"
// must still paste into a shell).
function shellQuoted(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** The general help: usage, formats, options and every callable function with an example. */
export function generalHelp(registry: Registry): string {
  const functions = [...registry.values()].map((fn) => `  ${fn.name}\n      ${exampleOf(fn)}`);
  return `wuye-rules: the customer-service standards of Chinese property management (物业客服), line by line.

Usage
  wuye-rules <function> [file | -] [options]   evaluate every line of the file (or of stdin)
  wuye-rules <function> --help                 what a line of that function holds, with an example
  wuye-rules duty --from <day> --to <day> [--role <role>] [--ics] [--out <file>]
                                               the dated duties of a window (wuye-rules duty --help)
  wuye-rules --help | --version
  wuye-rules serve [options]                   the same functions over HTTP (wuye-rules serve --help)

Input    NDJSON, one call per line: a JSON array holds the arguments in order, any other JSON value
         is the only argument; blank lines are skipped. Or CSV with a header row (a .csv file,
         --csv, or --format csv): one call per row, columns named by field (receivedAt,
         unresolved.openedAt) or, for a list of arguments, by position (0, 1.amount).
Output   NDJSON, one line per input line, in order; instants as ISO-8601 with +08:00:
           {"line":1,"ok":true,"result":{...}}
           {"line":2,"ok":false,"error":{"code":"...","path":[...],"message":"..."}}
         a line whose answer used a provisional calendar year (policy outOfCoverage: 'statutory')
         also says "provisional":true, whatever the function returns
Exit     0 every line succeeded, 1 some line failed (all lines are still written), 2 usage error

Options
  --policy <file>         company policy: JSON overrides of the default policy (as definePolicy
                          takes them), or effective-dated versions [{"effectiveFrom","policy"}, ...];
                          {"outOfCoverage":"statutory"} counts years not yet published provisionally
  --policy-at <instant>   the instant that picks the version in force (default: --as-of)
  --calendar <file>       working days: State Council notices {"year","holidays","workdays"} or
                          holiday-cn's YYYY.json as published {"year","papers","days"} (one or a
                          list) added to the built-in China calendar, or a whole calendar
                          {"from","to","holidays","workdays"}
  --as-of <instant>       fills in "asOf" where the input has that field and the line lacks it
  --explain               results carry "explanation": their basis in words
  --locale <locale>       zh-Hans (default), zh-Hant or en; implies --explain
  --csv, --format <f>     read CSV (csv) or NDJSON (ndjson); by default a .csv file is CSV
  --encoding <e>          the input's encoding: utf-8 (default), gb18030, gbk or utf-16le;
                          bytes invalid in it are an error, never replacement characters
  -h, --help              this help
  -V, --version           the version

Functions (${registry.size})
${functions.join('\n')}
`;
}

/** The help of one function: its schema's title and description, what a line holds, an example. */
export function functionHelp(fn: CliFunction): string {
  const schema = fn.jsonSchema();
  const layout = fn.layout();
  const lines = [`wuye-rules ${fn.name}`];
  if (typeof schema.title === 'string') lines.push(`  ${schema.title}`);
  if (typeof schema.description === 'string') lines.push(`  ${schema.description}`);
  lines.push(
    '',
    layout.arity === 1
      ? '  A line holds the only argument (or a one-item JSON array of it).'
      : `  A line holds a JSON array of up to ${layout.arity} arguments, in order.`,
    `  Input: ${summarizeJsonSchema(schema)}`,
    '',
    `  ${exampleOf(fn)}`,
    '',
    `  JSON Schema: dist/schemas/${fn.name}.json in the package.`,
    '',
  );
  return lines.join('\n');
}
