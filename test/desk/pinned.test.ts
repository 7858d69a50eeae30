// Pins the exact errors and the boundaries of the desk rules that the broader tests leave open
// (each assertion here kills a mutant the mutation run found, or would find, surviving).
import { describe, expect, it } from 'vitest';
import { checkShift, fineOccurrence, probationSettlement, weeklyReportCheck } from '../../src/desk/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { invalidInputOf } from '../support/errors.js';

const WEEK = '2026-03-04T12:00:00+08:00'; // a Wednesday; its Saturday is 7 March

function errorOf(run: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
  const error = invalidInputOf(run);
  return { code: error.code, path: error.path, message: error.message };
}

describe('weeklyReportCheck', () => {
  it('refuses content or characters for a report that was not sent, naming each field', () => {
    expect(errorOf(() => weeklyReportCheck({ weekOf: WEEK, content: 'x' }))).toEqual({
      code: 'not_allowed',
      path: ['content'],
      message: 'weeklyReportCheck: content must be absent for a report that was not sent (no submittedAt), received "x"',
    });
    expect(errorOf(() => weeklyReportCheck({ weekOf: WEEK, characters: 3 }))).toEqual({
      code: 'not_allowed',
      path: ['characters'],
      message: 'weeklyReportCheck: characters must be absent for a report that was not sent (no submittedAt), received 3',
    });
  });

  it('refuses both content and characters, and neither, with the exact message', () => {
    expect(errorOf(() => weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK, content: 'x', characters: 1 }))).toEqual({
      code: 'not_allowed',
      path: ['characters'],
      message: 'weeklyReportCheck: characters must be absent when content is given (one or the other), received 1',
    });
    expect(errorOf(() => weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK }))).toEqual({
      code: 'missing',
      path: ['content'],
      message: "weeklyReportCheck: content must be the report's text (content) or its character count (characters), received undefined",
    });
  });

  it('is on time at Saturday 17:00 exactly and late a millisecond after, whatever the length', () => {
    const due = Date.parse('2026-03-07T17:00:00+08:00');
    expect(weeklyReportCheck({ weekOf: WEEK, submittedAt: due, characters: 199 })).toEqual({
      dueAt: new Date(due),
      submitted: true,
      onTime: true,
      characters: 199,
      longEnough: false,
      counts: false,
      basis: ['desk.weekly-report'],
    });
    expect(weeklyReportCheck({ weekOf: WEEK, submittedAt: due + 1, content: '字'.repeat(200) })).toEqual({
      dueAt: new Date(due),
      submitted: true,
      onTime: false,
      characters: 200,
      longEnough: true,
      counts: false,
      basis: ['desk.weekly-report'],
    });
  });

  it('finds Saturday 17:00 from every day of the week, Monday to Sunday', () => {
    const due = Date.parse('2026-03-07T17:00:00+08:00');
    for (let day = 2; day <= 8; day += 1) {
      const weekOf = `2026-03-0${day}T12:00:00+08:00`;
      expect(weeklyReportCheck({ weekOf }).dueAt.getTime()).toBe(due);
    }
  });
});

describe('fineOccurrence', () => {
  it('counts an earlier occurrence at the very instant of this one, and none a millisecond later', () => {
    const at = '2026-03-20T09:00:00+08:00';
    const same = Date.parse(at);
    expect(fineOccurrence({ kind: 'handover-log', at, history: [same] }).occurrence).toBe(2);
    expect(fineOccurrence({ kind: 'handover-log', at, history: [same + 1] }).occurrence).toBe(1);
  });

  it('starts the month window at 00:00 of the 1st in Shanghai: a millisecond before is outside', () => {
    const at = '2026-03-20T09:00:00+08:00';
    const first = Date.parse('2026-03-01T00:00:00+08:00');
    expect(fineOccurrence({ kind: 'customer-complaint', at, history: [first - 1, first] })).toEqual({
      occurrence: 2,
      window: 'month',
      windowStart: new Date(first),
      basis: ['desk.customer-complaint'],
    });
  });

  it('counts only this month for the other kinds by default, naming the ladder-window rule after the kind\'s', () => {
    const at = '2026-03-20T09:00:00+08:00';
    expect(fineOccurrence({ kind: 'cleaning-duty', at, history: ['2020-01-01T00:00:00+08:00', '2026-03-20T09:00:00.001+08:00'] })).toEqual({
      occurrence: 1,
      window: 'month',
      windowStart: new Date('2026-03-01T00:00:00+08:00'),
      basis: ['desk.misc.cleaning-duty', 'desk.ladder-window'],
    });
  });
});

