import { policyEngine } from '../core/workdayEngine.js';
import { HOUR_MS, resultDate, toEpochMs, type Instant } from '../core/instant.js';
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
 * @throws {@link InvalidInputError} When `requestedAt` is not a valid instant (`invalid_instant`).
 * @see RULES `repair.paid-service`, C4; ZN 篇2 §4 (一小时内完成有偿服务的报修、查询、答疑工作).
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
  options = ruleOptions(options, 'paidServiceDueAt');
  const requestedMs = toEpochMs(requestedAt, 'paidServiceDueAt', ['requestedAt']);
  const hours = (options?.policy?.repair ?? defaultRepairPolicy).paidServiceHours;
  // Policy hourCounting: 'business-hours' reads the hours as working hours (RULES C12), on the
  // calendar the policy brings (core/workdayEngine.ts): the default reading needs none.
  const dueMs = options?.policy?.hourCounting === 'business-hours' ? policyEngine(options, 'paidServiceDueAt').workhourDue(requestedMs, hours, options, 'paidServiceDueAt') : requestedMs + hours * HOUR_MS;
  // Floor, as dueAt: an act at whole millisecond t meets a fractional deadline d exactly when t <= floor(d).
  // A number of hours no Date can hold is out_of_range, never an Invalid Date.
  return resultDate(Math.floor(dueMs), 'paidServiceDueAt', ['requestedAt'], requestedAt);
}
