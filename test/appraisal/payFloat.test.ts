import { describe, expect, it } from 'vitest';
import { payFloat } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid, inCatalog } from './_helpers.js';

describe('payFloat', () => {
  it.each([
    [80, 0, false],
    [91, 110, false],
    [68, -120, false],
    [110, 300, false],
    [111, 300, true],
    [50, -300, false],
    [49, -300, true],
    [49.99, -300, true],
    [110.01, 300, true],
    [80.37, 3.7, false],
    [80.01, 0.1, false],
    [79.99, -0.1, false],
    [0, -300, true],
    [-40, -300, true],
  ])('moves pay for a score of %d by %d yuan (clamped: %s)', (score, amountYuan, clamped) => {
    expect(payFloat(score)).toEqual({ amountYuan, clamped, basis: ['appraisal.pay-float'] });
  });

  it('rounds to the fen half away from zero', () => {
    expect(payFloat(80.0005).amountYuan).toBe(0.01);
    expect(payFloat(79.9995).amountYuan).toBe(-0.01);
    expect(payFloat(80.0004).amountYuan).toBe(0);
    expect(payFloat(85.1234).amountYuan).toBe(51.23);
  });

  it('never returns a negative zero', () => {
    expect(Object.is(payFloat(79.9999).amountYuan, 0)).toBe(true);
    expect(Object.is(payFloat(80).amountYuan, 0)).toBe(true);
  });

  it('does not float in the first two months of employment', () => {
    const month1 = payFloat(100, { employmentMonth: 1 });
    expect(month1).toEqual({ amountYuan: 0, clamped: false, basis: ['appraisal.pay-float-start'] });
    expect(payFloat(40, { employmentMonth: 2 })).toEqual({ amountYuan: 0, clamped: false, basis: ['appraisal.pay-float-start'] });
    expect(payFloat(100, { employmentMonth: 3 })).toEqual({ amountYuan: 200, clamped: false, basis: ['appraisal.pay-float'] });
    expect(payFloat(100, { employmentMonth: 27 }).amountYuan).toBe(200);
    expect(payFloat(100, {}).amountYuan).toBe(200);
  });

  it('returns frozen decisions whose basis is in the catalog', () => {
    const result = payFloat(91);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.basis)).toBe(true);
    expect(inCatalog(result.basis)).toBe(true);
    expect(inCatalog(payFloat(91, { employmentMonth: 1 }).basis)).toBe(true);
  });

  it('interns whole-yuan answers and keeps clamped ones apart', () => {
    expect(payFloat(91)).toBe(payFloat(91));
    expect(payFloat(110)).not.toBe(payFloat(111));
    expect(payFloat(111)).toBe(payFloat(140));
    expect(payFloat(80.37)).toEqual(payFloat(80.37));
    expect(Object.isFrozen(payFloat(80.37))).toBe(true);
    expect(Object.is(payFloat(79.99999).amountYuan, 0)).toBe(true);
  });

  it('follows a company policy (20 yuan a point, ±500, floating from month 2)', () => {
    const policy = definePolicy({ appraisal: { payFloat: { yuanPerPoint: 20, limitYuan: 500, firstFloatingMonth: 2 } } });
    expect(payFloat(91, { policy })).toEqual({ amountYuan: 220, clamped: false, basis: ['appraisal.pay-float'] });
    expect(payFloat(110, { policy })).toEqual({ amountYuan: 500, clamped: true, basis: ['appraisal.pay-float'] });
    expect(payFloat(91, { policy, employmentMonth: 2 }).amountYuan).toBe(220);
    expect(payFloat(91, { policy, employmentMonth: 1 }).amountYuan).toBe(0);
  });

  it('handles a rate with fen', () => {
    const policy = definePolicy({ appraisal: { payFloat: { yuanPerPoint: 12.5 } } });
    expect(payFloat(81, { policy }).amountYuan).toBe(12.5);
    expect(payFloat(80.01, { policy }).amountYuan).toBe(0.13);
    expect(payFloat(79.99, { policy }).amountYuan).toBe(-0.13);
  });

  it.each([
    [Number.NaN, 'not_finite'],
    [Infinity, 'not_finite'],
    ['90', 'invalid_type'],
  ])('refuses the score %s', (score, code) => {
    expectInvalid(() => payFloat(score as number), code, ['score']);
  });

  it.each([
    [0, 'out_of_range'],
    [-1, 'negative'],
    [2.5, 'not_integer'],
    [Number.NaN, 'not_finite'],
    ['3', 'invalid_type'],
  ])('refuses the employment month %s', (employmentMonth, code) => {
    const error = expectInvalid(() => payFloat(90, { employmentMonth: employmentMonth as number }), code, ['options', 'employmentMonth']);
    expect(error.message.startsWith('payFloat: options.employmentMonth')).toBe(true);
  });

  it('refuses options that are not an object', () => {
    expectInvalid(() => payFloat(90, 3 as never), 'invalid_type', ['options']);
  });
});
