// The exact edges of the calendar module, each on both sides: the first and last day of the published
// calendar and of the statutory table, the gap between a calendar and the table, the first provisional
// day, the weekday arithmetic beyond the calendar, the years a calendar may cover, the business hours of
// a working-hour period, and the exact answers (basis, provisional flags, error code, path and message)
// at each. Written against mutation testing: every expectation here fails if one comparison, one
// operator or one literal of src/calendar changes.
import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { dueAt } from '../../src/calendar/dueAt.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { addWorkdaysDay, subtractWorkdaysDay } from '../../src/calendar/internal.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { yearStatus } from '../../src/calendar/yearStatus.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { shanghaiDayOf, toEpochMs } from '../../src/core/instant.js';
import { provisionalMark, usedProvisionalSince } from '../../src/core/provisional.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { caught, expectInvalid, expectUncovered, extend, shanghai, statutory, weekends, elapsed } from './_helpers.js';

const day = (iso: string): number => shanghaiDayOf(toEpochMs(iso, 'test', []));

describe('isWorkday', () => {
  it('knows the first and last day of chinaCalendar and refuses the day on either side', () => {
    // 2019-01-01 (Tuesday) is 元旦; 2026-12-31 (Thursday) works.
    expect(isWorkday('2019-01-01T00:00:00+08:00')).toBe(false);
    expect(isWorkday('2019-01-02T00:00:00+08:00')).toBe(true);
    expect(isWorkday('2026-12-31T23:59:59.999+08:00')).toBe(true);
    expectUncovered(() => isWorkday('2018-12-31T23:59:59.999+08:00'), 'isWorkday', 2018);
    expectUncovered(() => isWorkday('2027-01-01T00:00:00+08:00'), 'isWorkday', 2027);
  });

  it('names the calendar years and both remedies in the coverage error, exactly', () => {
    const error = caught(() => isWorkday('2027-01-01T00:00:00+08:00')) as CalendarCoverageError;
    expect(error.message).toBe("isWorkday: 2027 is outside the calendar (2019–2026); add its notice with extendCalendar or set policy outOfCoverage: 'statutory'");
    const custom = defineCalendar({ from: 2010, to: 2010, holidays: [], workdays: [] });
    const gap = caught(() => isWorkday('2012-06-01T12:00:00+08:00', { calendar: custom, policy: definePolicy({ outOfCoverage: 'statutory' }) })) as CalendarCoverageError;
    expect(gap.year).toBe(2012);
    // Under 'statutory' the year is outside the calendar's own years and the statutory table: the other way out is 'weekends'.
    expect(gap.message).toBe("isWorkday: 2012 is outside the calendar (2010–2010) and the statutory table of outOfCoverage: 'statutory' (2014–2099); define a calendar that covers it with defineCalendar (extendCalendar adds 2011 only) or set policy outOfCoverage: 'weekends'");
    const beyond = caught(() => isWorkday('2100-03-01T12:00:00+08:00', { policy: definePolicy({ outOfCoverage: 'statutory' }) })) as CalendarCoverageError;
    expect([beyond.year, beyond.message]).toEqual([2100, "isWorkday: 2100 is outside the calendar (2019–2026) and the statutory table of outOfCoverage: 'statutory' (2014–2099); define a calendar that covers it with defineCalendar (extendCalendar adds 2027 only) or set policy outOfCoverage: 'weekends'"]);
  });

  it('offers defineCalendar for a year before the calendar, and the statutory table only for a year it has', () => {
    const before = caught(() => isWorkday('2018-05-05T12:00:00+08:00')) as CalendarCoverageError;
    expect(before.message).toBe("isWorkday: 2018 is outside the calendar (2019–2026); define a calendar that covers it with defineCalendar (extendCalendar adds 2027 only) or set policy outOfCoverage: 'statutory'");
    const older = caught(() => isWorkday('2013-05-05T12:00:00+08:00')) as CalendarCoverageError;
    expect(older.message).toBe("isWorkday: 2013 is outside the calendar (2019–2026); define a calendar that covers it with defineCalendar (extendCalendar adds 2027 only) or set policy outOfCoverage: 'weekends'");
    const later = caught(() => isWorkday('2100-05-05T12:00:00+08:00')) as CalendarCoverageError;
    expect(later.message).toBe("isWorkday: 2100 is outside the calendar (2019–2026); define a calendar that covers it with defineCalendar (extendCalendar adds 2027 only) or set policy outOfCoverage: 'weekends'");
    const custom = defineCalendar({ from: 2030, to: 2031, holidays: [], workdays: [] });
    const earlier = caught(() => isWorkday('2029-06-01T12:00:00+08:00', { calendar: custom })) as CalendarCoverageError;
    expect(earlier.message).toBe("isWorkday: 2029 is outside the calendar (2030–2031); define a calendar that covers it with defineCalendar (extendCalendar adds 2032 only) or set policy outOfCoverage: 'statutory'");
    // Regression: a year no calendar may cover was offered extendCalendar or defineCalendar, which refuse it.
    const last = caught(() => isWorkday('9999-12-31')) as CalendarCoverageError;
    expect([last.year, last.message]).toEqual([9999, "isWorkday: 9999 is outside the calendar (2019–2026); no calendar covers years outside 1900–2999: set policy outOfCoverage: 'weekends'"]);
    const first = caught(() => isWorkday('1899-12-31', { policy: definePolicy({ outOfCoverage: 'statutory' }) })) as CalendarCoverageError;
    expect(first.message).toBe("isWorkday: 1899 is outside the calendar (2019–2026) and the statutory table of outOfCoverage: 'statutory' (2014–2099); no calendar covers years outside 1900–2999: set policy outOfCoverage: 'weekends'");
  });

  it('counts Monday–Friday on both sides of the calendar under outOfCoverage weekends', () => {
    expect(isWorkday('2018-12-31T12:00:00+08:00', weekends)).toBe(true);
    expect(isWorkday('2018-12-29T12:00:00+08:00', weekends)).toBe(false);
    expect(isWorkday('2027-01-01T12:00:00+08:00', weekends)).toBe(true);
    expect(isWorkday('2027-01-02T12:00:00+08:00', weekends)).toBe(false);
  });

  it('reads the statutory table from its first year 2014 to its last 2099 and nothing beyond', () => {
    // 2014-01-01 (Wednesday) is 元旦; 2099-10-01 (Thursday) 国庆节; 2013 and 2100 are outside the table.
    expect(isWorkday('2014-01-01T12:00:00+08:00', statutory)).toBe(false);
    expect(isWorkday('2014-01-02T12:00:00+08:00', statutory)).toBe(true);
    expect(isWorkday('2099-10-01T12:00:00+08:00', statutory)).toBe(false);
    expect(isWorkday('2099-12-31T12:00:00+08:00', statutory)).toBe(true);
    expectUncovered(() => isWorkday('2013-12-31T23:59:59.999+08:00', statutory), 'isWorkday', 2013);
    expectUncovered(() => isWorkday('2100-01-01T00:00:00+08:00', statutory), 'isWorkday', 2100);
  });

  it('reads the text of the law in force: 2 May rests from 2025, not in 2024', () => {
    // A calendar of 2030 alone leaves 2024 and 2025 to the statutory table. 2024-05-02 is a Thursday,
    // 2025-05-02 a Friday; the 2024 text (in force from 2025) added 2 May.
    const options = { calendar: defineCalendar({ from: 2030, to: 2030, holidays: [], workdays: [] }), policy: definePolicy({ outOfCoverage: 'statutory' }) };
    expect(isWorkday('2024-05-02T12:00:00+08:00', options)).toBe(true);
    expect(isWorkday('2025-05-02T12:00:00+08:00', options)).toBe(false);
  });

  it("keeps a calendar's own years its own under the statutory policy: no statutory day overlays them", () => {
    // 2030-10-01 is a Tuesday; the calendar of 2030 lists no holiday, so it works even with the table on.
    const calendar = defineCalendar({ from: 2030, to: 2030, holidays: [], workdays: [] });
    expect(isWorkday('2030-10-01T12:00:00+08:00', { calendar, policy: definePolicy({ outOfCoverage: 'statutory' }) })).toBe(true);
    expect(isWorkday('2031-10-01T12:00:00+08:00', { calendar, policy: definePolicy({ outOfCoverage: 'statutory' }) })).toBe(false);
  });

  it('refuses the gap between a calendar and the statutory table, day-exact on both sides', () => {
    const policy = definePolicy({ outOfCoverage: 'statutory' });
    const before = defineCalendar({ from: 2010, to: 2010, holidays: [], workdays: [] });
    expect(isWorkday('2010-12-31T12:00:00+08:00', { calendar: before, policy })).toBe(true);
    expectUncovered(() => isWorkday('2011-01-03T12:00:00+08:00', { calendar: before, policy }), 'isWorkday', 2011);
    expectUncovered(() => isWorkday('2013-12-31T12:00:00+08:00', { calendar: before, policy }), 'isWorkday', 2013);
    expect(isWorkday('2014-01-02T12:00:00+08:00', { calendar: before, policy })).toBe(true);
    const after = defineCalendar({ from: 2101, to: 2101, holidays: [], workdays: [] });
    expect(isWorkday('2099-12-31T12:00:00+08:00', { calendar: after, policy })).toBe(true);
    expectUncovered(() => isWorkday('2100-01-01T12:00:00+08:00', { calendar: after, policy }), 'isWorkday', 2100);
    expectUncovered(() => isWorkday('2100-12-31T12:00:00+08:00', { calendar: after, policy }), 'isWorkday', 2100);
    expect(isWorkday('2101-01-03T12:00:00+08:00', { calendar: after, policy })).toBe(true);
  });

  it('answers from the plain and the statutory index of one calendar alternately', () => {
    expectUncovered(() => isWorkday('2027-01-04T12:00:00+08:00'), 'isWorkday', 2027);
    expect(isWorkday('2027-01-04T12:00:00+08:00', statutory)).toBe(true);
    expectUncovered(() => isWorkday('2027-01-04T12:00:00+08:00'), 'isWorkday', 2027);
    expect(isWorkday('2027-01-01T12:00:00+08:00', statutory)).toBe(false);
  });

  it('notes a provisional read from the first day past the published years, on both ends, and none inside', () => {
    const inside = provisionalMark();
    isWorkday('2026-12-31T12:00:00+08:00', statutory);
    isWorkday('2019-01-01T12:00:00+08:00', statutory);
    expect(usedProvisionalSince(inside)).toBe(false);
    const after = provisionalMark();
    isWorkday('2027-01-01T00:00:00+08:00', statutory);
    expect(usedProvisionalSince(after)).toBe(true);
    const before = provisionalMark();
    isWorkday('2018-12-31T23:59:59.999+08:00', statutory);
    expect(usedProvisionalSince(before)).toBe(true);
    const fallback = provisionalMark();
    isWorkday('2027-01-01T00:00:00+08:00', weekends);
    expect(usedProvisionalSince(fallback)).toBe(false);
  });
});

