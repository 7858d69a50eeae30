// The exact edges of src/core: every branch of the ISO-8601 reader on both sides of each limit, the span
// of instants the rule functions accept and the span a Date holds, the Shanghai text of the extreme
// instants, the messages of the argument checks (their 100-character cut and node budget), the
// provisional side channel, and the freezing of decisions. Written against mutation testing: every
// expectation fails if one comparison, one operator or one literal of src/core changes.
import { describe, expect, it } from 'vitest';
import { reachesLowerBound, withinUpperBound } from '../../src/core/bound.js';
import { deepFreeze, freezeDecision } from '../../src/core/decision.js';
import { describePath, describeValue } from '../../src/core/describe.js';
import { CalendarCoverageError, InvalidInputError, PolicyError, WuyeRulesError } from '../../src/core/errors.js';
import {
  MAX_EPOCH_MS,
  MAX_INSTANT_MS,
  MAX_RESULT_MS,
  MIN_INSTANT_MS,
  MIN_RESULT_MS,
  formatDay,
  parseIsoString,
  requireResultInSpan,
  resultDate,
  shanghaiTimeOfDayMs,
  toEpochMs,
  toShanghaiIsoString,
  writeShanghaiIso,
  weekdayOfDay,
} from '../../src/core/instant.js';
import { lastDayOfPeriod, periodEndMs } from '../../src/core/period.js';
import { PROVISIONAL_RULE, flagProvisional, noteProvisional, provisionalMark, usedProvisionalSince } from '../../src/core/provisional.js';
import {
  isPlainObject,
  requireArray,
  requireCount,
  requireNonNegativeNumber,
  requireObject,
  requireOneOf,
  requirePositiveInteger,
  requirePresent,
} from '../../src/core/validate.js';

const utc = (text: string): number => Date.parse(text);

function caught(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    return error as InvalidInputError;
  }
  throw new Error('expected a throw');
}

