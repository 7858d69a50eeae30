import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsDay, civilFromDays, daysFromCivil, daysInMonth, formatCivilDay } from '../../src/core/civil.js';
import { formatShanghaiIso, MAX_INSTANT_MS, MAX_RESULT_MS, MIN_INSTANT_MS, MIN_RESULT_MS, shanghaiIsoText, toShanghaiIsoString, writeShanghaiIso } from '../../src/core/instant.js';

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;
// Every day a Date can hold: ±100,000,000 days around 1970-01-01.
const MAX_DAY = 100_000_000;
const MAX_MS = 8.64e15;

// The reference the integer arithmetic must equal: Date's own UTC fields and toISOString.
function referenceCivil(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
const referenceIso = (ms: number): string => `${new Date(ms + OFFSET_MS).toISOString().slice(0, -1)}+08:00`;

// Any whole millisecond whose Shanghai wall time a Date can still hold (toISOString throws beyond).
const instants = fc.oneof(
  fc.integer({ min: -MAX_MS - OFFSET_MS + 0, max: MAX_MS - OFFSET_MS }).filter((ms) => Math.abs(ms) <= MAX_MS),
  fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
  fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }),
);

describe('civilFromDays', () => {
  it('agrees with Date on every day a Date can hold, and daysFromCivil undoes it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -MAX_DAY, max: MAX_DAY }), fc.integer({ min: -800_000, max: 800_000 })), (day) => {
        const civil = civilFromDays(day);
        expect(civil).toEqual(referenceCivil(day));
        expect(daysFromCivil(civil.year, civil.month, civil.day)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('turns the year at the boundaries of eras and leap days', () => {
    for (const [text, year, month, day] of [
      ['0000-03-01', 0, 3, 1],
      ['2000-02-29', 2000, 2, 29],
      ['1900-03-01', 1900, 3, 1],
      ['2400-12-31', 2400, 12, 31],
      ['1969-12-31', 1969, 12, 31],
      ['1970-01-01', 1970, 1, 1],
    ] as const) {
      const dayNumber = Date.parse(`${text}T00:00:00Z`) / DAY_MS;
      expect(civilFromDays(dayNumber)).toEqual({ year, month, day });
      expect(daysFromCivil(year, month, day)).toBe(dayNumber);
    }
  });
});

describe('daysFromCivil', () => {
  it('lets months and days overflow both ways, as Date.UTC does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 12_000 }), fc.integer({ min: -40, max: 40 }), fc.integer({ min: -80, max: 80 }), (year, month, day) => {
        const expected = new Date(0);
        expected.setUTCFullYear(year, month - 1, day);
        expect(daysFromCivil(year, month, day)).toBe(expected.getTime() / DAY_MS);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('daysInMonth', () => {
  it('counts 29 days in February of a leap year only', () => {
    expect([2024, 2026, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 28, 29]);
    for (let month = 1; month <= 12; month += 1) {
      expect(daysInMonth(2026, month)).toBe(daysFromCivil(2026, month + 1, 1) - daysFromCivil(2026, month, 1));
    }
  });
});

describe('addMonthsDay', () => {
  it('lands on the corresponding day, or the month end when the month is shorter', () => {
    const day = (text: string): number => Date.parse(`${text}T00:00:00Z`) / DAY_MS;
    expect(formatCivilDay(addMonthsDay(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(formatCivilDay(addMonthsDay(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatCivilDay(addMonthsDay(day('2026-03-31'), -1))).toBe('2026-02-28');
    expect(formatCivilDay(addMonthsDay(day('2026-11-15'), 2))).toBe('2027-01-15');
  });

  it('agrees with Date month arithmetic clamped to the month end', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1200, max: 1200 }), (day, months) => {
        const start = new Date(day * DAY_MS);
        const target = new Date(Date.UTC(2000, 0, 1));
        target.setUTCFullYear(start.getUTCFullYear(), start.getUTCMonth() + months, 1);
        const length = new Date(Date.UTC(2000, 0, 1));
        length.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
        target.setUTCDate(Math.min(start.getUTCDate(), length.getUTCDate()));
        expect(addMonthsDay(day, months)).toBe(target.getTime() / DAY_MS);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('formatShanghaiIso', () => {
  it('writes exactly what toISOString writes, shifted to +08:00, for every instant it can', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        expect(formatShanghaiIso(ms)).toBe(referenceIso(ms));
      }),
      { numRuns: 5000 },
    );
  });

  it('is exact around midnight, the year 0, 9999 and the ends of a Date', () => {
    const edges = [
      Date.parse('2026-09-30T16:00:00Z') - 1,
      Date.parse('2026-09-30T16:00:00Z'),
      Date.parse('0000-01-01T00:00:00+08:00'),
      Date.parse('0000-01-01T00:00:00+08:00') - 1,
      Date.parse('9999-12-31T23:59:59.999+08:00'),
      Date.parse('9999-12-31T23:59:59.999+08:00') + 1,
      -MAX_MS,
      MAX_MS - OFFSET_MS,
      0,
      -1,
    ];
    for (const ms of edges) expect(formatShanghaiIso(ms)).toBe(referenceIso(ms));
  });

  it('does not let the cached day leak into the next instant', () => {
    fc.assert(
      fc.property(fc.array(instants, { minLength: 2, maxLength: 20 }), (list) => {
        expect(list.map(formatShanghaiIso)).toEqual(list.map(referenceIso));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps apart the days and times of day it remembers, before and after it forgets them', () => {
    const base = Date.parse('2026-10-04T00:00:00+08:00');
    const list: number[] = [];
    for (const offset of [0, 256, -256, 512, 0, 1, 257, 0]) {
      for (const time of [0, 0, 1, 59_999, 3_600_000, 0, DAY_MS - 1]) list.push(base + offset * DAY_MS + time);
    }
    list.push(-DAY_MS, 255 * DAY_MS, -DAY_MS - OFFSET_MS, -MAX_MS, -MAX_MS + 256 * DAY_MS, 0);
    fc.assert(
      fc.property(fc.shuffledSubarray(list, { minLength: list.length }), (order) => {
        expect(order.map(formatShanghaiIso)).toEqual(order.map(referenceIso));
      }),
      { numRuns: 200 },
    );
    // More days than it remembers (4,096), then the first ones again.
    const days = Array.from({ length: 5000 }, (_, index) => base + (index * 7 - 9000) * DAY_MS + (index % 3) * 1000);
    expect([...days, ...days.slice(0, 50)].map(formatShanghaiIso)).toEqual([...days, ...days.slice(0, 50)].map(referenceIso));
  });

  it('writes the last hours of a Date range, which toISOString cannot shift', () => {
    expect(formatShanghaiIso(MAX_MS)).toBe('+275760-09-13T08:00:00.000+08:00');
    expect(writeShanghaiIso(MAX_MS)).toBe('+275760-09-13T08:00:00.000+08:00');
  });
});

describe('toShanghaiIsoString', () => {
  it('formats every kind of instant with the same formatter, within the years 0000–9999 (+08:00)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_MS, max: MAX_MS - OFFSET_MS }), (ms) => {
        const expected = referenceIso(ms);
        // The command line's writer takes any instant; the public function those with a four-digit year.
        expect(writeShanghaiIso(ms)).toBe(expected);
        expect(writeShanghaiIso(new Date(ms))).toBe(expected);
        if (ms >= MIN_RESULT_MS && ms <= MAX_RESULT_MS) expect(toShanghaiIsoString(new Date(ms))).toBe(expected);
        else expect(() => toShanghaiIsoString(ms)).toThrow(/must be such that the result lies within the years 0000–9999/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('shanghaiIsoText', () => {
  it('writes what formatShanghaiIso writes for every instant a rule accepts (years 0000–9999 in any offset)', () => {
    const accepted = fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS });
    fc.assert(
      fc.property(accepted, (ms) => {
        expect(shanghaiIsoText(ms)).toBe(formatShanghaiIso(ms));
      }),
      { numRuns: 2000 },
    );
    for (const ms of [MIN_INSTANT_MS, MAX_INSTANT_MS, 0, -1, -OFFSET_MS, -OFFSET_MS - 1]) expect(shanghaiIsoText(ms)).toBe(formatShanghaiIso(ms));
  });
});
