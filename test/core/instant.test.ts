import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import {
  civilDateOfDay,
  dayOfCivilDate,
  formatDay,
  shanghaiDayOf,
  shanghaiTimeOfDayMs,
  startOfShanghaiDay,
  toEpochMs,
  toShanghaiIsoString,
  weekdayOfDay,
} from '../../src/core/instant.js';

const read = (value: unknown): number => toEpochMs(value, 'test', ['at']);

describe('toEpochMs', () => {
  it('reads a string without an offset as Shanghai local time', () => {
    expect(read('2026-10-01T09:00')).toBe(Date.parse('2026-10-01T01:00:00Z'));
    expect(read('2026-10-01')).toBe(Date.parse('2026-09-30T16:00:00Z'));
    expect(read('2026-10-01 09:00:00')).toBe(Date.parse('2026-10-01T01:00:00Z'));
  });

  it('honours explicit offsets and Z', () => {
    expect(read('2026-10-01T09:00:00+08:00')).toBe(Date.parse('2026-10-01T01:00:00Z'));
    expect(read('2026-10-01T01:00:00Z')).toBe(Date.parse('2026-10-01T01:00:00Z'));
    expect(read('2026-10-01T01:00:00-0500')).toBe(Date.parse('2026-10-01T06:00:00Z'));
    expect(read('2026-10-01T01:00:00+05')).toBe(Date.parse('2026-09-30T20:00:00Z'));
  });

  it('reads fractions of a second to the millisecond', () => {
    expect(read('2026-10-01T09:00:00.123456+08:00')).toBe(Date.parse('2026-10-01T01:00:00.123Z'));
  });

  it('reads 24:00 as the end of the day', () => {
    expect(read('2026-10-01T24:00+08:00')).toBe(read('2026-10-02T00:00+08:00'));
  });

  it('accepts Dates and integer epoch milliseconds', () => {
    expect(read(new Date(0))).toBe(0);
    expect(read(1_790_000_000_000)).toBe(1_790_000_000_000);
  });

  it.each([
    ['yesterday'],
    ['2026-02-29'],
    ['2026-13-01'],
    ['2026-10-01T25:00'],
    ['2026-10-01T24:01'],
    ['2026-10-01T10:60'],
    ['2026-10-01+08:00'],
    ['2026-10-01T10:00+24:00'],
    [''],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [1.5],
    [9e15],
    [new Date(Number.NaN)],
    [null],
    [undefined],
    [{}],
    [true],
  ])('refuses %j with invalid_instant', (value) => {
    let caught: unknown;
    try {
      read(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught).toMatchObject({ code: 'invalid_instant', path: ['at'] });
    expect((caught as Error).message).toMatch(/^test: at must be a valid instant/);
  });

  it('refuses a character just outside 0-9 in any digit position', () => {
    // '/' and ':' sit on either side of the digits in ASCII: a digit reader that only checked one
    // side would read them as -1 or 10.
    const valid = '2026-01-15T10:20:30.123+08:00';
    expect(read(valid)).toBe(Date.parse(valid));
    for (let position = 0; position < valid.length; position += 1) {
      if (!/[0-9]/.test(valid[position]!)) continue;
      for (const stranger of ['/', ':', ' ', '.']) {
        const text = valid.slice(0, position) + stranger + valid.slice(position + 1);
        expect(() => read(text), text).toThrow(expect.objectContaining({ code: 'invalid_instant' }));
      }
    }
  });

  it('agrees with Date.parse on offset strings', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }), (date) => {
        expect(read(date.toISOString())).toBe(date.getTime());
        expect(read(toShanghaiIsoString(date))).toBe(date.getTime());
      }),
    );
  });
});

describe('Shanghai days', () => {
  it('puts 23:59:59.999 and 00:00 of the next day on different days', () => {
    const late = read('2026-10-01T23:59:59.999+08:00');
    expect(shanghaiDayOf(late) + 1).toBe(shanghaiDayOf(late + 1));
    expect(formatDay(shanghaiDayOf(late))).toBe('2026-10-01');
    expect(shanghaiTimeOfDayMs(late)).toBe(86_399_999);
  });

  it('round-trips civil dates and knows weekdays', () => {
    const day = dayOfCivilDate(2026, 10, 1);
    expect(civilDateOfDay(day)).toEqual({ year: 2026, month: 10, day: 1 });
    expect(weekdayOfDay(day)).toBe(4); // Thursday
    expect(weekdayOfDay(dayOfCivilDate(1969, 12, 28))).toBe(0); // a Sunday before the epoch
    expect(toShanghaiIsoString(startOfShanghaiDay(day))).toBe('2026-10-01T00:00:00.000+08:00');
  });

  it('is the same whatever the host time zone is (no local-time methods)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 5e12 }), (ms) => {
        const day = shanghaiDayOf(ms);
        expect(startOfShanghaiDay(day)).toBeLessThanOrEqual(ms);
        expect(startOfShanghaiDay(day + 1)).toBeGreaterThan(ms);
        expect(toShanghaiIsoString(ms).slice(0, 10)).toBe(formatDay(day));
      }),
    );
  });
});

