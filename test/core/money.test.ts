import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, roundHalfAwayFromZero, yuanToFen } from '../../src/core/money.js';

const fen = (value: unknown): number => yuanToFen(value, 'test', ['amountYuan']);

describe('yuanToFen', () => {
  it('reads amounts exact to the fen', () => {
    expect(fen(1000)).toBe(100_000);
    expect(fen(1000.01)).toBe(100_001);
    expect(fen(0.07)).toBe(7);
    expect(fen(0)).toBe(0);
  });

  it('reads floating-point noise within a millionth of a fen as that fen', () => {
    expect(fen(0.1 + 0.2)).toBe(30);
    expect(fen(1000.0000000001)).toBe(100_000);
  });

  it.each([
    [1000.004, 'sub_fen_amount'],
    [-1, 'negative'],
    [Number.NaN, 'not_finite'],
    [Number.POSITIVE_INFINITY, 'not_finite'],
    ['1000', 'invalid_type'],
    [1e17, 'out_of_range'],
    // Its fen would be Infinity: too large, not finer than the fen.
    [Number.MAX_VALUE, 'out_of_range'],
    [1e307, 'out_of_range'],
  ])('refuses %j with %s', (value, code) => {
    expect(() => fen(value)).toThrow(expect.objectContaining({ code, path: ['amountYuan'] }));
  });

  it('says what a refused amount should have been', () => {
    expect(() => fen(1000.004)).toThrow('test: amountYuan must be a yuan amount exact to the fen (0.01), received 1000.004');
    expect(() => fen(1e17)).toThrow('test: amountYuan must be a yuan amount below 2^53 fen, received 100000000000000000');
  });

  it('round-trips every whole number of fen', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e13 }), (amount) => {
      expect(fen(fenToYuan(amount))).toBe(amount);
    }));
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
    expect(roundHalfAwayFromZero(-0.4)).toBe(-0);
    // Zero keeps its sign: a result of 0 is never written as −0.
    expect(roundHalfAwayFromZero(0)).toBe(0);
    expect(roundHalfAwayFromZero(0.4)).toBe(0);
  });
});
