import { describe, expect, it } from 'vitest';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { dueAt } from '../../src/calendar/dueAt.js';
import type { Period } from '../../src/calendar/Period.js';
import { elapsed, expectInvalid, expectUncovered, extend, shanghai, weekends, withPolicy } from './_helpers.js';

const due = (from: string, period: Period, options?: Parameters<typeof dueAt>[2]): string => shanghai(dueAt(from, period, options));

describe('dueAt', () => {
  describe('civil-code counting (default, RULES C2)', () => {
    it('ends N days at 24:00 of the Nth day after the event day', () => {
      expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' })).toBe('2026-10-04T00:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { amount: 3, unit: 'day' })).toBe('2026-10-09T00:00:00.000+08:00');
      expect(due('2026-10-05T00:00:00+08:00', { amount: 3, unit: 'day' })).toBe('2026-10-09T00:00:00.000+08:00');
      expect(due('2026-10-05T23:59:59.999+08:00', { amount: 3, unit: 'day' })).toBe('2026-10-09T00:00:00.000+08:00');
      expect(due('2026-12-30T10:00:00+08:00', { amount: 7, unit: 'day' })).toBe('2027-01-07T00:00:00.000+08:00');
    });

    it('meets the deadline at exactly 24:00 of the last day and misses it a millisecond later', () => {
      const deadline = dueAt('2026-10-05T15:00:00+08:00', { amount: 3, unit: 'day' }).getTime();
      expect(Date.parse('2026-10-08T23:59:59.999+08:00') <= deadline).toBe(true);
      expect(Date.parse('2026-10-09T00:00:00.000+08:00') <= deadline).toBe(true);
      expect(Date.parse('2026-10-09T00:00:00.001+08:00') <= deadline).toBe(false);
    });

    it('counts weeks as 7 days', () => {
      expect(due('2026-10-05T15:00:00+08:00', { amount: 1, unit: 'week' })).toBe('2026-10-13T00:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { amount: 2, unit: 'week' })).toBe('2026-10-20T00:00:00.000+08:00');
    });

    it('ends months on the corresponding day, or the month’s last day', () => {
      expect(due('2026-01-31T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2026-03-01T00:00:00.000+08:00');
      expect(due('2024-01-31T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2024-03-01T00:00:00.000+08:00');
      expect(due('2024-01-29T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2024-03-01T00:00:00.000+08:00');
      expect(due('2023-01-29T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2023-03-01T00:00:00.000+08:00');
      expect(due('2026-03-31T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2026-05-01T00:00:00.000+08:00');
      expect(due('2026-05-15T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2026-06-16T00:00:00.000+08:00');
      expect(due('2026-12-15T15:00:00+08:00', { amount: 1, unit: 'month' })).toBe('2027-01-16T00:00:00.000+08:00');
      expect(due('2024-02-29T15:00:00+08:00', { amount: 12, unit: 'month' })).toBe('2025-03-01T00:00:00.000+08:00');
      expect(due('2026-08-31T15:00:00+08:00', { amount: 18, unit: 'month' })).toBe('2028-03-01T00:00:00.000+08:00');
    });

    it('ends N working days at 24:00 of the Nth working day after the event day (C3)', () => {
      expect(due('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' })).toBe('2026-10-10T00:00:00.000+08:00');
      expect(due('2026-10-01T00:00:00+08:00', { amount: 1, unit: 'workday' })).toBe('2026-10-09T00:00:00.000+08:00');
      expect(due('2026-10-09T17:00:00+08:00', { amount: 1, unit: 'workday' })).toBe('2026-10-11T00:00:00.000+08:00');
      expect(due('2026-02-13T17:00:00+08:00', { amount: 2, unit: 'workday' })).toBe('2026-02-25T00:00:00.000+08:00');
      expect(due('2026-03-06T17:00:00+08:00', { amount: 5, unit: 'workday' })).toBe('2026-03-14T00:00:00.000+08:00');
    });

    it('counts hours exactly (C4)', () => {
      expect(due('2026-10-05T15:00:00+08:00', { amount: 24, unit: 'hour' })).toBe('2026-10-06T15:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { amount: 0, unit: 'hour' })).toBe('2026-10-05T15:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { amount: 1.5, unit: 'hour' })).toBe('2026-10-05T16:30:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { amount: 72, unit: 'hour' })).toBe('2026-10-08T15:00:00.000+08:00');
    });

    it('ends same-day at 24:00 of the event day and next-day at 24:00 of the day after (C5)', () => {
      expect(due('2026-10-05T00:00:00+08:00', { unit: 'same-day' })).toBe('2026-10-06T00:00:00.000+08:00');
      expect(due('2026-10-05T23:59:59.999+08:00', { unit: 'same-day' })).toBe('2026-10-06T00:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { unit: 'next-day' })).toBe('2026-10-07T00:00:00.000+08:00');
      expect(due('2026-12-31T15:00:00+08:00', { unit: 'next-day' })).toBe('2027-01-02T00:00:00.000+08:00');
    });

    it('works for any date without a calendar: days, weeks, months, hours, same-day and next-day', () => {
      expect(due('2040-02-28T09:00:00+08:00', { amount: 2, unit: 'day' })).toBe('2040-03-02T00:00:00.000+08:00');
      expect(due('1995-01-31T09:00:00+08:00', { amount: 1, unit: 'month' })).toBe('1995-03-01T00:00:00.000+08:00');
      expect(due('2099-12-31T09:00:00+08:00', { unit: 'next-day' })).toBe('2100-01-02T00:00:00.000+08:00');
    });
  });

  describe('elapsed counting', () => {
    it('counts N × 24 h, weeks of 7 days, calendar months and same-clock working days', () => {
      expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, elapsed)).toBe('2026-10-03T18:00:00.000+08:00');
      expect(due('2026-09-30T18:00:00+08:00', { amount: 1, unit: 'week' }, elapsed)).toBe('2026-10-07T18:00:00.000+08:00');
      expect(due('2026-01-31T18:00:00+08:00', { amount: 1, unit: 'month' }, elapsed)).toBe('2026-02-28T18:00:00.000+08:00');
      expect(due('2026-01-15T18:00:00+08:00', { amount: 1, unit: 'month' }, elapsed)).toBe('2026-02-15T18:00:00.000+08:00');
      expect(due('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, elapsed)).toBe('2026-10-09T10:00:00.000+08:00');
    });

    it('leaves hours, same-day and next-day as they are', () => {
      expect(due('2026-10-05T15:00:00+08:00', { amount: 2, unit: 'hour' }, elapsed)).toBe('2026-10-05T17:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { unit: 'same-day' }, elapsed)).toBe('2026-10-06T00:00:00.000+08:00');
      expect(due('2026-10-05T15:00:00+08:00', { unit: 'next-day' }, elapsed)).toBe('2026-10-07T00:00:00.000+08:00');
    });
  });

  describe('extendPastRestDays (Civil Code art. 203)', () => {
    it('moves a last day that is a rest day to the next working day', () => {
      expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, extend)).toBe('2026-10-09T00:00:00.000+08:00');
      expect(due('2026-03-04T18:00:00+08:00', { amount: 3, unit: 'day' }, extend)).toBe('2026-03-10T00:00:00.000+08:00'); // Saturday → Monday
      expect(due('2026-10-02T18:00:00+08:00', { amount: 1, unit: 'week' }, extend)).toBe('2026-10-10T00:00:00.000+08:00'); // Friday 10-09 works
    });

    it('does not move a last day that works, make-up days included', () => {
      expect(due('2026-10-07T18:00:00+08:00', { amount: 3, unit: 'day' }, extend)).toBe('2026-10-11T00:00:00.000+08:00');
      expect(due('2026-03-02T18:00:00+08:00', { amount: 3, unit: 'day' }, extend)).toBe('2026-03-06T00:00:00.000+08:00');
    });

    it('moves an elapsed deadline on a rest day to the same clock time on the next working day', () => {
      const both = withPolicy({ dayCounting: 'elapsed', extendPastRestDays: true });
      expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, both)).toBe('2026-10-08T18:00:00.000+08:00');
      expect(due('2026-01-15T18:00:00+08:00', { amount: 1, unit: 'month' }, both)).toBe('2026-02-24T18:00:00.000+08:00');
      expect(due('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, both)).toBe('2026-10-09T10:00:00.000+08:00');
    });

    it('keeps the clock time under elapsed counting, so a later event can get an earlier deadline', () => {
      const both = withPolicy({ dayCounting: 'elapsed', extendPastRestDays: true });
      // Friday 21:00 + 24 h = Saturday 21:00 → Monday 21:00; Saturday 16:00 + 24 h = Sunday 16:00 → Monday 16:00.
      expect(due('2026-03-06T21:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-03-09T21:00:00.000+08:00');
      expect(due('2026-03-07T16:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-03-09T16:00:00.000+08:00');
    });

    it('reads an elapsed deadline at 00:00 as 24:00 of the day before: that day decides, and a move keeps 24:00', () => {
      const both = withPolicy({ dayCounting: 'elapsed', extendPastRestDays: true });
      // Friday 00:00 + 24 h is 24:00 of Friday, a working day: not moved past the weekend.
      expect(due('2026-09-11T00:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-09-12T00:00:00.000+08:00');
      expect(due('2026-08-12T00:00:00+08:00', { amount: 1, unit: 'month' }, both)).toBe('2026-09-12T00:00:00.000+08:00');
      // Saturday 00:00 + 24 h is 24:00 of Saturday: moved to 24:00 of Monday.
      expect(due('2026-09-12T00:00:00+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-09-15T00:00:00.000+08:00');
      // A millisecond later the deadline is on Saturday itself: moved to Monday, same clock time.
      expect(due('2026-09-11T00:00:00.001+08:00', { amount: 1, unit: 'day' }, both)).toBe('2026-09-14T00:00:00.001+08:00');
      // Civil-code counting ends at 24:00 of its last day already: Thursday + 1 day is 24:00 of Friday.
      expect(due('2026-09-10T10:00:00+08:00', { amount: 1, unit: 'day' }, extend)).toBe('2026-09-12T00:00:00.000+08:00');
    });

    it('needs the calendar to cover the last day', () => {
      expectUncovered(() => dueAt('2026-12-30T10:00:00+08:00', { amount: 3, unit: 'day' }, extend), 'dueAt', 2027);
        // 2027-01-02 is a Saturday: moved to Monday 01-04 under the fallback.
      expect(due('2026-12-30T10:00:00+08:00', { amount: 3, unit: 'day' }, withPolicy({ extendPastRestDays: true, outOfCoverage: 'weekends' }))).toBe(
        '2027-01-05T00:00:00.000+08:00',
      );
      // 2027-01-09 is a Saturday: moved to Monday under the fallback.
      expect(due('2027-01-02T10:00:00+08:00', { amount: 7, unit: 'day' }, withPolicy({ extendPastRestDays: true, outOfCoverage: 'weekends' }))).toBe(
        '2027-01-12T00:00:00.000+08:00',
      );
    });
  });

  describe('coverage', () => {
    it('throws CalendarCoverageError for working days outside the calendar', () => {
      expectUncovered(() => dueAt('2026-12-30T10:00:00+08:00', { amount: 2, unit: 'workday' }), 'dueAt', 2027);
      expectUncovered(() => dueAt('2030-03-01T10:00:00+08:00', { amount: 1, unit: 'workday' }), 'dueAt', 2030);
      expect(due('2026-12-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, weekends)).toBe('2027-01-02T00:00:00.000+08:00');
    });

    it('uses the options’ calendar', () => {
      const calendar = defineCalendar({ from: 2030, to: 2030, holidays: ['2030-03-04'], workdays: [] });
      expect(due('2030-03-01T10:00:00+08:00', { amount: 1, unit: 'workday' }, { calendar })).toBe('2030-03-06T00:00:00.000+08:00');
    });
  });

  describe('bad input (C8)', () => {
    it('refuses bad instants', () => {
      expectInvalid(() => dueAt('tomorrow', { amount: 1, unit: 'day' }), 'dueAt', 'invalid_instant', ['from']);
      expectInvalid(() => dueAt(1.5, { amount: 1, unit: 'day' }), 'dueAt', 'invalid_instant', ['from']);
    });

    it('refuses bad periods, naming the field', () => {
      expectInvalid(() => dueAt('2026-10-05', null as never), 'dueAt', 'invalid_type', ['period']);
      expectInvalid(() => dueAt('2026-10-05', [] as never), 'dueAt', 'invalid_type', ['period']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1, unit: 'fortnight' } as never), 'dueAt', 'invalid_enum', ['period', 'unit']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1 } as never), 'dueAt', 'invalid_enum', ['period', 'unit']);
      for (const unit of ['day', 'week', 'month', 'workday'] as const) {
        expectInvalid(() => dueAt('2026-10-05', { amount: 0, unit }), 'dueAt', 'out_of_range', ['period', 'amount']);
        expectInvalid(() => dueAt('2026-10-05', { amount: 2.5, unit }), 'dueAt', 'not_integer', ['period', 'amount']);
        expectInvalid(() => dueAt('2026-10-05', { amount: -1, unit }), 'dueAt', 'negative', ['period', 'amount']);
        expectInvalid(() => dueAt('2026-10-05', { amount: Number.NaN, unit }), 'dueAt', 'not_finite', ['period', 'amount']);
        expectInvalid(() => dueAt('2026-10-05', { unit } as never), 'dueAt', 'invalid_type', ['period', 'amount']);
      }
      expectInvalid(() => dueAt('2026-10-05', { amount: -0.5, unit: 'hour' }), 'dueAt', 'negative', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: Number.POSITIVE_INFINITY, unit: 'hour' }), 'dueAt', 'not_finite', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: '3', unit: 'hour' } as never), 'dueAt', 'invalid_type', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 3, unit: 'day', inclusive: true } as never), 'dueAt', 'unknown_key', ['period', 'inclusive']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1, unit: 'same-day' } as never), 'dueAt', 'unknown_key', ['period', 'amount']);
    });

    it('refuses amounts too large for a date', () => {
      expectInvalid(() => dueAt('2026-10-05', { amount: 1e9, unit: 'day' }), 'dueAt', 'out_of_range', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1e9, unit: 'week' }, elapsed), 'dueAt', 'out_of_range', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1e12, unit: 'month' }), 'dueAt', 'out_of_range', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1e12, unit: 'month' }, elapsed), 'dueAt', 'out_of_range', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1e300, unit: 'hour' }), 'dueAt', 'out_of_range', ['period', 'amount']);
      expectInvalid(() => dueAt('2026-10-05', { amount: 1e9, unit: 'workday' }, weekends), 'dueAt', 'out_of_range', ['period', 'amount']);
    });
  });
});

describe('dueAt and the calendar option', () => {
  it('does not consult the calendar for civil-code day, week, month and hour periods', () => {
    // A calendar of 2030 alone: only working days and the extension need it.
    const calendar = defineCalendar({ from: 2030, to: 2030, holidays: [], workdays: [] });
    expect(due('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, { calendar })).toBe('2026-10-04T00:00:00.000+08:00');
    expect(due('2026-01-31T18:00:00+08:00', { amount: 1, unit: 'month' }, { calendar })).toBe('2026-03-01T00:00:00.000+08:00');
  });

  it('refuses a calendar defineCalendar did not build, even for a period that does not consult it', () => {
    const broken = { from: 2030, to: 2029, holidays: [], workdays: [] };
    for (const period of [{ amount: 3, unit: 'day' }, { amount: 1, unit: 'workday' }] as const) {
      expectInvalid(() => dueAt('2026-09-30T18:00:00+08:00', period, { calendar: broken }), 'dueAt', 'unvalidated_calendar', ['options', 'calendar']);
    }
  });
});
