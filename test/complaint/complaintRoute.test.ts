import { describe, expect, it } from 'vitest';
import { complaintRoute } from '../../src/complaint/complaintRoute.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { complaintPolicy } from './_policy.js';

describe('complaintRoute', () => {
  it('sends an especially serious (level 1) complaint to the deputy general manager, answered in writing', () => {
    expect(complaintRoute(1)).toEqual({
      especiallySerious: true,
      handledBy: 'deputy-general-manager',
      reply: 'written',
      basis: ['complaint.escalate-serious'],
    });
  });

  it.each([2, 3, 4] as const)('leaves a level %d complaint with the service department, answered in writing or by phone', (level) => {
    expect(complaintRoute(level)).toEqual({
      especiallySerious: false,
      handledBy: 'service-department',
      reply: 'written-or-phone',
      basis: ['complaint.escalate-serious'],
    });
  });

  it('returns one of two frozen, shared answers', () => {
    expect(Object.isFrozen(complaintRoute(1))).toBe(true);
    expect(complaintRoute(3)).toBe(complaintRoute(4));
  });

  it("follows the policy's reading of especially serious", () => {
    const policy = complaintPolicy({ especiallySeriousLevels: [1, 2] });
    expect(complaintRoute(2, { policy }).handledBy).toBe('deputy-general-manager');
    expect(complaintRoute(3, { policy }).handledBy).toBe('service-department');
  });

  it.each([[0], [5], ['1'], [1.5], [null], [Number.NaN]])('refuses level %j', (level) => {
    let caught: unknown;
    try {
      complaintRoute(level as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect(caught).toMatchObject({ code: 'invalid_enum', path: ['level'] });
    expect((caught as Error).message).toMatch(/^complaintRoute: level must be one of 1, 2, 3, 4/);
  });
});
