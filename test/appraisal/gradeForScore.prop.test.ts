import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeForScore } from '../../src/appraisal/index.js';
import { InvalidInputError } from '../../src/core/errors.js';

const RANK = { A: 5, B: 4, C: 3, D: 2, E: 1 } as const;
const rank = (grade: keyof typeof RANK | null): number => (grade === null ? 0 : RANK[grade]);
const score = fc.double({ min: -500, max: 500, noNaN: true });

describe('gradeForScore properties', () => {
  it('never lowers the grade for a higher score', () => {
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(gradeForScore(high))).toBeGreaterThanOrEqual(rank(gradeForScore(low)));
      }),
      { numRuns: 200 },
    );
  });

  it('is total and deterministic over finite scores', () => {
    fc.assert(
      fc.property(score, (value) => {
        const grade = gradeForScore(value);
        expect([null, 'A', 'B', 'C', 'D', 'E']).toContain(grade);
        expect(gradeForScore(value)).toBe(grade);
      }),
      { numRuns: 200 },
    );
  });

  it('puts each band boundary on the documented side', () => {
    fc.assert(
      fc.property(fc.constantFrom(60, 65, 70, 80), (bound) => {
        expect(gradeForScore(bound)).not.toBe(gradeForScore(bound - 1e-9));
        expect(gradeForScore(bound)).toBe(gradeForScore(bound + 1e-9));
      }),
    );
    expect(gradeForScore(90)).toBe('B');
    expect(gradeForScore(90 + 1e-9)).toBe('A');
  });

  it('throws InvalidInputError for anything but a finite number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(Number.NaN, Infinity, -Infinity), fc.string(), fc.boolean(), fc.constant(null)), (bad) => {
        expect(() => gradeForScore(bad as number)).toThrow(InvalidInputError);
      }),
      { numRuns: 100 },
    );
  });
});
