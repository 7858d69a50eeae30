import { describe, expect, it } from 'vitest';
import { checkShift, type RosterShift } from '../../src/desk/index.js';
import { toShanghaiIsoString } from '../../src/core/instant.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid, inCatalog } from './_helpers.js';

const pad = (n: number) => String(n).padStart(2, '0');
const at = (month: string, day: number, time: string) => `${month}-${pad(day)}T${time}:00+08:00`;

/** An early shift (08:00–17:30) with a lunch break 12:00–13:00. */
const early = (month: string, day: number): RosterShift => ({
  start: at(month, day, '08:00'),
  end: at(month, day, '17:30'),
  breaks: [{ start: at(month, day, '12:00'), end: at(month, day, '13:00') }],
});
/** A late shift 16:00 to 00:00 of the next day, with a supper break 19:00–19:30. */
const late = (month: string, day: number, end = '00:00'): RosterShift => {
  const next = new Date(Date.parse(at(month, day, '12:00')) + 86_400_000);
  const nextDay = toShanghaiIsoString(next).slice(0, 10);
  return { start: at(month, day, '16:00'), end: `${nextDay}T${end}:00+08:00`, breaks: [{ start: at(month, day, '19:00'), end: at(month, day, '19:30') }] };
};
const days = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('checkShift', () => {
  it('passes a month of early shifts with breaks and 3 rest days', () => {
    const result = checkShift({ month: '2026-03', shifts: days(1, 28).map((day) => early('2026-03', day)) });
    expect(result).toEqual({
      compliant: true,
      workDays: 28,
      restDays: 3,
      shiftPatterns: Array(28).fill('early'),
      violations: [],
      conflicts: [],
      basis: ['desk.shifts', 'appraisal.work-hours'],
    });
  });

  it('flags fewer than 3 rest days', () => {
    const result = checkShift({ month: '2026-03', shifts: days(1, 29).map((day) => early('2026-03', day)) });
    expect(result.compliant).toBe(false);
    expect(result.violations).toEqual([{ kind: 'rest-days', restDays: 2, required: 3, basis: ['desk.shifts.rest-days'] }]);
    expect(result.basis).toEqual(['desk.shifts.rest-days']);
  });

  it('counts rest days over the month\'s own length', () => {
    // February 2026 has 28 days: 25 shifts leave 3 rest days, 26 leave 2.
    expect(checkShift({ month: '2026-02', shifts: days(1, 25).map((day) => early('2026-02', day)) }).compliant).toBe(true);
    expect(checkShift({ month: '2026-02', shifts: days(1, 26).map((day) => early('2026-02', day)) }).restDays).toBe(2);
  });

  it('does not let a late shift\'s hour past midnight use up the next day', () => {
    const shifts = days(1, 28).map((day) => late('2026-03', day, '01:00'));
    const result = checkShift({ month: '2026-03', shifts });
    expect(result.workDays).toBe(28);
    expect(result.restDays).toBe(3);
    expect(result.shiftPatterns.every((pattern) => pattern === 'late')).toBe(true);
  });

  it('ignores shifts starting outside the month for rest days, but not for hours', () => {
    const result = checkShift({
      month: '2026-04',
      shifts: [
        { start: '2026-03-31T16:00:00+08:00', end: '2026-04-01T01:00:00+08:00' },
        { start: '2026-05-01T08:00:00+08:00', end: '2026-05-01T12:00:00+08:00' },
      ],
    });
    expect(result.workDays).toBe(0);
    expect(result.restDays).toBe(30);
    // The late shift of 31 March runs 9 hours unbroken: the posted shift's conflict, not a violation.
    expect(result.violations.map((v) => v.kind)).toEqual(['shift-pattern']);
    expect(result.conflicts.map((conflict) => conflict.hours)).toEqual([9]);
  });

  describe('consecutive hours', () => {
    it('allows exactly 8 hours and flags more', () => {
      const eight = checkShift({ month: '2026-03', shifts: [{ start: '2026-03-02T16:00:00+08:00', end: '2026-03-03T00:00:00+08:00' }] });
      expect(eight.compliant).toBe(true);
      expect(eight.shiftPatterns).toEqual(['late']);
      // The late shift extended to 01:00 is a posted shift: the sources' conflict, reported as such and
      // not as the employee's violation; under the default shiftRule the roster does not comply.
      const nine = checkShift({ month: '2026-03', shifts: [{ start: '2026-03-02T16:00:00+08:00', end: '2026-03-03T01:00:00+08:00' }] });
      expect(nine.violations).toEqual([]);
      expect(nine.conflicts).toEqual([{ kind: 'posted-shift-over-limit', shift: 0, pattern: 'late', hours: 9, basis: ['desk.shifts.conflict'] }]);
      expect([nine.compliant, nine.basis]).toEqual([false, ['appraisal.work-hours', 'desk.shifts.conflict']]);
      // Off the patterns, the same nine hours are the employee's violation, with its start and end.
      const offPattern = checkShift({ month: '2026-03', shifts: [{ start: '2026-03-02T15:00:00+08:00', end: '2026-03-03T00:00:00+08:00' }] });
      const violation = offPattern.violations[0];
      expect(violation?.kind).toBe('consecutive-hours');
      if (violation?.kind === 'consecutive-hours') {
        expect(violation.hours).toBe(9);
        expect(violation.shifts).toEqual([0]);
        expect(toShanghaiIsoString(violation.start)).toBe('2026-03-02T15:00:00.000+08:00');
        expect(toShanghaiIsoString(violation.end)).toBe('2026-03-03T00:00:00.000+08:00');
        expect(violation.basis).toEqual(['appraisal.work-hours']);
      }
    });

    it('flags the standard early shift when no break is recorded', () => {
      const result = checkShift({ month: '2026-03', shifts: [{ start: at('2026-03', 2, '08:00'), end: at('2026-03', 2, '17:30') }] });
      expect(result.conflicts).toMatchObject([{ kind: 'posted-shift-over-limit', hours: 9.5 }]);
      expect([result.compliant, result.violations]).toEqual([false, []]);
      expect(result.shiftPatterns).toEqual(['early']);
    });

    it('joins shifts that touch into one stretch', () => {
      const result = checkShift({
        month: '2026-03',
        shifts: [
          { start: at('2026-03', 2, '12:00'), end: at('2026-03', 2, '16:00') },
          { start: at('2026-03', 2, '08:00'), end: at('2026-03', 2, '12:00') },
          { start: at('2026-03', 2, '16:00'), end: at('2026-03', 2, '17:00') },
        ],
      });
      expect(result.violations[0]).toMatchObject({ kind: 'consecutive-hours', hours: 9, shifts: [1, 0, 2] });
    });

    it('lets any recorded pause end a stretch by default, and short pauses count under a policy minimum', () => {
      const shift = { start: at('2026-03', 2, '08:00'), end: at('2026-03', 2, '17:30'), breaks: [{ start: at('2026-03', 2, '12:00'), end: at('2026-03', 2, '12:15') }] };
      expect(checkShift({ month: '2026-03', shifts: [shift] }).violations).toEqual([]);
      const policy = definePolicy({ desk: { shifts: { minimumBreakMinutes: 30 } } });
      expect(checkShift({ month: '2026-03', shifts: [shift] }, { policy }).conflicts).toMatchObject([{ kind: 'posted-shift-over-limit', hours: 9.5 }]);
    });

    it('handles breaks in any order, at the edges of the shift', () => {
      const result = checkShift({
        month: '2026-03',
        shifts: [
          {
            start: at('2026-03', 2, '08:00'),
            end: at('2026-03', 2, '17:30'),
            breaks: [
              { start: at('2026-03', 2, '17:00'), end: at('2026-03', 2, '17:30') },
              { start: at('2026-03', 2, '08:00'), end: at('2026-03', 2, '08:30') },
              { start: at('2026-03', 2, '12:00'), end: at('2026-03', 2, '12:30') },
            ],
          },
        ],
      });
      expect(result.compliant).toBe(true);
    });

    it('follows a company limit', () => {
      const policy = definePolicy({ desk: { shifts: { maxConsecutiveHours: { value: 10, inclusive: true } } } });
      expect(checkShift({ month: '2026-03', shifts: [{ start: at('2026-03', 2, '08:00'), end: at('2026-03', 2, '17:30') }] }, { policy }).compliant).toBe(true);
    });
  });

  describe('shift patterns', () => {
    it.each([
      ['08:00', '2026-03-02T17:30', 'early'],
      ['16:00', '2026-03-03T00:00', 'late'],
      ['16:00', '2026-03-03T00:30', 'late'],
      ['16:00', '2026-03-03T01:00', 'late'],
      ['16:00', '2026-03-03T01:01', null],
      ['16:00', '2026-03-02T23:59', null],
      ['08:05', '2026-03-02T17:30', null],
      ['08:00', '2026-03-02T17:00', null],
      ['09:00', '2026-03-02T17:00', null],
    ])('reads a shift from %s to %s as %s', (start, end, pattern) => {
      const result = checkShift({ month: '2026-03', shifts: [{ start: `2026-03-02T${start}:00+08:00`, end: `${end}:00+08:00` }] });
      expect(result.shiftPatterns).toEqual([pattern]);
      expect(result.violations.some((v) => v.kind === 'shift-pattern')).toBe(pattern === null);
    });

    it('reads shifts in Shanghai time whatever offset they are written in', () => {
      const result = checkShift({ month: '2026-03', shifts: [{ start: '2026-03-02T00:00:00Z', end: '2026-03-02T09:30:00Z', breaks: [{ start: '2026-03-02T04:00:00Z', end: '2026-03-02T05:00:00Z' }] }] });
      expect(result.shiftPatterns).toEqual(['early']);
      expect(result.compliant).toBe(true);
    });

    it('reports the index of an off-pattern shift', () => {
      const result = checkShift({ month: '2026-03', shifts: [early('2026-03', 3), { start: at('2026-03', 4, '10:00'), end: at('2026-03', 4, '15:00') }] });
      expect(result.violations).toEqual([{ kind: 'shift-pattern', shift: 1, basis: ['desk.shifts.pattern'] }]);
      expect(inCatalog(result.basis)).toBe(true);
    });
  });

  it('orders violations and the basis: hours, patterns, rest days', () => {
    const shifts = [...days(1, 29).map((day) => early('2026-03', day)), { start: at('2026-03', 30, '07:00'), end: at('2026-03', 30, '17:00') }];
    const result = checkShift({ month: '2026-03', shifts });
    expect(result.violations.map((v) => v.kind)).toEqual(['consecutive-hours', 'shift-pattern', 'rest-days']);
    expect(result.basis).toEqual(['appraisal.work-hours', 'desk.shifts.pattern', 'desk.shifts.rest-days']);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.violations[0])).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      [null, 'invalid_type', []],
      [{ shifts: [] }, 'invalid_type', ['month']],
      [{ month: '2026-3', shifts: [] }, 'invalid_period', ['month']],
      [{ month: '2026-03' }, 'invalid_type', ['shifts']],
      [{ month: '2026-03', shifts: [5] }, 'invalid_type', ['shifts', 0]],
      [{ month: '2026-03', shifts: [{ start: 'soon', end: '2026-03-02T10:00:00+08:00' }] }, 'invalid_instant', ['shifts', 0, 'start']],
      [{ month: '2026-03', shifts: [{ start: '2026-03-02T10:00:00+08:00', end: '2026-03-02T10:00:00+08:00' }] }, 'end_before_start', ['shifts', 0, 'end']],
      [{ month: '2026-03', shifts: [{ start: '2026-03-02T10:00:00+08:00', end: '2026-03-02T12:00:00+08:00', breaks: 'lunch' }] }, 'invalid_type', ['shifts', 0, 'breaks']],
      [
        { month: '2026-03', shifts: [{ start: '2026-03-02T10:00:00+08:00', end: '2026-03-02T12:00:00+08:00', breaks: [{ start: '2026-03-02T11:30:00+08:00', end: '2026-03-02T12:30:00+08:00' }] }] },
        'out_of_range',
        ['shifts', 0, 'breaks', 0, 'start'],
      ],
      [
        { month: '2026-03', shifts: [{ start: '2026-03-02T10:00:00+08:00', end: '2026-03-02T12:00:00+08:00', breaks: [{ start: '2026-03-02T09:30:00+08:00', end: '2026-03-02T10:30:00+08:00' }] }] },
        'out_of_range',
        ['shifts', 0, 'breaks', 0, 'start'],
      ],
      [
        {
          month: '2026-03',
          shifts: [
            {
              start: '2026-03-02T08:00:00+08:00',
              end: '2026-03-02T17:00:00+08:00',
              breaks: [
                { start: '2026-03-02T12:00:00+08:00', end: '2026-03-02T13:00:00+08:00' },
                { start: '2026-03-02T12:30:00+08:00', end: '2026-03-02T13:30:00+08:00' },
              ],
            },
          ],
        },
        'overlap',
        ['shifts', 0, 'breaks', 1, 'start'],
      ],
      [
        {
          month: '2026-03',
          shifts: [
            { start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T17:30:00+08:00' },
            { start: '2026-03-02T16:00:00+08:00', end: '2026-03-03T00:00:00+08:00' },
          ],
        },
        'overlap',
        ['shifts', 1, 'start'],
      ],
    ])('refuses %j', (input, code, path) => {
      const error = expectInvalid(() => checkShift(input as never), code, path);
      expect(error.message.startsWith('checkShift: ')).toBe(true);
    });
  });
});
