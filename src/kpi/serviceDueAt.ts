import { countedHours, dueAtMs } from '../core/dueAtMs.js';
import { workdayEngine } from '../calendar/workdayEngine.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy, type ServiceDuty } from './kpiPolicy.js';

const FN = 'serviceDueAt';
const DUTIES: readonly ServiceDuty[] = ['renovation-permit', 'secondary-renovation', 'parking-permit'];

/**
 * The deadline of a service-desk duty, counted from its event: the entry and renovation permit within
 * 1 hour of the complete written documents (`'renovation-permit'`, exactly 3,600,000 ms, RULES C4); the
 * procedures of a secondary renovation within 2 working days (`'secondary-renovation'`, 24:00 of the 2nd
 * working day after the request's day, C3); the parking permit in the customer's hands the same day
 * (`'parking-permit'`, 24:00 of the application's day, C5). With policy `hourCounting: 'business-hours'`,
 * an hour deadline counts working hours inside `businessHours` (RULES C12).
 *
 * @param duty - Which duty.
 * @param from - Its event: documents complete, request received, application made.
 * @param options - `policy` for a company's own periods (`kpi.serviceDeadlines`) or counting, `calendar` for another working-day calendar.
 * @returns The deadline; the duty is met by any act at or before it.
 * @throws {@link InvalidInputError} When `duty` is unknown (`invalid_enum`), `from` is not a valid instant, or
 * the deadline would lie past 9999-12-31 (+08:00) (`out_of_range` at `from`).
 * @throws {@link CalendarCoverageError} When a working day the rule needs is outside the calendar's years and the policy's `outOfCoverage` is `'throw'`.
 * @see RULES `kpi.renovation-permit` (ZN 篇2 工作标准3, 篇5 工作标准3), `kpi.parking` (ZN 篇2 工作标准7).
 *
 * @example
 * ```ts
 * import { serviceDueAt } from 'wuye-rules/kpi';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(serviceDueAt('renovation-permit', '2026-03-05T16:30:00+08:00'));
 * //=> '2026-03-05T17:30:00.000+08:00'
 * toShanghaiIsoString(serviceDueAt('secondary-renovation', '2026-03-06T16:30:00+08:00'));
 * //=> '2026-03-11T00:00:00.000+08:00'
 * ```
 */
export function serviceDueAt(duty: ServiceDuty, from: Instant, options?: RuleOptions): Date {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'serviceDueAt');
  options = ruleOptions(options, 'serviceDueAt');
  requireOneOf(duty, DUTIES, FN, ['duty']);
  const fromMs = toEpochMs(from, FN, ['from']);
  const period = (options?.policy?.kpi ?? defaultKpiPolicy).serviceDeadlines[duty];
  // An hour deadline ("1小时内") is counted as the policy counts hours (RULES C12).
  const counted = period.unit === 'hour' ? countedHours(period.amount, options) : period;
  return new Date(dueAtMs(fromMs, counted, options, FN, ['from'], from, workdayEngine));
}