describe('addWorkdays', () => {
  it('continues with Monday–Friday after the last day of the calendar under weekends, one day after another', () => {
    // 2026-12-31 is a Thursday; 2027-01-01 a Friday, 2027-01-04 a Monday.
    expect(shanghai(addWorkdays('2026-12-31T10:00:00+08:00', 1, weekends))).toBe('2027-01-01T10:00:00.000+08:00');
    expect(shanghai(addWorkdays('2026-12-31T10:00:00+08:00', 2, weekends))).toBe('2027-01-04T10:00:00.000+08:00');
    expect(shanghai(addWorkdays('2026-12-30T10:00:00+08:00', 3, weekends))).toBe('2027-01-04T10:00:00.000+08:00');
  });

  it('counts from before the calendar into it under weekends: the last weekday before it, then its first working day', () => {
    // 2018-12-28 is a Friday, 2018-12-31 a Monday; 2019-01-01 is 元旦.
    expect(shanghai(addWorkdays('2018-12-28T10:00:00+08:00', 1, weekends))).toBe('2018-12-31T10:00:00.000+08:00');
    expect(shanghai(addWorkdays('2018-12-28T10:00:00+08:00', 2, weekends))).toBe('2019-01-02T10:00:00.000+08:00');
  });

  it("needs no coverage of the start day itself, only of the days after it", () => {
    expect(shanghai(addWorkdays('2018-12-31T10:00:00+08:00', 1))).toBe('2019-01-02T10:00:00.000+08:00');
    expectUncovered(() => addWorkdays('2026-12-31T10:00:00+08:00', 1), 'addWorkdays', 2027);
    expectUncovered(() => addWorkdays('2018-12-28T10:00:00+08:00', 1), 'addWorkdays', 2018);
  });

  it("reaches a calendar's last working day exactly when its last day rests", () => {
    const calendar = defineCalendar({ from: 2026, to: 2026, holidays: ['2026-12-31'], workdays: [] });
    expect(shanghai(addWorkdays('2026-12-29T10:00:00+08:00', 1, { calendar }))).toBe('2026-12-30T10:00:00.000+08:00');
    expectUncovered(() => addWorkdays('2026-12-29T10:00:00+08:00', 2, { calendar }), 'addWorkdays', 2027);
  });

  it('returns the start itself for 0, on a rest day and outside the calendar', () => {
    expect(addWorkdays('2026-10-03T10:00:00+08:00', 0).getTime()).toBe(toEpochMs('2026-10-03T10:00:00+08:00', 'test', []));
    expect(addWorkdays('2030-06-01T10:00:00+08:00', 0).getTime()).toBe(toEpochMs('2030-06-01T10:00:00+08:00', 'test', []));
  });
});

