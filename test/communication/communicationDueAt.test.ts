import { describe, expect, it } from 'vitest';
import { communicationDueAt } from '../../src/communication/communicationDueAt.js';
import { CalendarCoverageError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { invalidInputOf as failure } from '../support/errors.js';

const at = (iso: string): Date => new Date(iso);


describe('communicationDueAt', () => {
  it.each([
    // 2 working days: Thu 03-05 → Fri 03-06, Mon 03-09 → end of Monday.
    ['contract-unclear', '2026-03-05T10:00:00+08:00', '2026-03-10T00:00:00+08:00'],
    ['contract-change', '2026-03-05T10:00:00+08:00', '2026-03-10T00:00:00+08:00'],
    // Across National Day (10-01 to 10-07 off): Thu 10-08, Fri 10-09.
    ['contract-change', '2026-09-30T10:00:00+08:00', '2026-10-10T00:00:00+08:00'],
    // 1 working day: Friday → Monday; a Saturday event also → Monday.
    ['property-loss', '2026-03-06T17:00:00+08:00', '2026-03-10T00:00:00+08:00'],
    ['property-loss', '2026-03-07T11:00:00+08:00', '2026-03-10T00:00:00+08:00'],
    // The make-up Saturday 2026-10-10 is a working day.
    ['property-loss', '2026-10-09T17:00:00+08:00', '2026-10-11T00:00:00+08:00'],
    // 5 working days: Tue, Wed, Thu, Fri, Mon.
    ['report-publication', '2026-03-02T10:00:00+08:00', '2026-03-10T00:00:00+08:00'],
    // Spring Festival 2026: make-up Saturday 02-14, 02-15 to 02-23 off, then 02-24 to 02-27.
    ['report-publication', '2026-02-13T10:00:00+08:00', '2026-02-28T00:00:00+08:00'],
    // One week: the 7th day after the event's day, whatever the holidays.
    ['appeal-reply', '2026-03-02T10:00:00+08:00', '2026-03-10T00:00:00+08:00'],
    ['appeal-reply', '2026-09-30T10:00:00+08:00', '2026-10-08T00:00:00+08:00'],
    ['appeal-escalated', '2026-12-28T16:00:00+08:00', '2027-01-05T00:00:00+08:00'],
  ] as const)('puts %s from %s at %s', (kind, from, due) => {
    expect(communicationDueAt(kind, from)).toEqual(at(due));
  });

  it("counts from the event's Shanghai day, whatever the clock time and the input's offset", () => {
    expect(communicationDueAt('contract-unclear', '2026-03-05T23:59:59.999+08:00')).toEqual(at('2026-03-10T00:00:00+08:00'));
    expect(communicationDueAt('contract-unclear', '2026-03-06T00:00:00+08:00')).toEqual(at('2026-03-11T00:00:00+08:00'));
    // 16:30 UTC on Thursday is 00:30 on Friday in Shanghai.
    expect(communicationDueAt('contract-unclear', '2026-03-05T16:30:00Z')).toEqual(at('2026-03-11T00:00:00+08:00'));
    expect(communicationDueAt('contract-unclear', '2026-03-05T10:00')).toEqual(at('2026-03-10T00:00:00+08:00'));
  });

  it('accepts a Date or epoch milliseconds and returns a new Date', () => {
    const from = new Date('2026-03-05T10:00:00+08:00');
    const due = communicationDueAt('property-loss', from);
    expect(due).toBeInstanceOf(Date);
    expect(communicationDueAt('property-loss', from.getTime())).toEqual(due);
    expect(from.toISOString()).toBe('2026-03-05T02:00:00.000Z');
  });

  it('ends at the same clock time under elapsed counting', () => {
    const policy = definePolicy({ dayCounting: 'elapsed' });
    expect(communicationDueAt('contract-unclear', '2026-03-05T10:00:00+08:00', { policy })).toEqual(at('2026-03-09T10:00:00+08:00'));
    expect(communicationDueAt('appeal-reply', '2026-03-02T10:00:00+08:00', { policy })).toEqual(at('2026-03-09T10:00:00+08:00'));
  });

  it("follows a company's own periods", () => {
    const policy = definePolicy({ communication: { deadlines: { 'property-loss': { amount: 2, unit: 'day' }, 'appeal-reply': { amount: 3, unit: 'workday' } } } });
    expect(communicationDueAt('property-loss', '2026-03-05T10:00:00+08:00', { policy })).toEqual(at('2026-03-08T00:00:00+08:00'));
    expect(communicationDueAt('appeal-reply', '2026-03-05T10:00:00+08:00', { policy })).toEqual(at('2026-03-11T00:00:00+08:00'));
  });

  it('refuses a working-day deadline outside the calendar unless the policy falls back to weekends', () => {
    expect(() => communicationDueAt('contract-change', '2031-03-05T10:00:00+08:00')).toThrow(CalendarCoverageError);
    const policy = definePolicy({ outOfCoverage: 'weekends' });
    expect(communicationDueAt('contract-change', '2031-03-05T10:00:00+08:00', { policy })).toEqual(at('2031-03-08T00:00:00+08:00'));
  });

  it.each([
    [() => communicationDueAt('complaint' as never, '2026-03-05T10:00:00+08:00'), 'invalid_enum', ['kind']],
    [() => communicationDueAt('appeal-reply', 'next week'), 'invalid_instant', ['from']],
    [() => communicationDueAt('appeal-reply', Number.POSITIVE_INFINITY), 'invalid_instant', ['from']],
    [() => communicationDueAt('appeal-reply', null as never), 'invalid_instant', ['from']],
  ])('refuses bad input (%#)', (action, code, path) => {
    const error = failure(action);
    expect(error).toMatchObject({ code, path });
    expect(error.message).toMatch(/^communicationDueAt: /);
  });
});
