import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { supervisorMonthDeadlines } from '../../src/kpi/supervisorMonthDeadlines.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const at = (iso: string): Date => new Date(iso);

describe('supervisorMonthDeadlines', () => {
  it('gives the fixed dates of a month', () => {
    expect(supervisorMonthDeadlines('2026-03')).toEqual({
      financeReconcileBy: at('2026-03-06T00:00:00+08:00'),
      workPlanBy: at('2026-03-25T00:00:00+08:00'),
      arrearsReportBy: at('2026-03-29T00:00:00+08:00'),
      monthlyReportBy: at('2026-04-01T00:00:00+08:00'),
      basis: ['supervisor.cadence', 'kpi.finance-reconcile', 'kpi.collection'],
    });
  });

  it('handles February and December', () => {
    expect(supervisorMonthDeadlines('2026-02')).toMatchObject({ arrearsReportBy: at('2026-03-01T00:00:00+08:00'), monthlyReportBy: at('2026-03-01T00:00:00+08:00') });
    expect(supervisorMonthDeadlines('2028-02').monthlyReportBy).toEqual(at('2028-03-01T00:00:00+08:00'));
    expect(supervisorMonthDeadlines('2028-02').arrearsReportBy).toEqual(at('2028-02-29T00:00:00+08:00'));
    expect(supervisorMonthDeadlines('2026-12').monthlyReportBy).toEqual(at('2027-01-01T00:00:00+08:00'));
  });

  it('follows beforeDayInclusive and the policy days', () => {
    expect(supervisorMonthDeadlines('2026-03', { policy: definePolicy({ beforeDayInclusive: true }) }).workPlanBy).toEqual(at('2026-03-26T00:00:00+08:00'));
    const policy = definePolicy({ kpi: { supervisor: { financeReconcileDay: 10, arrearsReportDay: 25 } } });
    expect(supervisorMonthDeadlines('2026-03', { policy })).toMatchObject({
      financeReconcileBy: at('2026-03-11T00:00:00+08:00'),
      arrearsReportBy: at('2026-03-26T00:00:00+08:00'),
    });
  });

  it('returns a frozen decision', () => {
    expect(Object.isFrozen(supervisorMonthDeadlines('2026-03'))).toBe(true);
  });

  it.each(['2026-13', '2026-3', '2026-03-01', '', 202603, null])('refuses %j', (month) => {
    expect(() => supervisorMonthDeadlines(month as never)).toThrow(InvalidInputError);
    expect(() => supervisorMonthDeadlines(month as never)).toThrow(expect.objectContaining({ code: 'invalid_month', path: ['month'] }));
  });
});
