import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkdayDay } from '../../src/calendar/internal.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { shanghaiDayOf, shanghaiTimeOfDayMs } from '../../src/core/instant.js';
import { visitSummaryApprovalDueAt } from '../../src/visit/visitSummaryApprovalDueAt.js';

const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2026-11-30T23:59:59.999+08:00') });

describe('visitSummaryApprovalDueAt properties', () => {
  it('leaves exactly 2 working days after the submission day and is monotone', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const due = visitSummaryApprovalDueAt(a).getTime();
        expect(visitSummaryApprovalDueAt(new Date(a)).getTime()).toBe(due);
        expect(shanghaiTimeOfDayMs(due)).toBe(0);
        const lastDay = shanghaiDayOf(due) - 1;
        expect(isWorkdayDay(lastDay, undefined, 'test')).toBe(true);
        let count = 0;
        for (let day = shanghaiDayOf(a) + 1; day <= lastDay; day += 1) if (isWorkdayDay(day, undefined, 'test')) count += 1;
        expect(count).toBe(2);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(visitSummaryApprovalDueAt(early).getTime()).toBeLessThanOrEqual(visitSummaryApprovalDueAt(late).getTime());
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an invalid instant', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(undefined), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (value) => {
        expect(() => visitSummaryApprovalDueAt(value as never)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
