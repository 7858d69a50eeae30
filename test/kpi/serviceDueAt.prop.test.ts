import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { HOUR_MS, shanghaiDayOf, startOfShanghaiDay } from '../../src/core/instant.js';
import { serviceDueAt } from '../../src/kpi/serviceDueAt.js';

const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2026-11-30T23:59:59.999+08:00') });
const duty = fc.constantFrom('renovation-permit', 'secondary-renovation', 'parking-permit' as const);

describe('serviceDueAt properties', () => {
  it('is deterministic, later than the event, and monotone', () => {
    fc.assert(
      fc.property(duty, instant, instant, (d, a, b) => {
        const due = serviceDueAt(d, a).getTime();
        expect(serviceDueAt(d, new Date(a)).getTime()).toBe(due);
        expect(due).toBeGreaterThan(a);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(serviceDueAt(d, early).getTime()).toBeLessThanOrEqual(serviceDueAt(d, late).getTime());
      }),
      { numRuns: 150 },
    );
  });

  it('gives the renovation permit exactly one hour and the parking permit the rest of the day', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        expect(serviceDueAt('renovation-permit', ms).getTime()).toBe(ms + HOUR_MS);
        expect(serviceDueAt('parking-permit', ms).getTime()).toBe(startOfShanghaiDay(shanghaiDayOf(ms) + 1));
      }),
      { numRuns: 100 },
    );
  });

  it('always throws InvalidInputError on an unknown duty or an invalid instant', () => {
    fc.assert(
      fc.property(fc.string(), instant, (d, ms) => {
        fc.pre(!['renovation-permit', 'secondary-renovation', 'parking-permit'].includes(d));
        expect(() => serviceDueAt(d as never, ms)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(duty, fc.oneof(fc.constant(Number.NaN), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (d, value) => {
        expect(() => serviceDueAt(d, value)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
