import { describe, expect, it } from 'vitest';
import { complaintDeadlines, type ComplaintDeadlinesInput } from '../../src/complaint/complaintDeadlines.js';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { complaintPolicy } from './_policy.js';
import { invalidInputOf as refusal } from '../support/errors.js';

const at = (text: string): Date => new Date(text);
const iso = (date: Date | undefined): string | undefined => (date === undefined ? undefined : toShanghaiIsoString(date));


describe('complaintDeadlines', () => {
  const receivedAt = '2026-10-05T15:00:00+08:00';

  it('gives a major (level 2) complaint 3 days to respond: the day of receipt does not count', () => {
    expect(complaintDeadlines({ level: 2, receivedAt })).toEqual({
      forwardBy: at('2026-10-06T00:00:00+08:00'),
      respondBy: at('2026-10-09T00:00:00+08:00'),
      basis: ['complaint.forward-same-day', 'complaint.response'],
    });
    expect(iso(complaintDeadlines({ level: 1, receivedAt }).respondBy)).toBe('2026-10-09T00:00:00.000+08:00');
  });

  it.each([3, 4] as const)('gives a routine (level %d) complaint 1 day', (level) => {
    expect(complaintDeadlines({ level, receivedAt })).toEqual({
      forwardBy: at('2026-10-06T00:00:00+08:00'),
      respondBy: at('2026-10-07T00:00:00+08:00'),
      basis: ['complaint.forward-same-day', 'complaint.response'],
    });
  });

  it('omits closeBy without acceptedAt, and closes 6 days after the acceptance with it', () => {
    const open = complaintDeadlines({ level: 3, receivedAt });
    expect(Object.keys(open)).toEqual(['forwardBy', 'respondBy', 'basis']);
    expect(Object.keys(complaintDeadlines({ level: 3, receivedAt, acceptedAt: undefined }))).toEqual(['forwardBy', 'respondBy', 'basis']);
    expect(complaintDeadlines({ level: 3, receivedAt, acceptedAt: '2026-10-06T09:00:00+08:00' })).toEqual({
      forwardBy: at('2026-10-06T00:00:00+08:00'),
      respondBy: at('2026-10-07T00:00:00+08:00'),
      closeBy: at('2026-10-13T00:00:00+08:00'),
      basis: ['complaint.forward-same-day', 'complaint.response', 'complaint.close'],
    });
  });

  it('accepts an acceptance at the very instant of receipt', () => {
    expect(iso(complaintDeadlines({ level: 4, receivedAt, acceptedAt: receivedAt }).closeBy)).toBe('2026-10-12T00:00:00.000+08:00');
  });

  it('forwards by 24:00 of the day of receipt, from its first to its last millisecond', () => {
    expect(iso(complaintDeadlines({ level: 4, receivedAt: '2026-10-05T00:00:00+08:00' }).forwardBy)).toBe('2026-10-06T00:00:00.000+08:00');
    expect(iso(complaintDeadlines({ level: 4, receivedAt: '2026-10-05T23:59:59.999+08:00' }).forwardBy)).toBe('2026-10-06T00:00:00.000+08:00');
    expect(iso(complaintDeadlines({ level: 4, receivedAt: '2026-10-06T00:00:00+08:00' }).forwardBy)).toBe('2026-10-07T00:00:00.000+08:00');
  });

  it('counts days in Shanghai time whatever the offset written', () => {
    // 16:30 UTC on 5 October is 00:30 on 6 October in Shanghai.
    const result = complaintDeadlines({ level: 2, receivedAt: '2026-10-05T16:30:00Z' });
    expect(iso(result.forwardBy)).toBe('2026-10-07T00:00:00.000+08:00');
    expect(iso(result.respondBy)).toBe('2026-10-10T00:00:00.000+08:00');
  });

  it('crosses month and year ends', () => {
    expect(iso(complaintDeadlines({ level: 2, receivedAt: '2026-02-27T10:00:00+08:00' }).respondBy)).toBe('2026-03-03T00:00:00.000+08:00');
    expect(iso(complaintDeadlines({ level: 1, receivedAt: '2026-12-30T10:00:00+08:00' }).respondBy)).toBe('2027-01-03T00:00:00.000+08:00');
  });

  it('does not extend a deadline on a rest day by default, and does with extendPastRestDays', () => {
    // Friday 6 March 2026: one day ends with Saturday 7 March; extended, with Monday 9 March.
    expect(iso(complaintDeadlines({ level: 4, receivedAt: '2026-03-06T10:00:00+08:00' }).respondBy)).toBe('2026-03-08T00:00:00.000+08:00');
    const policy = complaintPolicy({}, { extendPastRestDays: true });
    expect(iso(complaintDeadlines({ level: 4, receivedAt: '2026-03-06T10:00:00+08:00' }, { policy }).respondBy)).toBe('2026-03-10T00:00:00.000+08:00');
  });

  it('counts elapsed time under dayCounting: elapsed, except for the same-day forwarding', () => {
    const policy = complaintPolicy({}, { dayCounting: 'elapsed' });
    const result = complaintDeadlines({ level: 2, receivedAt, acceptedAt: '2026-10-05T16:30:00+08:00' }, { policy });
    expect([iso(result.forwardBy), iso(result.respondBy), iso(result.closeBy)]).toEqual([
      '2026-10-06T00:00:00.000+08:00',
      '2026-10-08T15:00:00.000+08:00',
      '2026-10-11T16:30:00.000+08:00',
    ]);
  });

  it("follows the policy's major levels and periods", () => {
    const policy = complaintPolicy({
      majorLevels: [1],
      routineResponseWithin: { amount: 24, unit: 'hour' },
      majorResponseWithin: { amount: 2, unit: 'day' },
      closeWithin: { amount: 5, unit: 'workday' },
    });
    expect(iso(complaintDeadlines({ level: 2, receivedAt }, { policy }).respondBy)).toBe('2026-10-06T15:00:00.000+08:00');
    expect(iso(complaintDeadlines({ level: 1, receivedAt }, { policy }).respondBy)).toBe('2026-10-08T00:00:00.000+08:00');
    // 5 working days after Monday 5 October 2026 (a National Day holiday): 8, 9, 10 (make-up Saturday), 12, 13 October.
    expect(iso(complaintDeadlines({ level: 1, receivedAt, acceptedAt: receivedAt }, { policy }).closeBy)).toBe('2026-10-14T00:00:00.000+08:00');
  });

  it('returns frozen results and does not mutate its input', () => {
    const input = { level: 2 as const, receivedAt, acceptedAt: '2026-10-06T09:00:00+08:00' };
    const result = complaintDeadlines(input);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.basis)).toBe(true);
    expect(input).toEqual({ level: 2, receivedAt, acceptedAt: '2026-10-06T09:00:00+08:00' });
  });

  it('refuses a hand-assembled policy with PolicyError naming options.policy', () => {
    const policy = { ...defaultPolicy, complaint: { ...defaultPolicy.complaint, closeWithin: { amount: 0, unit: 'day' as const } } };
    expect(() => complaintDeadlines({ level: 2, receivedAt, acceptedAt: receivedAt }, { policy })).toThrow(
      expect.objectContaining({ name: 'PolicyError', path: ['options', 'policy'] }),
    );
  });

  describe('bad input', () => {
    it.each([
      [{ level: 5, receivedAt }, 'invalid_enum', ['level']],
      [{ level: '2', receivedAt }, 'invalid_enum', ['level']],
      [{ level: 0, receivedAt }, 'invalid_enum', ['level']],
      [{ receivedAt }, 'missing', ['level']],
      [{ level: 2 }, 'missing', ['receivedAt']],
      [{ level: 2, receivedAt: 'this morning' }, 'invalid_instant', ['receivedAt']],
      [{ level: 2, receivedAt: Number.NaN }, 'invalid_instant', ['receivedAt']],
      [{ level: 2, receivedAt, acceptedAt: '2026-10-05T25:00:00+08:00' }, 'invalid_instant', ['acceptedAt']],
      [{ level: 2, receivedAt, acceptedAt: '2026-10-05T14:59:59.999+08:00' }, 'out_of_range', ['acceptedAt']],
      [{ level: 2, receivedAt, closedAt: receivedAt }, 'unknown_key', ['closedAt']],
    ])('refuses %j with %s at %j', (input, code, path) => {
      const error = refusal(() => complaintDeadlines(input as unknown as ComplaintDeadlinesInput));
      expect(error.code).toBe(code);
      expect(error.path).toEqual(path);
      expect(error.message).toMatch(/^complaintDeadlines: /);
    });

    it('refuses a non-object', () => {
      expect(refusal(() => complaintDeadlines(null as never))).toMatchObject({ code: 'invalid_type', path: [] });
    });
  });
});
