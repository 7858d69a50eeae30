import { describe, expect, it } from 'vitest';
import { emergencyOverrunDeduction } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid } from './_helpers.js';

const BASIS = ['appraisal.emergency-overrun'];

describe('emergencyOverrunDeduction', () => {
  it.each([
    [-10, null, 0],
    [0, null, 0],
    [0.01, 'minor', 5],
    [1, 'minor', 5],
    [10, 'minor', 5],
    [10.0001, 'moderate', 10],
    [10.5, 'moderate', 10],
    [11, 'moderate', 10],
    [30, 'moderate', 10],
    [30.01, 'severe', 20],
    [31, 'severe', 20],
    [600, 'severe', 20],
  ] as const)('puts %d minutes in tier %s (%d points)', (minutes, severity, points) => {
    expect(emergencyOverrunDeduction(minutes)).toEqual({ severity, points, basis: BASIS });
  });

  it('returns the same frozen answer for the same tier', () => {
    const a = emergencyOverrunDeduction(12);
    expect(emergencyOverrunDeduction(29)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(emergencyOverrunDeduction(-1)).toBe(emergencyOverrunDeduction(0));
  });

  it('follows a company policy whose severe tier starts at 30 inclusive', () => {
    const policy = definePolicy({
      appraisal: {
        emergencyOverrunTiers: [
          { severity: 'minor', over: { value: 0, inclusive: false }, points: 5 },
          { severity: 'moderate', over: { value: 10, inclusive: false }, points: 10 },
          { severity: 'severe', over: { value: 30, inclusive: true }, points: 25 },
        ],
      },
    });
    expect(emergencyOverrunDeduction(30, { policy })).toEqual({ severity: 'severe', points: 25, basis: BASIS });
    expect(emergencyOverrunDeduction(29.9, { policy }).severity).toBe('moderate');
  });

  it.each([
    [Number.NaN, 'not_finite'],
    [Infinity, 'not_finite'],
    [-Infinity, 'not_finite'],
    ['15', 'invalid_type'],
    [null, 'invalid_type'],
  ])('refuses %s', (minutes, code) => {
    const error = expectInvalid(() => emergencyOverrunDeduction(minutes as number), code, ['minutesOver']);
    expect(error.message.startsWith('emergencyOverrunDeduction: minutesOver')).toBe(true);
  });
});
