import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, InvalidInputError } from '../../src/core/errors.js';
import { serviceDueAt } from '../../src/kpi/serviceDueAt.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const at = (iso: string): Date => new Date(iso);

describe('serviceDueAt', () => {
  it.each([
    // 1 hour, exactly, across midnight and on a holiday.
    ['renovation-permit', '2026-03-05T16:30:00+08:00', '2026-03-05T17:30:00+08:00'],
    ['renovation-permit', '2026-03-05T23:30:00+08:00', '2026-03-06T00:30:00+08:00'],
    ['renovation-permit', '2026-10-01T10:00:00+08:00', '2026-10-01T11:00:00+08:00'],
    // 2 working days: Friday → Monday, Tuesday.
    ['secondary-renovation', '2026-03-06T16:30:00+08:00', '2026-03-11T00:00:00+08:00'],
    ['secondary-renovation', '2026-09-30T16:30:00+08:00', '2026-10-10T00:00:00+08:00'],
    // Same day: 24:00 of the application's day.
    ['parking-permit', '2026-03-05T09:00:00+08:00', '2026-03-06T00:00:00+08:00'],
    ['parking-permit', '2026-03-05T23:59:59.999+08:00', '2026-03-06T00:00:00+08:00'],
  ] as const)('gives %s from %s until %s', (duty, from, due) => {
    expect(serviceDueAt(duty, from)).toEqual(at(due));
  });

  it('reads the same day in Shanghai time', () => {
    // 16:00 UTC on 5 March is 00:00 on 6 March in Shanghai.
    expect(serviceDueAt('parking-permit', '2026-03-05T16:00:00Z')).toEqual(at('2026-03-07T00:00:00+08:00'));
    expect(serviceDueAt('parking-permit', '2026-03-05T15:59:59.999Z')).toEqual(at('2026-03-06T00:00:00+08:00'));
  });

  it("follows a company's own periods", () => {
    const policy = definePolicy({ kpi: { serviceDeadlines: { 'renovation-permit': { amount: 0.5, unit: 'hour' } } } });
    expect(serviceDueAt('renovation-permit', '2026-03-05T16:30:00+08:00', { policy })).toEqual(at('2026-03-05T17:00:00+08:00'));
  });

  it('refuses an unknown duty, a bad instant, and a working-day deadline outside the calendar', () => {
    expect(() => serviceDueAt('move-in' as never, '2026-03-05')).toThrow(expect.objectContaining({ code: 'invalid_enum', path: ['duty'] }));
    expect(() => serviceDueAt('parking-permit', 'today')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['from'] }));
    expect(() => serviceDueAt('parking-permit', 'today')).toThrow(InvalidInputError);
    expect(() => serviceDueAt('secondary-renovation', '2031-03-05T10:00:00+08:00')).toThrow(CalendarCoverageError);
  });
});
