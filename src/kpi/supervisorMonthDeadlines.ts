import { beforeDayOfMonthMs } from '../calendar/internal.js';
import { freezeDecision, type Decision } from '../core/decision.js';
import { dayOfCivilDate, resultDate, startOfShanghaiDay } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy } from './kpiPolicy.js';

/** The answer of {@link supervisorMonthDeadlines}: the desk supervisor's fixed dates of one month. */
export type SupervisorMonthDeadlines = Decision<{
  /** Collections reconciled with finance on the 5th: by 24:00 of the 5th. */
  financeReconcileBy: Date;
  /** Next month's work plan before the 25th: 00:00 of the 25th (of the 26th with `beforeDayInclusive`). */
  workPlanBy: Date;
  /** Arrears reported to the department manager on the 28th, the day the collection rates are checked: by 24:00 of the 28th. */
  arrearsReportBy: Date;
  /** The month's statistical report at month end: by 24:00 of the month's last day. */
  monthlyReportBy: Date;
}>;

const FN = 'supervisorMonthDeadlines';
const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const BASIS = ['supervisor.cadence', 'kpi.finance-reconcile', 'kpi.collection'] as const;

/**
 * The fixed monthly dates of the customer-service supervisor (客服主管) for a month: reconcile
 * collections with finance on the 5th, hand in next month's work plan before the 25th (RULES C5), report
 * arrears to the department manager on the 28th (the day the collection rates of {@link collectionCheck}
 * are measured), and submit the month's statistical report at month end. A date "on" a day is due by
 * 24:00 of it. The twice-weekly inspection is {@link supervisorInspectionsMet}.
 *
 * @param month - The month, as `'YYYY-MM'`.
 * @param options - `policy` for the days (`kpi.supervisor`) or `beforeDayInclusive`.
 * @returns `{ financeReconcileBy, workPlanBy, arrearsReportBy, monthlyReportBy, basis }`.
 * @throws {@link InvalidInputError} When `month` is not a `'YYYY-MM'` string (`invalid_month`), or is
 * `'9999-12'`, whose month-end report would be due in the year 10000 (`out_of_range`).
 * @see RULES `supervisor.cadence` (ZN 篇5 工作标准1; SD 职责二 §9, §11), `kpi.finance-reconcile` (ZN 篇5 工作标准6–7), `kpi.collection`.
 *
 * @example
 * ```ts
 * import { supervisorMonthDeadlines } from 'wuye-rules/kpi';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const dates = supervisorMonthDeadlines('2026-02');
 * [dates.financeReconcileBy, dates.workPlanBy, dates.arrearsReportBy, dates.monthlyReportBy].map(toShanghaiIsoString);
 * //=> ['2026-02-06T00:00:00.000+08:00', '2026-02-25T00:00:00.000+08:00', '2026-03-01T00:00:00.000+08:00', '2026-03-01T00:00:00.000+08:00']
 * ```
 */
export function supervisorMonthDeadlines(month: string, options?: RuleOptions): SupervisorMonthDeadlines {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'supervisorMonthDeadlines');
  options = ruleOptions(options, 'supervisorMonthDeadlines');
  const match = typeof month === 'string' ? MONTH_PATTERN.exec(month) : null;
  if (match === null) throw invalid(FN, ['month'], 'invalid_month', "a month as 'YYYY-MM'", month);
  const year = Number(match[1]);
  const monthNumber = Number(match[2]);
  const cadence = (options?.policy?.kpi ?? defaultKpiPolicy).supervisor;
  // 24:00 of day D of this month is 00:00 of D + 1 (days beyond the month's end roll over, as Date.UTC does).
  // Each deadline lies within the years 0000–9999 (+08:00): the month-end report of 9999-12, due at
  // 24:00 of its last day, would not, and that month is refused.
  const result = (ms: number): Date => resultDate(ms, FN, ['month'], month);
  const endOfDay = (dayOfMonth: number): Date => result(startOfShanghaiDay(dayOfCivilDate(year, monthNumber, dayOfMonth) + 1));
  return freezeDecision(
    {
      financeReconcileBy: endOfDay(cadence.financeReconcileDay),
      workPlanBy: result(beforeDayOfMonthMs(year, monthNumber, cadence.workPlanBeforeDay, options)),
      arrearsReportBy: endOfDay(cadence.arrearsReportDay),
      monthlyReportBy: result(startOfShanghaiDay(dayOfCivilDate(year, monthNumber + 1, 1))),
    },
    BASIS,
  );
}
