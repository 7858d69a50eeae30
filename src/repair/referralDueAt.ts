import { refuseExtraArguments } from '../core/validate.js';
import { countedHours, dueAtMs } from '../core/dueAtMs.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultRepairPolicy } from './repairPolicy.js';

/**
 * When a repair request must have been referred to the responsible department (转到相关部门): one
 * hour after it was received, to the millisecond (hour periods are exact, RULES C4). The number of
 * hours is the policy's `repair.referralHours`. With policy `hourCounting: 'business-hours'` they are working
 * hours: time inside `businessHours` on working days (RULES C12); an answer that used a provisional
 * year is flagged on the command line.
 *
 * @param receivedAt - When the repair request was received.
 * @param options - `policy` for a company's own number of hours.
 * @returns The deadline; a referral at `t` is on time when `t <= deadline`.
 * @throws {@link InvalidInputError} When `receivedAt` is not a valid instant (`invalid_instant`), or the
 * deadline would lie outside the years 0000–9999 (+08:00) (`out_of_range`).
 * @see RULES `repair.referral`, C4; ZN 篇3 §6 (接到客户报修应在一小时内转到相关部门).
 *
 * @example
 * ```ts
 * import { referralDueAt } from 'wuye-rules/repair';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(referralDueAt('2026-09-30T23:30:00+08:00'));
 * //=> '2026-10-01T00:30:00.000+08:00'
 * ```
 */
export function referralDueAt(receivedAt: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'referralDueAt');
  options = ruleOptions(options, 'referralDueAt');
  const receivedMs = toEpochMs(receivedAt, 'referralDueAt', ['receivedAt']);
  const hours = (options?.policy?.repair ?? defaultRepairPolicy).referralHours;
  // Clock hours, or working hours under policy hourCounting: 'business-hours' (RULES C12), counted on
  // the calendar the policy brings (core/workdayEngine.ts): the default reading needs none. dueAtMs
  // floors a fractional deadline and refuses one no Date can hold (out_of_range on receivedAt).
  return new Date(dueAtMs(receivedMs, countedHours(hours, options), options, 'referralDueAt', ['receivedAt'], receivedAt));
}
