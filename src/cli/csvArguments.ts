// Turns the rows of a CSV file into a function's arguments. The header names each column's place:
// a field of the input object (`receivedAt`, dotted for nested fields: `unresolved.openedAt`), or,
// for a function whose line is a list of arguments, the argument's position (`0`, `1.amount`). Cells
// are typed by the function's JSON Schema, so `007` stays a string where the field is a string.
import { UsageError } from './arguments.js';
import type { CsvCell } from './input.js';
import { acceptedTypes, schemaAt, type JsonType } from './jsonSchema.js';
import type { ArgumentLayout } from './registry.js';

/** A row that cannot become arguments, reported as an error line. */
export interface RowProblem {
  /** Stable snake_case code. */
  readonly code: string;
  /** The column's path in the arguments. */
  readonly path: readonly (string | number)[];
  /** Human-readable message. */
  readonly message: string;
}

interface Column {
  readonly header: string;
  /** Path into the argument list: first the argument's position, then keys and indexes. */
  readonly path: readonly (string | number)[];
  readonly types: ReadonlySet<JsonType> | undefined;
}

// JSON's number syntax: no leading zeros (`007` is an identifier, not seven), no `+`, no hex.
const NUMBER_PATTERN = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ABSENT = Symbol('absent');

/**
 * Types one cell: an unquoted empty cell is absent; otherwise the text is read as the first of
 * boolean (`true`/`false`), number (JSON syntax), JSON object or array (text starting with `{`/`[`)
 * that the field accepts, and as a string when it accepts one. Text the field cannot take stays a
 * string, so the function reports the value as it was written.
 */
