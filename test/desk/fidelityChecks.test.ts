import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { checkShift, deskFine, fineOccurrence, probationSettlement, weeklyReportCheck } from '../../src/desk/index.js';
import { parkingPermitRevocation } from '../../src/kpi/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { fineOccurrenceInputSchema, parkingPermitRevocationInputSchema, probationSettlementInputSchema, weeklyReportCheckInputSchema, customerArchiveRateInputSchema } from '../../src/schemas/index.js';
import { customerArchiveRate } from '../../src/visit/index.js';
import { expectInvalid, inCatalog, snapshot } from '../appraisal/_helpers.js';

const WEEK = '2026-03-04T12:00:00+08:00'; // a Wednesday; Saturday is 7 March
const DUE = Date.parse('2026-03-07T17:00:00+08:00');

describe('weeklyReportCheck', () => {
  it('puts the deadline at 17:00 of the week\'s Saturday, 17:00 itself on time', () => {
    const result = weeklyReportCheck({ weekOf: WEEK, submittedAt: '2026-03-07T17:00:00+08:00', characters: 200 });
    expect(result.dueAt.getTime()).toBe(DUE);
    expect(result).toMatchObject({ submitted: true, onTime: true, longEnough: true, counts: true });
    expect(weeklyReportCheck({ weekOf: WEEK, submittedAt: DUE + 1, characters: 200 })).toMatchObject({ onTime: false, counts: false });
  });

  it('finds the same Saturday from Monday 00:00 and Sunday 23:59 of the week', () => {
    expect(weeklyReportCheck({ weekOf: '2026-03-02T00:00:00+08:00' }).dueAt.getTime()).toBe(DUE);
    expect(weeklyReportCheck({ weekOf: '2026-03-08T23:59:59+08:00' }).dueAt.getTime()).toBe(DUE);
    expect(weeklyReportCheck({ weekOf: '2026-03-01T23:59:59+08:00' }).dueAt.getTime()).toBe(DUE - 7 * 86_400_000);
    // Shanghai days, whatever the UTC date: Monday 2 March 07:00 in Shanghai is Sunday in UTC.
    expect(weeklyReportCheck({ weekOf: '2026-03-01T23:30:00Z' }).dueAt.getTime()).toBe(DUE);
  });

  it('counts 199 and 200 characters as code points without whitespace', () => {
    const text = (n: number) => '字'.repeat(n - 1) + '😀';
    expect(weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK, content: text(200) }).characters).toBe(200);
    expect(weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK, content: text(199) }).longEnough).toBe(false);
    expect(weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK, content: ` ${'a'.repeat(100)}\n\t${'b'.repeat(100)}　` }).characters).toBe(200);
  });

  it('reports a missing report as not counting', () => {
    expect(weeklyReportCheck({ weekOf: WEEK })).toEqual({ dueAt: new Date(DUE), submitted: false, onTime: false, characters: null, longEnough: false, counts: false, basis: ['desk.weekly-report'] });
  });

  it('refuses bad input, naming the field', () => {
    expectInvalid(() => weeklyReportCheck({ weekOf: 'yesterday' }), 'invalid_instant', ['weekOf']);
    expectInvalid(() => weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK }), 'missing', ['content']);
    expectInvalid(() => weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK, content: 'x', characters: 1 }), 'not_allowed', ['characters']);
    expectInvalid(() => weeklyReportCheck({ weekOf: WEEK, characters: 300 }), 'not_allowed', ['characters']);
    expect(() => weeklyReportCheck({ weekOf: WEEK, submittedAt: WEEK, characters: 2.5 })).toThrow(InvalidInputError);
    expect(() => weeklyReportCheck({ weekOf: WEEK, sentAt: WEEK } as never)).toThrow(InvalidInputError);
  });

  it('counts exactly when sent by the deadline with 200 characters or more, agreeing with its schema', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), fc.nat({ max: 400 }), (offset, characters) => {
        const input = { weekOf: WEEK, submittedAt: DUE + offset, characters };
        const copy = snapshot(input);
        const result = weeklyReportCheck(input);
        expect(result.counts).toBe(offset <= 0 && characters >= 200);
        expect(weeklyReportCheck(input)).toEqual(result);
        expect(input).toEqual(copy);
        expect(weeklyReportCheckInputSchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fineOccurrence', () => {
  const history = ['2026-02-27T09:00:00+08:00', '2026-03-01T00:00:00+08:00', '2026-03-09T09:00:00+08:00', '2026-03-25T09:00:00+08:00'];

  it('counts within the calendar month of the offense by default, its first instant included', () => {
    const result = fineOccurrence({ kind: 'weekly-report', at: '2026-03-20T09:00:00+08:00', history });
    expect(result).toEqual({ occurrence: 3, window: 'month', windowStart: new Date('2026-03-01T00:00:00+08:00'), basis: ['desk.weekly-report', 'desk.ladder-window'] });
    expect(inCatalog(result.basis)).toBe(true);
    expect(deskFine('weekly-report', result.occurrence).amountYuan).toBe(200);
  });

  it('counts over the whole employment under ladderWindow: employment', () => {
    const policy = definePolicy({ desk: { ladderWindow: 'employment' } });
    expect(fineOccurrence({ kind: 'handover-log', at: '2026-03-20T09:00:00+08:00', history }, { policy })).toMatchObject({ occurrence: 4, window: 'employment', windowStart: null });
  });

  it('always counts customer complaints within the calendar month', () => {
    const policy = definePolicy({ desk: { ladderWindow: 'employment' } });
    expect(fineOccurrence({ kind: 'customer-complaint', at: '2026-03-20T09:00:00+08:00', history }, { policy })).toEqual({
      occurrence: 3,
      window: 'month',
      windowStart: new Date('2026-03-01T00:00:00+08:00'),
      basis: ['desk.customer-complaint'],
    });
  });

  it('is 1 with no history, never lower when history grows, and refuses bad input', () => {
    expect(fineOccurrence({ kind: 'off-work-chat', at: WEEK, history: [] }).occurrence).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: Date.parse('2026-01-01T00:00:00+08:00'), max: Date.parse('2026-05-01T00:00:00+08:00') }), { maxLength: 10 }), fc.integer({ min: Date.parse('2026-01-01T00:00:00+08:00'), max: Date.parse('2026-05-01T00:00:00+08:00') }), (dates, extra) => {
        const at = Date.parse('2026-03-15T12:00:00+08:00');
        const before = fineOccurrence({ kind: 'handover-log', at, history: dates }).occurrence;
        expect(fineOccurrence({ kind: 'handover-log', at, history: [...dates, extra] }).occurrence).toBeGreaterThanOrEqual(before);
        expect(fineOccurrenceInputSchema.safeParse({ kind: 'handover-log', at, history: dates }).success).toBe(true);
      }),
    );
    expectInvalid(() => fineOccurrence({ kind: 'late' as never, at: WEEK, history: [] }), 'invalid_enum', ['kind']);
    expectInvalid(() => fineOccurrence({ kind: 'handover-log', at: WEEK, history: ['nope'] }), 'invalid_instant', ['history', 0]);
  });
});

