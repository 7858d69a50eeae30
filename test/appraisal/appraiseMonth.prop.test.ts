import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appraiseMonth, scoreMonth, type TeamMemberMonth } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { month } from './_arbitraries.js';
import { inCatalog, snapshot } from './_helpers.js';

const members: fc.Arbitrary<TeamMemberMonth[]> = fc
  .array(
    fc.record(
      {
        month,
        employmentMonth: fc.integer({ min: 1, max: 40 }),
        previousMonth: fc.record({ score: fc.integer({ min: 30, max: 110 }), lastPlace: fc.boolean() }),
      },
      { requiredKeys: ['month'] },
    ),
    { maxLength: 7 },
  )
  .map((list) => list.map((member, index) => ({ id: `m${index}`, ...member })));

describe('appraiseMonth properties', () => {
  it('ranks consistently and puts the lowest score last unless all are equal', () => {
    fc.assert(
      fc.property(members, (list) => {
        const result = appraiseMonth({ members: list });
        const scores = result.members.map((m) => m.score);
        const lowest = Math.min(...scores);
        const allEqual = scores.every((score) => score === scores[0]);
        for (const member of result.members) {
          expect(member.score).toBe(scoreMonth(list.find((m) => m.id === member.id)?.month ?? {}).score);
          expect(member.rank).toBe(1 + scores.filter((score) => score > member.score).length);
          expect(member.lastPlace).toBe(!allEqual && member.score === lowest);
          expect(inCatalog(member.termination.basis)).toBe(true);
        }
        const ranked = result.ranking.map((id) => result.members.find((m) => m.id === id)?.score ?? Number.NaN);
        expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
        expect(new Set(result.ranking)).toEqual(new Set(list.map((m) => m.id)));
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(members, (list) => {
        const input = { members: list };
        const copy = snapshot(input);
        expect(appraiseMonth(input)).toEqual(appraiseMonth(input));
        expect(input).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });

  it('throws InvalidInputError when any member is bad', () => {
    fc.assert(
      fc.property(members.filter((list) => list.length > 0), fc.nat(), fc.constantFrom('times', 'item', 'points'), (list, at, what) => {
        const index = at % list.length;
        const bad =
          what === 'times'
            ? { item: 'no-mandarin', times: -1 }
            : what === 'item'
              ? { item: 'no-such-item' }
              : { item: 'spot-check-error', points: 9 };
        const broken = list.map((member, i) => (i === index ? { ...member, month: { deductions: [bad] } } : member));
        expect(() => appraiseMonth({ members: broken as never })).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
