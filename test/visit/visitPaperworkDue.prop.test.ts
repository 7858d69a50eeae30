import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { civilDateOfDay, shanghaiDayOf, shanghaiTimeOfDayMs, startOfShanghaiDay } from '../../src/core/instant.js';
import { visitPaperworkDue } from '../../src/visit/visitPaperworkDue.js';

const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2026-12-31T23:59:59.999+08:00') });

describe('visitPaperworkDue properties', () => {
  it('is deterministic: the record by 24:00 of the next day, the summary at 00:00 of the 5th of the next month', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const from = new Date(ms);
        const { recordBy, summaryBy } = visitPaperworkDue(from);
        expect(from.getTime()).toBe(ms);
        expect(visitPaperworkDue(ms)).toEqual({ recordBy, summaryBy });
        const day = shanghaiDayOf(ms);
        expect(recordBy.getTime()).toBe(startOfShanghaiDay(day + 2));
        expect(shanghaiTimeOfDayMs(summaryBy.getTime())).toBe(0);
        const visit = civilDateOfDay(day);
        const summary = civilDateOfDay(shanghaiDayOf(summaryBy.getTime()));
        expect(summary.day).toBe(5);
        expect(summary.year * 12 + summary.month).toBe(visit.year * 12 + visit.month + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('always throws InvalidInputError on an invalid instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(null), fc.double().filter((x) => !Number.isInteger(x)), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (value) => {
        expect(() => visitPaperworkDue(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
