import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { phoneAnsweredInTime } from '../../src/kpi/phoneAnsweredInTime.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

describe('phoneAnsweredInTime', () => {
  it.each([
    [0, true],
    [1, true],
    [3, true],
    [4, false],
    [10, false],
  ])('after %i rings → %s', (rings, inTime) => {
    expect(phoneAnsweredInTime(rings)).toBe(inTime);
  });

  it("follows the policy's limit and boundary", () => {
    const policy = definePolicy({ kpi: { phoneRings: { value: 3, inclusive: false } } });
    expect(phoneAnsweredInTime(3, { policy })).toBe(false);
    expect(phoneAnsweredInTime(2, { policy })).toBe(true);
  });

  it.each([
    [-1, 'negative'],
    [2.5, 'not_integer'],
    [Number.NaN, 'not_finite'],
    ['3', 'invalid_type'],
  ])('refuses %j with %s', (rings, code) => {
    expect(() => phoneAnsweredInTime(rings as number)).toThrow(InvalidInputError);
    expect(() => phoneAnsweredInTime(rings as number)).toThrow(expect.objectContaining({ code, path: ['rings'] }));
  });
});
