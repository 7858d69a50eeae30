import { describe, expect, it } from 'vitest';
import { companyMeetingDay } from '../../src/communication/companyMeetingDay.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const at = (iso: string): Date => new Date(iso);

describe('companyMeetingDay', () => {
  it('gives the next Monday from a weekday, and the same Monday from a Monday', () => {
    expect(companyMeetingDay('2026-03-04T15:00:00+08:00')).toEqual(at('2026-03-09T00:00:00+08:00'));
    expect(companyMeetingDay('2026-03-09T00:00:00+08:00')).toEqual(at('2026-03-09T00:00:00+08:00'));
    expect(companyMeetingDay('2026-03-09T23:59:59.999+08:00')).toEqual(at('2026-03-09T00:00:00+08:00'));
    expect(companyMeetingDay('2026-03-10T00:00:00+08:00')).toEqual(at('2026-03-16T00:00:00+08:00'));
  });

  it('reads the day in Shanghai time', () => {
    expect(companyMeetingDay('2026-03-08T23:59:59.999+08:00')).toEqual(at('2026-03-09T00:00:00+08:00'));
    // 16:00 UTC on Sunday is 00:00 on Monday in Shanghai; 16:00 UTC on Monday is already Tuesday.
    expect(companyMeetingDay('2026-03-08T16:00:00Z')).toEqual(at('2026-03-09T00:00:00+08:00'));
    expect(companyMeetingDay('2026-03-09T16:00:00Z')).toEqual(at('2026-03-16T00:00:00+08:00'));
  });

  it('does not move the meeting off a holiday Monday (the source does not)', () => {
    expect(companyMeetingDay('2026-10-03T10:00:00+08:00')).toEqual(at('2026-10-05T00:00:00+08:00'));
  });

  it("follows the policy's weekday", () => {
    const policy = definePolicy({ communication: { companyMeetingWeekday: 5 } });
    expect(companyMeetingDay('2026-03-07T10:00:00+08:00', { policy })).toEqual(at('2026-03-13T00:00:00+08:00'));
    expect(companyMeetingDay('2026-03-06T10:00:00+08:00', { policy })).toEqual(at('2026-03-06T00:00:00+08:00'));
  });

  it('refuses an invalid instant', () => {
    expect(() => companyMeetingDay('Monday')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['at'] }));
    expect(() => companyMeetingDay(Number.NaN)).toThrow(InvalidInputError);
  });
});
