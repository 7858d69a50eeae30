import { refuseExtraArguments } from '../core/validate.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { workdayEngine } from '../calendar/workdayEngine.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultVisitPolicy } from './visitPolicy.js';

const FN = 'visitSummaryApprovalDueAt';

/**
 * When the service-center manager must approve the supervisor's monthly visit summary (月度客户访问工作总结):
 * within 2 working days of its submission, i.e. by 24:00 of the 2nd working day after the submission's
 * day (RULES C3), on the working-day calendar.
 *
 * @param submittedAt - When the summary reached the manager.
 * @param options - `policy` for another period (`visit.approvalWithin`) or `dayCounting`, `calendar` for another working-day calendar.
 * @returns The approval deadline.
 * @throws {@link InvalidInputError} When `submittedAt` is not a valid instant, or the deadline would lie
 * past 9999-12-31 (+08:00) (`out_of_range`).
 * @throws {@link CalendarCoverageError} When a working day the rule needs is outside the calendar's years and the policy's `outOfCoverage` is `'throw'`.
 * @see RULES `visit.summary`; JM 篇1 4.3.1 (意见及建议的处理 2)).
 *
 * @example
 * ```ts
 * import { visitSummaryApprovalDueAt } from 'wuye-rules/visit';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(visitSummaryApprovalDueAt('2026-03-04T17:00:00+08:00'));
 * //=> '2026-03-07T00:00:00.000+08:00'
 * ```
 */
export function visitSummaryApprovalDueAt(submittedAt: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'visitSummaryApprovalDueAt');
  options = ruleOptions(options, 'visitSummaryApprovalDueAt');
  const fromMs = toEpochMs(submittedAt, FN, ['submittedAt']);
  return new Date(dueAtMs(fromMs, (options?.policy?.visit ?? defaultVisitPolicy).approvalWithin, options, FN, ['submittedAt'], submittedAt, workdayEngine));
}
