import { describe, expect, it } from 'vitest';
import { countRecurrence, type ComplaintHistoryEntry } from '../../src/complaint/countRecurrence.js';
import { complaintPolicy } from './_policy.js';
import { invalidInputOf as refusal } from '../support/errors.js';

const NOISE = 'noise:gym';
const entry = (complainantId: string, at: string, issueKey = NOISE): ComplaintHistoryEntry => ({ complainantId, issueKey, at });


describe('countRecurrence', () => {
  const history = [
    entry('A-301', '2026-03-02T21:00:00+08:00'),
    entry('A-302', '2026-03-20T22:10:00+08:00'),
    entry('A-302', '2026-03-25T21:30:00+08:00'),
    entry('B-110', '2026-04-01T20:45:00+08:00'),
    entry('B-110', '2026-04-01T09:00:00+08:00', 'lift:2'),
    entry('C-007', '2026-04-05T08:00:00+08:00'),
  ];

  it('counts distinct complainants about one issue within the month up to asOf', () => {
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-04-02T12:00:00+08:00' })).toBe(3);
    expect(countRecurrence(history, { issueKey: 'lift:2', asOf: '2026-04-02T12:00:00+08:00' })).toBe(1);
    expect(countRecurrence(history, { issueKey: 'water:roof', asOf: '2026-04-02T12:00:00+08:00' })).toBe(0);
  });

  it('keeps a complaint until 24:00 of the corresponding day of the next month, and drops it after', () => {
    // 2 March + one month (C2): the event day does not count, the period ends at 24:00 of 2 April.
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-04-03T00:00:00+08:00' })).toBe(3);
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-04-03T00:00:00.001+08:00' })).toBe(2);
  });

  it('answers for the last days of 9999 too: a window past the year, only compared, is not a result to refuse', () => {
    const late: ComplaintHistoryEntry[] = [{ complainantId: 'a', issueKey: NOISE, at: '9999-12-20T09:00:00+08:00' }];
    expect(countRecurrence(late, { issueKey: NOISE, asOf: '9999-12-31T23:59:59.999+08:00' })).toBe(1);
    expect(countRecurrence(late, { issueKey: NOISE, asOf: '9999-12-31T24:00-23:59' })).toBe(1);
  });

  it('ignores complaints after asOf and counts one made exactly at asOf', () => {
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-03-20T22:09:59+08:00' })).toBe(1);
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-03-20T22:10:00+08:00' })).toBe(2);
  });

  it('counts a complainant once, keeping them while any of their complaints is in the window', () => {
    const repeated = [entry('A', '2026-01-05T10:00:00+08:00'), entry('A', '2026-02-20T10:00:00+08:00'), entry('B', '2026-02-21T10:00:00+08:00')];
    expect(countRecurrence(repeated, { issueKey: NOISE, asOf: '2026-03-01T10:00:00+08:00' })).toBe(2);
  });

  it('ends the month of a 31 January complaint at 24:00 on 28 February', () => {
    const january = [entry('A', '2026-01-31T09:00:00+08:00')];
    expect(countRecurrence(january, { issueKey: NOISE, asOf: '2026-03-01T00:00:00+08:00' })).toBe(1);
    expect(countRecurrence(january, { issueKey: NOISE, asOf: '2026-03-01T00:00:00.001+08:00' })).toBe(0);
  });

  it('reads days in Shanghai time whatever the offset written', () => {
    // 2026-03-01T16:30Z is 00:30 on 2 March in Shanghai: the window runs to 24:00 on 2 April (+08:00).
    const late = [entry('A', '2026-03-01T16:30:00Z')];
    expect(countRecurrence(late, { issueKey: NOISE, asOf: '2026-04-02T23:59:59+08:00' })).toBe(1);
    expect(countRecurrence(late, { issueKey: NOISE, asOf: '2026-04-02T16:00:00.001Z' })).toBe(0);
  });

  it('accepts Dates and epoch milliseconds', () => {
    const mixed = [
      { complainantId: 'A', issueKey: NOISE, at: new Date('2026-03-02T21:00:00+08:00') },
      { complainantId: 'B', issueKey: NOISE, at: Date.parse('2026-03-03T21:00:00+08:00') },
    ];
    expect(countRecurrence(mixed, { issueKey: NOISE, asOf: Date.parse('2026-03-10T00:00:00+08:00') })).toBe(2);
  });

  it('counts nothing in an empty history', () => {
    expect(countRecurrence([], { issueKey: NOISE, asOf: '2026-03-10T00:00:00+08:00' })).toBe(0);
  });

  it('ignores other fields of a record', () => {
    const records = [{ ...entry('A', '2026-03-02T21:00:00+08:00'), id: 17, note: 'gym music after 22:00' }];
    expect(countRecurrence(records, { issueKey: NOISE, asOf: '2026-03-03T00:00:00+08:00' })).toBe(1);
  });

  it('counts the month as elapsed time under dayCounting: elapsed', () => {
    const policy = complaintPolicy({}, { dayCounting: 'elapsed' });
    const one = [entry('A', '2026-03-02T21:00:00+08:00')];
    expect(countRecurrence(one, { issueKey: NOISE, asOf: '2026-04-02T21:00:00+08:00' }, { policy })).toBe(1);
    expect(countRecurrence(one, { issueKey: NOISE, asOf: '2026-04-02T21:00:00.001+08:00' }, { policy })).toBe(0);
  });

  it("uses the policy's window", () => {
    const policy = complaintPolicy({ recurrenceWindow: { amount: 7, unit: 'day' } });
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-04-02T12:00:00+08:00' }, { policy })).toBe(1);
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-03-27T00:00:00+08:00' }, { policy })).toBe(1);
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-03-28T00:00:00+08:00' }, { policy })).toBe(1);
    expect(countRecurrence(history, { issueKey: NOISE, asOf: '2026-04-02T00:00:00+08:00' }, { policy })).toBe(2);
  });

  it('handles a long history in one pass', () => {
    const long: ComplaintHistoryEntry[] = [];
    const start = Date.parse('2026-01-01T00:00:00+08:00');
    for (let index = 0; index < 100_000; index++) long.push({ complainantId: `C${index % 5000}`, issueKey: index % 2 === 0 ? NOISE : 'other', at: start + index * 60_000 });
    // Entries run to 2026-03-11T10:39+08:00; the window of asOf 2026-03-15 (from 14 February) holds every even id.
    expect(countRecurrence(long, { issueKey: NOISE, asOf: '2026-03-15T00:00:00+08:00' })).toBe(2500);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(history);
    const query = { issueKey: NOISE, asOf: '2026-04-02T12:00:00+08:00' };
    countRecurrence(history, query);
    expect(history).toEqual(copy);
    expect(query).toEqual({ issueKey: NOISE, asOf: '2026-04-02T12:00:00+08:00' });
  });

  describe('bad input', () => {
    const query = { issueKey: NOISE, asOf: '2026-04-02T12:00:00+08:00' };
    const good = entry('A', '2026-03-02T21:00:00+08:00');
    it.each([
      [() => countRecurrence('A,B' as never, query), 'invalid_type', ['history']],
      [() => countRecurrence([good, null] as never, query), 'invalid_type', ['history', 1]],
      [() => countRecurrence([good, { ...good, complainantId: 7 }] as never, query), 'invalid_type', ['history', 1, 'complainantId']],
      [() => countRecurrence([{ ...good, complainantId: '' }], query), 'empty', ['history', 0, 'complainantId']],
      [() => countRecurrence([{ complainantId: 'A', at: good.at }] as never, query), 'missing', ['history', 0, 'issueKey']],
      [() => countRecurrence([{ complainantId: 'A', issueKey: NOISE }] as never, query), 'missing', ['history', 0, 'at']],
      [() => countRecurrence([good, { ...good, at: 'last Tuesday' }], query), 'invalid_instant', ['history', 1, 'at']],
      [() => countRecurrence([{ ...good, issueKey: 'other', at: Number.NaN }], query), 'invalid_instant', ['history', 0, 'at']],
      [() => countRecurrence([good], null as never), 'invalid_type', ['query']],
      [() => countRecurrence([good], { asOf: query.asOf } as never), 'missing', ['query', 'issueKey']],
      [() => countRecurrence([good], { issueKey: '', asOf: query.asOf }), 'empty', ['query', 'issueKey']],
      [() => countRecurrence([good], { issueKey: NOISE } as never), 'missing', ['query', 'asOf']],
      [() => countRecurrence([good], { issueKey: NOISE, asOf: '2026-13-01' }), 'invalid_instant', ['query', 'asOf']],
      // A misspelt key of the query is refused (entries of the history may carry an ERP's other fields).
      [() => countRecurrence([good], { issueKey: NOISE, asof: query.asOf } as never), 'unknown_key', ['query', 'asof']],
      [() => countRecurrence([good], { ...query, window: 'month' } as never), 'unknown_key', ['query', 'window']],
    ])('refuses case %# with %s at %j', (run, code, path) => {
      const error = refusal(run);
      expect(error.code).toBe(code);
      expect(error.path).toEqual(path);
      expect(error.message).toMatch(/^countRecurrence: /);
    });
  });
});