describe('parseIsoString', () => {
  it('reads a date alone as 00:00 Shanghai, and each separator of the time', () => {
    expect(parseIsoString('2026-10-01')).toBe(utc('2026-09-30T16:00:00Z'));
    for (const separator of ['T', 't', ' ']) expect(parseIsoString(`2026-10-01${separator}09:30`)).toBe(utc('2026-10-01T01:30:00Z'));
    for (const text of ['2026-10-01x09:30', '2026-10-01T09-30', '2026-10-01T', '2026-10-0', '2026/10-01', '2026-10/01', '2026-0:-01', '2026-10-0:', '202a-10-01']) {
      expect(parseIsoString(text)).toBeNull();
    }
  });

  it('reads every digit 0–9 in every field', () => {
    expect(parseIsoString('2019-09-29T19:59:59.999+09:00')).toBe(utc('2019-09-29T10:59:59.999Z'));
    expect(parseIsoString('1908-07-06T05:04:03.210-01:02')).toBe(utc('1908-07-06T06:06:03.210Z'));
  });

  it('accepts the first and last month, day, minute and second and refuses the value past each', () => {
    expect(parseIsoString('2026-01-01T00:00:00Z')).toBe(utc('2026-01-01T00:00:00Z'));
    expect(parseIsoString('2026-12-31T23:59:59Z')).toBe(utc('2026-12-31T23:59:59Z'));
    for (const text of ['2026-00-01', '2026-13-01', '2026-01-00', '2026-01-32', '2026-04-31', '2026-10-01T09:60', '2026-10-01T09:00:60', '2026-10-01T25:00']) {
      expect(parseIsoString(text)).toBeNull();
    }
  });

  it('knows 29 February in leap years only: 2024 and 2000, not 2023 or 1900', () => {
    expect(parseIsoString('2024-02-29')).toBe(utc('2024-02-28T16:00:00Z'));
    expect(parseIsoString('2000-02-29')).toBe(utc('2000-02-28T16:00:00Z'));
    expect(parseIsoString('2023-02-29')).toBeNull();
    expect(parseIsoString('1900-02-29')).toBeNull();
    expect(parseIsoString('2023-02-28')).toBe(utc('2023-02-27T16:00:00Z'));
  });

  it('reads 24:00 as the end of the day, and no other time of hour 24', () => {
    expect(parseIsoString('2026-10-01T24:00')).toBe(utc('2026-10-01T16:00:00Z'));
    expect(parseIsoString('2026-10-01T24:00:00.000Z')).toBe(utc('2026-10-02T00:00:00Z'));
    for (const text of ['2026-10-01T24:01', '2026-10-01T24:00:01', '2026-10-01T24:00:00.001', '2026-10-01T24:00:00.5']) expect(parseIsoString(text)).toBeNull();
    expect(parseIsoString('2026-10-01T23:00')).toBe(utc('2026-10-01T15:00:00Z'));
  });

  it('reads a fraction with a point or a comma, one to nine digits, truncated to the millisecond', () => {
    expect(parseIsoString('2026-10-01T09:00:00.5Z')).toBe(utc('2026-10-01T09:00:00.500Z'));
    expect(parseIsoString('2026-10-01T09:00:00,05Z')).toBe(utc('2026-10-01T09:00:00.050Z'));
    expect(parseIsoString('2026-10-01T09:00:00.0Z')).toBe(utc('2026-10-01T09:00:00.000Z'));
    expect(parseIsoString('2026-10-01T09:00:00.123456Z')).toBe(utc('2026-10-01T09:00:00.123Z'));
    expect(parseIsoString('2026-10-01T09:00:00.999999999Z')).toBe(utc('2026-10-01T09:00:00.999Z'));
    expect(parseIsoString('2026-10-01T09:00:00.999999999')).toBe(utc('2026-10-01T01:00:00.999Z'));
    for (const text of ['2026-10-01T09:00:00.9999999999Z', '2026-10-01T09:00:00.', '2026-10-01T09:00:00.Z', '2026-10-01T09:00:00;5', '2026-10-01T09:00.5']) {
      expect(parseIsoString(text)).toBeNull();
    }
  });

  it('reads Z and z only at the end, and offsets as ±hh, ±hhmm and ±hh:mm up to 23:59', () => {
    expect(parseIsoString('2026-10-01T09:00Z')).toBe(utc('2026-10-01T09:00:00Z'));
    expect(parseIsoString('2026-10-01T09:00z')).toBe(utc('2026-10-01T09:00:00Z'));
    expect(parseIsoString('2026-10-01T09:00+05')).toBe(utc('2026-10-01T04:00:00Z'));
    expect(parseIsoString('2026-10-01T09:00+0530')).toBe(utc('2026-10-01T03:30:00Z'));
    expect(parseIsoString('2026-10-01T09:00-05:30')).toBe(utc('2026-10-01T14:30:00Z'));
    expect(parseIsoString('2026-10-01T09:00+23:59')).toBe(utc('2026-09-30T09:01:00Z'));
    expect(parseIsoString('2026-10-01T09:00-00:00')).toBe(utc('2026-10-01T09:00:00Z'));
    for (const text of ['2026-10-01T09:00Zx', '2026-10-01T09:00+24:00', '2026-10-01T09:00+2400', '2026-10-01T09:00+08:60', '2026-10-01T09:00+0860', '2026-10-01T09:00+08x00', '2026-10-01T09:00+08000', '2026-10-01T09:00+8', '2026-10-01T09:00+08:', '2026-10-01T09:00+0a', '2026-10-01T09:00+08:0a', '2026-10-01T09:00*08', '2026-10-01T09:00 ']) {
      expect(parseIsoString(text)).toBeNull();
    }
  });

  it('reads years 0000–0099 literally', () => {
    expect(parseIsoString('0000-01-01T00:00Z')).toBe(Date.UTC(2000, 0, 1) - 2000 * 365.2425 * 86_400_000);
    expect(parseIsoString('0099-12-31T00:00Z')).toBe(utc('0099-12-31T00:00:00Z'));
  });
});