export function typeCell(cell: CsvCell, types: ReadonlySet<JsonType> | undefined): unknown {
  const { text, quoted } = cell;
  if (text === '' && !quoted) return ABSENT;
  const accepts = (type: JsonType) => types === undefined || types.has(type);
  if (accepts('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (accepts('number') && NUMBER_PATTERN.test(text)) return Number(text);
  if ((accepts('object') || accepts('array')) && /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not JSON after all: kept as text for the function to refuse.
    }
  }
  if (accepts('null') && !accepts('string') && text === 'null') return null;
  return text;
}

function parseHeaderPath(header: string, layout: ArgumentLayout, functionName: string): (string | number)[] {
  const segments = header.split('.').map((segment) => segment.trim());
  if (segments.some((segment) => segment === '')) {
    throw new UsageError(`CSV header column ${JSON.stringify(header)} has an empty name or path segment`);
  }
  // A segment of digits is an index, as far as an array has indexes (up to 2^32 − 2): a larger one would be
  // a property of the array that no reader sees (the column silently gone); it stays a key, which the
  // function refuses where it expects a list, as it refuses the same key on an NDJSON line.
  const path: (string | number)[] = segments.map((segment) => (/^\d+$/.test(segment) && Number(segment) <= MAX_ARRAY_INDEX ? Number(segment) : segment));
  if (layout.arity > 1) {
    const position = path[0];
    if (typeof position !== 'number' || position >= layout.arity) {
      throw new UsageError(
        `CSV header column ${JSON.stringify(header)}: ${functionName} takes a list of ${layout.arity} arguments, so each column is named by an argument's position (0 to ${layout.arity - 1}), optionally followed by a dotted path (1.amount)`,
      );
    }
    return path;
  }
  // A single argument: the columns are its fields; the first segment is always a key.
  return [0, String(segments[0]), ...path.slice(1)];
}

// The largest index of a JavaScript array.
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

// The keys of a path's proper prefixes, shortest first, and of the path itself, last: an index and a key
// of the same digits differ.
const prefixKeys = (path: readonly (string | number)[]): string[] => path.map((_, index) => JSON.stringify(path.slice(0, index + 1)));

// Finds, among the columns seen so far, one that a new column's path repeats or overlaps (one is a prefix
// of the other), in time linear in the number of columns: a header of 60,000 columns compared pairwise
// took a minute.
class ColumnPaths {
  // The header of each column by its path, and of the first column under each proper prefix of a path.
  private readonly whole = new Map<string, string>();
  private readonly under = new Map<string, string>();

  /** The header of a column the path clashes with, or undefined after recording the path. */
  clashOf(path: readonly (string | number)[], header: string): string | undefined {
    const keys = prefixKeys(path);
    const key = keys.pop() as string;
    const clash = this.whole.get(key) ?? this.under.get(key) ?? keys.map((prefix) => this.whole.get(prefix)).find((header) => header !== undefined);
    if (clash !== undefined) return clash;
    this.whole.set(key, header);
    for (const prefix of keys) if (!this.under.has(prefix)) this.under.set(prefix, header);
    return undefined;
  }
}

/** Maps the rows of one CSV input onto a function's arguments, as its header describes. */
export class CsvRowMapper {
  private readonly columns: readonly Column[];
  // The first argument, when every column names a field of it: a row whose cells are all empty is that
  // object with no field given (an employee's month with nothing to score), as `{}` on an NDJSON line.
  private objectArgument = false;

  /**
   * @param header - The header row's cells.
   * @param layout - The function's argument layout.
   * @param functionName - For messages.
   * @throws {@link UsageError} When the header names no column, a column twice, or overlapping columns.
   */
  constructor(header: readonly CsvCell[], layout: ArgumentLayout, functionName: string) {
    // A line break inside an unquoted header cell: the lines end in a carriage return alone (classic Mac
    // files), which CSV does not know, so the whole file would be read as its header and give no output.
    if (header.some((cell) => !cell.quoted && /[\r\n]/.test(cell.text))) {
      throw new UsageError('the CSV header holds a line break inside a cell: the lines seem to end in a carriage return alone; save the file with CRLF or LF line ends');
    }
    const names = header.map((cell) => cell.text.trim());
    const firstArgument = layout.argumentSchemas[0];
    const scalar = layout.arity === 1 && firstArgument !== undefined && !acceptedTypes(layout.root, firstArgument).has('object');
    if (scalar) {
      // The only argument is not an object (an amount, an instant): the row's one column is the argument.
      if (names.length !== 1) {
        throw new UsageError(`${functionName} takes one value that is not an object, so its CSV input has exactly one column; the header has ${names.length}`);
      }
      this.columns = [{ header: names[0] as string, path: [0], types: acceptedTypes(layout.root, firstArgument) }];
      return;
    }
    const columns: Column[] = [];
    const seen = new ColumnPaths();
    for (const name of names) {
      const path = parseHeaderPath(name, layout, functionName);
      const clash = seen.clashOf(path, name);
      if (clash !== undefined) {
        throw new UsageError(
          clash === name
            ? `CSV header names the column ${JSON.stringify(name)} twice`
            : `CSV header columns ${JSON.stringify(clash)} and ${JSON.stringify(name)} overlap`,
        );
      }
      const [position, ...rest] = path;
      const argumentSchema = layout.argumentSchemas[position as number];
      const node = argumentSchema === undefined ? undefined : schemaAt(layout.root, argumentSchema, rest);
      columns.push({ header: name, path, types: node === undefined ? undefined : acceptedTypes(layout.root, node) });
    }
    this.columns = columns;
    this.objectArgument = columns.length > 0 && columns.every((column) => column.path[0] === 0 && column.path.length > 1);
  }

  /**
   * The arguments of one row, or the problem that keeps it from having any.
   *
   * @param cells - The row's cells; missing trailing cells are absent.
   */
  toArguments(cells: readonly CsvCell[]): { readonly args: unknown[] } | { readonly problem: RowProblem } {
    if (cells.length > this.columns.length) {
      return {
        problem: {
          code: 'csv_column_count',
          path: [],
          message: `the row has ${cells.length} cells but the header names ${this.columns.length} columns`,
        },
      };
    }
    const args: unknown[] = [];
    this.columns.forEach((column, index) => {
      const cell = cells[index];
      if (cell === undefined) return;
      const value = typeCell(cell, column.types);
      if (value !== ABSENT) setAt(args, column.path, value);
    });
    if (this.objectArgument && args.length === 0) args.push({});
    return { args };
  }
}

// Writes `value` at `path` under `target`, creating objects (or arrays, for a numeric next key) on the way.
// Keys are read and written as own fields, as JSON.parse makes them: an assignment to `__proto__` would
// set a prototype (the column silently gone, or Object.prototype itself written to), and a read of
// `constructor` would find the inherited one. So a `__proto__` column reaches the function as the
// unknown key it is.
function setAt(target: unknown[], path: readonly (string | number)[], value: unknown): void {
  let container: Record<string | number, unknown> = target as unknown as Record<number, unknown>;
  for (let index = 0; index < path.length - 1; index += 1) {
    const key = path[index] as string | number;
    let next = Object.hasOwn(container, key) ? container[key] : undefined;
    if (typeof next !== 'object' || next === null) {
      next = typeof path[index + 1] === 'number' ? [] : {};
      defineField(container, key, next);
    }
    container = next as Record<string | number, unknown>;
  }
  defineField(container, path[path.length - 1] as string | number, value);
}

function defineField(container: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}
