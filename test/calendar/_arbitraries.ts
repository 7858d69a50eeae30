// fast-check arbitraries shared by the calendar property tests.
import fc from 'fast-check';

/** 2019-01-01T00:00+08:00 and the last millisecond of 2026 in Shanghai: the built-in calendar's span. */
export const COVERED_FIRST_MS = Date.parse('2019-01-01T00:00:00+08:00');
export const COVERED_LAST_MS = Date.parse('2027-01-01T00:00:00+08:00') - 1;

/** An instant inside the built-in calendar, as epoch ms. */
export const coveredMs = fc.integer({ min: COVERED_FIRST_MS, max: COVERED_LAST_MS });

/** An instant from 2015 to 2030: inside the calendar and a few years either side. */
export const nearMs = fc.integer({ min: Date.parse('2015-01-01T00:00:00+08:00'), max: Date.parse('2031-01-01T00:00:00+08:00') });

/** An instant anywhere from 1900 to 2200. */
export const wideMs = fc.integer({ min: Date.parse('1900-01-01T00:00:00+08:00'), max: Date.parse('2200-01-01T00:00:00+08:00') });

/** The same instant in each accepted form: epoch ms, Date, ISO string with +08:00, with Z, and offset-less Shanghai time. */
export function instantForms(ms: number): [number, Date, string, string, string] {
  const shanghai = new Date(ms + 8 * 3_600_000).toISOString();
  return [ms, new Date(ms), `${shanghai.slice(0, -1)}+08:00`, new Date(ms).toISOString(), shanghai.slice(0, -1)];
}

/** Values that are not instants. */
export const badInstant = fc.oneof(
  fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, -Infinity, 1.5, 9e15, -9e15, null, undefined, true, {}, [], 'tomorrow', '2026-02-30', '2026-13-01', '2026-10-01T25:00', ''),
  fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text)),
  fc.double({ noInteger: true }),
);

/** A valid period. */
export const period = fc.oneof(
  fc.record({ amount: fc.integer({ min: 1, max: 400 }), unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'workday' as const) }),
  fc.record({ amount: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 10_000, noNaN: true })), unit: fc.constant('hour' as const) }),
  fc.record({ unit: fc.constantFrom('same-day' as const, 'next-day' as const) }),
);

/** A valid period, working hours included. */
export const periodOrWorkhours = fc.oneof(
  period,
  fc.record({ amount: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 300, noNaN: true })), unit: fc.constant('workhour' as const) }),
);

/** Something that is not a period. */
export const badPeriod = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, 3, 'day', [], {}),
  fc.record({ amount: fc.integer({ min: 1, max: 5 }), unit: fc.string().filter((unit) => !['hour', 'day', 'week', 'month', 'workday', 'workhour', 'same-day', 'next-day'].includes(unit)) }),
  fc.record({
    amount: fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constantFrom<unknown>(Number.NaN, Infinity, '1', null, undefined)),
    unit: fc.constantFrom('day', 'week', 'month', 'workday'),
  }),
  fc.record({ amount: fc.oneof(fc.double({ max: -Number.MIN_VALUE }), fc.constantFrom<unknown>(Number.NaN, -Infinity, Infinity, '1', null)), unit: fc.constantFrom('hour', 'workhour') }),
);
