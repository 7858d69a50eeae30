import { refuseExtraArguments } from '../core/validate.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultCommunicationPolicy } from './communicationPolicy.js';

const FN = 'publicityUpdateDueAt';

/**
 * When the publicity board (fire safety, laws and regulations, what owners should watch out for) must
 * next be updated: at least once a month (至少每月更新一次), read as within one month of the last
 * update, counted as a month period (RULES C2: it ends at 24:00 of the corresponding day of the next
 * month, or of that month's last day when it has no such day).
 *
 * @param lastUpdatedAt - When the board was last updated.
 * @param options - `policy` for another cadence (`communication.publicityUpdateWithin`) or `dayCounting`.
 * @returns The latest instant for the next update.
 * @throws {@link InvalidInputError} When `lastUpdatedAt` is not a valid instant, or the deadline would lie
 * past 9999-12-31 (+08:00) (`out_of_range`).
 * @see RULES `notice.publicity`; JM 篇1 4.2 #4.
 *
 * @example
 * ```ts
 * import { publicityUpdateDueAt } from 'wuye-rules/communication';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(publicityUpdateDueAt('2026-01-31T16:00:00+08:00'));
 * //=> '2026-03-01T00:00:00.000+08:00'
 * ```
 */
export function publicityUpdateDueAt(lastUpdatedAt: Instant, options?: RuleOptions): Date {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'publicityUpdateDueAt');
  options = ruleOptions(options, 'publicityUpdateDueAt');
  const fromMs = toEpochMs(lastUpdatedAt, FN, ['lastUpdatedAt']);
  const period = (options?.policy?.communication ?? defaultCommunicationPolicy).publicityUpdateWithin;
  return new Date(dueAtMs(fromMs, period, options, FN, ['lastUpdatedAt'], lastUpdatedAt));
}