describe('probationSettlement', () => {
  const onPostAt = '2026-01-31T09:00:00+08:00';
  const probationEndsAt = '2026-04-01T00:00:00+08:00';

  it('ends the first month at 24:00 of the corresponding day, or the month\'s last day', () => {
    // 31 January + 1 month: 28 February is the last day; 24:00 of it is 1 March 00:00.
    expect(probationSettlement({ onPostAt, resignedAt: '2026-02-28T23:59:59+08:00', probationEndsAt }).withinFirstMonthOnPost).toBe(true);
    // 以内 includes its end (C1), and an act at t meets a period ending at d when t <= d: 24:00 itself is within.
    expect(probationSettlement({ onPostAt, resignedAt: '2026-03-01T00:00:00+08:00', probationEndsAt }).withinFirstMonthOnPost).toBe(true);
    expect(probationSettlement({ onPostAt, resignedAt: '2026-03-01T00:00:00.001+08:00', probationEndsAt }).withinFirstMonthOnPost).toBe(false);
  });

  it('charges half a month\'s wage in probation, exact to the fen, and nothing after it', () => {
    expect(probationSettlement({ onPostAt, resignedAt: '2026-03-31T23:59:59+08:00', probationEndsAt, monthlyWageYuan: 4321.03 })).toEqual({
      withinFirstMonthOnPost: false,
      inProbation: true,
      wagesSettled: true,
      trainingCostYuan: 2160.52,
      legalRisk: true,
      basis: ['desk.probation'],
    });
    expect(probationSettlement({ onPostAt, resignedAt: probationEndsAt, probationEndsAt, monthlyWageYuan: 4000 }).trainingCostYuan).toBe(0);
    expect(probationSettlement({ onPostAt, resignedAt: '2026-03-02T00:00:00+08:00', probationEndsAt }).trainingCostYuan).toBeNull();
  });

  it('refuses a resignation before the post and a sub-fen wage', () => {
    expectInvalid(() => probationSettlement({ onPostAt, resignedAt: '2026-01-30T09:00:00+08:00', probationEndsAt }), 'end_before_start', ['resignedAt']);
    expectInvalid(() => probationSettlement({ onPostAt, resignedAt: onPostAt, probationEndsAt, monthlyWageYuan: 1000.004 }), 'sub_fen_amount', ['monthlyWageYuan']);
    expect(probationSettlementInputSchema.safeParse({ onPostAt, resignedAt: onPostAt, probationEndsAt, monthlyWageYuan: 1000.004 }).success).toBe(false);
  });

  it('never settles wages within the first month and is deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 86_400_000 }), fc.integer({ min: 0, max: 2_000_000 }), (elapsed, wageFen) => {
        const input = { onPostAt, resignedAt: Date.parse(onPostAt) + elapsed, probationEndsAt, monthlyWageYuan: wageFen / 100 };
        const result = probationSettlement(input);
        expect(result.wagesSettled).toBe(!result.withinFirstMonthOnPost);
        expect(result.inProbation).toBe(Date.parse(onPostAt) + elapsed < Date.parse(probationEndsAt));
        expect(result.trainingCostYuan).toBe(result.inProbation ? Math.round(wageFen / 2) / 100 : 0);
        expect(probationSettlement(input)).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parkingPermitRevocation', () => {
  const expiresAt = '2026-04-01T00:00:00+08:00';
  it('revokes an expired, unpaid permit from the expiry instant on', () => {
    expect(parkingPermitRevocation({ expiresAt, renewalPaid: false, asOf: Date.parse(expiresAt) - 1 }).revoke).toBe(false);
    expect(parkingPermitRevocation({ expiresAt, renewalPaid: false, asOf: expiresAt })).toEqual({ expired: true, revoke: true, basis: ['kpi.parking.revocation'] });
    expect(parkingPermitRevocation({ expiresAt, renewalPaid: true, asOf: expiresAt })).toEqual({ expired: true, revoke: false, basis: ['kpi.parking.revocation'] });
    expect(inCatalog(parkingPermitRevocation({ expiresAt, renewalPaid: true, asOf: expiresAt }).basis)).toBe(true);
  });

  it('refuses a missing or non-boolean renewalPaid and agrees with its schema', () => {
    expectInvalid(() => parkingPermitRevocation({ expiresAt, asOf: expiresAt } as never), 'missing', ['renewalPaid']);
    expect(() => parkingPermitRevocation({ expiresAt, asOf: expiresAt, renewalPaid: 'no' } as never)).toThrow(InvalidInputError);
    expect(parkingPermitRevocationInputSchema.safeParse({ expiresAt, asOf: expiresAt }).success).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.boolean(), (offset, renewalPaid) => {
        const result = parkingPermitRevocation({ expiresAt, renewalPaid, asOf: Date.parse(expiresAt) + offset });
        expect(result.revoke).toBe(offset >= 0 && !renewalPaid);
      }),
    );
  });
});