describe('toEpochMs', () => {
  it('accepts the first and last instant a four-digit year can name, as a string and as a number', () => {
    expect(toEpochMs('0000-01-01T00:00+23:59', 'fn', ['at'])).toBe(MIN_INSTANT_MS);
    expect(toEpochMs('9999-12-31T24:00-23:59', 'fn', ['at'])).toBe(MAX_INSTANT_MS);
    expect(toEpochMs(MIN_INSTANT_MS, 'fn', ['at'])).toBe(MIN_INSTANT_MS);
    expect(toEpochMs(new Date(MAX_INSTANT_MS), 'fn', ['at'])).toBe(MAX_INSTANT_MS);
  });

  it('refuses the millisecond before and after that span as out_of_range, naming the span', () => {
    for (const value of [MIN_INSTANT_MS - 1, MAX_INSTANT_MS + 1, MAX_EPOCH_MS, -MAX_EPOCH_MS, new Date(MAX_EPOCH_MS)]) {
      const error = caught(() => toEpochMs(value, 'fn', ['at']));
      expect([error.code, error.path]).toEqual(['out_of_range', ['at']]);
      expect(error.message.startsWith('fn: at must be an instant within the years 0000–9999 (as an ISO-8601 string can name), received ')).toBe(true);
    }
  });

  it('refuses as invalid_instant what a Date cannot hold, fractions, non-finite numbers and anything not a Date', () => {
    const proxy = new Proxy(new Date(0), {});
    for (const value of [MAX_EPOCH_MS + 1, -MAX_EPOCH_MS - 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, null, undefined, true, proxy, Object.create(Date.prototype), {}, new Date(Number.NaN), '2026-10-32']) {
      const error = caught(() => toEpochMs(value, 'fn', ['at']));
      expect([error.code, error.path]).toEqual(['invalid_instant', ['at']]);
      expect(error.message.startsWith('fn: at must be a valid instant (Date, epoch ms or ISO-8601 string), received ')).toBe(true);
    }
    expect(caught(() => toEpochMs(null, 'fn', ['at'])).message).toBe('fn: at must be a valid instant (Date, epoch ms or ISO-8601 string), received null');
  });
});

describe('toShanghaiIsoString', () => {
  it("writes (the command line's writer) the first and last instant a Date holds, the last eight hours included", () => {
    expect(writeShanghaiIso(MAX_EPOCH_MS)).toBe('+275760-09-13T08:00:00.000+08:00');
    expect(writeShanghaiIso(-MAX_EPOCH_MS)).toBe('-271821-04-20T08:00:00.000+08:00');
    expect(caught(() => writeShanghaiIso(MAX_EPOCH_MS + 1)).code).toBe('invalid_instant');
    expect(caught(() => toShanghaiIsoString(MAX_EPOCH_MS)).code).toBe('out_of_range');
  });

  it('writes the years 0000 and 9999 with four digits, and refuses the years around them (the writer gives them a sign)', () => {
    expect(toShanghaiIsoString(utc('0000-01-01T00:00:00Z'))).toBe('0000-01-01T08:00:00.000+08:00');
    expect(toShanghaiIsoString(utc('9999-12-31T15:59:59.999Z'))).toBe('9999-12-31T23:59:59.999+08:00');
    expect(toShanghaiIsoString(utc('-000001-12-31T16:00:00Z'))).toBe('0000-01-01T00:00:00.000+08:00');
    expect(writeShanghaiIso(utc('9999-12-31T16:00:00Z'))).toBe('+010000-01-01T00:00:00.000+08:00');
    expect(writeShanghaiIso(utc('-000001-12-31T15:59:59.999Z'))).toBe('-000001-12-31T23:59:59.999+08:00');
    expect(caught(() => toShanghaiIsoString(utc('9999-12-31T16:00:00Z'))).code).toBe('out_of_range');
    expect(caught(() => toShanghaiIsoString(utc('-000001-12-31T15:59:59.999Z'))).code).toBe('out_of_range');
  });

  it('writes each field of the time, and the day on both sides of Shanghai midnight, whatever was written before', () => {
    expect(toShanghaiIsoString('2026-10-01T23:59:59.999+08:00')).toBe('2026-10-01T23:59:59.999+08:00');
    expect(toShanghaiIsoString('2026-10-02T00:00:00+08:00')).toBe('2026-10-02T00:00:00.000+08:00');
    expect(toShanghaiIsoString('2026-10-01T12:34:56.007+08:00')).toBe('2026-10-01T12:34:56.007+08:00');
    expect(toShanghaiIsoString('2026-10-01T15:59:59.999Z')).toBe('2026-10-01T23:59:59.999+08:00');
    expect(caught(() => toShanghaiIsoString('x')).message).toBe('toShanghaiIsoString: value must be a valid instant (Date, epoch ms or ISO-8601 string), received "x"');
  });
});

