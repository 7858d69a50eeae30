import { refuseExtraArguments } from '../core/validate.js';
import { countedHours, dueAtMs } from '../core/dueAtMs.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultRepairPolicy } from './repairPolicy.js';

/**
 * When a paid-service request (有偿服务的报修、查询、答疑) must have been dealt with: one hour after the
 * owner asked, to the millisecond (hour periods are exact, RULES C4). The number of hours is the
 * policy's `repair.paidServiceHours`. With policy `hourCounting: 'business-hours'` they are working
 * hours: time inside `businessHours` on working days (RULES C12); an answer that used a provisional
 * year is flagged on the command line.
 *
 * @param requestedAt - When the owner made the paid-service request.
 * @param options - `policy` for a company's own number of hours.
 * @returns The deadline; work done at `t` is on time when `t <= deadline`.
 * @throws {@link InvalidInputError} When `requestedAt` is not a valid instant (`invalid_instant`), or the
 * deadline would lie outside the years 0000–9999 (+08:00) (`out_of_range`).
 * @see RULES `repair.paid-service`, C4; ZN 篇2 工作标准4 (一小时内完成有偿服务的报修、查询、答疑工作).
 *
 * @example
 * ```ts
 * import { paidServiceDueAt } from 'wuye-rules/repair';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(paidServiceDueAt('2026-10-01T09:15:00+08:00'));
 * //=> '2026-10-01T10:15:00.000+08:00'
 * ```
 */
export function paidServiceDueAt(requestedAt: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'paidServiceDueAt');
  options = ruleOptions(options, 'paidServiceDueAt');
  const requestedMs = toEpochMs(requestedAt, 'paidServiceDueAt', ['requestedAt']);
  const hours = (options?.policy?.repair ?? defaultRepairPolicy).paidServiceHours;
  // Clock hours, or working hours under policy hourCounting: 'business-hours' (RULES C12), counted on
  // the calendar the policy brings (core/workdayEngine.ts): the default reading needs none. dueAtMs
  // floors a fractional deadline and refuses one no Date can hold (out_of_range on requestedAt).
  return new Date(dueAtMs(requestedMs, countedHours(hours, options), options, 'paidServiceDueAt', ['requestedAt'], requestedAt));
}
