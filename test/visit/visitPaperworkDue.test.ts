import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { visitPaperworkDue } from '../../src/visit/visitPaperworkDue.js';

const at = (iso: string): Date => new Date(iso);

describe('visitPaperworkDue', () => {
  it('wants the record by the next day and the summary before the 5th of next month, across the year end', () => {
    expect(visitPaperworkDue('2026-12-20T15:00:00+08:00')).toEqual({
      recordBy: at('2026-12-22T00:00:00+08:00'),
      summaryBy: at('2027-01-05T00:00:00+08:00'),
    });
  });

  it('puts the last and the first instant of a month in their own months (Shanghai time)', () => {
    expect(visitPaperworkDue('2026-03-31T23:59:59.999+08:00')).toEqual({
      recordBy: at('2026-04-02T00:00:00+08:00'),
      summaryBy: at('2026-04-05T00:00:00+08:00'),
    });
    expect(visitPaperworkDue('2026-04-01T00:00:00+08:00')).toEqual({
      recordBy: at('2026-04-03T00:00:00+08:00'),
      summaryBy: at('2026-05-05T00:00:00+08:00'),
    });
    // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai.
    expect(visitPaperworkDue('2026-03-31T16:30:00Z').summaryBy).toEqual(at('2026-05-05T00:00:00+08:00'));
  });

  it('does not move the deadlines off rest days (next day and before the 5th are calendar days)', () => {
    // Visit on Friday 2026-10-02 (a holiday): the record is due by 24:00 of Saturday 10-03.
    expect(visitPaperworkDue('2026-10-02T10:00:00+08:00').recordBy).toEqual(at('2026-10-04T00:00:00+08:00'));
  });

  it('includes the 5th with beforeDayInclusive', () => {
    const policy = definePolicy({ beforeDayInclusive: true });
    expect(visitPaperworkDue('2026-12-20T15:00:00+08:00', { policy }).summaryBy).toEqual(at('2027-01-06T00:00:00+08:00'));
  });

  it("follows the policy's summary day", () => {
    const policy = definePolicy({ visit: { summaryBeforeDay: 3 } });
    expect(visitPaperworkDue('2026-02-10T15:00:00+08:00', { policy }).summaryBy).toEqual(at('2026-03-03T00:00:00+08:00'));
  });

  it('returns a frozen result with exactly the two deadlines', () => {
    const result = visitPaperworkDue('2026-12-20T15:00:00+08:00');
    expect(Object.keys(result)).toEqual(['recordBy', 'summaryBy']);
    expect(Object.isFrozen(result)).toBe(true);
  });

  it('refuses an invalid instant', () => {
    expect(() => visitPaperworkDue('2026-12-32')).toThrow(InvalidInputError);
    expect(() => visitPaperworkDue('2026-12-32')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['visitedAt'] }));
  });
});
