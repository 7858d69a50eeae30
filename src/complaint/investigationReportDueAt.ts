import { refuseExtraArguments } from '../core/validate.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { defaultComplaintPolicy } from './complaintPolicy.js';

const FN = 'investigationReportDueAt';
const PATH = ['investigatedAt'] as const;

/**
 * When the report on a complaint's investigation is due to the deputy general manager in charge
 * (分管副总经理): within 3 days after the investigation and handling (调查处理后三天内), counted per
 * the policy's `dayCounting` (RULES C2: the investigation's day does not count; the deadline, 24:00 of
 * the third day, is returned as 00:00 of the day after). The period is the policy's
 * `complaint.reportWithin`.
 *
 * @param investigatedAt - When the investigation and handling were completed.
 * @param options - `policy` for a company's own period and day counting.
 * @returns The deadline.
 * @throws {@link InvalidInputError} When `investigatedAt` is not a valid instant, or the deadline would lie
 * past 9999-12-31 (+08:00) (`out_of_range`).
 * @see RULES `complaint.report`; CR 第二十五條.3.
 *
 * @example
 * ```ts
 * import { investigationReportDueAt } from 'wuye-rules/complaint';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(investigationReportDueAt('2026-03-10T17:20:00+08:00'));
 * //=> '2026-03-14T00:00:00.000+08:00'
 * ```
 */
export function investigationReportDueAt(investigatedAt: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'investigationReportDueAt');
  options = ruleOptions(options, 'investigationReportDueAt');
  const fromMs = toEpochMs(investigatedAt, FN, PATH);
  return new Date(dueAtMs(fromMs, (options?.policy?.complaint ?? defaultComplaintPolicy).reportWithin, options, FN, PATH, investigatedAt));
}
