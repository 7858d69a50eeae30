import { describe, expect, it } from 'vitest';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { paidServiceDueAt } from '../../src/repair/paidServiceDueAt.js';
import { referralDueAt } from '../../src/repair/referralDueAt.js';
import { HOUR, invalidInputOf, ms, policyWith } from './_support.js';

describe('referralDueAt', () => {
  it('gives exactly one hour from receipt', () => {
    expect(referralDueAt('2026-10-01T09:00:00+08:00')).toEqual(new Date('2026-10-01T10:00:00+08:00'));
    expect(referralDueAt(ms('2026-10-01T09:00:00.123+08:00')).getTime()).toBe(ms('2026-10-01T09:00:00.123+08:00') + HOUR);
  });

  it('crosses midnight, a holiday and a year end without looking at the calendar', () => {
    expect(toShanghaiIsoString(referralDueAt('2026-09-30T23:30:00+08:00'))).toBe('2026-10-01T00:30:00.000+08:00');
    expect(toShanghaiIsoString(referralDueAt('2030-12-31T23:59:59+08:00'))).toBe('2031-01-01T00:59:59.000+08:00');
  });

  it('reads offset-less strings as Shanghai time', () => {
    expect(toShanghaiIsoString(referralDueAt('2026-10-01T09:00'))).toBe('2026-10-01T10:00:00.000+08:00');
    expect(toShanghaiIsoString(referralDueAt(new Date('2026-10-01T01:00:00Z')))).toBe('2026-10-01T10:00:00.000+08:00');
  });

  it("uses a company's own number of hours", () => {
    const policy = policyWith({ referralHours: 0.5 });
    expect(toShanghaiIsoString(referralDueAt('2026-10-01T09:00:00+08:00', { policy }))).toBe('2026-10-01T09:30:00.000+08:00');
  });

  it.each([['soon'], [Number.NaN], [undefined], [null], [1.5], ['2026-02-30T09:00:00+08:00']])('refuses %j', (value) => {
    const error = invalidInputOf(() => referralDueAt(value as string));
    expect(error).toMatchObject({ code: 'invalid_instant', path: ['receivedAt'] });
    expect(error.message).toMatch(/^referralDueAt: receivedAt must be a valid instant/);
  });
});

describe('paidServiceDueAt', () => {
  it('gives exactly one hour from the request', () => {
    expect(paidServiceDueAt('2026-10-01T09:15:00+08:00')).toEqual(new Date('2026-10-01T10:15:00+08:00'));
    expect(toShanghaiIsoString(paidServiceDueAt('2026-10-01T23:30:00+08:00'))).toBe('2026-10-02T00:30:00.000+08:00');
  });

  it("uses a company's own number of hours", () => {
    const policy = policyWith({ paidServiceHours: 2 });
    expect(toShanghaiIsoString(paidServiceDueAt('2026-10-01T09:15:00+08:00', { policy }))).toBe('2026-10-01T11:15:00.000+08:00');
  });

  it('refuses a bad instant, naming requestedAt', () => {
    const error = invalidInputOf(() => paidServiceDueAt('later'));
    expect(error).toMatchObject({ code: 'invalid_instant', path: ['requestedAt'] });
    expect(error.message).toMatch(/^paidServiceDueAt: requestedAt must be a valid instant/);
  });
});

describe('referralDueAt and paidServiceDueAt with fractional or vast numbers of hours', () => {
  it('round a fractional deadline down to the millisecond, as dueAt does', () => {
    // 1/7 hour is 514,285.71 ms: an act at 514,285 ms is in time, one at 514,286 ms is late.
    const policy = policyWith({ referralHours: 1 / 7, paidServiceHours: 1 / 7 });
    expect(referralDueAt(0, { policy }).getTime()).toBe(514_285);
    expect(paidServiceDueAt(0, { policy }).getTime()).toBe(514_285);
    const hours = policyWith({ referralHours: 1 / 7, paidServiceHours: 1 / 7 }, { hourCounting: 'business-hours' });
    const monday = ms('2026-03-02T09:00:00+08:00');
    expect(referralDueAt(monday, { policy: hours }).getTime()).toBe(monday + 514_285);
    expect(paidServiceDueAt(monday, { policy: hours }).getTime()).toBe(monday + 514_285);
  });

  it('cannot be given hours no date can hold: definePolicy refuses them at the setting (at most 876,600)', () => {
    expect(() => policyWith({ referralHours: 3e9 })).toThrow('definePolicy: repair.referralHours must be at most 876600, received 3000000000');
    expect(() => policyWith({ paidServiceHours: 876_601 })).toThrow('definePolicy: repair.paidServiceHours must be at most 876600, received 876601');
  });
});

describe('referralDueAt and paidServiceDueAt in working hours', () => {
  it('count business hours on working days with hourCounting: business-hours, elapsed hours otherwise', () => {
    const hours = policyWith({}, { hourCounting: 'business-hours' });
    // Saturday 7 March 2026, 10:00: the hour starts at Monday's opening, 08:00.
    const saturday = '2026-03-07T10:00:00+08:00';
    expect(toShanghaiIsoString(referralDueAt(saturday, { policy: hours }))).toBe('2026-03-09T09:00:00.000+08:00');
    expect(toShanghaiIsoString(paidServiceDueAt(saturday, { policy: hours }))).toBe('2026-03-09T09:00:00.000+08:00');
    // Friday 17:00: half an hour before closing, half an hour on Monday.
    expect(toShanghaiIsoString(referralDueAt('2026-03-06T17:00:00+08:00', { policy: hours }))).toBe('2026-03-09T08:30:00.000+08:00');
    expect(toShanghaiIsoString(referralDueAt(saturday))).toBe('2026-03-07T11:00:00.000+08:00');
    expect(toShanghaiIsoString(paidServiceDueAt(saturday, { policy: policyWith({}, { hourCounting: 'elapsed' }) }))).toBe('2026-03-07T11:00:00.000+08:00');
  });
});