describe('customerArchiveRate', () => {
  it('meets the 100% target only when every household is archived', () => {
    expect(customerArchiveRate({ archived: 3, households: 3 })).toEqual({ rate: 1, target: 1, meetsTarget: true, basis: ['visit.coverage'] });
    expect(customerArchiveRate({ archived: 999_999, households: 1_000_000 }).meetsTarget).toBe(false);
  });

  it('refuses more archives than households, and agrees with its schema', () => {
    expectInvalid(() => customerArchiveRate({ archived: 4, households: 3 }), 'exceeds_total', ['archived']);
    expect(customerArchiveRateInputSchema.safeParse({ archived: 4, households: 3 }).success).toBe(false);
    expect(() => customerArchiveRate({ archived: 1, households: 0 })).toThrow(InvalidInputError);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.nat(), (households, missing) => {
        const archived = Math.max(0, households - (missing % (households + 1)));
        expect(customerArchiveRate({ archived, households }).meetsTarget).toBe(archived === households);
      }),
    );
  });
});

describe('checkShift conflict', () => {
  const early = { start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T17:30:00+08:00' };
  const long = { start: '2026-03-03T08:00:00+08:00', end: '2026-03-03T18:00:00+08:00' };

  it('reports a posted shift over 8 hours as the sources\' conflict, not as the employee\'s violation (RULES appraisal.work-hours)', () => {
    const result = checkShift({ month: '2026-03', shifts: [early, long] });
    expect(result.conflicts).toEqual([{ kind: 'posted-shift-over-limit', shift: 0, pattern: 'early', hours: 9.5, basis: ['desk.shifts.conflict'] }]);
    expect(result.violations.filter((v) => v.kind === 'consecutive-hours').map((v) => v.basis)).toEqual([['appraisal.work-hours']]);
    // Under shiftRule 'work-hours' (the default) the 8-hour rule prevails: a roster of the posted shift alone does not comply.
    const onlyPosted = checkShift({ month: '2026-03', shifts: [early] });
    expect([onlyPosted.compliant, onlyPosted.violations, onlyPosted.basis]).toEqual([false, [], ['appraisal.work-hours', 'desk.shifts.conflict']]);
    expect(result.basis).toContain('desk.shifts.conflict');
    expect(inCatalog(result.basis)).toBe(true);
  });

  it('lets a posted shift stand under shiftRule: posted-shifts, but not an off-pattern one', () => {
    const policy = definePolicy({ desk: { shiftRule: 'posted-shifts' } });
    const result = checkShift({ month: '2026-03', shifts: [early, long] }, { policy });
    expect(result.conflicts).toHaveLength(1);
    expect(result.violations.filter((v) => v.kind === 'consecutive-hours')).toHaveLength(1);
    const onlyPosted = checkShift({ month: '2026-03', shifts: [early] }, { policy });
    expect(onlyPosted.violations.filter((v) => v.kind === 'consecutive-hours')).toEqual([]);
    expect(onlyPosted.basis).toContain('desk.shifts.conflict');
    // The posted shift stands: with the month's rest days, the roster complies.
    expect(onlyPosted.compliant).toBe(true);
  });

  it('reports no conflict for a posted shift with a break', () => {
    const result = checkShift({ month: '2026-03', shifts: [{ ...early, breaks: [{ start: '2026-03-02T12:00:00+08:00', end: '2026-03-02T13:00:00+08:00' }] }] });
    expect(result.conflicts).toEqual([]);
  });
});
