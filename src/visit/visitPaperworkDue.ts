import { refuseExtraArguments } from '../core/validate.js';
import { beforeDayOfMonthMs } from '../calendar/internal.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { civilDateOfDay, type Instant, resultDate, shanghaiDayOf, toEpochMs } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultVisitPolicy } from './visitPolicy.js';

/** The answer of {@link visitPaperworkDue}. */
export interface VisitPaperworkDueResult {
  /** When the visit's record must reach the supervisor: 24:00 of the day after the visit. */
  readonly recordBy: Date;
  /** When the supervisor's monthly summary covering the visit is due: before the 5th of the next month. */
  readonly summaryBy: Date;
}

const FN = 'visitPaperworkDue';

/**
 * The paperwork deadlines that follow an owner visit: the visitor hands the day's visit records to the
 * service supervisor by the next day at the latest (次日, 24:00 of the day after the visit's Shanghai
 * day, RULES C5), and the supervisor summarizes the month's visits before the 5th of the next month
 * (5日前: due at 00:00 of the 5th; of the 6th with the policy's `beforeDayInclusive`). The manager's
 * approval of that summary is {@link visitSummaryApprovalDueAt}.
 *
 * @param visitedAt - When the visit took place.
 * @param options - `policy` for `beforeDayInclusive`, `dayCounting` or the visit settings.
 * @returns `{ recordBy, summaryBy }`.
 * @throws {@link InvalidInputError} When `visitedAt` is not a valid instant, or a deadline would lie past
 * 9999-12-31 (+08:00) (`out_of_range`: the summary of a visit in December 9999 is due in the year 10000).
 * @see RULES `visit.record`, `visit.summary`; JM 篇1 4.3.1 (意见及建议的处理).
 *
 * @example
 * ```ts
 * import { visitPaperworkDue } from 'wuye-rules/visit';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const due = visitPaperworkDue('2026-12-20T15:00:00+08:00');
 * [toShanghaiIsoString(due.recordBy), toShanghaiIsoString(due.summaryBy)];
 * //=> ['2026-12-22T00:00:00.000+08:00', '2027-01-05T00:00:00.000+08:00']
 * ```
 */
export function visitPaperworkDue(visitedAt: Instant, options?: RuleOptions): VisitPaperworkDueResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'visitPaperworkDue');
  options = ruleOptions(options, 'visitPaperworkDue');
  const visitedMs = toEpochMs(visitedAt, FN, ['visitedAt']);
  const visit = options?.policy?.visit ?? defaultVisitPolicy;
  const recordBy = new Date(dueAtMs(visitedMs, visit.recordWithin, options, FN, ['visitedAt'], visitedAt));
  const { year, month } = civilDateOfDay(shanghaiDayOf(visitedMs));
  const summaryBy = resultDate(beforeDayOfMonthMs(year, month + 1, visit.summaryBeforeDay, options), FN, ['visitedAt'], visitedAt);
  return Object.freeze({ recordBy, summaryBy });
}
