import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { HOUR_MS, MAX_INSTANT_MS, MAX_RESULT_MS, MIN_INSTANT_MS, MIN_RESULT_MS } from '../../src/core/instant.js';
import { invalidInputOf } from '../support/errors.js';
import { parkingRenewalNoticeBy } from '../../src/kpi/parkingRenewalNoticeBy.js';

describe('parkingRenewalNoticeBy properties', () => {
  it('is always 168 hours before the expiry and deterministic, or refused on the expiry when that is before 0000-01-01 (+08:00)', () => {
    // The first week of the year 0000 too, where the notice falls outside the span of results.
    const expiries = fc.oneof(fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS }), fc.integer({ min: MIN_INSTANT_MS, max: MIN_RESULT_MS + 200 * HOUR_MS }));
    let refused = 0;
    fc.assert(
      fc.property(expiries, (ms) => {
        const expiry = new Date(ms);
        const due = ms - 168 * HOUR_MS;
        if (due >= MIN_RESULT_MS && due <= MAX_RESULT_MS) expect(parkingRenewalNoticeBy(expiry).getTime()).toBe(due);
        else {
          refused += 1;
          expect(invalidInputOf(() => parkingRenewalNoticeBy(expiry))).toMatchObject({ code: 'out_of_range', path: ['expiresAt'] });
        }
        expect(expiry.getTime()).toBe(ms);
      }),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(0);
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
