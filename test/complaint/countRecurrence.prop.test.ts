import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countRecurrence, type ComplaintHistoryEntry } from '../../src/complaint/countRecurrence.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { DAY_MS, SHANGHAI_OFFSET_MS } from '../../src/core/instant.js';

const RUNS = { numRuns: 200 };
const START = Date.parse('2026-01-01T00:00:00+08:00');
const SPAN = 120 * DAY_MS;

const entry: fc.Arbitrary<ComplaintHistoryEntry> = fc.record({
  complainantId: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
  issueKey: fc.constantFrom('noise', 'lift', 'water'),
  at: fc.integer({ min: START, max: START + SPAN }),
});
const history = fc.array(entry, { maxLength: 40 });
const asOf = fc.integer({ min: START, max: START + SPAN + 40 * DAY_MS });
const issueKey = fc.constantFrom('noise', 'lift', 'water');

// Independent reference for the default policy: a complaint at t counts until 24:00 (Shanghai) of the
// day one calendar month after t's day, the last day of the month where that day does not exist.
function windowEnd(at: number): number {
  const local = new Date(at + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), lastDay);
  return Date.UTC(year, month, day + 1) - SHANGHAI_OFFSET_MS;
}

function reference(entries: readonly ComplaintHistoryEntry[], key: string, until: number): number {
  const ids = new Set<string>();
  for (const item of entries) {
    const at = item.at as number;
    if (item.issueKey === key && at <= until && until <= windowEnd(at)) ids.add(item.complainantId);
  }
  return ids.size;
}

describe('countRecurrence properties', () => {
  it('agrees with a direct reading of the rule (distinct complainants, C2 month, up to asOf)', () => {
    fc.assert(
      fc.property(history, issueKey, asOf, (entries, key, until) => {
        expect(countRecurrence(entries, { issueKey: key, asOf: until })).toBe(reference(entries, key, until));
      }),
      RUNS,
    );
  });

  it('is deterministic, independent of order, and does not mutate its input', () => {
    fc.assert(
      fc.property(history, issueKey, asOf, fc.nat(), (entries, key, until, seed) => {
        const copy = structuredClone(entries);
        const count = countRecurrence(entries, { issueKey: key, asOf: until });
        expect(countRecurrence(entries, { issueKey: key, asOf: until })).toBe(count);
        const rotated = entries.length === 0 ? entries : [...entries.slice(seed % entries.length), ...entries.slice(0, seed % entries.length)];
        expect(countRecurrence([...rotated].reverse(), { issueKey: key, asOf: until })).toBe(count);
        expect(entries).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('never decreases when a complaint is added, and never exceeds the distinct complainants of the issue', () => {
    fc.assert(
      fc.property(history, entry, issueKey, asOf, (entries, extra, key, until) => {
        const count = countRecurrence(entries, { issueKey: key, asOf: until });
        expect(countRecurrence([...entries, extra], { issueKey: key, asOf: until })).toBeGreaterThanOrEqual(count);
        expect(count).toBeLessThanOrEqual(new Set(entries.filter((item) => item.issueKey === key).map((item) => item.complainantId)).size);
        expect(Number.isInteger(count) && count >= 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('always throws InvalidInputError naming the entry and field of a bad record', () => {
    const bad = fc.oneof(
      fc.record({ field: fc.constant('at'), value: fc.constantFrom<unknown>('soon', Number.NaN, 1.5, null, '2026-02-30') }),
      fc.record({ field: fc.constantFrom('complainantId', 'issueKey'), value: fc.constantFrom<unknown>('', 7, null, undefined) }),
    );
    fc.assert(
      fc.property(history, fc.nat(), bad, asOf, (entries, position, { field, value }, until) => {
        const index = position % (entries.length + 1);
        const broken = [...entries];
        broken.splice(index, 0, { complainantId: 'Z', issueKey: 'noise', at: START, [field]: value } as ComplaintHistoryEntry);
        let caught: unknown;
        try {
          countRecurrence(broken, { issueKey: 'noise', asOf: until });
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InvalidInputError);
        expect((caught as InvalidInputError).path).toEqual(['history', index, field]);
      }),
      RUNS,
    );
  });
});