describe('requireResultInSpan and resultDate', () => {
  it('hold the span of results to what a +08:00 ISO-8601 string with a four-digit year names', () => {
    expect(toShanghaiIsoString(MIN_RESULT_MS)).toBe('0000-01-01T00:00:00.000+08:00');
    expect(toShanghaiIsoString(MAX_RESULT_MS)).toBe('9999-12-31T23:59:59.999+08:00');
    // Inputs reach a little further, by their offsets: 0000-01-01T00:00+23:59 and 9999-12-31T24:00-23:59.
    expect(MIN_RESULT_MS - MIN_INSTANT_MS).toBe(15 * 3_600_000 + 59 * 60_000);
    expect(MAX_INSTANT_MS - MAX_RESULT_MS).toBe(31 * 3_600_000 + 59 * 60_000 + 1);
  });

  it('accept the span’s ends exactly and refuse one millisecond beyond, NaN and the ends of a Date, as out_of_range', () => {
    expect(requireResultInSpan(MAX_RESULT_MS, 'fn', ['at'], 'v')).toBe(MAX_RESULT_MS);
    expect(requireResultInSpan(MIN_RESULT_MS, 'fn', ['at'], 'v')).toBe(MIN_RESULT_MS);
    expect(resultDate(MIN_RESULT_MS, 'fn', ['at'], 'v').getTime()).toBe(MIN_RESULT_MS);
    expect(resultDate(MAX_RESULT_MS, 'fn', ['at'], 'v').getTime()).toBe(MAX_RESULT_MS);
    for (const ms of [MAX_RESULT_MS + 1, MIN_RESULT_MS - 1, MAX_EPOCH_MS, -MAX_EPOCH_MS, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = caught(() => resultDate(ms, 'fn', ['at', 0], 'v'));
      expect([error.code, error.path, error.message]).toEqual(['out_of_range', ['at', 0], 'fn: at[0] must be such that the result lies within the years 0000–9999 (+08:00), received "v"']);
    }
  });
});

describe('Shanghai day helpers', () => {
  it('split the day at Shanghai midnight and count weekdays before 1970 too', () => {
    expect(shanghaiTimeOfDayMs(utc('2026-09-30T16:00:00Z'))).toBe(0);
    expect(shanghaiTimeOfDayMs(utc('2026-09-30T15:59:59.999Z'))).toBe(86_399_999);
    // Day 0 is Thursday 1970-01-01, day −1 a Wednesday, day −4 a Sunday, day 2 a Saturday.
    expect([weekdayOfDay(0), weekdayOfDay(-1), weekdayOfDay(-4), weekdayOfDay(2), weekdayOfDay(3)]).toEqual([4, 3, 0, 6, 0]);
    expect([formatDay(0), formatDay(-1), formatDay(59)]).toEqual(['1970-01-01', '1969-12-31', '1970-03-01']);
  });
});

describe('lastDayOfPeriod and periodEndMs', () => {
  it('count days, weeks of seven and months to the month end', () => {
    expect([lastDayOfPeriod(10, 3, 'day'), lastDayOfPeriod(10, 3, 'week')]).toEqual([13, 31]);
    // 2026-01-31 + 1 month is 2026-02-28 (day 20512); + 13 months 2027-02-28.
    const jan31 = 20_484;
    expect(formatDay(jan31)).toBe('2026-01-31');
    expect([formatDay(lastDayOfPeriod(jan31, 1, 'month')), formatDay(lastDayOfPeriod(jan31, 13, 'month')), formatDay(lastDayOfPeriod(jan31, -2, 'month'))]).toEqual([
      '2026-02-28',
      '2027-02-28',
      '2025-11-30',
    ]);
  });

  it('end at 24:00 of the last day, or at the clock time of the start when elapsed', () => {
    const from = utc('2026-10-01T02:30:00Z'); // 10:30 in Shanghai, day 20727
    expect(periodEndMs(from, 20_727, 20_730, false)).toBe(utc('2026-10-04T16:00:00Z'));
    expect(periodEndMs(from, 20_727, 20_730, true)).toBe(utc('2026-10-04T02:30:00Z'));
    expect(formatDay(20_727)).toBe('2026-10-01');
  });
});

describe('argument checks', () => {
  it('draw each line on its boundary: 0 and −0 are non-negative, 1 is positive, 2^53 − 1 is a count', () => {
    expect(requireNonNegativeNumber(0, 'fn', ['x'])).toBe(0);
    // −0 is accepted, and read as 0 so that no answer holds −0.
    expect(Object.is(requireNonNegativeNumber(-0, 'fn', ['x']), 0)).toBe(true);
    expect(caught(() => requireNonNegativeNumber(-Number.MIN_VALUE, 'fn', ['x'])).code).toBe('negative');
    expect(requirePositiveInteger(1, 'fn', ['x'])).toBe(1);
    const zero = caught(() => requirePositiveInteger(0, 'fn', ['x']));
    expect([zero.code, zero.message]).toEqual(['out_of_range', 'fn: x must be a whole number of at least 1, received 0']);
    expect(requireCount(Number.MAX_SAFE_INTEGER, 'fn', ['x'])).toBe(Number.MAX_SAFE_INTEGER);
    const big = caught(() => requireCount(2 ** 53, 'fn', ['x']));
    expect([big.code, big.message]).toEqual(['out_of_range', 'fn: x must be a whole number up to 2^53 − 1, received 9007199254740992']);
    const negative = caught(() => requireCount(-1, 'fn', ['x']));
    expect([negative.code, negative.message]).toEqual(['negative', 'fn: x must be a non-negative whole number, received -1']);
    const fraction = caught(() => requireCount(0.5, 'fn', ['x']));
    expect([fraction.code, fraction.message]).toEqual(['not_integer', 'fn: x must be a whole number, received 0.5']);
  });

  it('list the allowed values of an enum, quoted and comma-separated', () => {
    expect(requireOneOf('b', ['a', 'b'], 'fn', ['x'])).toBe('b');
    const error = caught(() => requireOneOf('c', ['a', 'b', 1], 'fn', ['x']));
    expect([error.code, error.message]).toEqual(['invalid_enum', 'fn: x must be one of "a", "b", 1, received "c"']);
  });

  it('refuse an absent field as missing and let anything present through', () => {
    expect(requirePresent(null, 'fn', ['x'], 'a thing')).toBeUndefined();
    const error = caught(() => requirePresent(undefined, 'fn', ['x'], 'a thing'));
    expect([error.code, error.path, error.message]).toEqual(['missing', ['x'], 'fn: x must be a thing, received undefined']);
  });

  it('tell records from arrays, Dates and null', () => {
    expect([{}, Object.create(null), [], new Date(0), null, 'x'].map((value) => isPlainObject(value))).toEqual([true, true, false, false, false, false]);
  });
});

describe('requireObject and requireArray', () => {
  it('copy an empty array as an empty array and an array of holes by its first hole', () => {
    expect(requireArray([], 'fn', ['list'])).toEqual([]);
    expect(requireArray([1, undefined], 'fn', ['list'])).toEqual([1, undefined]);
    const error = caught(() => requireArray([1, , 3], 'fn', ['list']));
    expect([error.code, error.path, error.message]).toEqual(['missing', ['list', 1], 'fn: list[1] must be an element, not a hole, received undefined']);
  });

  it('name the expected shape: an array where an object goes, an object or a Date where an array goes', () => {
    const array = caught(() => requireObject([], 'fn', ['spec']));
    expect([array.code, array.message]).toEqual(['invalid_type', 'fn: spec must be an object, received []']);
    const object = caught(() => requireArray({}, 'fn', ['list']));
    expect([object.code, object.message]).toEqual(['invalid_type', 'fn: list must be an array, received {}']);
    expect(caught(() => requireArray(new Date(0), 'fn', ['list'])).code).toBe('invalid_type');
  });

  it('read every key without a list of known keys, and refuse the first unknown one with the list', () => {
    expect(requireObject({ a: 1, zz: 2 }, 'fn', ['spec'])).toEqual({ a: 1, zz: 2 });
    const error = caught(() => requireObject({ a: 1, b: 2 }, 'fn', ['spec'], ['a', 'c']));
    expect([error.code, error.path, error.message]).toEqual(['unknown_key', ['spec', 'b'], 'fn: spec.b must be one of the known fields (a, c), received "b"']);
  });

  it('turn a throwing getter or Proxy trap into unreadable, and let a library error through', () => {
    const getter = caught(() => requireObject({ b: 1, get a() { throw new TypeError('no'); } }, 'fn', ['spec']));
    expect([getter.code, getter.path, getter.message.startsWith('fn: spec.a must be readable, received ')]).toEqual(['unreadable', ['spec', 'a'], true]);
    const trap = caught(() => requireArray(new Proxy([1], { get: () => { throw new RangeError('no'); } }), 'fn', ['list']));
    // The trap throws on reading `length`, before any element: the array's own path.
    expect([trap.code, trap.path]).toEqual(['unreadable', ['list']]);
    const element = caught(() => requireArray(Object.defineProperty([1, 2], 1, { get: () => { throw new RangeError('no'); } }), 'fn', ['list']));
    expect([element.code, element.path]).toEqual(['unreadable', ['list', 1]]);
    const keys = caught(() => requireObject(new Proxy({}, { ownKeys: () => { throw new RangeError('no'); } }), 'fn', ['spec']));
    expect([keys.code, keys.path]).toEqual(['unreadable', ['spec']]);
    const own = new InvalidInputError('own_code', ['elsewhere'], 'own message');
    expect(caught(() => requireObject({ get a() { throw own; } }, 'fn', ['spec']))).toBe(own);
  });
});

describe('describeValue', () => {
  it('shows 100 characters whole and cuts 101 to 97 and an ellipsis', () => {
    const exact = 'x'.repeat(98);
    expect(describeValue(exact)).toBe(`"${exact}"`);
    expect(describeValue(exact).length).toBe(100);
    expect(describeValue('x'.repeat(99))).toBe(`"${'x'.repeat(96)}...`);
    expect(describeValue(12_345)).toBe('12345');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(0)).toBe('0');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(new Proxy({}, { ownKeys: () => { throw new Error('no'); } }))).toBe('an unreadable value');
  });

  it('reads at most 101 nodes of a value, the root included', () => {
    // The root and 99 absent fields spend 100 nodes; the 101st is shown, the 102nd is not.
    const value: Record<string, unknown> = {};
    for (let index = 0; index < 99; index += 1) value[`k${index}`] = undefined;
    value.x = 1;
    value.y = 2;
    expect(describeValue(value)).toBe('{"x":1}');
  });
});

