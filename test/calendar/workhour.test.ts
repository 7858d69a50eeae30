import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { CalendarCoverageError, PolicyError } from '../../src/core/errors.js';
import { serviceDueAt } from '../../src/kpi/serviceDueAt.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { paidServiceDueAt } from '../../src/repair/paidServiceDueAt.js';
import { referralDueAt } from '../../src/repair/referralDueAt.js';
import { caught, expectInvalid, shanghai } from './_helpers.js';

const workhours = (amount: number) => ({ amount, unit: 'workhour' as const });
const due = (from: string, amount: number, options?: Parameters<typeof dueAt>[2]): string => shanghai(dueAt(from, workhours(amount), options));

describe("dueAt with unit 'workhour'", () => {
  it('counts time inside the default business hours 08:00–17:30 on working days', () => {
    expect(due('2026-09-29T09:00:00+08:00', 1)).toBe('2026-09-29T10:00:00.000+08:00');
    // 1.5 hours left on Wednesday 30 September; the rest on Thursday 8 October after the holidays.
    expect(due('2026-09-30T16:00:00+08:00', 2)).toBe('2026-10-08T08:30:00.000+08:00');
  });

  it('ends exactly at a closing time when the last hour ends there, not at the next opening', () => {
    expect(due('2026-09-30T16:00:00+08:00', 1.5)).toBe('2026-09-30T17:30:00.000+08:00');
    expect(due('2026-10-08T08:00:00+08:00', 9.5)).toBe('2026-10-08T17:30:00.000+08:00');
    expect(due('2026-10-08T08:00:00+08:00', 19)).toBe('2026-10-09T17:30:00.000+08:00');
  });

  it('starts a start outside business hours at the next opening', () => {
    expect(due('2026-09-30T18:00:00+08:00', 1)).toBe('2026-10-08T09:00:00.000+08:00');
    expect(due('2026-10-08T06:00:00+08:00', 1)).toBe('2026-10-08T09:00:00.000+08:00');
    // A Saturday start; 2026-10-10 is a make-up working day of the National Day notice.
    expect(due('2026-10-10T07:00:00+08:00', 1)).toBe('2026-10-10T09:00:00.000+08:00');
    expect(due('2026-03-07T10:00:00+08:00', 1)).toBe('2026-03-09T09:00:00.000+08:00');
  });

  it('counts 0 hours from the next opening (the start itself inside business hours) and a fraction to the millisecond', () => {
    expect(due('2026-09-30T18:00:00+08:00', 0)).toBe('2026-10-08T08:00:00.000+08:00');
    expect(due('2026-09-29T09:00:00+08:00', 0)).toBe('2026-09-29T09:00:00.000+08:00');
    // No jump between 0 and the smallest amounts.
    expect(due('2026-09-30T18:00:00+08:00', 1e-9)).toBe('2026-10-08T08:00:00.000+08:00');
    expect(due('2026-09-29T09:00:00+08:00', 0.5)).toBe('2026-09-29T09:30:00.000+08:00');
  });

  it('reads an amount too small to be time (1e-15 hours) as 0 hours: the next opening, never the closing of a day already over or resting', () => {
    // Regression: these ended at 17:30 of the start's own day, before the 20:00 start and on 国庆节.
    expect(due('2026-09-29T20:00:00+08:00', 1e-15)).toBe('2026-09-30T08:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', 1e-15)).toBe('2026-10-08T08:00:00.000+08:00');
    expect(due('2026-10-05T15:00:00+08:00', Number.MIN_VALUE)).toBe('2026-10-08T08:00:00.000+08:00');
    expect(due('2026-09-29T09:00:00+08:00', 1e-15)).toBe('2026-09-29T09:00:00.000+08:00');
    // At a closing instant too, as 0 hours: the closing itself.
    expect(due('2026-09-29T17:30:00+08:00', 1e-15)).toBe('2026-09-29T17:30:00.000+08:00');
    const zero = explainDeadline('2026-10-05T15:00:00+08:00', workhours(0));
    expect(explainDeadline('2026-10-05T15:00:00+08:00', workhours(1e-15))).toEqual(zero);
  });

  it('reads noise on top of an amount as it reads noise alone, so that adding it in a step changes nothing either', () => {
    // 9.5 + 1e-14 hours is 9.5 hours and 0.036 nanoseconds: the working day from 08:00 to 17:30.
    expect(due('2026-09-28T08:00:00+08:00', 9.5 + 1e-14)).toBe('2026-09-28T17:30:00.000+08:00');
    expect(shanghai(dueAt(dueAt('2026-09-28T08:00:00+08:00', workhours(9.5)), workhours(1e-14)))).toBe('2026-09-28T17:30:00.000+08:00');
    // A millionth of a millisecond is time: it goes on at the next opening.
    expect(due('2026-09-28T08:00:00+08:00', 9.5 + 2.8e-13)).toBe('2026-09-29T08:00:00.000+08:00');
    expect(due('2026-09-28T17:30:00+08:00', 2.8e-13)).toBe('2026-09-29T08:00:00.000+08:00');
  });

  it('keeps the deadline to the millisecond, floored, so that steps with a fraction of a millisecond may end earlier than the sum at once, never later', () => {
    // The first step ends 0.036 ms after 08:00, kept as 08:00: the second then fits in the day.
    const first = dueAt('2026-09-29T07:00:00+08:00', workhours(1e-8));
    expect(shanghai(first)).toBe('2026-09-29T08:00:00.000+08:00');
    expect(shanghai(dueAt(first, workhours(9.5)))).toBe('2026-09-29T17:30:00.000+08:00');
    expect(due('2026-09-29T07:00:00+08:00', 1e-8 + 9.5)).toBe('2026-09-30T08:00:00.000+08:00');
  });

  it('follows the policy businessHours, lunch break included', () => {
    const policy = definePolicy({ businessHours: [{ from: '09:00', to: '12:00' }, { from: '13:30', to: '18:00' }] });
    expect(due('2026-09-29T11:00:00+08:00', 2, { policy })).toBe('2026-09-29T14:30:00.000+08:00');
    expect(due('2026-09-29T12:30:00+08:00', 1, { policy })).toBe('2026-09-29T14:30:00.000+08:00');
    expect(due('2026-09-29T09:00:00+08:00', 3, { policy })).toBe('2026-09-29T12:00:00.000+08:00');
    const night = definePolicy({ businessHours: [{ from: '16:00', to: '24:00' }] });
    expect(due('2026-09-29T23:00:00+08:00', 1, { policy: night })).toBe('2026-09-30T00:00:00.000+08:00');
  });

  it('jumps whole working days for large amounts (10,000 hours with the statutory years)', () => {
    const policy = definePolicy({ outOfCoverage: 'statutory' });
    const result = dueAt('2026-01-05T08:00:00+08:00', workhours(10_000), { policy });
    // 10,000 / 9.5 = 1052 whole days and 6 hours: within 2030.
    expect(shanghai(result).slice(0, 4)).toBe('2030');
    expect(shanghai(result).slice(11, 16)).toBe('14:00');
    expect(caught(() => dueAt('2026-01-05T08:00:00+08:00', workhours(10_000)))).toBeInstanceOf(CalendarCoverageError);
  });

  it('refuses a negative, non-finite or non-numeric amount naming the field', () => {
    expectInvalid(() => dueAt('2026-01-05', workhours(-1)), 'dueAt', 'negative', ['period', 'amount']);
    expectInvalid(() => dueAt('2026-01-05', workhours(Number.POSITIVE_INFINITY)), 'dueAt', 'not_finite', ['period', 'amount']);
    expectInvalid(() => dueAt('2026-01-05', workhours(Number.NaN)), 'dueAt', 'not_finite', ['period', 'amount']);
  });
});

