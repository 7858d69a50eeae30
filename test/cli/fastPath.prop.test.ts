import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineErrorOf } from '../../src/cli/evaluate.js';
import { provisionalMark, usedProvisionalSince } from '../../src/core/provisional.js';
import { dueAt, isWorkday, repairStatus } from '../../src/index.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { runCli } from './_helpers.js';

// The command line's own path (bytes decoded in place, results written by its own writer, lines
// encoded into a byte slab) against the generic one: each line parsed, the function called directly,
// and the line written by JSON.stringify over a copy whose Dates are +08:00 text. Both must give the
// same bytes, line for line, for valid and invalid lines, Dates, provisional answers and any cut of
// the input into chunks.

type Rule = (...args: never[]) => unknown;
// The functions, and where their options go.
const FUNCTIONS: Readonly<Record<string, { readonly fn: Rule; readonly arity: number }>> = {
  repairStatus: { fn: repairStatus as Rule, arity: 1 },
  dueAt: { fn: dueAt as Rule, arity: 2 },
  isWorkday: { fn: isWorkday as Rule, arity: 1 },
};
const STATUTORY = { outOfCoverage: 'statutory' } as const;

// A result with its Dates as +08:00 text, by Date#toISOString: nothing of the command line's own.
function plain(value: unknown): unknown {
  if (value instanceof Date) return `${new Date(value.getTime() + 8 * 3_600_000).toISOString().slice(0, -1)}+08:00`;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

// The line the generic path writes for one input line; undefined for a blank line.
function referenceLine(name: string, text: string, line: number, statutory: boolean): string | undefined {
  if (text.trim() === '') return undefined;
  const failure = (error: { code: string; path: readonly (string | number)[]; message: string }): string =>
    JSON.stringify({ line, ok: false, error: { code: error.code, path: error.path, message: error.message } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure({ code: 'invalid_json', path: [], message: `${name}: the line is not valid JSON (${(error as Error).message})` });
  }
  const { fn, arity } = FUNCTIONS[name] as { fn: Rule; arity: number };
  const args = Array.isArray(value) ? [...value] : [value];
  if (args.length > arity) {
    return failure({ code: 'too_many_arguments', path: [arity], message: `${name}: a line gives at most ${arity} argument${arity === 1 ? '' : 's'}, received ${args.length}` });
  }
  if (statutory) {
    while (args.length < arity) args.push(undefined);
    args.push({ policy: definePolicy(STATUTORY) });
  }
  const mark = provisionalMark();
  let result: unknown;
  try {
    result = (fn as (...given: unknown[]) => unknown)(...args);
  } catch (error) {
    return failure(lineErrorOf(error, name));
  }
  const provisional = usedProvisionalSince(mark);
  return JSON.stringify({ line, ok: true, result: plain(result), ...(provisional ? { provisional: true } : {}) });
}

const instant = fc.oneof(
  fc.constantFrom(
    '2026-09-30T18:00:00+08:00',
    '2026-10-01T09:00:00+08:00',
    '2026-12-30T10:00:00+08:00',
    '2027-01-04T10:00:00+08:00',
    '2027-02-09',
    '2027-10-08T17:59:59.999Z',
    '2026-13-01',
    '不是时间',
  ),
  fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2028-12-31T00:00:00Z') }),
  fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
);
const repairLine = fc
  .record(
    {
      repairClass: fc.constantFrom('A', 'B', 'C', 'D', '甲'),
      receivedAt: instant,
      planAcceptedAt: instant,
      completedAt: instant,
      asOf: instant,
      pauses: fc.array(fc.record({ start: instant, end: instant }, { requiredKeys: ['start'] }), { maxLength: 2 }),
      centralizedHandover: fc.boolean(),
      note: fc.string({ maxLength: 4 }),
    },
    { requiredKeys: ['repairClass', 'receivedAt', 'asOf'] },
  )
  .map((value) => JSON.stringify(value));
const period = fc.record({ amount: fc.integer({ min: -1, max: 40 }), unit: fc.constantFrom('day', 'workday', 'hour', 'month', 'week') });
const dueAtLine = fc.oneof(
  fc.tuple(instant, period).map((args) => JSON.stringify(args)),
  fc.tuple(instant, period, period).map((args) => JSON.stringify(args)),
  instant.map((value) => JSON.stringify(value)),
);
const isWorkdayLine = fc.oneof(instant.map((value) => JSON.stringify(value)), fc.tuple(instant, instant).map((args) => JSON.stringify(args)));
const brokenLine = fc.constantFrom('', '   ', '\t', '{"repairClass":', 'nope', '{"a":1}}', '[', '"金额', 'null', '[]', '{}', '[null,null,null]');
const lineFor = (name: string): fc.Arbitrary<string> =>
  fc.oneof({ weight: 6, arbitrary: name === 'repairStatus' ? repairLine : name === 'dueAt' ? dueAtLine : isWorkdayLine }, { weight: 1, arbitrary: brokenLine });

describe('wuye-rules command line: its own path against the generic one', () => {
  it('writes the same bytes as JSON.stringify over each answer, for any lines, cut anywhere', async () => {
    // What the generated lines met: each class of line must be among them.
    const met = { provisional: 0, date: 0, refused: 0, invalidJson: 0, blank: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('repairStatus', 'dueAt', 'isWorkday').chain((name) =>
          fc.record({
            name: fc.constant(name),
            lines: fc.array(lineFor(name), { minLength: 1, maxLength: 25 }),
            statutory: fc.boolean(),
            crlf: fc.boolean(),
            cuts: fc.array(fc.nat(), { maxLength: 5 }),
          }),
        ),
        async ({ name, lines, statutory, crlf, cuts }) => {
          const bytes = Buffer.from(lines.map((line) => `${line}${crlf ? '\r\n' : '\n'}`).join(''), 'utf8');
          const points = [...new Set(cuts.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [...points, bytes.length].map((point, index, all) => bytes.subarray(index === 0 ? 0 : (all[index - 1] as number), point));
          const argv = statutory ? [name, '--policy', 'statutory.json'] : [name];
          const { stdout, status } = await runCli(argv, { input: chunks, files: { 'statutory.json': JSON.stringify(STATUTORY) } });
          const expected = lines.map((line, index) => referenceLine(name, line, index + 1, statutory)).filter((line) => line !== undefined);
          expect(stdout).toBe(expected.map((line) => `${line}\n`).join(''));
          met.blank += lines.length - expected.length;
          for (const line of expected) {
            if (line.includes('"provisional":true')) met.provisional += 1;
            if (/\d\.\d{3}\+08:00"/.test(line)) met.date += 1;
            if (line.includes('"ok":false')) met.refused += 1;
            if (line.includes('"invalid_json"')) met.invalidJson += 1;
          }
          expect(status).toBe(expected.some((line) => line.includes('"ok":false')) ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
    for (const count of Object.values(met)) expect(count).toBeGreaterThan(5);
  });
});
