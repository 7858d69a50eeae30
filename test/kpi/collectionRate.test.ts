import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { collectionRate } from '../../src/kpi/collectionRate.js';
import { invalidInputOf as failure } from '../support/errors.js';


describe('collectionRate', () => {
  it.each([
    [8000, 10000, 0.8],
    [9000, 10000, 0.9],
    [10000, 10000, 1],
    [0, 10000, 0],
    [0.01, 0.02, 0.5],
    [123.45, 246.9, 0.5],
    [0.7, 1, 0.7],
  ])('%d collected of %d billed is %d', (collected, billed, rate) => {
    expect(collectionRate(collected, billed)).toBe(rate);
  });

  it('reads nothing billed as nothing owed', () => {
    expect(collectionRate(0, 0)).toBe(1);
  });

  it('computes from whole fen, so floating-point sums give the same rate as their exact amount', () => {
    expect(collectionRate(0.1 + 0.2, 0.6)).toBe(0.5);
    expect(collectionRate(80, 100)).toBe(0.8);
  });

  it('refuses more collected than billed', () => {
    const error = failure(() => collectionRate(100.01, 100));
    expect(error).toMatchObject({ code: 'out_of_range', path: ['collectedYuan'] });
    expect(error.message).toBe('collectionRate: collectedYuan must be at most billedYuan (100), received 100.01');
    expect(() => collectionRate(0.01, 0)).toThrow(InvalidInputError);
  });

  it.each([
    [-1, 100, 'negative', ['collectedYuan']],
    [Number.NaN, 100, 'not_finite', ['collectedYuan']],
    [10.001, 100, 'sub_fen_amount', ['collectedYuan']],
    ['10', 100, 'invalid_type', ['collectedYuan']],
    [10, -100, 'negative', ['billedYuan']],
    [10, Number.POSITIVE_INFINITY, 'not_finite', ['billedYuan']],
    [10, 100.005, 'sub_fen_amount', ['billedYuan']],
    [10, undefined, 'invalid_type', ['billedYuan']],
  ])('refuses (%j, %j) with %s', (collected, billed, code, path) => {
    const error = failure(() => collectionRate(collected as number, billed as number));
    expect(error).toMatchObject({ code, path });
    expect(error.message).toMatch(/^collectionRate: /);
  });
});
