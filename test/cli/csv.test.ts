import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typeCell } from '../../src/cli/csvArguments.js';
import { CSV_LIMITS, CsvParser, MAX_LINE_CHARACTERS, MAX_ROW_CELLS, type CsvCell } from '../../src/cli/input.js';
import { fakeRegistry, instantJson, runCli } from './_helpers.js';

const registry = fakeRegistry({
  record: [
    (input: unknown) => input,
    {
      type: 'object',
      properties: {
        amount: { type: 'number' },
        code: { type: 'string' },
        flag: { type: 'boolean' },
        tags: { type: 'array', items: { type: 'string' } },
        at: instantJson,
        note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        empty: { type: 'null' },
        unresolved: { type: 'object', properties: { openedAt: instantJson, causedByUs: { type: 'boolean' } } },
        periods: { type: 'array', items: { type: 'object', properties: { start: instantJson } } },
      },
    },
    'input',
  ],
  deadline: [
    (from: unknown, period: unknown) => ({ from, period }),
    { type: 'array', prefixItems: [instantJson, { type: 'object', properties: { amount: { type: 'integer' }, unit: { type: 'string' } } }] },
    'args',
  ],
  ratings: [(list: unknown) => list, { type: 'array', items: { type: 'object' } }, 'input'],
});

function parse(text: string): { records: [string[], number][]; malformed: [string, number][] } {
  const records: [string[], number][] = [];
  const malformed: [string, number][] = [];
  const parser = new CsvParser();
  const handler = {
    record: (cells: readonly CsvCell[], line: number) => records.push([cells.map((cell) => (cell.quoted ? `"${cell.text}"` : cell.text)), line]),
    malformed: (message: string, line: number) => malformed.push([message, line]),
  };
  parser.push(text, handler);
  parser.end(handler);
  return { records, malformed };
}

describe('CsvParser', () => {
  it('reads RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF', () => {
    expect(parse('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n3,,""\n').records).toEqual([
      [['a', 'b', 'c'], 1],
      [['1', '"x, y"', '"say "hi""'], 2],
      [['2', '"two\nlines"', ''], 3],
      [['3', '', '""'], 5],
    ]);
  });

  it('skips blank lines but numbers records by the line they start on', () => {
    expect(parse('\uFEFFh\n\n1\r\n\r\n2').records).toEqual([
      [['h'], 1],
      [['1'], 3],
      [['2'], 5],
    ]);
  });

  it('reports a stray character after a closing quote, and an unterminated quote, and goes on', () => {
    const { records, malformed } = parse('h,i\n"a"b,1\n2,3\n"open,4\n5\n');
    expect(records).toEqual([
      [['h', 'i'], 1],
      [['2', '3'], 3],
    ]);
    expect(malformed).toEqual([
      [expect.stringMatching(/^a quoted cell must end at a comma or the end of the line, found "b"/), 2],
      ['a quoted cell is not closed before the end of the input', 4],
    ]);
  });

  it('keeps no cell longer than 16 Mi characters: an unclosed quote swallowing a large file is reported, not held', () => {
    // One quote never closed, then 17 Mi characters in pieces: the record is malformed, the text not kept.
    const parser = new CsvParser();
    const malformed: [string, number][] = [];
    const handler = { record: () => undefined, malformed: (message: string, line: number) => malformed.push([message, line]) };
    parser.push('h,i\n"open,', handler);
    const piece = 'x'.repeat(1 << 20);
    for (let count = 0; count < 17; count += 1) parser.push(piece, handler);
    parser.end(handler);
    expect(malformed).toEqual([['a quoted cell is not closed before the end of the input', 2]]);
    // Closed after 17 Mi characters: the record is refused for its cell's length, and the next is read.
    const closed = new CsvParser();
    const found: [string, number][] = [];
    const records: string[][] = [];
    const onRecord = { record: (cells: readonly CsvCell[]) => records.push(cells.map((cell) => cell.text)), malformed: (message: string, line: number) => found.push([message, line]) };
    closed.push('"', onRecord);
    for (let count = 0; count < 17; count += 1) closed.push(piece, onRecord);
    closed.push('",1\n2,3\n', onRecord);
    closed.end(onRecord);
    expect(found).toEqual([[expect.stringMatching(/^a cell is longer than 16777216 characters/), 1]]);
    expect(records).toEqual([['2', '3']]);
  });

  it('keeps no row longer than its limit in characters or cells: each is reported, not held, and the next row is read', () => {
    // The command line's own limit, at its size: five cells of 15 Mi characters (each under the cell limit).
    const found: [string, number][] = [];
    const records: string[][] = [];
    const handler = { record: (cells: readonly CsvCell[]) => records.push(cells.map((cell) => cell.text)), malformed: (message: string, line: number) => found.push([message, line]) };
    const parser = new CsvParser();
    const piece = 'x'.repeat(15 << 20);
    parser.push('a', handler);
    for (let cell = 0; cell < 5; cell += 1) parser.push(`,${piece}`, handler);
    parser.push('\n2,3\n', handler);
    parser.end(handler);
    expect(found).toEqual([[`a row is longer than ${MAX_LINE_CHARACTERS} characters`, 1]]);
    expect(records).toEqual([['2', '3']]);
    expect(CSV_LIMITS).toEqual({ cellCharacters: 16 * 1024 * 1024, recordCharacters: MAX_LINE_CHARACTERS, recordCells: MAX_ROW_CELLS });
  });

  it('refuses exactly the records over a limit, with the message of a limit crossed, and reads every other as without limits (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', '金', ' '), maxLength: 5 }).map((text) => ({ text, written: text })),
      // Quoted, with doubled quotes, commas and line breaks inside: each counts as the one character it stands for.
      fc.string({ unit: fc.constantFrom('a', '"', ',', '\n'), maxLength: 5 }).map((text) => ({ text, written: `"${text.replaceAll('"', '""')}"` })),
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 5 }).filter((cells) => !(cells.length === 1 && cells[0]!.written === ''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), fc.nat({ max: 6 }), fc.nat({ max: 12 }), fc.integer({ min: 1, max: 5 }), fc.nat({ max: 40 }), (rows, cellCharacters, recordCharacters, recordCells, cut) => {
        const limits = { cellCharacters, recordCharacters, recordCells };
        const text = rows.map((cells) => cells.map((one) => one.written).join(',')).join('\n');
        const parser = new CsvParser(limits);
        const seen: (string[] | string)[] = [];
        const handler = { record: (cells: readonly CsvCell[]) => seen.push(cells.map((one) => one.text)), malformed: (message: string) => seen.push(message) };
        const at = cut % (text.length + 1);
        parser.push(text.slice(0, at), handler);
        parser.push(text.slice(at), handler);
        parser.end(handler);
        expect(seen).toHaveLength(rows.length);
        rows.forEach((cells, index) => {
          const lengths = cells.map((one) => one.text.length);
          // The limits the record crosses; which one names it depends on where the text was cut.
          const crossed = [
            ...(cells.length > recordCells ? [`a row has more than ${recordCells} cells`] : []),
            ...(lengths.reduce((sum, length) => sum + length, 0) > recordCharacters ? [`a row is longer than ${recordCharacters} characters`] : []),
            ...(lengths.some((length) => length > cellCharacters) ? [`a cell is longer than ${cellCharacters} characters (a quote that is never closed?)`] : []),
          ];
          if (crossed.length === 0) expect(seen[index]).toEqual(cells.map((one) => one.text));
          else expect(crossed).toContain(seen[index]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parse('5" pipe,x\n').records).toEqual([[['5" pipe', 'x'], 1]]);
  });
});

