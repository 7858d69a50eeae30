import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { visitSummaryApprovalDueAt } from '../../src/visit/visitSummaryApprovalDueAt.js';

const at = (iso: string): Date => new Date(iso);

describe('visitSummaryApprovalDueAt', () => {
  it.each([
    // Wednesday → Thursday, Friday.
    ['2026-03-04T17:00:00+08:00', '2026-03-07T00:00:00+08:00'],
    // Friday → Monday, Tuesday.
    ['2026-03-06T17:00:00+08:00', '2026-03-11T00:00:00+08:00'],
    // Across National Day: Thursday 10-08, Friday 10-09.
    ['2026-09-30T17:00:00+08:00', '2026-10-10T00:00:00+08:00'],
    // Spring Festival: the make-up Saturday 02-14, then Tuesday 02-24.
    ['2026-02-13T17:00:00+08:00', '2026-02-25T00:00:00+08:00'],
  ])('from %s is due at %s', (submitted, due) => {
    expect(visitSummaryApprovalDueAt(submitted)).toEqual(at(due));
  });

  it('ends at the same clock time under elapsed counting', () => {
    const policy = definePolicy({ dayCounting: 'elapsed' });
    expect(visitSummaryApprovalDueAt('2026-03-04T17:00:00+08:00', { policy })).toEqual(at('2026-03-06T17:00:00+08:00'));
  });

  it('refuses a year outside the calendar, and bad instants', () => {
    expect(() => visitSummaryApprovalDueAt('2031-03-04T17:00:00+08:00')).toThrow(CalendarCoverageError);
    expect(() => visitSummaryApprovalDueAt('soon')).toThrow(InvalidInputError);
    expect(() => visitSummaryApprovalDueAt('soon')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['submittedAt'] }));
  });
});
