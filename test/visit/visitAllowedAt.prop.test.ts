import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { HOUR_MS, shanghaiTimeOfDayMs } from '../../src/core/instant.js';
import { visitAllowedAt } from '../../src/visit/visitAllowedAt.js';

const instant = fc.integer({ min: Date.parse('1970-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') });

describe('visitAllowedAt properties', () => {
  it('allows exactly the instants from 08:00 to 22:00 Shanghai time, both included', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const timeOfDay = shanghaiTimeOfDayMs(ms);
        expect(visitAllowedAt(ms)).toBe(timeOfDay >= 8 * HOUR_MS && timeOfDay <= 22 * HOUR_MS);
        expect(visitAllowedAt(new Date(ms))).toBe(visitAllowedAt(new Date(ms).toISOString()));
      }),
      { numRuns: 200 },
    );
  });

  it('always throws InvalidInputError on an invalid instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(Number.NaN), fc.boolean(), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (value) => {
        expect(() => visitAllowedAt(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
