import { refuseExtraArguments } from '../core/validate.js';
import { HOUR_MS, resultDate, toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultKpiPolicy } from './kpiPolicy.js';

const FN = 'parkingRenewalNoticeBy';

/**
 * When the tenant of a parking space must be told to renew: one week before the lease expires
 * (车位到期提前一周通知租户续租), read as exactly 7 × 24 hours before the expiry instant, like the notice
 * leads of {@link noticePlan} (RULES C4). Pass the instant the lease ends (a date alone is 00:00 of that
 * day in Shanghai time). When the lease has expired unpaid, security revokes the permit; that step has
 * no deadline in the source.
 *
 * @param expiresAt - When the parking lease ends.
 * @param options - `policy` for another lead (`kpi.parkingRenewalLeadHours`).
 * @returns The latest instant for the renewal notice.
 * @throws {@link InvalidInputError} When `expiresAt` is not a valid instant, or the notice deadline would
 * lie outside the years 0000–9999 (+08:00) (`out_of_range`).
 * @see RULES `kpi.parking`; ZN 篇2 工作标准7B.
 *
 * @example
 * ```ts
 * import { parkingRenewalNoticeBy } from 'wuye-rules/kpi';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(parkingRenewalNoticeBy('2026-04-01T00:00:00+08:00'));
 * //=> '2026-03-25T00:00:00.000+08:00'
 * ```
 */
export function parkingRenewalNoticeBy(expiresAt: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'parkingRenewalNoticeBy');
  options = ruleOptions(options, 'parkingRenewalNoticeBy');
  const expiresMs = toEpochMs(expiresAt, FN, ['expiresAt']);
  // Floored: an act at whole millisecond t meets a fractional deadline d exactly when t <= floor(d).
  // A notice deadline before 0000-01-01 (+08:00), or past 9999 for an expiry that late, is refused on the expiry.
  return resultDate(Math.floor(expiresMs - (options?.policy?.kpi ?? defaultKpiPolicy).parkingRenewalLeadHours * HOUR_MS), FN, ['expiresAt'], expiresAt);
}
