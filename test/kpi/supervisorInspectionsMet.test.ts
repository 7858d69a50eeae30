import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { supervisorInspectionsMet } from '../../src/kpi/supervisorInspectionsMet.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

describe('supervisorInspectionsMet', () => {
  it.each([
    [0, false],
    [1, false],
    [2, true],
    [5, true],
  ])('%i inspections in a week → %s', (count, met) => {
    expect(supervisorInspectionsMet(count)).toBe(met);
  });

  it("follows the policy's cadence", () => {
    const policy = definePolicy({ kpi: { supervisor: { inspectionsPerWeek: { value: 3, inclusive: true } } } });
    expect(supervisorInspectionsMet(2, { policy })).toBe(false);
    expect(supervisorInspectionsMet(3, { policy })).toBe(true);
  });

  it('refuses a bad count', () => {
    expect(() => supervisorInspectionsMet(-1)).toThrow(InvalidInputError);
    expect(() => supervisorInspectionsMet(1.5)).toThrow(expect.objectContaining({ code: 'not_integer', path: ['inspectionsInWeek'] }));
  });
});