describe('probationSettlement', () => {
  const onPostAt = '2026-01-31T09:00:00+08:00';
  const probationEndsAt = '2026-04-01T00:00:00+08:00';

  it('accepts a resignation at the instant of taking up the post and refuses one a millisecond before, with the message', () => {
    expect(probationSettlement({ onPostAt, resignedAt: onPostAt, probationEndsAt })).toEqual({
      withinFirstMonthOnPost: true,
      inProbation: true,
      wagesSettled: false,
      trainingCostYuan: null,
      legalRisk: true,
      basis: ['desk.probation'],
    });
    expect(errorOf(() => probationSettlement({ onPostAt, resignedAt: '2026-01-31T08:59:59.999+08:00', probationEndsAt }))).toEqual({
      code: 'end_before_start',
      path: ['resignedAt'],
      message: 'probationSettlement: resignedAt must be an instant not before onPostAt, received "2026-01-31T08:59:59.999+08:00"',
    });
  });

  it('is in probation a millisecond before its end and not at it', () => {
    const end = Date.parse(probationEndsAt);
    expect(probationSettlement({ onPostAt, resignedAt: end - 1, probationEndsAt, monthlyWageYuan: 0.01 })).toMatchObject({ inProbation: true, trainingCostYuan: 0.01 });
    expect(probationSettlement({ onPostAt, resignedAt: end, probationEndsAt, monthlyWageYuan: 0.01 })).toMatchObject({ inProbation: false, trainingCostYuan: 0 });
  });
});

