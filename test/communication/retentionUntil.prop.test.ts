import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retentionUntil } from '../../src/communication/retentionUntil.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { DAY_MS, shanghaiTimeOfDayMs } from '../../src/core/instant.js';

const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2025-12-31T00:00:00+08:00') });
const record = fc.constantFrom('meeting-minutes', 'notice' as const);

describe('retentionUntil properties', () => {
  it('is deterministic, leaves its input alone and keeps a record a full year and at most a year and two days', () => {
    fc.assert(
      fc.property(record, instant, (r, ms) => {
        const from = new Date(ms);
        const until = retentionUntil(r, from).getTime();
        expect(from.getTime()).toBe(ms);
        expect(retentionUntil(r, ms).getTime()).toBe(until);
        expect(shanghaiTimeOfDayMs(until)).toBe(0);
        expect(until - ms).toBeGreaterThan(364 * DAY_MS);
        expect(until - ms).toBeLessThanOrEqual(367 * DAY_MS);
      }),
      { numRuns: 150 },
    );
  });

  it('is monotone in the record date', () => {
    fc.assert(
      fc.property(record, instant, instant, (r, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(retentionUntil(r, early).getTime()).toBeLessThanOrEqual(retentionUntil(r, late).getTime());
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an unknown record or an invalid instant', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => text !== 'meeting-minutes' && text !== 'notice'), instant, (r, ms) => {
        expect(() => retentionUntil(r as never, ms)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(record, fc.oneof(fc.boolean(), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (r, value) => {
        expect(() => retentionUntil(r, value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