describe('typeCell', () => {
  const cell = (text: string, quoted = false): CsvCell => ({ text, quoted });
  const types = (...list: ('string' | 'number' | 'boolean' | 'object' | 'array' | 'null')[]) => new Set(list);

  it('reads an unquoted empty cell as absent and a quoted one as an empty string', () => {
    expect(typeof typeCell(cell(''), types('string'))).toBe('symbol');
    expect(typeCell(cell('', true), types('string'))).toBe('');
  });

  it('types by what the field accepts', () => {
    expect(typeCell(cell('007'), types('string'))).toBe('007');
    expect(typeCell(cell('12.5'), types('string'))).toBe('12.5');
    expect(typeCell(cell('12.5'), types('number'))).toBe(12.5);
    expect(typeCell(cell('-3e2'), types('number', 'string'))).toBe(-300);
    expect(typeCell(cell('007'), types('number', 'string'))).toBe('007');
    expect(typeCell(cell('true'), types('boolean'))).toBe(true);
    expect(typeCell(cell('false'), types('boolean', 'string'))).toBe(false);
    expect(typeCell(cell('true'), types('string'))).toBe('true');
    expect(typeCell(cell('[1,2]'), types('array'))).toEqual([1, 2]);
    expect(typeCell(cell('{"a":1}'), types('object'))).toEqual({ a: 1 });
    expect(typeCell(cell('[oops'), types('array'))).toBe('[oops');
    expect(typeCell(cell('null'), types('null'))).toBeNull();
    expect(typeCell(cell('null'), types('null', 'string'))).toBe('null');
    expect(typeCell(cell('abc'), types('number'))).toBe('abc');
  });

  it('guesses when the schema says nothing: boolean, number, JSON, else text', () => {
    expect([typeCell(cell('true'), undefined), typeCell(cell('42'), undefined), typeCell(cell('{"a":[1]}'), undefined), typeCell(cell('x'), undefined)]).toEqual([
      true,
      42,
      { a: [1] },
      'x',
    ]);
  });
});

