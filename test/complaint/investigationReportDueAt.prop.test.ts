import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { investigationReportDueAt } from '../../src/complaint/investigationReportDueAt.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { shanghaiDayOf, startOfShanghaiDay } from '../../src/core/instant.js';

const RUNS = { numRuns: 200 };
const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2026-12-31T23:59:59.999+08:00') });

describe('investigationReportDueAt properties', () => {
  it('is 00:00 Shanghai four days after the investigation day, for every instant', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const due = investigationReportDueAt(at);
        expect(due.getTime()).toBe(startOfShanghaiDay(shanghaiDayOf(at) + 4));
        expect(investigationReportDueAt(new Date(at)).getTime()).toBe(due.getTime());
      }),
      RUNS,
    );
  });

  it('is monotone: a later investigation never has an earlier deadline', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(investigationReportDueAt(late).getTime()).toBeGreaterThanOrEqual(investigationReportDueAt(early).getTime());
      }),
      RUNS,
    );
  });

  it('always throws InvalidInputError for a value that is not an instant', () => {
    const bad = fc.oneof(fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}/.test(s)), fc.double().filter((x) => !Number.isInteger(x)), fc.constantFrom<unknown>(null, undefined, true, {}));
    fc.assert(
      fc.property(bad, (value) => {
        expect(() => investigationReportDueAt(value as never)).toThrow(InvalidInputError);
      }),
      RUNS,
    );
  });
});
