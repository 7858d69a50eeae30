import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { paidServiceDueAt } from '../../src/repair/paidServiceDueAt.js';
import { referralDueAt } from '../../src/repair/referralDueAt.js';
import { MAX_INSTANT_MS, MAX_RESULT_MS, MIN_INSTANT_MS, MIN_RESULT_MS } from '../../src/core/instant.js';
import { invalidInputOf } from '../support/errors.js';
import { HOUR } from './_support.js';

// Any instant the functions accept (the years 0000–9999), often within a day of either end.
const instant = fc.oneof(
  fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS }),
  fc.integer({ min: MIN_INSTANT_MS, max: MIN_RESULT_MS + 24 * HOUR }),
  fc.integer({ min: MAX_RESULT_MS - 24 * HOUR, max: MAX_INSTANT_MS }),
);
// Where the deadline falls within the years 0000–9999 (+08:00), as every result does.
const inSpan = (at: number): boolean => at + HOUR >= MIN_RESULT_MS && at + HOUR <= MAX_RESULT_MS;

describe('referralDueAt and paidServiceDueAt properties', () => {
  it('are exactly one hour after the instant, however it is written, or refused on it when that is past 9999 (+08:00)', () => {
    fc.assert(
      fc.property(instant, (at) => {
        if (!inSpan(at)) {
          expect(invalidInputOf(() => referralDueAt(at))).toMatchObject({ code: 'out_of_range', path: ['receivedAt'] });
          expect(invalidInputOf(() => paidServiceDueAt(new Date(at)))).toMatchObject({ code: 'out_of_range', path: ['requestedAt'] });
          return;
        }
        expect(referralDueAt(at).getTime()).toBe(at + HOUR);
        expect(paidServiceDueAt(at).getTime()).toBe(at + HOUR);
        expect(referralDueAt(new Date(at)).getTime()).toBe(at + HOUR);
      }),
      { numRuns: 200 },
    );
  });

  it('accept ISO strings in any offset as the same instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (at) => {
        const iso = new Date(at).toISOString();
        expect(referralDueAt(iso).getTime()).toBe(at + HOUR);
      }),
      { numRuns: 100 },
    );
  });

  it('never mutate a Date they are given', () => {
    fc.assert(
      fc.property(instant.filter(inSpan), (at) => {
        const date = new Date(at);
        referralDueAt(date);
        paidServiceDueAt(date);
        expect(date.getTime()).toBe(at);
      }),
      { numRuns: 100 },
    );
  });

  it('always throw InvalidInputError on something that is not an instant', () => {
    const bad = fc.oneof(
      fc.double({ noInteger: true }),
      fc.constantFrom(null, undefined, true, {}, [], '', 'tomorrow', '2026-13-01'),
      fc.string().filter((text) => !/^\d{4}-/.test(text)),
    );
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => referralDueAt(value as string)).toThrow(InvalidInputError);
        expect(() => paidServiceDueAt(value as string)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
