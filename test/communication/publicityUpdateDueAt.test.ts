import { describe, expect, it } from 'vitest';
import { publicityUpdateDueAt } from '../../src/communication/publicityUpdateDueAt.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const at = (iso: string): Date => new Date(iso);

describe('publicityUpdateDueAt', () => {
  it('is due by 24:00 of the corresponding day of the next month', () => {
    expect(publicityUpdateDueAt('2026-03-15T10:00:00+08:00')).toEqual(at('2026-04-16T00:00:00+08:00'));
    expect(publicityUpdateDueAt('2026-12-15T10:00:00+08:00')).toEqual(at('2027-01-16T00:00:00+08:00'));
  });

  it("ends on the next month's last day when it has no corresponding day", () => {
    expect(publicityUpdateDueAt('2026-01-31T16:00:00+08:00')).toEqual(at('2026-03-01T00:00:00+08:00'));
    expect(publicityUpdateDueAt('2028-01-30T16:00:00+08:00')).toEqual(at('2028-03-01T00:00:00+08:00'));
  });

  it('follows the policy: elapsed counting, another cadence', () => {
    expect(publicityUpdateDueAt('2026-03-15T10:00:00+08:00', { policy: definePolicy({ dayCounting: 'elapsed' }) })).toEqual(at('2026-04-15T10:00:00+08:00'));
    const fortnight = definePolicy({ communication: { publicityUpdateWithin: { amount: 2, unit: 'week' } } });
    expect(publicityUpdateDueAt('2026-03-15T10:00:00+08:00', { policy: fortnight })).toEqual(at('2026-03-30T00:00:00+08:00'));
  });

  it('refuses an invalid instant', () => {
    expect(() => publicityUpdateDueAt('last month')).toThrow(InvalidInputError);
    expect(() => publicityUpdateDueAt('last month')).toThrow(
      expect.objectContaining({ code: 'invalid_instant', path: ['lastUpdatedAt'], message: expect.stringMatching(/^publicityUpdateDueAt: lastUpdatedAt/) }),
    );
  });
});
