import { describe, expect, it } from 'vitest';
import { employmentMonth } from '../../src/appraisal/index.js';
import { expectInvalid } from './_helpers.js';

describe('employmentMonth', () => {
  it('counts the month of joining as month 1', () => {
    expect(employmentMonth('2026-03-01T09:00:00+08:00', '2026-03')).toBe(1);
    expect(employmentMonth('2026-03-31T23:59:59+08:00', '2026-03')).toBe(1);
    expect(employmentMonth('2026-03-31T23:59:59+08:00', '2026-04')).toBe(2);
    expect(employmentMonth('2026-03-31T23:59:59+08:00', '2026-05')).toBe(3);
  });

  it('reads the hire date in Shanghai time, whatever the offset written', () => {
    // 2026-03-31T16:30Z is 00:30 on 1 April in Shanghai.
    expect(employmentMonth('2026-03-31T16:30:00Z', '2026-04')).toBe(1);
    expect(employmentMonth('2026-03-31T15:59:59Z', '2026-04')).toBe(2);
    expect(employmentMonth(new Date('2026-03-31T16:00:00Z'), '2026-04')).toBe(1);
    expect(employmentMonth(Date.parse('2026-03-31T15:00:00Z'), '2026-04')).toBe(2);
    expect(employmentMonth('2026-04-01', '2026-04')).toBe(1);
  });

  it('counts across years', () => {
    expect(employmentMonth('2025-11-15T09:00:00+08:00', '2026-01')).toBe(3);
    expect(employmentMonth('2019-01-02T09:00:00+08:00', '2026-12')).toBe(96);
  });

  it('refuses a period before the month of joining', () => {
    const error = expectInvalid(() => employmentMonth('2026-03-01T09:00:00+08:00', '2026-02'), 'before_hire', ['period']);
    expect(error.message).toBe('employmentMonth: period must be a month not before the month of hiring, received "2026-02"');
  });

  it.each(['2026-3', '2026-13', '2026-00', '202603', '2026-03-01', ' 2026-03', ''])('refuses the period %j', (period) => {
    expectInvalid(() => employmentMonth('2026-01-01', period), 'invalid_period', ['period']);
  });

  it('refuses a period that is not a string', () => {
    expectInvalid(() => employmentMonth('2026-01-01', 202603 as never), 'invalid_type', ['period']);
  });

  it.each(['yesterday', '2026-02-30', Number.NaN, 1.5, null])('refuses the hire instant %s', (hiredOn) => {
    expectInvalid(() => employmentMonth(hiredOn as never, '2026-03'), 'invalid_instant', ['hiredOn']);
  });
});
