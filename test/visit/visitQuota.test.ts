import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import { visitQuota } from '../../src/visit/visitQuota.js';
import { invalidInputOf as failure } from '../support/errors.js';


describe('visitQuota', () => {
  it.each([
    // [households, occupied, percent, minimum]
    [0, 0, 4, 0],
    [1, 1, 4, 1],
    [300, 0, 4, 0],
    [300, 25, 4, 1],
    [300, 300, 4, 12],
    [301, 1, 5, 1],
    [301, 301, 5, 16],
    [500, 500, 5, 25],
    [501, 500, 6, 30],
    [700, 550, 6, 33],
    [800, 800, 6, 48],
    [800, 750, 6, 45],
    [801, 800, 7, 56],
    [801, 801, 7, 57],
    [1000, 100, 7, 7],
    [1000, 101, 7, 8],
    [1000, 300, 7, 21],
    [5000, 4321, 7, 303],
  ])('gives %i households with %i occupied %i%%, at least %i visits', (households, occupied, percent, minimum) => {
    expect(visitQuota({ households, occupied })).toEqual({ percent, minimum, basis: ['visit.quota'] });
  });

  it('puts the bracket on all households, not on occupied ones', () => {
    expect(visitQuota({ households: 900, occupied: 200 }).percent).toBe(7);
    expect(visitQuota({ households: 250, occupied: 250 }).percent).toBe(4);
  });

  it('rounds up in integers where floating point would overshoot (0.07 × 100 = 7.000000000000001)', () => {
    expect(0.07 * 100).toBeGreaterThan(7);
    expect(visitQuota({ households: 1000, occupied: 100 }).minimum).toBe(7);
    expect(0.07 * 300).toBeGreaterThan(21);
    expect(visitQuota({ households: 1000, occupied: 300 }).minimum).toBe(21);
  });

  it('stays exact for very large communities', () => {
    expect(visitQuota({ households: Number.MAX_SAFE_INTEGER, occupied: Number.MAX_SAFE_INTEGER }).minimum).toBe(630_503_947_831_870);
  });

  it("follows a company's own brackets and boundaries", () => {
    const policy = definePolicy({
      visit: {
        quotaBrackets: [
          { upTo: { value: 800, inclusive: false }, percent: 5.5 },
          { upTo: null, percent: 8 },
        ],
      },
    });
    expect(visitQuota({ households: 799, occupied: 200 }, { policy })).toEqual({ percent: 5.5, minimum: 11, basis: ['visit.quota'] });
    expect(visitQuota({ households: 799, occupied: 201 }, { policy }).minimum).toBe(12);
    expect(visitQuota({ households: 800, occupied: 200 }, { policy })).toEqual({ percent: 8, minimum: 16, basis: ['visit.quota'] });
  });

  it('returns frozen decisions, interned for equal answers', () => {
    const result = visitQuota({ households: 400, occupied: 380 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.basis)).toBe(true);
    expect(visitQuota({ households: 450, occupied: 380 })).toBe(result);
  });

  it('stays correct once its bounded store of interned answers is full', () => {
    // 7% of up to 330,000 occupied households: more than 20,000 different answers.
    for (let occupied = 0; occupied <= 330_000; occupied += 13) {
      const { minimum } = visitQuota({ households: 330_000, occupied });
      expect(minimum).toBe(Math.ceil((occupied * 7) / 100));
    }
    const late = visitQuota({ households: 330_000, occupied: 329_999 });
    expect(late).toEqual({ percent: 7, minimum: 23_100, basis: ['visit.quota'] });
    expect(Object.isFrozen(late)).toBe(true);
  });

  it('refuses a hand-built policy with a percentage finer than basis points', () => {
    const policy: Policy = { ...defaultPolicy, visit: { ...defaultPolicy.visit, quotaBrackets: [{ upTo: null, percent: 5.555 }] } };
    expect(() => visitQuota({ households: 100, occupied: 100 }, { policy })).toThrow(PolicyError);
  });

  it('refuses more occupied households than households', () => {
    const error = failure(() => visitQuota({ households: 300, occupied: 301 }));
    expect(error).toMatchObject({ code: 'out_of_range', path: ['occupied'] });
    expect(error.message).toBe('visitQuota: occupied must be at most households (300), received 301');
  });

  it.each([
    [{ households: -1, occupied: 0 }, 'negative', ['households']],
    [{ households: 300.5, occupied: 0 }, 'not_integer', ['households']],
    [{ households: Number.NaN, occupied: 0 }, 'not_finite', ['households']],
    [{ households: Number.POSITIVE_INFINITY, occupied: 0 }, 'not_finite', ['households']],
    [{ households: '300', occupied: 0 }, 'invalid_type', ['households']],
    [{ occupied: 0 }, 'invalid_type', ['households']],
    [{ households: 300, occupied: -2 }, 'negative', ['occupied']],
    [{ households: 300, occupied: 2.5 }, 'not_integer', ['occupied']],
    [{ households: 300 }, 'invalid_type', ['occupied']],
    [null, 'invalid_type', []],
    [{ households: 300, occupied: 200, ocupied: 250 }, 'unknown_key', ['ocupied']],
    [[300, 200], 'invalid_type', []],
  ])('refuses %j with %s', (input, code, path) => {
    const error = failure(() => visitQuota(input as never));
    expect(error).toMatchObject({ code, path });
    expect(error.message).toMatch(/^visitQuota: /);
  });

  it('refuses a hand-built policy whose brackets leave the community uncovered', () => {
    const policy: Policy = { ...defaultPolicy, visit: { ...defaultPolicy.visit, quotaBrackets: [{ upTo: { value: 300, inclusive: true }, percent: 4 }] } };
    expect(() => visitQuota({ households: 301, occupied: 1 }, { policy })).toThrow(PolicyError);
  });

  it('refuses policies with a bad bracket table', () => {
    expect(() => definePolicy({ visit: { quotaBrackets: [{ upTo: { value: 300, inclusive: true }, percent: 4 }] } })).toThrow(PolicyError);
    expect(() => definePolicy({ visit: { quotaBrackets: [{ upTo: null, percent: 4.125 }] } })).toThrow(PolicyError);
    expect(() =>
      definePolicy({ visit: { quotaBrackets: [{ upTo: { value: 500, inclusive: true }, percent: 4 }, { upTo: { value: 300, inclusive: true }, percent: 5 }, { upTo: null, percent: 6 }] } }),
    ).toThrow(PolicyError);
    expect(() => definePolicy({ visit: { quotaBrackets: [{ upTo: null, percent: 4 }, { upTo: null, percent: 5 }] } })).toThrow(PolicyError);
  });
});