describe("policy hourCounting: 'business-hours'", () => {
  const policy = definePolicy({ hourCounting: 'business-hours' });

  it('reads the hour rules of the sources as working hours: repair referral, paid service, renovation permit', () => {
    expect(shanghai(referralDueAt('2026-09-30T17:00:00+08:00', { policy }))).toBe('2026-10-08T08:30:00.000+08:00');
    expect(shanghai(paidServiceDueAt('2026-09-30T17:00:00+08:00', { policy }))).toBe('2026-10-08T08:30:00.000+08:00');
    expect(shanghai(serviceDueAt('renovation-permit', '2026-09-30T17:00:00+08:00', { policy }))).toBe('2026-10-08T08:30:00.000+08:00');
    // Other duties are not hour periods and do not change.
    expect(serviceDueAt('secondary-renovation', '2026-03-06T16:30:00+08:00', { policy }).getTime()).toBe(serviceDueAt('secondary-renovation', '2026-03-06T16:30:00+08:00').getTime());
  });

  it("keeps elapsed hours by default ('elapsed')", () => {
    expect(shanghai(referralDueAt('2026-09-30T17:00:00+08:00'))).toBe('2026-09-30T18:00:00.000+08:00');
  });
});

describe('definePolicy: the calendar keys', () => {
  const refused = (overrides: object): PolicyError => {
    const error = caught(() => definePolicy(overrides as never));
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  };

  it('refuses an unknown outOfCoverage or hourCounting', () => {
    expect(refused({ outOfCoverage: 'guess' }).path).toEqual(['outOfCoverage']);
    expect(refused({ hourCounting: 'wall-clock' }).path).toEqual(['hourCounting']);
    expect(definePolicy({ outOfCoverage: 'statutory' }).outOfCoverage).toBe('statutory');
  });

  it('refuses malformed, empty, unsorted or overlapping businessHours, naming the field', () => {
    expect(refused({ businessHours: [{ from: '8:00', to: '17:30' }] }).path).toEqual(['businessHours', 0, 'from']);
    expect(refused({ businessHours: [{ from: '08:00', to: '24:30' }] }).path).toEqual(['businessHours', 0, 'to']);
    expect(refused({ businessHours: [{ from: '24:00', to: '24:00' }] }).path).toEqual(['businessHours', 0, 'from']);
    expect(refused({ businessHours: [{ from: '18:00', to: '09:00' }] }).path).toEqual(['businessHours', 0, 'to']);
    expect(refused({ businessHours: [{ from: '09:00', to: '09:00' }] }).path).toEqual(['businessHours', 0, 'to']);
    expect(refused({ businessHours: [] }).path).toEqual(['businessHours']);
    expect(refused({ businessHours: [{ from: '13:00', to: '18:00' }, { from: '09:00', to: '12:00' }] }).path).toEqual(['businessHours']);
    expect(refused({ businessHours: [{ from: '09:00', to: '12:30' }, { from: '12:00', to: '18:00' }] }).path).toEqual(['businessHours']);
    expect(refused({ businessHours: [{ from: '09:00', to: '12:00', lunch: true }] }).path.slice(0, 2)).toEqual(['businessHours', 0]);
    expect(refused({ businessHours: { from: '09:00', to: '12:00' } }).path).toEqual(['businessHours']);
    expect(refused({ businessHours: [{ from: '9', to: '12:00' }] }).message).toMatch(/^definePolicy: .*businessHours/);
  });

  it('accepts touching intervals and 24:00 as a closing time', () => {
    expect(definePolicy({ businessHours: [{ from: '00:00', to: '12:00' }, { from: '12:00', to: '24:00' }] }).businessHours).toHaveLength(2);
  });
});
