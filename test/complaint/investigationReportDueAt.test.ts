import { describe, expect, it } from 'vitest';
import { investigationReportDueAt } from '../../src/complaint/investigationReportDueAt.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { complaintPolicy } from './_policy.js';

describe('investigationReportDueAt', () => {
  it('is due by 24:00 of the third day after the investigation (the day itself does not count)', () => {
    expect(toShanghaiIsoString(investigationReportDueAt('2026-03-10T17:20:00+08:00'))).toBe('2026-03-14T00:00:00.000+08:00');
    expect(toShanghaiIsoString(investigationReportDueAt('2026-03-10T00:00:00+08:00'))).toBe('2026-03-14T00:00:00.000+08:00');
    expect(toShanghaiIsoString(investigationReportDueAt('2026-03-10T23:59:59.999+08:00'))).toBe('2026-03-14T00:00:00.000+08:00');
  });

  it('returns a Date and reads the day in Shanghai time', () => {
    const due = investigationReportDueAt('2026-03-10T16:00:00Z');
    expect(due).toBeInstanceOf(Date);
    // 16:00 UTC is 00:00 on 11 March in Shanghai.
    expect(toShanghaiIsoString(due)).toBe('2026-03-15T00:00:00.000+08:00');
  });

  it("follows the policy's day counting and period", () => {
    const elapsed = complaintPolicy({}, { dayCounting: 'elapsed' });
    expect(toShanghaiIsoString(investigationReportDueAt('2026-03-10T17:20:00+08:00', { policy: elapsed }))).toBe('2026-03-13T17:20:00.000+08:00');
    const workdays = complaintPolicy({ reportWithin: { amount: 3, unit: 'workday' } });
    // Friday 13 March 2026: three working days are 16, 17 and 18 March.
    expect(toShanghaiIsoString(investigationReportDueAt('2026-03-13T17:20:00+08:00', { policy: workdays }))).toBe('2026-03-19T00:00:00.000+08:00');
  });

  it('uses the default policy when the options carry none', () => {
    expect(toShanghaiIsoString(investigationReportDueAt('2026-03-10T17:20:00+08:00', {}))).toBe('2026-03-14T00:00:00.000+08:00');
  });

  it.each([['next week'], [Number.NaN], [null], ['2026-02-29T10:00:00+08:00']])('refuses %j', (value) => {
    let caught: unknown;
    try {
      investigationReportDueAt(value as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught).toMatchObject({ code: 'invalid_instant', path: ['investigatedAt'] });
    expect((caught as Error).message).toMatch(/^investigationReportDueAt: investigatedAt must be a valid instant/);
  });
});
