import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyMeetingDay } from '../../src/communication/companyMeetingDay.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { shanghaiDayOf, shanghaiTimeOfDayMs, weekdayOfDay } from '../../src/core/instant.js';

const instant = fc.integer({ min: Date.parse('1900-01-01T00:00:00+08:00'), max: Date.parse('2200-01-01T00:00:00+08:00') });

describe('companyMeetingDay properties', () => {
  it('is deterministic and gives the first Monday on or after the day', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const meeting = companyMeetingDay(new Date(ms)).getTime();
        expect(companyMeetingDay(ms).getTime()).toBe(meeting);
        expect(shanghaiTimeOfDayMs(meeting)).toBe(0);
        const offset = shanghaiDayOf(meeting) - shanghaiDayOf(ms);
        expect(weekdayOfDay(shanghaiDayOf(meeting))).toBe(1);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(6);
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an invalid instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(undefined), fc.double().filter((x) => !Number.isInteger(x)), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (value) => {
        expect(() => companyMeetingDay(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