describe('addWorkdaysDay and subtractWorkdaysDay', () => {
  it('return a rest day itself for n = 0', () => {
    expect(addWorkdaysDay(day('2026-10-03'), 0, undefined, 'test')).toBe(day('2026-10-03'));
    expect(subtractWorkdaysDay(day('2026-10-03'), 0, undefined, 'test')).toBe(day('2026-10-03'));
  });

  it('count back from the day after the calendar without needing that day', () => {
    expect(subtractWorkdaysDay(day('2027-01-01'), 1, undefined, 'test')).toBe(day('2026-12-31'));
    expectUncovered(() => subtractWorkdaysDay(day('2027-01-02'), 1, undefined, 'test'), 'test', 2027);
  });

  it('count back before the calendar under weekends, to the last weekday before it', () => {
    // The working day before 2019-01-02 is 2018-12-31 (Monday): 2019-01-01 is 元旦.
    expect(subtractWorkdaysDay(day('2019-01-02'), 1, weekends, 'test')).toBe(day('2018-12-31'));
    expect(subtractWorkdaysDay(day('2019-01-02'), 2, weekends, 'test')).toBe(day('2018-12-28'));
    expectUncovered(() => subtractWorkdaysDay(day('2019-01-02'), 1, undefined, 'test'), 'test', 2018);
  });

  it("refuse a bad n with code out_of_range at path ['n']", () => {
    expectInvalid(() => addWorkdaysDay(day('2026-10-03'), -1, undefined, 'test'), 'test', 'out_of_range', ['n']);
    expectInvalid(() => addWorkdaysDay(day('2026-10-03'), 1.5, undefined, 'test'), 'test', 'out_of_range', ['n']);
    expectInvalid(() => subtractWorkdaysDay(day('2026-10-03'), -1, undefined, 'test'), 'test', 'out_of_range', ['n']);
    expectInvalid(() => subtractWorkdaysDay(day('2026-10-03'), 0.5, undefined, 'test'), 'test', 'out_of_range', ['n']);
  });
});

describe('workdaysBetween', () => {
  it("does not need the start day covered, only the days after it", () => {
    expect(workdaysBetween('2018-12-31T10:00:00+08:00', '2019-01-02T10:00:00+08:00')).toBe(1);
    expect(workdaysBetween('2019-01-02T10:00:00+08:00', '2018-12-31T10:00:00+08:00')).toBe(-1);
    expectUncovered(() => workdaysBetween('2018-12-30T10:00:00+08:00', '2019-01-02T10:00:00+08:00'), 'workdaysBetween', 2018);
  });

  it('names the first uncovered year of a range that runs past the calendar', () => {
    expectUncovered(() => workdaysBetween('2026-12-30T10:00:00+08:00', '2028-01-03T10:00:00+08:00'), 'workdaysBetween', 2027);
    const policy = definePolicy({ outOfCoverage: 'statutory' });
    const calendar = defineCalendar({ from: 2010, to: 2010, holidays: [], workdays: [] });
    expectUncovered(() => workdaysBetween('2010-12-30T10:00:00+08:00', '2014-01-03T10:00:00+08:00', { calendar, policy }), 'workdaysBetween', 2011);
    expectUncovered(() => workdaysBetween('2012-05-01T10:00:00+08:00', '2014-01-03T10:00:00+08:00', { calendar, policy }), 'workdaysBetween', 2012);
    expect(workdaysBetween('2013-12-31T10:00:00+08:00', '2014-01-03T10:00:00+08:00', { calendar, policy })).toBe(2);
  });

  it('gives 0, never -0, for the same day and for a backwards range without working days', () => {
    expect(Object.is(workdaysBetween('2026-10-03T23:00:00+08:00', '2026-10-03T01:00:00+08:00'), 0)).toBe(true);
    expect(Object.is(workdaysBetween('2026-10-04T10:00:00+08:00', '2026-10-02T10:00:00+08:00'), 0)).toBe(true);
  });
});

