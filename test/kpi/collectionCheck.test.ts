import { describe, expect, it } from 'vitest';
import { collectionCheck } from '../../src/kpi/collectionCheck.js';
import { collectionRate } from '../../src/kpi/collectionRate.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { invalidInputOf as failure } from '../support/errors.js';


describe('collectionCheck', () => {
  it('passes exactly on the targets, in the order current, previous, before-previous', () => {
    expect(collectionCheck({ current: 0.8, previous: 0.9, beforePrevious: 1 })).toEqual({
      pass: true,
      buckets: [
        { bucket: 'current', rate: 0.8, target: 0.8, pass: true },
        { bucket: 'previous', rate: 0.9, target: 0.9, pass: true },
        { bucket: 'before-previous', rate: 1, target: 1, pass: true },
      ],
      basis: ['kpi.collection'],
    });
  });

  it('fails each month just below its target, and reports every month', () => {
    expect(collectionCheck({ current: 0.7999, previous: 0.95, beforePrevious: 1 })).toMatchObject({
      pass: false,
      buckets: [{ pass: false }, { pass: true }, { pass: true }],
    });
    expect(collectionCheck({ current: 0.85, previous: 0.8999, beforePrevious: 1 })).toMatchObject({
      pass: false,
      buckets: [{ pass: true }, { pass: false }, { pass: true }],
    });
    expect(collectionCheck({ current: 1, previous: 1, beforePrevious: 0.9999 })).toMatchObject({
      pass: false,
      buckets: [{ pass: true }, { pass: true }, { pass: false }],
    });
    expect(collectionCheck({ current: 0, previous: 0, beforePrevious: 0 }).buckets.map((bucket) => bucket.pass)).toEqual([false, false, false]);
  });

  it('reads floating-point noise around a target as the target, and a real shortfall as one', () => {
    expect(collectionCheck({ current: 0.7 + 0.1, previous: 0.3 * 3, beforePrevious: 1 - 1e-16 }).buckets.map((bucket) => bucket.pass)).toEqual([true, true, true]);
    // One fen short of 80% of a month billing 10 million yuan (10⁹ fen) is short.
    const oneFenShort = collectionRate(7_999_999.99, 10_000_000);
    expect(collectionCheck({ current: oneFenShort, previous: 0.9, beforePrevious: 1 }).buckets[0]).toEqual({ bucket: 'current', rate: oneFenShort, target: 0.8, pass: false });
    // A shortfall far above noise is one, however small: 10⁻¹² below 80%, and one fen unpaid of 10 billion yuan.
    expect(collectionCheck({ current: 0.8 - 1e-12, previous: 0.9, beforePrevious: 1 }).buckets[0]?.pass).toBe(false);
    const tenBillionOneFenShort = collectionRate(9_999_999_999.99, 10_000_000_000);
    expect(collectionCheck({ current: 1, previous: 1, beforePrevious: tenBillionOneFenShort }).buckets[2]).toEqual({ bucket: 'before-previous', rate: tenBillionOneFenShort, target: 1, pass: false });
    // An exclusive target is not reached by noise either: 0.8000000000000002 is 0.8, not above it.
    const policy = definePolicy({ kpi: { collectionTargets: { current: { value: 0.8, inclusive: false } } } });
    expect(collectionCheck({ current: 0.8 + 2e-16, previous: 0.9, beforePrevious: 1 }, { policy }).buckets[0]?.pass).toBe(false);
  });

  it('takes rates from collectionRate at face value (80% of the bill is 0.8)', () => {
    const current = collectionRate(80_000, 100_000);
    const previous = collectionRate(27_000, 30_000);
    const beforePrevious = collectionRate(0, 0);
    expect(collectionCheck({ current, previous, beforePrevious }).pass).toBe(true);
  });

  it("follows a company's own targets and boundaries", () => {
    const policy = definePolicy({ kpi: { collectionTargets: { current: { value: 0.8, inclusive: false }, beforePrevious: { value: 0.98, inclusive: true } } } });
    const result = collectionCheck({ current: 0.8, previous: 0.9, beforePrevious: 0.98 }, { policy });
    expect(result.buckets.map((bucket) => [bucket.target, bucket.pass])).toEqual([
      [0.8, false],
      [0.9, true],
      [0.98, true],
    ]);
  });

  it('returns a deep-frozen decision', () => {
    const result = collectionCheck({ current: 0.8, previous: 0.9, beforePrevious: 1 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.buckets)).toBe(true);
    expect(Object.isFrozen(result.buckets[0])).toBe(true);
    expect(Object.isFrozen(result.basis)).toBe(true);
  });

  it.each([
    [{ current: 1.01, previous: 0.9, beforePrevious: 1 }, 'out_of_range', ['current']],
    [{ current: 0.8, previous: -0.1, beforePrevious: 1 }, 'out_of_range', ['previous']],
    [{ current: 0.8, previous: 0.9, beforePrevious: Number.NaN }, 'not_finite', ['beforePrevious']],
    [{ current: 0.8, previous: 0.9 }, 'invalid_type', ['beforePrevious']],
    [{ current: '80%', previous: 0.9, beforePrevious: 1 }, 'invalid_type', ['current']],
    [{ current: 80, previous: 90, beforePrevious: 100 }, 'out_of_range', ['current']],
    [[0.8, 0.9, 1], 'invalid_type', []],
    [{ current: 0.8, previous: 0.9, beforePrevious: 1, before_previous: 1 }, 'unknown_key', ['before_previous']],
  ])('refuses %j with %s', (input, code, path) => {
    const error = failure(() => collectionCheck(input as never));
    expect(error).toMatchObject({ code, path });
    expect(error.message).toMatch(/^collectionCheck: /);
  });
});
