import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { paidServiceDueAt } from '../../src/repair/paidServiceDueAt.js';
import { referralDueAt } from '../../src/repair/referralDueAt.js';
import { MAX_INSTANT_MS, MIN_INSTANT_MS } from '../../src/core/instant.js';
import { HOUR } from './_support.js';

// Any instant the functions accept (the years 0000–9999).
const instant = fc.integer({ min: MIN_INSTANT_MS, max: MAX_INSTANT_MS });

describe('referralDueAt and paidServiceDueAt properties', () => {
  it('are exactly one hour after the instant, however it is written', () => {
    fc.assert(
      fc.property(instant, (at) => {
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
      fc.property(instant, (at) => {
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