describe('yearStatus', () => {
  it('is published from 2019 to 2026 and uncovered on either side', () => {
    expect([yearStatus(2018), yearStatus(2019), yearStatus(2026), yearStatus(2027)]).toEqual(['uncovered', 'published', 'published', 'uncovered']);
  });

  it('is provisional from 2014 to 2099 under the statutory policy, uncovered beyond', () => {
    const options = { policy: definePolicy({ outOfCoverage: 'statutory' }) };
    expect([2013, 2014, 2018, 2019, 2027, 2099, 2100].map((year) => yearStatus(year, options))).toEqual([
      'uncovered',
      'provisional',
      'provisional',
      'published',
      'provisional',
      'provisional',
      'uncovered',
    ]);
    expect(yearStatus(2027, { policy: definePolicy({ outOfCoverage: 'weekends' }) })).toBe('uncovered');
  });

  it("reads another calendar's years, with or without a policy", () => {
    const calendar = defineCalendar({ from: 1900, to: 2999, holidays: [], workdays: [] });
    expect([yearStatus(1900, { calendar }), yearStatus(2999, { calendar })]).toEqual(['published', 'published']);
    expect(yearStatus(2027, { calendar: chinaCalendar })).toBe('uncovered');
  });

  it('answers every year an instant can have, 0–9999, those no calendar may cover included, and refuses 10000 with the range in the message', () => {
    // Regression: 3000–9999 were refused as out_of_range though isWorkday answers their days.
    const weekends = { policy: definePolicy({ outOfCoverage: 'weekends' }) };
    for (const year of [0, 1899, 1900, 2999, 3000, 9999]) {
      expect(yearStatus(year)).toBe('uncovered');
      expect(yearStatus(year, weekends)).toBe('uncovered');
    }
    expect(isWorkday('3000-01-01', weekends)).toBe(true);
    expectInvalid(() => yearStatus(10_000), 'yearStatus', 'out_of_range', ['year']);
    expect((caught(() => yearStatus(10_000)) as Error).message).toBe('yearStatus: year must be 0–9999, received 10000');
    expectInvalid(() => yearStatus(-1), 'yearStatus', 'negative', ['year']);
  });
});

describe('defineCalendar', () => {
  it('accepts dates on the first and last day of its years and refuses the day on either side', () => {
    const calendar = defineCalendar({ from: 2026, to: 2027, holidays: ['2027-12-31', '2026-01-01'], workdays: [] });
    expect(calendar.holidays).toEqual(['2026-01-01', '2027-12-31']);
    for (const [date, index] of [['2025-12-31', 0], ['2028-01-01', 1]] as const) {
      const holidays = index === 0 ? [date] : ['2026-05-01', date];
      expectInvalid(() => defineCalendar({ from: 2026, to: 2027, holidays, workdays: [] }), 'defineCalendar', 'out_of_range', ['holidays', index]);
      expect((caught(() => defineCalendar({ from: 2026, to: 2027, holidays, workdays: [] })) as Error).message).toBe(
        `defineCalendar: holidays[${index}] must be within 2026–2027, received "${date}"`,
      );
    }
  });

  it('accepts from = to and refuses to one year before from, naming the year it needs', () => {
    expect(defineCalendar({ from: 2026, to: 2026, holidays: [], workdays: [] }).to).toBe(2026);
    expectInvalid(() => defineCalendar({ from: 2026, to: 2025, holidays: [], workdays: [] }), 'defineCalendar', 'out_of_range', ['to']);
    expect((caught(() => defineCalendar({ from: 2026, to: 2025, holidays: [], workdays: [] })) as Error).message).toBe('defineCalendar: to must be 2026 or later, received 2025');
  });

  it('reads only the date form: a date with a time, or a ten-element array, is invalid_date', () => {
    expectInvalid(() => defineCalendar({ from: 2026, to: 2026, holidays: ['2026-01-01T00:00'], workdays: [] }), 'defineCalendar', 'invalid_date', ['holidays', 0]);
    expectInvalid(() => defineCalendar({ from: 2026, to: 2026, holidays: [], workdays: [Array.from({ length: 10 }, () => 1)] as never }), 'defineCalendar', 'invalid_date', ['workdays', 0]);
    expectInvalid(() => defineCalendar({ from: 2026, to: 2026, holidays: [], workdays: ['2026-02-30'] }), 'defineCalendar', 'invalid_date', ['workdays', 0]);
  });

  it('sorts and deduplicates both lists, and names the index of a date listed twice across them', () => {
    const calendar = defineCalendar({ from: 2026, to: 2026, holidays: ['2026-06-02', '2026-06-01', '2026-06-02'], workdays: ['2026-06-07', '2026-06-06', '2026-06-07'] });
    expect([calendar.holidays, calendar.workdays]).toEqual([['2026-06-01', '2026-06-02'], ['2026-06-06', '2026-06-07']]);
    expectInvalid(() => defineCalendar({ from: 2026, to: 2026, holidays: ['2026-06-06'], workdays: ['2026-06-07', '2026-06-06'] }), 'defineCalendar', 'conflicting_date', ['workdays', 1]);
  });
});