describe('describePath', () => {
  it('writes indexes in brackets and keys after a dot, the first key bare', () => {
    expect([describePath([0, 'a']), describePath(['a', 0, 'b', 'c']), describePath(['a']), describePath([1, 2])]).toEqual(['[0].a', 'a[0].b.c', 'a', '[1][2]']);
  });
});

describe('error classes', () => {
  it('carry their name, code, frozen path copy and year', () => {
    const path = ['a', 0];
    const error = new InvalidInputError('some_code', path, 'fn: message');
    path.push('b');
    expect([error.name, error.code, error.path, error.message, Object.isFrozen(error.path)]).toEqual(['InvalidInputError', 'some_code', ['a', 0], 'fn: message', true]);
    const policy = new PolicyError(['dayCounting'], 'bad');
    expect([policy.name, policy.code, policy.path, Object.isFrozen(policy.path), policy.message]).toEqual(['PolicyError', 'invalid_policy', ['dayCounting'], true, 'bad']);
    expect(new PolicyError(['dayCounting'], 'bad', 'invalid_enum').code).toBe('invalid_enum');
    const coverage = new CalendarCoverageError(2031, 'out');
    expect([coverage.name, coverage.code, coverage.path, Object.isFrozen(coverage.path), coverage.year, coverage.message]).toEqual(['CalendarCoverageError', 'calendar_coverage', [], true, 2031, 'out']);
    const field = ['day'];
    const atField = new CalendarCoverageError(2031, 'out', field);
    field.push('x');
    expect(atField.path).toEqual(['day']);
    expect(new WuyeRulesError('x').name).toBe('WuyeRulesError');
  });
});