describe('toEpochMs month ends', () => {
  it('accepts the 29th to 31st only where the month has them', () => {
    for (const valid of ['2024-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '2026-12-31', '2026-02-28', '0000-02-29']) {
      expect(read(`${valid}T12:00:00+08:00`), valid).toBe(Date.parse(`${valid}T04:00:00Z`));
    }
    for (const invalid of ['2026-02-29', '2100-02-29', '1900-02-29', '2026-04-31', '2026-06-31', '2026-09-31', '2026-11-31', '2026-01-32', '2026-02-30']) {
      expect(() => read(`${invalid}T12:00:00+08:00`), invalid).toThrow(InvalidInputError);
    }
  });
});

describe('toEpochMs edge forms', () => {
  it('reads years before 100 literally and fractions of any length', () => {
    expect(read('0050-01-01T00:00Z')).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(read('2026-10-01T09:00:00.5+08:00')).toBe(Date.parse('2026-10-01T01:00:00.500Z'));
    expect(read('2026-10-01T09:00:00,25+08:00')).toBe(Date.parse('2026-10-01T01:00:00.250Z'));
    expect(read('2024-02-29')).toBe(Date.parse('2024-02-28T16:00:00Z'));
    expect(read('2026-10-01t09:00z')).toBe(Date.parse('2026-10-01T09:00:00Z'));
  });

  it.each([
    ['2026-10-01T09:00:00.1234567890+08:00'],
    ['2026-10-01T09:00:00.+08:00'],
    ['2026-10-01T09:00+8'],
    ['2026-10-01T09:00+08:0'],
    ['2026-10-01T09:00Z '],
    [' 2026-10-01'],
    ['2026-10-01X09:00'],
    ['2026/10/01'],
    ['2026-10-01T09:00:61'],
    ['2026-10-01T09:00+08:60'],
    ['2026-10-01T09-00'],
    ['1900-02-29'],
  ])('refuses %j', (value) => {
    expect(() => read(value)).toThrow(expect.objectContaining({ code: 'invalid_instant' }));
  });
});

describe('dayOfCivilDate', () => {
  it('reads years before 100 literally and lets months overflow', () => {
    expect(formatDay(dayOfCivilDate(50, 1, 1))).toBe('0050-01-01');
    expect(formatDay(dayOfCivilDate(2026, 13, 1))).toBe('2027-01-01');
    expect(formatDay(dayOfCivilDate(2026, 3, 0))).toBe('2026-02-28');
  });
});

describe('civil date arithmetic', () => {
  it('agrees with Date for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_000, max: 157_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        const civil = civilDateOfDay(day);
        expect(civil).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(dayOfCivilDate(civil.year, civil.month, civil.day)).toBe(day);
      }),
      { numRuns: 500 },
    );
  });

  it('lets months and days overflow both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: -30, max: 40 }), fc.integer({ min: -40, max: 70 }), (year, month, day) => {
        const expected = new Date(0);
        expected.setUTCFullYear(year, month - 1, day);
        expect(dayOfCivilDate(year, month, day)).toBe(expected.getTime() / 86_400_000);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toShanghaiIsoString', () => {
  it('writes every instant of the years 0000–9999 (+08:00) with a four-digit year, and refuses one outside', async () => {
    const { toShanghaiIsoString } = await import('../../src/core/instant.js');
    expect(toShanghaiIsoString('9999-12-31T23:59:59.999+08:00')).toBe('9999-12-31T23:59:59.999+08:00');
    expect(toShanghaiIsoString('0000-01-01T00:00+08:00')).toBe('0000-01-01T00:00:00.000+08:00');
    // It was written `+010000-01-01…` and `-000001-12-31…`: no ISO-8601 reader of four-digit years takes them.
    for (const value of ['9999-12-31T24:00', '9999-12-31T16:00:00Z', -62_167_248_000_001, '0000-01-01T00:00+08:01']) {
      let caught: unknown;
      try {
        toShanghaiIsoString(value);
      } catch (error) {
        caught = error;
      }
      expect(caught, String(value)).toBeInstanceOf(InvalidInputError);
      expect({ code: (caught as InvalidInputError).code, path: (caught as InvalidInputError).path }).toEqual({ code: 'out_of_range', path: ['value'] });
    }
  });
});
