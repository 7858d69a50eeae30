import { describe, expect, it } from 'vitest';
import { noticePlan } from '../../src/communication/noticePlan.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { invalidInputOf as failure, policyErrorOf } from '../support/errors.js';

const at = (iso: string): Date => new Date(iso);


describe('noticePlan', () => {
  describe('pest control', () => {
    it('asks the department 24 h and the residents 12 h before a weekday start', () => {
      expect(noticePlan('pest-control', '2026-03-05T09:00:00+08:00')).toEqual({
        departmentNoticeBy: at('2026-03-04T09:00:00+08:00'),
        residentNoticeBy: at('2026-03-04T21:00:00+08:00'),
        allowed: true,
        basis: ['notice.pest-control'],
      });
    });

    it('is not allowed on a Saturday or a Sunday, and says why in the basis', () => {
      for (const start of ['2026-03-07T09:00:00+08:00', '2026-03-08T15:00:00+08:00']) {
        const plan = noticePlan('pest-control', start);
        expect(plan.allowed).toBe(false);
        expect(plan.basis).toEqual(['notice.pest-control', 'notice.pest-control.rest-day']);
        // The lead times are still given, for planning another day.
        expect(plan.residentNoticeBy).toEqual(at(new Date(new Date(start).getTime() - 12 * 3_600_000).toISOString()));
      }
    });

    it('reads the rest day in Shanghai time on both edges of the weekend', () => {
      expect(noticePlan('pest-control', '2026-03-06T23:59:59.999+08:00').allowed).toBe(true);
      expect(noticePlan('pest-control', '2026-03-07T00:00:00+08:00').allowed).toBe(false);
      // 16:00 UTC on Friday is 00:00 on Saturday in Shanghai.
      expect(noticePlan('pest-control', '2026-03-06T16:00:00Z').allowed).toBe(false);
      expect(noticePlan('pest-control', '2026-03-06T15:59:59.999Z').allowed).toBe(true);
      expect(noticePlan('pest-control', '2026-03-08T23:59:59.999+08:00').allowed).toBe(false);
      expect(noticePlan('pest-control', '2026-03-09T00:00:00+08:00').allowed).toBe(true);
    });

    it('treats statutory holidays as rest days and make-up working days as working days (restDays: calendar)', () => {
      // Thursday 2026-10-01 is National Day; Sunday 2026-09-20 and Saturday 2026-10-10 are make-up working days.
      expect(noticePlan('pest-control', '2026-10-01T09:00:00+08:00').allowed).toBe(false);
      expect(noticePlan('pest-control', '2026-10-07T09:00:00+08:00').allowed).toBe(false);
      expect(noticePlan('pest-control', '2026-09-20T09:00:00+08:00').allowed).toBe(true);
      expect(noticePlan('pest-control', '2026-10-10T09:00:00+08:00').allowed).toBe(true);
    });

    it('bars Saturdays and Sundays only under restDays: weekends', () => {
      const policy = definePolicy({ restDays: 'weekends' });
      expect(noticePlan('pest-control', '2026-10-01T09:00:00+08:00', { policy }).allowed).toBe(true);
      expect(noticePlan('pest-control', '2026-09-20T09:00:00+08:00', { policy }).allowed).toBe(false);
      expect(noticePlan('pest-control', '2026-10-10T09:00:00+08:00', { policy }).allowed).toBe(false);
      expect(noticePlan('pest-control', '2026-03-06T09:00:00+08:00', { policy }).allowed).toBe(true);
    });

    it('uses exact hours across midnight and month ends (C4)', () => {
      expect(noticePlan('pest-control', '2026-04-01T08:00:00+08:00')).toMatchObject({
        departmentNoticeBy: at('2026-03-31T08:00:00+08:00'),
        residentNoticeBy: at('2026-03-31T20:00:00+08:00'),
      });
    });
  });

  describe('utility outage', () => {
    it('asks engineering 32 h and the residents 24 h before, on any day', () => {
      expect(noticePlan('utility-outage', '2026-03-08T10:00:00+08:00')).toEqual({
        departmentNoticeBy: at('2026-03-07T02:00:00+08:00'),
        residentNoticeBy: at('2026-03-07T10:00:00+08:00'),
        allowed: true,
        basis: ['notice.utility-outage'],
      });
    });
  });

  describe('community event', () => {
    it('is due by 24:00 of the 3rd working day before the event day (Friday → end of Tuesday)', () => {
      const plan = noticePlan('community-event', '2026-03-06T19:00:00+08:00');
      expect(plan).toEqual({ residentNoticeBy: at('2026-03-04T00:00:00+08:00'), allowed: true, basis: ['notice.community-event'] });
      expect('departmentNoticeBy' in plan).toBe(false);
    });

    it('does not depend on the time of day of the event', () => {
      expect(noticePlan('community-event', '2026-03-06T00:00:00+08:00').residentNoticeBy).toEqual(at('2026-03-04T00:00:00+08:00'));
      expect(noticePlan('community-event', '2026-03-06T23:59:59.999+08:00').residentNoticeBy).toEqual(at('2026-03-04T00:00:00+08:00'));
    });

    it('skips weekends counting back', () => {
      // Saturday 03-07: Fri, Thu, Wed → end of Wednesday. Monday 03-09: Fri, Thu, Wed → end of Wednesday.
      expect(noticePlan('community-event', '2026-03-07T10:00:00+08:00').residentNoticeBy).toEqual(at('2026-03-05T00:00:00+08:00'));
      expect(noticePlan('community-event', '2026-03-09T10:00:00+08:00').residentNoticeBy).toEqual(at('2026-03-05T00:00:00+08:00'));
    });

    it('skips statutory holidays and counts make-up working days', () => {
      // Thursday 2026-10-08, after the National Day week: Wed 09-30, Tue 09-29, Mon 09-28.
      expect(noticePlan('community-event', '2026-10-08T10:00:00+08:00').residentNoticeBy).toEqual(at('2026-09-29T00:00:00+08:00'));
      // Monday 2026-10-12: the make-up Saturday 10-10, Fri 10-09, Thu 10-08.
      expect(noticePlan('community-event', '2026-10-12T10:00:00+08:00').residentNoticeBy).toEqual(at('2026-10-09T00:00:00+08:00'));
    });

    it("follows the policy's number of working days and elapsed counting", () => {
      const one = definePolicy({ communication: { notices: { 'community-event': { residentLead: { amount: 1, unit: 'workday' } } } } });
      expect(noticePlan('community-event', '2026-03-09T10:00:00+08:00', { policy: one }).residentNoticeBy).toEqual(at('2026-03-07T00:00:00+08:00'));
      const elapsed = definePolicy({ dayCounting: 'elapsed' });
      expect(noticePlan('community-event', '2026-03-06T19:00:00+08:00', { policy: elapsed }).residentNoticeBy).toEqual(at('2026-03-03T19:00:00+08:00'));
    });

    it('refuses an event outside the calendar unless the policy falls back to weekends', () => {
      expect(() => noticePlan('community-event', '2031-05-09T10:00:00+08:00')).toThrow(CalendarCoverageError);
      const policy = definePolicy({ outOfCoverage: 'weekends' });
      expect(noticePlan('community-event', '2031-05-09T10:00:00+08:00', { policy }).residentNoticeBy).toEqual(at('2031-05-07T00:00:00+08:00'));
    });
  });

  describe('works', () => {
    it('gives residents one day, read as exactly 24 hours', () => {
      expect(noticePlan('works', '2026-03-08T08:30:00+08:00')).toEqual({
        residentNoticeBy: at('2026-03-07T08:30:00+08:00'),
        allowed: true,
        basis: ['notice.works'],
      });
    });
  });

  describe('policy', () => {
    it("can bar another kind on rest days, naming the library's generic rule", () => {
      const policy = definePolicy({ communication: { notices: { works: { forbiddenOnRestDays: true } } } });
      expect(noticePlan('works', '2026-03-07T09:00:00+08:00', { policy })).toMatchObject({ allowed: false, basis: ['notice.works', 'notice.rest-day'] });
      expect(noticePlan('works', '2026-03-06T09:00:00+08:00', { policy }).allowed).toBe(true);
    });

    it('can give a kind a department step, or take it away', () => {
      const policy = definePolicy({
        communication: { notices: { works: { departmentLeadHours: 48 }, 'pest-control': { departmentLeadHours: null, forbiddenOnRestDays: false } } },
      });
      expect(noticePlan('works', '2026-03-08T08:30:00+08:00', { policy }).departmentNoticeBy).toEqual(at('2026-03-06T08:30:00+08:00'));
      const pest = noticePlan('pest-control', '2026-03-07T09:00:00+08:00', { policy });
      expect(pest).toEqual({ residentNoticeBy: at('2026-03-06T21:00:00+08:00'), allowed: true, basis: ['notice.pest-control'] });
    });
  });

  it('floors a fractional-hour lead to the millisecond, also before 1970', () => {
    const policy = definePolicy({ communication: { notices: { works: { residentLead: { amount: 1 / 3, unit: 'hour' } } } } });
    expect(noticePlan('works', 0, { policy }).residentNoticeBy.getTime()).toBe(-1_200_000);
    const third = definePolicy({ communication: { notices: { works: { residentLead: { amount: 0.0000001, unit: 'hour' } } } } });
    expect(noticePlan('works', -1000, { policy: third }).residentNoticeBy.getTime()).toBe(-1001);
    expect(noticePlan('works', 1000, { policy: third }).residentNoticeBy.getTime()).toBe(999);
  });

  it('cannot be given a lead that no date can hold: definePolicy refuses it at the lead (at most 100 years)', () => {
    // A lead of 2,400,492,400 hours before 2026-03-05 would end before any date (-8.64e15 ms).
    const error = policyErrorOf(() => definePolicy({ communication: { notices: { works: { residentLead: { amount: 2_400_492_400, unit: 'hour' } } } } }));
    expect(error.path).toEqual(['communication', 'notices', 'works', 'residentLead', 'amount']);
  });

  it('returns frozen plans', () => {
    const plan = noticePlan('pest-control', '2026-03-07T09:00:00+08:00');
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.basis)).toBe(true);
  });

  it.each([
    [() => noticePlan('fumigation' as never, '2026-03-05T09:00:00+08:00'), 'invalid_enum', ['kind']],
    [() => noticePlan(undefined as never, '2026-03-05T09:00:00+08:00'), 'invalid_enum', ['kind']],
    [() => noticePlan('works', 'tomorrow'), 'invalid_instant', ['startsAt']],
    [() => noticePlan('works', Number.NaN), 'invalid_instant', ['startsAt']],
    [() => noticePlan('works', new Date(Number.NaN)), 'invalid_instant', ['startsAt']],
    [() => noticePlan('works', '2026-02-30T09:00:00+08:00'), 'invalid_instant', ['startsAt']],
    [() => noticePlan('utility-outage', -8.64e15), 'out_of_range', ['startsAt']],
  ])('refuses bad input (%#)', (action, code, path) => {
    const error = failure(action);
    expect(error).toMatchObject({ code, path });
    expect(error.message).toMatch(/^noticePlan: /);
  });
});