describe('extendCalendar', () => {
  it('lets the notice replace what the calendar said about a day of the year before, both ways', () => {
    const base = defineCalendar({ from: 2026, to: 2026, holidays: ['2026-12-31'], workdays: ['2026-12-27'] });
    const swapped = extendCalendar(base, { year: 2027, holidays: ['2026-12-27'], workdays: ['2026-12-31'] });
    expect([swapped.holidays, swapped.workdays]).toEqual([['2026-12-27'], ['2026-12-31']]);
    const kept = extendCalendar(base, { year: 2027, holidays: ['2027-01-01'], workdays: [] });
    expect([kept.holidays, kept.workdays]).toEqual([['2026-12-31', '2027-01-01'], ['2026-12-27']]);
  });

  it("refuses any year but the calendar's last + 1, naming it", () => {
    for (const year of [2026, 2028]) {
      expectInvalid(() => extendCalendar(chinaCalendar, { year, holidays: [], workdays: [] }), 'extendCalendar', 'out_of_range', ['notice', 'year']);
      expect((caught(() => extendCalendar(chinaCalendar, { year, holidays: [], workdays: [] })) as Error).message).toBe(`extendCalendar: notice.year must be 2027, received ${year}`);
    }
  });

  it("accepts a holiday-cn file with all of its keys, and names the known keys when one is unknown", () => {
    const file = {
      $schema: 'https://example.invalid/schema.json',
      $id: 'https://example.invalid/2027.json',
      year: 2027,
      papers: ['国办发明电〔2026〕1号'],
      days: [
        { name: '元旦', date: '2027-01-01', isOffDay: true },
        { name: '春节', date: '2027-02-20', isOffDay: false },
      ],
    };
    const calendar = extendCalendar(chinaCalendar, file);
    expect([isWorkday('2027-01-01T12:00:00+08:00', { calendar }), isWorkday('2027-02-20T12:00:00+08:00', { calendar })]).toEqual([false, true]);
    const extra = caught(() => extendCalendar(chinaCalendar, { ...file, note: 1 } as never)) as Error;
    expect(extra.message).toBe('extendCalendar: notice.note must be one of the known fields (year, days, papers, $schema, $id), received "note"');
    const day = caught(() => extendCalendar(chinaCalendar, { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true, off: 1 }] } as never)) as Error;
    expect(day.message).toBe('extendCalendar: notice.days[0].off must be one of the known fields (name, date, isOffDay), received "off"');
    const notice = caught(() => extendCalendar(chinaCalendar, { year: 2027, holidays: [], workdays: [], days2: 1 } as never)) as Error;
    expect(notice.message).toBe('extendCalendar: notice.days2 must be one of the known fields (year, holidays, workdays), received "days2"');
  });
});

