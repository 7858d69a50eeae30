import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { visitRoleMinimum } from '../../src/visit/visitRoleMinimum.js';

describe('visitRoleMinimum', () => {
  it('asks the manager and the supervisor for at least 5 visits a month each', () => {
    expect(visitRoleMinimum('manager')).toBe(5);
    expect(visitRoleMinimum('supervisor')).toBe(5);
  });

  it("follows a company's own minimums", () => {
    const policy = definePolicy({ visit: { roleMinimums: { supervisor: 8 } } });
    expect(visitRoleMinimum('supervisor', { policy })).toBe(8);
    expect(visitRoleMinimum('manager', { policy })).toBe(5);
  });

  it('refuses an unknown role', () => {
    expect(() => visitRoleMinimum('staff' as never)).toThrow(InvalidInputError);
    expect(() => visitRoleMinimum('staff' as never)).toThrow(expect.objectContaining({ code: 'invalid_enum', path: ['role'] }));
  });
});
