import { describe, expect, it } from 'vitest';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { visitAllowedAt } from '../../src/visit/visitAllowedAt.js';

describe('visitAllowedAt', () => {
  it.each([
    ['2026-03-05T07:59:59.999+08:00', false],
    ['2026-03-05T08:00:00+08:00', true],
    ['2026-03-05T12:30:00+08:00', true],
    ['2026-03-05T21:59:59.999+08:00', true],
    ['2026-03-05T22:00:00+08:00', true],
    ['2026-03-05T22:00:00.001+08:00', false],
    ['2026-03-05T23:30:00+08:00', false],
    ['2026-03-05T00:00:00+08:00', false],
    ['2026-03-05T03:00:00+08:00', false],
  ])('at %s → %s', (instant, allowed) => {
    expect(visitAllowedAt(instant)).toBe(allowed);
  });

  it('reads the clock in Shanghai time, whatever the offset given', () => {
    // 14:00 UTC is 22:00 in Shanghai; 00:00 UTC is 08:00.
    expect(visitAllowedAt('2026-03-05T14:00:00Z')).toBe(true);
    expect(visitAllowedAt('2026-03-05T14:00:00.001Z')).toBe(false);
    expect(visitAllowedAt('2026-03-05T00:00:00Z')).toBe(true);
    expect(visitAllowedAt('2026-03-04T23:59:59.999Z')).toBe(false);
    expect(visitAllowedAt('2026-03-05T21:00:00+07:00')).toBe(true);
    expect(visitAllowedAt('2026-03-05T22:00')).toBe(true);
    expect(visitAllowedAt(Date.parse('2026-03-05T22:00:00.001+08:00'))).toBe(false);
    expect(visitAllowedAt(new Date('2026-03-05T08:00:00+08:00'))).toBe(true);
  });

  it("follows a company's own window and boundaries", () => {
    const policy = definePolicy({ visit: { earliest: { value: 9 * 60, inclusive: false }, latest: { value: 21 * 60 + 30, inclusive: false } } });
    expect(visitAllowedAt('2026-03-05T09:00:00+08:00', { policy })).toBe(false);
    expect(visitAllowedAt('2026-03-05T09:00:00.001+08:00', { policy })).toBe(true);
    expect(visitAllowedAt('2026-03-05T21:29:59.999+08:00', { policy })).toBe(true);
    expect(visitAllowedAt('2026-03-05T21:30:00+08:00', { policy })).toBe(false);
  });

  it('refuses a window that closes before it opens', () => {
    expect(() => definePolicy({ visit: { earliest: { value: 23 * 60, inclusive: true } } })).toThrow(PolicyError);
  });

  it('refuses an invalid instant', () => {
    expect(() => visitAllowedAt('tonight')).toThrow(InvalidInputError);
    expect(() => visitAllowedAt('tonight')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['at'], message: expect.stringMatching(/^visitAllowedAt: at/) }));
  });
});
