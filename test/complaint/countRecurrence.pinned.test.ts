import { describe, expect, it } from 'vitest';
import { countRecurrence } from '../../src/complaint/countRecurrence.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

describe('countRecurrence', () => {
  it('skips the later complaints of a complainant already counted, even one whose window the calendar cannot place', () => {
    // Extending past rest days needs the calendar, which does not cover 1990: that complaint alone throws.
    const policy = definePolicy({ extendPastRestDays: true, outOfCoverage: 'throw' });
    const asOf = '2026-03-20T12:00:00+08:00';
    const old = { complainantId: 'a', issueKey: 'lift', at: '1990-03-01T12:00:00+08:00' };
    expect(() => countRecurrence([old], { issueKey: 'lift', asOf }, { policy })).toThrow(CalendarCoverageError);
    const recent = { complainantId: 'a', issueKey: 'lift', at: '2026-03-10T12:00:00+08:00' };
    expect(countRecurrence([recent, old], { issueKey: 'lift', asOf }, { policy })).toBe(1);
    // Another issue is skipped before its window is placed, too.
    expect(countRecurrence([{ ...old, issueKey: 'gate' }], { issueKey: 'lift', asOf }, { policy })).toBe(0);
  });
});
