import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { parkingRenewalNoticeBy } from '../../src/kpi/parkingRenewalNoticeBy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const at = (iso: string): Date => new Date(iso);

describe('parkingRenewalNoticeBy', () => {
  it('is exactly one week (168 hours) before the lease ends', () => {
    expect(parkingRenewalNoticeBy('2026-04-01T00:00:00+08:00')).toEqual(at('2026-03-25T00:00:00+08:00'));
    expect(parkingRenewalNoticeBy('2026-03-03T18:00:00+08:00')).toEqual(at('2026-02-24T18:00:00+08:00'));
    // A date alone is 00:00 of that day, Shanghai time.
    expect(parkingRenewalNoticeBy('2026-04-01')).toEqual(at('2026-03-25T00:00:00+08:00'));
  });

  it("follows the policy's lead", () => {
    const policy = definePolicy({ kpi: { parkingRenewalLeadHours: 72 } });
    expect(parkingRenewalNoticeBy('2026-04-01T00:00:00+08:00', { policy })).toEqual(at('2026-03-29T00:00:00+08:00'));
  });

  it('floors a fractional lead to the millisecond', () => {
    const policy = definePolicy({ kpi: { parkingRenewalLeadHours: 0.0000001 } });
    expect(parkingRenewalNoticeBy(1000, { policy }).getTime()).toBe(999);
    expect(parkingRenewalNoticeBy(-1000, { policy }).getTime()).toBe(-1001);
  });

  it('refuses bad instants, and an expiry so early that the notice date cannot be represented', () => {
    expect(() => parkingRenewalNoticeBy('end of month')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['expiresAt'] }));
    expect(() => parkingRenewalNoticeBy(-8.64e15)).toThrow(expect.objectContaining({ code: 'out_of_range', path: ['expiresAt'] }));
    expect(() => parkingRenewalNoticeBy(-8.64e15)).toThrow(InvalidInputError);
  });
});
