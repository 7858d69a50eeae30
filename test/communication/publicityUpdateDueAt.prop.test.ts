import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicityUpdateDueAt } from '../../src/communication/publicityUpdateDueAt.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { DAY_MS, shanghaiTimeOfDayMs } from '../../src/core/instant.js';

const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2025-12-31T00:00:00+08:00') });

describe('publicityUpdateDueAt properties', () => {
  it('is deterministic and leaves between 28 and 32 days', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const from = new Date(ms);
        const due = publicityUpdateDueAt(from).getTime();
        expect(from.getTime()).toBe(ms);
        expect(publicityUpdateDueAt(ms).getTime()).toBe(due);
        expect(shanghaiTimeOfDayMs(due)).toBe(0);
        expect(due - ms).toBeGreaterThan(28 * DAY_MS - DAY_MS);
        expect(due - ms).toBeLessThanOrEqual(32 * DAY_MS);
      }),
      { numRuns: 150 },
    );
  });

  it('is monotone in the last update', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(publicityUpdateDueAt(early).getTime()).toBeLessThanOrEqual(publicityUpdateDueAt(late).getTime());
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an invalid instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(Number.NaN), fc.object(), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (value) => {
        expect(() => publicityUpdateDueAt(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