describe('dueAt', () => {
  it('refuses a day amount that runs past 9999-12-31 before asking the calendar about its last day', () => {
    // 2,932,895 days after 1970-01-01 end at 24:00 of 9999-12-30; one more day ends in the year 10000.
    for (const options of [undefined, extend]) {
      expectInvalid(() => dueAt('1970-01-01T12:00:00+08:00', { amount: 2_932_896, unit: 'day' }, options), 'dueAt', 'out_of_range', ['period', 'amount']);
    }
    expect(shanghai(dueAt('1970-01-01T12:00:00+08:00', { amount: 2_932_895, unit: 'day' }))).toBe('9999-12-31T00:00:00.000+08:00');
    expectInvalid(() => dueAt('1970-01-01T12:00:00+08:00', { amount: 100_000_000, unit: 'day' }), 'dueAt', 'out_of_range', ['period', 'amount']);
  });

  it('reaches the last instant of 9999 (+08:00) exactly, and refuses the millisecond after', () => {
    // 70,000,000 hours after 2014-06-09T07:59:59.999+08:00 end at 9999-12-31T23:59:59.999+08:00.
    expect(shanghai(dueAt(1_402_271_999_999, { amount: 70_000_000, unit: 'hour' }))).toBe('9999-12-31T23:59:59.999+08:00');
    expectInvalid(() => dueAt(1_402_272_000_000, { amount: 70_000_000, unit: 'hour' }), 'dueAt', 'out_of_range', ['period', 'amount']);
    expectInvalid(() => dueAt('1970-01-01T08:00:00+08:00', { amount: 2_400_000_000, unit: 'hour' }), 'dueAt', 'out_of_range', ['period', 'amount']);
  });

  it('refuses an amount that is not a whole number ≥ 1 with the code of each reason', () => {
    const cases: [unknown, string][] = [
      [0, 'out_of_range'],
      [1.5, 'not_integer'],
      ['1', 'invalid_type'],
      [-1, 'negative'],
      [2 ** 53, 'out_of_range'],
      [undefined, 'invalid_type'],
    ];
    for (const [amount, code] of cases) expectInvalid(() => dueAt('2026-10-09T10:00:00+08:00', { amount, unit: 'day' } as never), 'dueAt', code, ['period', 'amount']);
    expect(shanghai(dueAt('2026-10-09T10:00:00+08:00', { amount: 1, unit: 'day' }))).toBe('2026-10-11T00:00:00.000+08:00');
  });

  it('refuses a misspelt key, and an amount on same-day or next-day, naming the known keys', () => {
    const typo = caught(() => dueAt('2026-10-09T10:00:00+08:00', { amount: 1, unit: 'day', amout: 1 } as never)) as Error;
    expect(typo).toMatchObject({ code: 'unknown_key', path: ['period', 'amout'] });
    expect(typo.message).toBe('dueAt: period.amout must be one of the known fields (amount, unit), received "amout"');
    const amount = caught(() => dueAt('2026-10-09T10:00:00+08:00', { amount: 1, unit: 'same-day' } as never)) as Error;
    expect(amount).toMatchObject({ code: 'unknown_key', path: ['period', 'amount'] });
    expect(amount.message).toBe('dueAt: period.amount must be one of the known fields (unit), received "amount"');
  });

  it('keeps a working-day deadline on its working day with extendPastRestDays, and extends a day period ending on a rest day', () => {
    expect(shanghai(dueAt('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, extend))).toBe('2026-10-10T00:00:00.000+08:00');
    // 3 days from 2026-10-05 end on 10-08 (works): no extension; from 10-04 they end on 10-07 (rests): extended to 10-08.
    expect(shanghai(dueAt('2026-10-05T10:00:00+08:00', { amount: 3, unit: 'day' }, extend))).toBe('2026-10-09T00:00:00.000+08:00');
    expect(shanghai(dueAt('2026-10-04T10:00:00+08:00', { amount: 3, unit: 'day' }, extend))).toBe('2026-10-09T00:00:00.000+08:00');
    expect(shanghai(dueAt('2026-10-03T10:00:00+08:00', { amount: 3, unit: 'day' }))).toBe('2026-10-07T00:00:00.000+08:00');
  });

  it('works with a calendar given without a policy, for every unit', () => {
    const options = { calendar: chinaCalendar };
    expect(shanghai(dueAt('2026-10-04T10:00:00+08:00', { amount: 3, unit: 'day' }, options))).toBe('2026-10-08T00:00:00.000+08:00');
    expect(shanghai(dueAt('2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' }, options))).toBe('2026-10-10T00:00:00.000+08:00');
    expect(shanghai(dueAt('2026-09-30T17:00:00+08:00', { amount: 1, unit: 'workhour' }, options))).toBe('2026-10-08T08:30:00.000+08:00');
  });
});

describe("dueAt with unit 'workhour' at the edges of business hours", () => {
  it('ends at the closing time when the hours fit exactly, and at the next opening plus the rest when they do not', () => {
    // 2026-10-09 (Friday) works; 2026-10-10 (Saturday) is a make-up working day of the 2026 notice.
    expect(shanghai(dueAt('2026-10-09T08:00:00+08:00', { amount: 9.5, unit: 'workhour' }))).toBe('2026-10-09T17:30:00.000+08:00');
    expect(shanghai(dueAt('2026-10-09T17:00:00+08:00', { amount: 0.5, unit: 'workhour' }))).toBe('2026-10-09T17:30:00.000+08:00');
    expect(shanghai(dueAt('2026-10-09T17:00:00.001+08:00', { amount: 0.5, unit: 'workhour' }))).toBe('2026-10-10T08:00:00.001+08:00');
  });

  it('starts a start at or after closing, or before opening, at the next opening', () => {
    const next = shanghai(dueAt('2026-10-09T17:30:00+08:00', { amount: 1, unit: 'workhour' }));
    expect(shanghai(dueAt('2026-10-09T23:59:59.999+08:00', { amount: 1, unit: 'workhour' }))).toBe(next);
    expect(shanghai(dueAt('2026-10-09T07:59:59.999+08:00', { amount: 1, unit: 'workhour' }))).toBe('2026-10-09T09:00:00.000+08:00');
    expect(shanghai(dueAt('2026-10-09T08:00:00+08:00', { amount: 1, unit: 'workhour' }))).toBe('2026-10-09T09:00:00.000+08:00');
  });

  it('gives for 0 hours the start itself inside business hours (its closing instant included), else the next opening', () => {
    for (const start of ['2026-10-09T08:00:00+08:00', '2026-10-09T10:00:00+08:00', '2026-10-09T17:30:00+08:00']) {
      expect(dueAt(start, { amount: 0, unit: 'workhour' }).getTime()).toBe(toEpochMs(start, 'test', []));
    }
    expect(shanghai(dueAt('2026-10-09T07:00:00+08:00', { amount: 0, unit: 'workhour' }))).toBe('2026-10-09T08:00:00.000+08:00');
    // Friday evening, Saturday 10 October a make-up working day of the 2026 notice.
    expect(shanghai(dueAt('2026-10-09T17:30:00.001+08:00', { amount: 0, unit: 'workhour' }))).toBe('2026-10-10T08:00:00.000+08:00');
    // Saturday 3 October, inside the National Day holiday: the first opening after it.
    expect(shanghai(dueAt('2026-10-03T10:00:00+08:00', { amount: 0, unit: 'workhour' }))).toBe('2026-10-08T08:00:00.000+08:00');
    // Between two spans of a split day: the afternoon's opening.
    const policy = definePolicy({ businessHours: [{ from: '08:30', to: '12:00' }, { from: '13:30', to: '17:30' }] });
    expect(shanghai(dueAt('2026-10-12T12:30:00+08:00', { amount: 0, unit: 'workhour' }, { policy }))).toBe('2026-10-12T13:30:00.000+08:00');
    expect(shanghai(dueAt('2026-10-12T12:00:00+08:00', { amount: 0, unit: 'workhour' }, { policy }))).toBe('2026-10-12T12:00:00.000+08:00');
  });

  it('reads 00:00 after business hours that end at 24:00 as that closing instant, for 0 hours and for sums', () => {
    const allDay = definePolicy({ businessHours: [{ from: '00:00', to: '24:00' }] });
    // Saturday 00:00 is Friday's 24:00: 0 hours from it is itself, not Monday's opening.
    expect(shanghai(dueAt('2026-03-07T00:00:00+08:00', { amount: 0, unit: 'workhour' }, { policy: allDay }))).toBe('2026-03-07T00:00:00.000+08:00');
    const evening = definePolicy({ businessHours: [{ from: '20:00', to: '24:00' }] });
    const first = dueAt('2026-03-02T23:00:00+08:00', { amount: 1, unit: 'workhour' }, { policy: evening });
    expect(shanghai(first)).toBe('2026-03-03T00:00:00.000+08:00');
    expect(dueAt(first, { amount: 0, unit: 'workhour' }, { policy: evening }).getTime()).toBe(first.getTime());
    expect(shanghai(dueAt(first, { amount: 1, unit: 'workhour' }, { policy: evening }))).toBe(shanghai(dueAt('2026-03-02T23:00:00+08:00', { amount: 2, unit: 'workhour' }, { policy: evening })));
    // Not after a rest day: Monday 00:00 follows Sunday, whose hours never opened.
    expect(shanghai(dueAt('2026-03-09T00:00:00+08:00', { amount: 0, unit: 'workhour' }, { policy: evening }))).toBe('2026-03-09T20:00:00.000+08:00');
  });

  it('reads floating-point noise in an amount of working hours as no time', () => {
    expect(shanghai(dueAt('2026-01-05T17:12:00+08:00', { amount: 0.1 + 0.2, unit: 'workhour' }))).toBe('2026-01-05T17:30:00.000+08:00');
  });

  it('carries whole business days exactly: 9.5 h a day, the last hour ending at a closing time', () => {
    expect(shanghai(dueAt('2026-10-12T08:00:00+08:00', { amount: 19, unit: 'workhour' }))).toBe('2026-10-13T17:30:00.000+08:00');
    expect(shanghai(dueAt('2026-10-12T08:00:00+08:00', { amount: 19.5, unit: 'workhour' }))).toBe('2026-10-14T08:30:00.000+08:00');
    expect(shanghai(dueAt('2026-10-12T12:00:00+08:00', { amount: 19, unit: 'workhour' }))).toBe('2026-10-14T12:00:00.000+08:00');
  });

  it('counts the part of a lunch-break day after a start inside the break', () => {
    const policy = definePolicy({ businessHours: [{ from: '08:30', to: '12:00' }, { from: '13:00', to: '17:00' }] });
    // From 12:30 (in the break) on Monday 2026-10-12: 4 h that afternoon, then 08:30 + 1 h on Tuesday.
    expect(shanghai(dueAt('2026-10-12T12:30:00+08:00', { amount: 5, unit: 'workhour' }, { policy }))).toBe('2026-10-13T09:30:00.000+08:00');
    // From 11:00: 1 h before the break, 4 h after it, ending at 17:00 exactly.
    expect(shanghai(dueAt('2026-10-12T11:00:00+08:00', { amount: 5, unit: 'workhour' }, { policy }))).toBe('2026-10-12T17:00:00.000+08:00');
    expect(shanghai(dueAt('2026-10-12T11:00:00+08:00', { amount: 13.5, unit: 'workhour' }, { policy }))).toBe('2026-10-14T09:30:00.000+08:00');
  });
});

describe('explainDeadline', () => {
  it('marks the first provisional day after the published years, and not the last published day', () => {
    const why = explainDeadline('2026-12-30T10:00:00+08:00', { amount: 3, unit: 'workday' }, statutory);
    expect(shanghai(why.dueAt)).toBe('2027-01-06T00:00:00.000+08:00');
    expect(why.counted).toEqual([
      { date: '2026-12-31', kind: 'workday' },
      { date: '2027-01-04', kind: 'workday', provisional: true },
      { date: '2027-01-05', kind: 'workday', provisional: true },
    ]);
    expect(why.skipped).toEqual([
      { date: '2027-01-01', kind: 'holiday', holiday: '元旦', provisional: true },
      { date: '2027-01-02', kind: 'weekend', provisional: true },
      { date: '2027-01-03', kind: 'weekend', provisional: true },
    ]);
    expect([why.provisional, why.basis]).toEqual([true, ['C3', 'calendar.provisional']]);
  });

  it('marks the last provisional day before the published years, and names a holiday from its published run alone', () => {
    const why = explainDeadline('2018-12-28T10:00:00+08:00', { amount: 2, unit: 'workday' }, statutory);
    expect(why.counted).toEqual([
      { date: '2018-12-31', kind: 'workday', provisional: true },
      { date: '2019-01-02', kind: 'workday' },
    ]);
    expect(why.skipped).toEqual([
      { date: '2018-12-29', kind: 'weekend', provisional: true },
      { date: '2018-12-30', kind: 'weekend', provisional: true },
      { date: '2019-01-01', kind: 'holiday', holiday: '元旦' },
    ]);
    expect(why.basis).toEqual(['C3', 'calendar.provisional']);
  });

  it('reads a day outside the calendar by its weekday under weekends, never provisional, and names the fallback', () => {
    const why = explainDeadline('2026-12-31T10:00:00+08:00', { amount: 2, unit: 'workday' }, weekends);
    expect(why.counted).toEqual([{ date: '2027-01-01', kind: 'workday' }, { date: '2027-01-04', kind: 'workday' }]);
    expect(why.skipped).toEqual([{ date: '2027-01-02', kind: 'weekend' }, { date: '2027-01-03', kind: 'weekend' }]);
    expect([why.provisional, why.basis]).toEqual([false, ['C3', 'C3.weekends-fallback']]);
    const before = explainDeadline('2018-12-31T10:00:00+08:00', { amount: 1, unit: 'workday' });
    expect([before.counted, before.skipped]).toEqual([[{ date: '2019-01-02', kind: 'workday' }], [{ date: '2019-01-01', kind: 'holiday', holiday: '元旦' }]]);
  });

  it("reads a calendar's last day from its lists: a holiday there is skipped, the weekday after counts", () => {
    const calendar = defineCalendar({ from: 2026, to: 2026, holidays: ['2026-12-31'], workdays: [] });
    const why = explainDeadline('2026-12-30T10:00:00+08:00', { amount: 1, unit: 'workday' }, { calendar, policy: weekends.policy });
    expect(why.counted).toEqual([{ date: '2027-01-01', kind: 'workday' }]);
    expect(why.skipped).toEqual([{ date: '2026-12-31', kind: 'holiday' }]);
  });

  it('counts calendar days up to an elapsed deadline, and names the elapsed rule after C3 for working days', () => {
    const days = explainDeadline('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, elapsed);
    expect(shanghai(days.dueAt)).toBe('2026-10-03T18:00:00.000+08:00');
    expect(days.counted.map((note) => note.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(days.basis).toEqual(['C2.elapsed']);
    const workdays = explainDeadline('2026-09-30T18:00:00+08:00', { amount: 1, unit: 'workday' }, elapsed);
    expect(shanghai(workdays.dueAt)).toBe('2026-10-08T18:00:00.000+08:00');
    expect(workdays.counted).toEqual([{ date: '2026-10-08', kind: 'workday' }]);
    expect(workdays.skipped.length).toBe(7);
    expect(workdays.basis).toEqual(['C3', 'C2.elapsed']);
  });

  it('adds the rest-day extension to the basis only when the last day was extended', () => {
    const plain = explainDeadline('2026-10-05T10:00:00+08:00', { amount: 3, unit: 'day' }, extend);
    expect(plain.counted.map((note) => note.kind)).toEqual(['day', 'day', 'day']);
    expect([plain.skipped, plain.basis]).toEqual([[], ['C2']]);
    const moved = explainDeadline('2026-10-04T10:00:00+08:00', { amount: 3, unit: 'day' }, extend);
    expect(moved.counted).toEqual([
      { date: '2026-10-05', kind: 'day' },
      { date: '2026-10-06', kind: 'day' },
      { date: '2026-10-07', kind: 'day' },
      { date: '2026-10-08', kind: 'workday' },
    ]);
    expect(moved.basis).toEqual(['C2', 'C2.rest-day-extension']);
    expect(explainDeadline('2026-10-01T10:00:00+08:00', { amount: 48, unit: 'hour' }).basis).toEqual(['C4']);
    expect(explainDeadline('2026-10-01T10:00:00+08:00', { unit: 'next-day' }).basis).toEqual(['C5']);
  });

  it('counts the start day of working hours only while its business hours are not over', () => {
    const closing = explainDeadline('2026-10-09T17:30:00+08:00', { amount: 1, unit: 'workhour' });
    expect(closing.counted.map((note) => note.date)).toEqual(['2026-10-10']);
    const late = explainDeadline('2026-10-09T18:00:00+08:00', { amount: 1, unit: 'workhour' });
    expect(late.counted.map((note) => note.date)).toEqual(['2026-10-10']);
    const open = explainDeadline('2026-10-09T17:29:59.999+08:00', { amount: 1, unit: 'workhour' });
    expect(open.counted.map((note) => note.date)).toEqual(['2026-10-09', '2026-10-10']);
    expect(open.basis).toEqual(['calendar.work-hours']);
    // 0 hours: the working day the deadline falls in is the one day counted (its status decided it).
    const none = explainDeadline('2026-10-09T10:00:00+08:00', { amount: 0, unit: 'workhour' });
    expect([none.dueAt.getTime(), none.counted.map((note) => note.date), none.skipped]).toEqual([toEpochMs('2026-10-09T10:00:00+08:00', 'test', []), ['2026-10-09'], []]);
    const atClosing = explainDeadline('2026-10-09T17:30:00+08:00', { amount: 0, unit: 'workhour' });
    expect([shanghai(atClosing.dueAt), atClosing.counted.map((note) => note.date)]).toEqual(['2026-10-09T17:30:00.000+08:00', ['2026-10-09']]);
    // 0 hours from a holiday: the rest days up to the next opening skipped, the opening's day counted.
    const holiday = explainDeadline('2026-10-06T10:00:00+08:00', { amount: 0, unit: 'workhour' });
    expect(shanghai(holiday.dueAt)).toBe('2026-10-08T08:00:00.000+08:00');
    expect([holiday.counted.map((note) => note.date), holiday.skipped.map((note) => [note.date, note.kind])]).toEqual([['2026-10-08'], [['2026-10-06', 'holiday'], ['2026-10-07', 'holiday']]]);
    const evening = explainDeadline('2026-10-12T20:00:00+08:00', { amount: 0, unit: 'workhour' });
    expect([shanghai(evening.dueAt), evening.counted.map((note) => note.date), evening.skipped]).toEqual(['2026-10-13T08:00:00.000+08:00', ['2026-10-13'], []]);
    // A rest day whose hours would be over is not read: Saturday evening lists only Sunday.
    const saturday = explainDeadline('2026-10-17T18:00:00+08:00', { amount: 1, unit: 'workhour' });
    expect([saturday.counted.map((note) => note.date), saturday.skipped.map((note) => note.date)]).toEqual([['2026-10-19'], ['2026-10-18']]);
  });

  it('is provisional only when a day whose status decided the answer is provisional', () => {
    const statutoryYears = { policy: definePolicy({ outOfCoverage: 'statutory' }) };
    // A dueAt read a provisional day when the side channel moved.
    const isProvisionalAnswer = (evaluate: () => unknown): boolean => {
      const mark = provisionalMark();
      evaluate();
      return usedProvisionalSince(mark);
    };
    // 2018-12-31 is a provisional year's day, but after its closing it cannot matter.
    const late = explainDeadline('2018-12-31T18:00:00+08:00', { amount: 1, unit: 'workhour' }, statutoryYears);
    expect([late.provisional, late.basis]).toEqual([false, ['calendar.work-hours']]);
    expect(isProvisionalAnswer(() => dueAt('2018-12-31T18:00:00+08:00', { amount: 1, unit: 'workhour' }, statutoryYears))).toBe(false);
    expect(isProvisionalAnswer(() => dueAt('2018-12-31T17:00:00+08:00', { amount: 1, unit: 'workhour' }, statutoryYears))).toBe(true);
    // Hours to 24:00: 0 hours at Tuesday 00:00 is 24:00 of Monday, which works; at Monday 00:00 after
    // a Sunday it is Monday's opening.
    const allDay = { policy: definePolicy({ businessHours: [{ from: '00:00', to: '24:00' }] }) };
    const tuesday = explainDeadline('2026-10-13T00:00:00+08:00', { amount: 0, unit: 'workhour' }, allDay);
    const kinds = (notes: readonly { date: string; kind: string }[]) => notes.map((note) => `${note.date} ${note.kind}`);
    expect([shanghai(tuesday.dueAt), kinds(tuesday.counted), tuesday.skipped]).toEqual(['2026-10-13T00:00:00.000+08:00', ['2026-10-12 workday'], []]);
    const monday = explainDeadline('2026-10-12T00:00:00+08:00', { amount: 0, unit: 'workhour' }, allDay);
    expect([shanghai(monday.dueAt), kinds(monday.counted), kinds(monday.skipped)]).toEqual(['2026-10-12T00:00:00.000+08:00', ['2026-10-12 workday'], ['2026-10-11 weekend']]);
    // 0 hours inside a provisional working day: that day is the note that says so.
    const none = explainDeadline('2029-04-09T16:32:00+08:00', { amount: 0, unit: 'workhour' }, statutoryYears);
    expect([none.provisional, none.counted]).toEqual([true, [{ date: '2029-04-09', kind: 'workday', provisional: true }]]);
  });
});
