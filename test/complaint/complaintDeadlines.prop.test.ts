import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { complaintDeadlines, type ComplaintDeadlinesInput } from '../../src/complaint/complaintDeadlines.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { DAY_MS, shanghaiDayOf, startOfShanghaiDay } from '../../src/core/instant.js';

const RUNS = { numRuns: 200 };
const FIRST = Date.parse('2019-01-01T00:00:00+08:00');
const LAST = Date.parse('2026-12-20T00:00:00+08:00');
const instant = fc.integer({ min: FIRST, max: LAST });
const level = fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>;
const complaint: fc.Arbitrary<ComplaintDeadlinesInput> = fc
  .record({ level, receivedAt: instant, acceptAfter: fc.option(fc.integer({ min: 0, max: 5 * DAY_MS }), { nil: undefined }) })
  .map(({ level: value, receivedAt, acceptAfter }) =>
    acceptAfter === undefined ? { level: value, receivedAt } : { level: value, receivedAt, acceptedAt: receivedAt + acceptAfter },
  );

describe('complaintDeadlines properties', () => {
  it('is total and deterministic, with closeBy exactly when acceptedAt is given and catalogued rules', () => {
    fc.assert(
      fc.property(complaint, (input) => {
        const copy = structuredClone(input);
        const result = complaintDeadlines(input);
        expect(complaintDeadlines(input)).toEqual(result);
        expect(input).toEqual(copy);
        expect('closeBy' in result).toBe(input.acceptedAt !== undefined);
        for (const id of result.basis) expect(ruleCatalog[id], id).toBeDefined();
      }),
      RUNS,
    );
  });

  it('ends every civil-code deadline at 00:00 Shanghai: same day, 1 or 3 days after receipt, 6 days after acceptance', () => {
    fc.assert(
      fc.property(complaint, (input) => {
        const result = complaintDeadlines(input);
        const receivedDay = shanghaiDayOf(input.receivedAt as number);
        expect(result.forwardBy.getTime()).toBe(startOfShanghaiDay(receivedDay + 1));
        expect(result.respondBy.getTime()).toBe(startOfShanghaiDay(receivedDay + 1 + (input.level <= 2 ? 3 : 1)));
        if (input.acceptedAt !== undefined) {
          expect(result.closeBy?.getTime()).toBe(startOfShanghaiDay(shanghaiDayOf(input.acceptedAt as number) + 7));
        }
      }),
      RUNS,
    );
  });

  it('is monotone: a later receipt or acceptance never brings a deadline forward, and a major complaint never has less time', () => {
    fc.assert(
      fc.property(complaint, fc.integer({ min: 0, max: 10 * DAY_MS }), (input, later) => {
        const base = complaintDeadlines(input);
        const moved = complaintDeadlines({ ...input, receivedAt: (input.receivedAt as number) + later, acceptedAt: input.acceptedAt === undefined ? undefined : (input.acceptedAt as number) + later });
        expect(moved.forwardBy.getTime()).toBeGreaterThanOrEqual(base.forwardBy.getTime());
        expect(moved.respondBy.getTime()).toBeGreaterThanOrEqual(base.respondBy.getTime());
        if (input.acceptedAt !== undefined) expect(moved.closeBy!.getTime()).toBeGreaterThanOrEqual(base.closeBy!.getTime());
        const major = complaintDeadlines({ ...input, level: 1 });
        const routine = complaintDeadlines({ ...input, level: 4 });
        expect(major.respondBy.getTime()).toBeGreaterThanOrEqual(routine.respondBy.getTime());
        expect(base.forwardBy.getTime()).toBeGreaterThan(input.receivedAt as number);
      }),
      RUNS,
    );
  });

  it('always throws InvalidInputError for a bad level, a bad instant or an acceptance before receipt', () => {
    const bad = fc.oneof(
      fc.record({ field: fc.constant('level'), value: fc.constantFrom<unknown>(0, 5, 2.5, '1', null, Number.NaN) }),
      fc.record({ field: fc.constantFrom('receivedAt', 'acceptedAt'), value: fc.constantFrom<unknown>('soon', Number.NaN, 1.5, null, '2026-02-30', Number.POSITIVE_INFINITY) }),
      fc.record({ field: fc.constant('acceptedAt'), value: fc.integer({ min: 1, max: 10 * DAY_MS }).map((before) => -before) }),
    );
    fc.assert(
      fc.property(complaint, bad, (input, { field, value }) => {
        const broken = field === 'acceptedAt' && typeof value === 'number' && Number.isInteger(value) ? { ...input, acceptedAt: (input.receivedAt as number) + value } : { ...input, [field]: value };
        let caught: unknown;
        try {
          complaintDeadlines(broken as ComplaintDeadlinesInput);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InvalidInputError);
        expect((caught as InvalidInputError).path).toEqual([field]);
      }),
      RUNS,
    );
  });
});
