import { HOUR_MS, type Instant, resultDate, toEpochMs } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultRepairPolicy } from './repairPolicy.js';

/**
 * When a paid-service request (有偿服务的报修、查询、答疑) must have been dealt with: one hour after the
 * owner asked, to the millisecond (hour periods are exact, RULES C4). The number of hours is the
 * policy's `repair.paidServiceHours`.
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
  return resultDate(requestedMs + Math.round((options?.policy?.repair ?? defaultRepairPolicy).paidServiceHours * HOUR_MS), 'paidServiceDueAt', ['requestedAt'], requestedAt);
}
