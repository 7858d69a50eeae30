import { describe, expect, it } from 'vitest';
import { gradeForScore } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid } from './_helpers.js';

describe('gradeForScore', () => {
  it.each([
    [110, 'A'],
    [91, 'A'],
    [90.01, 'A'],
    [90, 'B'],
    [89.5, 'B'],
    [80, 'B'],
    [79.99, 'C'],
    [70, 'C'],
    [69.9, 'D'],
    [65, 'D'],
    [64.5, 'E'],
    [60, 'E'],
    [59.99, null],
    [0, null],
    [-25, null],
    [250, 'A'],
  ] as const)('grades %d as %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });

  it('follows a company policy that makes 90 an A', () => {
    const policy = definePolicy({
      appraisal: {
        grades: [
          { grade: 'A', from: { value: 90, inclusive: true } },
          { grade: 'B', from: { value: 80, inclusive: true } },
          { grade: 'C', from: { value: 70, inclusive: true } },
        ],
      },
    });
    expect(gradeForScore(90, { policy })).toBe('A');
    expect(gradeForScore(69, { policy })).toBeNull();
  });

  it.each([
    [Number.NaN, 'not_finite'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    [Number.NEGATIVE_INFINITY, 'not_finite'],
    ['85', 'invalid_type'],
    [undefined, 'invalid_type'],
  ])('refuses %s', (score, code) => {
    const error = expectInvalid(() => gradeForScore(score as number), code, ['score']);
    expect(error.message.startsWith('gradeForScore: score must be')).toBe(true);
  });
});