describe('wuye-rules command line: CSV input', () => {
  it('reads a .csv file: one call per row, typed by the schema, dotted headers for nested fields', async () => {
    const csv = [
      'amount,code,flag,tags,at,note,unresolved.openedAt,unresolved.causedByUs,periods.0.start',
      '12.5,007,true,"[""a"",""b""]",1767225600000,,2026-01-01,false,2026-02-01',
      '3,"",,,,"",,,',
    ].join('\r\n');
    const { status, lines } = await runCli(['record', 'cases.csv'], { registry, files: { 'cases.csv': csv } });
    expect(status).toBe(0);
    expect(lines).toEqual([
      {
        line: 2,
        ok: true,
        result: {
          amount: 12.5,
          code: '007',
          flag: true,
          tags: ['a', 'b'],
          at: 1767225600000,
          unresolved: { openedAt: '2026-01-01', causedByUs: false },
          periods: [{ start: '2026-02-01' }],
        },
      },
      { line: 3, ok: true, result: { amount: 3, code: '', note: '' } },
    ]);
  });

  it('stops with a usage error for lines ending in a carriage return alone, read whole as the header (no output at all before)', async () => {
    const { status, stderr, lines } = await runCli(['approvalAuthority', 'm.csv'], { files: { 'm.csv': 'amountYuan\r1000\r-1\r' } });
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/carriage return alone/);
  });

  it('reads a row whose cells are all empty as an object with no field given, as {} on an NDJSON line', async () => {
    const csv = ['amount,note', ',', '3,x'].join('\n');
    const { status, lines } = await runCli(['record', 'cases.csv'], { registry, files: { 'cases.csv': csv } });
    expect(status).toBe(0);
    expect(lines).toEqual([
      { line: 2, ok: true, result: {} },
      { line: 3, ok: true, result: { amount: 3, note: 'x' } },
    ]);
    // A real function: a month with nothing to score is 80; a complaint with no facts is level 4.
    const months = await runCli(['scoreMonth', '-', '--csv'], { input: 'examScore,adjustment.points,adjustment.reason\n,,\n' });
    expect(months.lines[0]).toMatchObject({ line: 2, ok: true, result: { score: 80 } });
  });

  it('reads CSV from stdin with --csv or --format csv, and NDJSON from a .csv file with --format ndjson', async () => {
    for (const flags of [['--csv'], ['--format', 'csv'], ['-', '--format=csv']]) {
      const { lines } = await runCli(['approvalAuthority', ...flags], { input: 'amountYuan\n800\n' });
      expect(lines).toEqual([{ line: 2, ok: true, result: { approver: 'sales-manager', basis: ['complaint.approval'] } }]);
    }
    const ndjson = await runCli(['approvalAuthority', 'a.csv', '--format', 'ndjson'], { files: { 'a.csv': '800\n' } });
    expect(ndjson.lines[0]).toMatchObject({ line: 1, ok: true });
  });

  it('gives a function whose one argument is not an object the cell of the only column', async () => {
    const { lines } = await runCli(['approvalAuthority', '--csv'], { input: 'amount (yuan)\n1000\n-5\nabc\n' });
    expect(lines.map((line) => line.result ?? line.error?.code)).toEqual([{ approver: 'sales-manager', basis: ['complaint.approval'] }, 'negative', 'invalid_type']);
    const list = await runCli(['ratings', '--csv'], { registry, input: 'ratings\n"[{""attitude"":""poor""}]"\n' });
    expect(list.lines[0]?.result).toEqual([{ attitude: 'poor' }]);
  });

  it('names the arguments of a list-of-arguments function by position', async () => {
    const { lines } = await runCli(['deadline', '--csv'], { registry, input: '0,1.amount,1.unit\n2026-10-05T15:00:00+08:00,3,day\n2026-10-05,,next-day\n' });
    expect(lines.map((line) => line.result)).toEqual([
      { from: '2026-10-05T15:00:00+08:00', period: { amount: 3, unit: 'day' } },
      { from: '2026-10-05', period: { unit: 'next-day' } },
    ]);
  });

  it('reports a row with more cells than columns, and a malformed row, and goes on; fewer cells are absent', async () => {
    const { status, lines } = await runCli(['record', '--csv'], { registry, input: 'amount,code\n1,a,extra\n"2"x,b\n3\n"4,b\n' });
    expect(status).toBe(1);
    expect(lines).toEqual([
      { line: 2, ok: false, error: { code: 'csv_column_count', path: [], message: 'record: the row has 3 cells but the header names 2 columns' } },
      { line: 3, ok: false, error: { code: 'invalid_csv', path: [], message: expect.stringMatching(/^record: a quoted cell must end/) } },
      { line: 4, ok: true, result: { amount: 3 } },
      { line: 5, ok: false, error: { code: 'invalid_csv', path: [], message: 'record: a quoted cell is not closed before the end of the input' } },
    ]);
  });

  it('writes nothing for a CSV with a header only, or nothing at all', async () => {
    for (const input of ['amount\n', '']) {
      const { status, stdout } = await runCli(['record', '--csv'], { registry, input });
      expect([status, stdout]).toEqual([0, '']);
    }
  });

  it('gives a column named __proto__, constructor or prototype at any depth to the function as the key it is, as an NDJSON line does (regression: __proto__ was dropped)', async () => {
    // Segments Object.prototype knows, and a plain one: the column's place is never an inherited one.
    const segment = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'x');
    const cases = fc.oneof(
      fc.record({ name: fc.constant('repairDeadline'), prefix: fc.constant([]), header: fc.constant('repairClass,receivedAt'), cells: fc.constant('A,2026-10-05'), json: fc.constant('"repairClass":"A","receivedAt":"2026-10-05"') }),
      // Under a nested object of the input, whose known fields are others.
      fc.record({ name: fc.constant('classifyComplaint'), prefix: fc.constant(['unresolved']), header: fc.constant('collectiveHouseholds'), cells: fc.constant('1'), json: fc.constant('"collectiveHouseholds":1') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 1, maxLength: 4 }), cases, async (segments, { name, prefix, header, cells, json }) => {
        const path = [...prefix, ...segments];
        const nested = path.reduceRight((inner, key) => `{${JSON.stringify(key)}:${inner}}`, '1').slice(1, -1);
        const csv = await runCli([name, '--csv'], { input: `${header},${path.join('.')}\n${cells},1\n` });
        const ndjson = await runCli([name], { input: `{${json},${nested}}\n` });
        expect(csv.lines[0]?.error, path.join('.')).toEqual(ndjson.lines[0]?.error);
        expect(csv.lines[0]?.error).toMatchObject({ code: 'unknown_key', path: [...prefix, segments[0]] });
        // Nothing written through a prototype.
        expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('never drops a column whose index no array can hold: it is a key, which the function refuses where it wants a list', async () => {
    const header = 'repairClass,receivedAt,asOf,handoverPeriods.INDEX.start\n';
    const row = 'A,2026-10-05T15:00:00+08:00,2026-10-07T12:00:00+08:00,garbage\n';
    for (const index of ['4294967295', '5000000000', '9007199254740993']) {
      const { status, lines } = await runCli(['repairStatus', '-', '--csv'], { input: header.replace('INDEX', index) + row });
      expect(status).toBe(1);
      expect(lines).toEqual([{ line: 2, ok: false, error: expect.objectContaining({ code: 'invalid_type', path: ['handoverPeriods'] }) }]);
    }
    // The largest index an array has is an index: its element is read (the holes before it refused).
    const { lines } = await runCli(['repairStatus', '-', '--csv'], { input: header.replace('INDEX', '4294967294') + row });
    expect(lines).toEqual([{ line: 2, ok: false, error: expect.objectContaining({ code: 'missing', path: ['handoverPeriods', 0] }) }]);
  });

  it.each([
    ['approvalAuthority', 'a,b\n1,2\n', /takes one value that is not an object, so its CSV input has exactly one column; the header has 2/],
    ['deadline', 'from,period\nx,y\n', /CSV header column "from": deadline takes a list of 2 arguments/],
    ['deadline', '0,2\nx,y\n', /CSV header column "2": deadline takes a list of 2 arguments/],
    ['record', 'amount,amount\n1,2\n', /CSV header names the column "amount" twice/],
    ['record', 'unresolved,unresolved.openedAt\n1,2\n', /CSV header columns "unresolved" and "unresolved.openedAt" overlap/],
    ['record', 'unresolved.openedAt,code,unresolved\n1,2,3\n', /CSV header columns "unresolved.openedAt" and "unresolved" overlap/],
    ['record', 'a.01,a.1\n1,2\n', /CSV header columns "a.01" and "a.1" overlap/],
    // 65,536 columns (the most a row may have), the last repeating the first.
    ['record', `${Array.from({ length: 65_535 }, (_, index) => `c${index}.x`).join(',')},c0.x\n`, /CSV header names the column "c0.x" twice/],
    ['record', 'amount,,code\n1,2,3\n', /CSV header column "" has an empty name/],
    ['record', 'a..b\n1\n', /CSV header column "a\.\.b" has an empty name or path segment/],
    ['record', '"amount"x\n1\n', /the CSV header \(line 1\) cannot be read: a quoted cell must end/],
  ])('refuses a header it cannot map (%s, %j) with exit 2', async (name, input, message) => {
    const { status, stdout, stderr } = await runCli([name as string, '--csv'], { registry: name === 'approvalAuthority' ? undefined : registry, input });
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(message);
  });
});