describe('checkShift', () => {
  const d = (time: string, day = 2): string => `2026-03-${String(day).padStart(2, '0')}T${time}:00+08:00`;

  it('refuses bad rosters with the exact code, path and message', () => {
    const cases: [unknown, { code: string; path: (string | number)[]; message: string }][] = [
      [{ month: '2026-3', shifts: [] }, { code: 'invalid_period', path: ['month'], message: 'checkShift: month must be a month as "YYYY-MM", received "2026-3"' }],
      [
        { month: '2026-03', shifts: [{ start: d('10:00'), end: d('10:00') }] },
        { code: 'end_before_start', path: ['shifts', 0, 'end'], message: 'checkShift: shifts[0].end must be an instant after start, received "2026-03-02T10:00:00+08:00"' },
      ],
      [
        { month: '2026-03', shifts: [{ start: d('10:00'), end: d('12:00'), breaks: [{ start: d('11:30'), end: d('12:30') }] }] },
        { code: 'out_of_range', path: ['shifts', 0, 'breaks', 0, 'start'], message: 'checkShift: shifts[0].breaks[0].start must be a break within its shift, received "2026-03-02T11:30:00+08:00"' },
      ],
      [
        { month: '2026-03', shifts: [{ start: d('08:00'), end: d('17:00'), breaks: [{ start: d('12:00'), end: d('13:00') }, { start: d('12:30'), end: d('13:30') }] }] },
        { code: 'overlap', path: ['shifts', 0, 'breaks', 1, 'start'], message: 'checkShift: shifts[0].breaks[1].start must be a break that does not overlap another, received "2026-03-02T12:30:00+08:00"' },
      ],
      [
        { month: '2026-03', shifts: [{ start: d('08:00'), end: d('12:00') }, { start: d('08:00'), end: d('12:00') }] },
        { code: 'overlap', path: ['shifts', 1, 'start'], message: 'checkShift: shifts[1].start must be an instant not before the end of shift 0, received "2026-03-02T08:00:00+08:00"' },
      ],
      [
        { month: '2026-03', shifts: [{ start: d('11:00'), end: d('14:00') }, { start: d('08:00'), end: d('12:00') }] },
        { code: 'overlap', path: ['shifts', 0, 'start'], message: 'checkShift: shifts[0].start must be an instant not before the end of shift 1, received "2026-03-02T11:00:00+08:00"' },
      ],
    ];
    for (const [roster, expected] of cases) expect(errorOf(() => checkShift(roster as never))).toEqual(expected);
  });

  it('reads only a month written YYYY-MM with a month from 01 to 12', () => {
    for (const month of ['2026-00', '2026-13', '2026-1', ' 2026-03', '2026-03 ', '12026-03', 'abcd-03', '2026/03']) {
      expect(errorOf(() => checkShift({ month, shifts: [] })).code).toBe('invalid_period');
    }
    expect(checkShift({ month: '2026-10', shifts: [] }).restDays).toBe(31);
    expect(checkShift({ month: '2026-12', shifts: [] }).restDays).toBe(31);
    expect(checkShift({ month: '2024-02', shifts: [] }).restDays).toBe(29);
  });

  it('counts a shift starting at 00:00 of the 1st as a work day of the month, and one at 00:00 of the next 1st as not', () => {
    const result = checkShift({
      month: '2026-12',
      shifts: [
        { start: '2026-12-01T00:00:00+08:00', end: '2026-12-01T04:00:00+08:00' },
        { start: '2026-11-30T20:00:00+08:00', end: '2026-11-30T23:59:59.999+08:00' },
        { start: '2027-01-01T00:00:00+08:00', end: '2027-01-01T04:00:00+08:00' },
      ],
    });
    expect({ workDays: result.workDays, restDays: result.restDays }).toEqual({ workDays: 1, restDays: 30 });
  });

  it('lets breaks touch each other and the shift edges', () => {
    const result = checkShift({
      month: '2026-03',
      shifts: [{ start: d('08:00'), end: d('17:00'), breaks: [{ start: d('12:30'), end: d('13:00') }, { start: d('12:00'), end: d('12:30') }, { start: d('16:00'), end: d('17:00') }] }],
    });
    expect(result.violations).toEqual([{ kind: 'shift-pattern', shift: 0, basis: ['desk.shifts.pattern'] }]);
  });

  it('ends a stretch at a pause of exactly the policy minimum, and joins one a minute shorter, naming the shift once', () => {
    const policy = definePolicy({ desk: { shifts: { minimumBreakMinutes: 30 } } });
    const shift = (breakEnd: string) => ({ start: d('08:00'), end: d('17:30'), breaks: [{ start: d('12:00'), end: d(breakEnd) }] });
    const ended = checkShift({ month: '2026-03', shifts: [shift('12:30')] }, { policy });
    expect([ended.violations, ended.conflicts]).toEqual([[], []]);
    const joined = checkShift({ month: '2026-03', shifts: [shift('12:29')] }, { policy });
    // Within the one posted shift: the sources' conflict, not the employee's violation.
    expect(joined.violations).toEqual([]);
    expect(joined.conflicts).toEqual([{ kind: 'posted-shift-over-limit', shift: 0, pattern: 'early', hours: 9.5, basis: ['desk.shifts.conflict'] }]);
  });

  it('joins touching shifts of two patterns into one stretch with no conflict, naming each rule once in the basis', () => {
    const result = checkShift({ month: '2026-03', shifts: [{ start: d('08:00'), end: d('16:00') }, { start: d('16:00'), end: d('00:00', 3) }] });
    expect(result.conflicts).toEqual([]);
    expect(result.violations).toEqual([
      { kind: 'consecutive-hours', shifts: [0, 1], start: new Date(d('08:00')), end: new Date(d('00:00', 3)), hours: 16, basis: ['appraisal.work-hours'] },
      { kind: 'shift-pattern', shift: 0, basis: ['desk.shifts.pattern'] },
    ]);
    expect(result.basis).toEqual(['appraisal.work-hours', 'desk.shifts.pattern']);
  });

  it('keeps a stretch to the shift it is in when the next shift starts at its end with a break', () => {
    // Shift 0 (early, no break) ends at 17:30; shift 1 starts then, on a break until 18:00.
    const result = checkShift({
      month: '2026-03',
      shifts: [
        { start: d('08:00'), end: d('17:30') },
        { start: d('17:30'), end: d('19:00'), breaks: [{ start: d('17:30'), end: d('18:00') }] },
      ],
    });
    expect(result.conflicts).toEqual([{ kind: 'posted-shift-over-limit', shift: 0, pattern: 'early', hours: 9.5, basis: ['desk.shifts.conflict'] }]);
    expect(result.violations.filter((violation) => violation.kind === 'consecutive-hours')).toEqual([]);
  });

  it('starts a stretch with the next shift when a shift ends on a break', () => {
    // Shift 0 ends on a break 15:00–16:00; the late shift 1 (16:00 to 01:00, 9 hours) starts at its end.
    const result = checkShift({
      month: '2026-03',
      shifts: [
        { start: d('08:00'), end: d('16:00'), breaks: [{ start: d('15:00'), end: d('16:00') }] },
        { start: d('16:00'), end: d('01:00', 3) },
      ],
    });
    expect(result.conflicts).toEqual([{ kind: 'posted-shift-over-limit', shift: 1, pattern: 'late', hours: 9, basis: ['desk.shifts.conflict'] }]);
    expect(result.violations.filter((violation) => violation.kind === 'consecutive-hours')).toEqual([]);
  });

  it('reports no conflict for a stretch over two shifts, even when the first is a posted one', () => {
    const result = checkShift({ month: '2026-03', shifts: [{ start: d('08:00'), end: d('17:30') }, { start: d('17:30'), end: d('18:30') }] });
    expect(result.conflicts).toEqual([]);
    expect(result.violations[0]).toEqual({
      kind: 'consecutive-hours',
      shifts: [0, 1],
      start: new Date(d('08:00')),
      end: new Date(d('18:30')),
      hours: 10.5,
      basis: ['appraisal.work-hours'],
    });
  });

  it('shares one frozen empty list of conflicts between answers without any', () => {
    const first = checkShift({ month: '2026-03', shifts: [] });
    expect(first.conflicts).toEqual([]);
    expect(Object.isFrozen(first.conflicts)).toBe(true);
    expect(checkShift({ month: '2026-04', shifts: [] }).conflicts).toBe(first.conflicts);
  });

  it('names a rule once when two violations share it', () => {
    // Two off-pattern shifts of 10 hours on two days: two stretches and two patterns, two rules.
    const result = checkShift({ month: '2026-03', shifts: [{ start: d('07:00'), end: d('17:00') }, { start: d('07:00', 3), end: d('17:00', 3) }] });
    expect(result.violations).toHaveLength(4);
    expect(result.basis).toEqual(['appraisal.work-hours', 'desk.shifts.pattern']);
  });

  it('names each rule once when several findings share it', () => {
    const early = { start: d('08:00'), end: d('17:30') };
    const long = { start: d('08:00', 3), end: d('18:00', 3) };
    const result = checkShift({ month: '2026-03', shifts: [early, long] });
    // The violations' rules first (the long shift's hours, its pattern), then the posted shift's conflict.
    expect(result.basis).toEqual(['appraisal.work-hours', 'desk.shifts.pattern', 'desk.shifts.conflict']);
    expect(result.compliant).toBe(false);
  });

  it('is compliant with a conflict under shiftRule posted-shifts, adding the conflict rule to the compliant basis', () => {
    const policy = definePolicy({ desk: { shiftRule: 'posted-shifts' } });
    const result = checkShift({ month: '2026-03', shifts: [{ start: d('08:00'), end: d('17:30') }] }, { policy });
    expect(result).toEqual({
      compliant: true,
      workDays: 1,
      restDays: 30,
      shiftPatterns: ['early'],
      violations: [],
      conflicts: [{ kind: 'posted-shift-over-limit', shift: 0, pattern: 'early', hours: 9.5, basis: ['desk.shifts.conflict'] }],
      basis: ['desk.shifts', 'appraisal.work-hours', 'desk.shifts.conflict'],
    });
  });
});
