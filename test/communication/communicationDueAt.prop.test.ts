import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkdayDay } from '../../src/calendar/internal.js';
import { communicationDueAt } from '../../src/communication/communicationDueAt.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { shanghaiDayOf, shanghaiTimeOfDayMs, startOfShanghaiDay } from '../../src/core/instant.js';

const instant = fc.integer({ min: Date.parse('2019-01-01T00:00:00+08:00'), max: Date.parse('2026-11-30T23:59:59.999+08:00') });
const KINDS = ['contract-unclear', 'contract-change', 'property-loss', 'report-publication', 'appeal-reply', 'appeal-escalated'] as const;
const WORKDAYS: Partial<Record<(typeof KINDS)[number], number>> = { 'contract-unclear': 2, 'contract-change': 2, 'property-loss': 1, 'report-publication': 5 };
const kind = fc.constantFrom(...KINDS);

describe('communicationDueAt properties', () => {
  it('is deterministic, leaves its input alone and ends at 24:00 of a day after the event', () => {
    fc.assert(
      fc.property(kind, instant, (k, ms) => {
        const from = new Date(ms);
        const due = communicationDueAt(k, from);
        expect(from.getTime()).toBe(ms);
        expect(communicationDueAt(k, ms)).toEqual(due);
        expect(due.getTime()).toBeGreaterThan(ms);
        expect(shanghaiTimeOfDayMs(due.getTime())).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves exactly N working days after the event day, the last of them the deadline day', () => {
    fc.assert(
      fc.property(fc.constantFrom('contract-unclear', 'contract-change', 'property-loss', 'report-publication' as const), instant, (k, ms) => {
        const lastDay = shanghaiDayOf(communicationDueAt(k, ms).getTime()) - 1;
        expect(isWorkdayDay(lastDay, undefined, 'test')).toBe(true);
        let count = 0;
        for (let day = shanghaiDayOf(ms) + 1; day <= lastDay; day += 1) if (isWorkdayDay(day, undefined, 'test')) count += 1;
        expect(count).toBe(WORKDAYS[k]);
      }),
      { numRuns: 150 },
    );
  });

  it('gives appeals the 7th day after the event day', () => {
    fc.assert(
      fc.property(fc.constantFrom('appeal-reply', 'appeal-escalated' as const), instant, (k, ms) => {
        expect(communicationDueAt(k, ms).getTime()).toBe(startOfShanghaiDay(shanghaiDayOf(ms) + 8));
      }),
      { numRuns: 100 },
    );
  });

  it('is monotone: a later event never has an earlier deadline', () => {
    fc.assert(
      fc.property(kind, instant, instant, (k, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(communicationDueAt(k, early).getTime()).toBeLessThanOrEqual(communicationDueAt(k, late).getTime());
      }),
      { numRuns: 150 },
    );
  });

  it('always throws InvalidInputError on an unknown kind or an invalid instant', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !(KINDS as readonly string[]).includes(text)), instant, (k, ms) => {
        expect(() => communicationDueAt(k as never, ms)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(kind, fc.oneof(fc.double().filter((x) => !Number.isInteger(x)), fc.string().filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))), (k, value) => {
        expect(() => communicationDueAt(k, value)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