describe('bounds', () => {
  it('hold on either side of the boundary whatever its inclusiveness', () => {
    for (const inclusive of [true, false]) {
      expect([reachesLowerBound(9, { value: 10, inclusive }), reachesLowerBound(11, { value: 10, inclusive })]).toEqual([false, true]);
      expect([withinUpperBound(9, { value: 10, inclusive }), withinUpperBound(11, { value: 10, inclusive })]).toEqual([true, false]);
    }
  });
});

describe('freezeDecision and deepFreeze', () => {
  it('share a frozen basis, copy an unfrozen one, and freeze a cyclic value without looping', () => {
    const frozen = Object.freeze(['C2']);
    expect(freezeDecision({ a: 1 }, frozen).basis).toBe(frozen);
    const open = ['C3'];
    const decision = freezeDecision({ a: 1 }, open);
    expect(decision.basis).not.toBe(open);
    expect([decision.basis, Object.isFrozen(decision.basis), Object.isFrozen(decision)]).toEqual([['C3'], true, true]);
    const cyclic: Record<string, unknown> = { list: [{}] };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect([Object.isFrozen(cyclic), Object.isFrozen(cyclic.list), Object.isFrozen((cyclic.list as object[])[0])]).toEqual([true, true, true]);
    expect(deepFreeze(null)).toBeNull();
  });
});

describe('flagProvisional', () => {
  it('returns the decision itself when no provisional day was read since the mark', () => {
    const decision = freezeDecision({ due: 1 }, ['C3']);
    const mark = provisionalMark();
    expect(usedProvisionalSince(mark)).toBe(false);
    expect(flagProvisional(mark, decision)).toBe(decision);
  });

  it('adds provisional: true and the provisional rule once, to a frozen copy', () => {
    const decision = freezeDecision({ due: 1 }, ['C3']);
    const mark = provisionalMark();
    noteProvisional();
    expect(usedProvisionalSince(mark)).toBe(true);
    expect(provisionalMark()).toBe(mark + 1);
    const flagged = flagProvisional(mark, decision);
    expect(flagged).toEqual({ due: 1, provisional: true, basis: ['C3', 'calendar.provisional'] });
    expect([Object.isFrozen(flagged), Object.isFrozen(flagged.basis), decision.basis]).toEqual([true, true, ['C3']]);
    expect(PROVISIONAL_RULE).toBe('calendar.provisional');
    const again = flagProvisional(mark, flagged);
    expect(again.basis).toBe(flagged.basis);
  });
});
