import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { HOUR_MS, MAX_INSTANT_MS, MIN_INSTANT_MS } from '../../src/core/instant.js';
import { parkingRenewalNoticeBy } from '../../src/kpi/parkingRenewalNoticeBy.js';

describe('parkingRenewalNoticeBy properties', () => {
  it('is always 168 hours before the expiry and deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS }), (ms) => {
        const expiry = new Date(ms);
        expect(parkingRenewalNoticeBy(expiry).getTime()).toBe(ms - 168 * HOUR_MS);
        expect(expiry.getTime()).toBe(ms);
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an invalid instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(Number.NaN), fc.constant({}), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (value) => {
        expect(() => parkingRenewalNoticeBy(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
