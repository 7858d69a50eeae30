// The repair deadline of a number of days from an instant (internal).
import { dueAtMs } from '../core/dueAtMs.js';
import type { InputPath } from '../core/errors.js';
import { requireResultInSpan, shanghaiDayOf } from '../core/instant.js';
import { periodEndMs } from '../core/period.js';
import type { RuleOptions } from '../core/options.js';


/**
 * The deadline `days` days after `fromMs` under the policy's counting (RULES C2), through the calendar
 * module when the policy extends a last day past rest days. A deadline outside the span of results
 * (past 9999-12-31, +08:00) is refused on `fromPath`, the instant it is counted from.
 */
export function repairDueMs(fromMs: number, days: number, options: RuleOptions | undefined, fn: string, fromPath: InputPath, fromValue: unknown): number {
  const policy = options?.policy;
  // Only the extension past rest days asks the calendar (and refuses a deadline out of range before
  // asking it); otherwise the day arithmetic is all there is.
  if (policy?.extendPastRestDays === true) return dueAtMs(fromMs, { amount: days, unit: 'day' }, options, fn, fromPath, fromValue);
  const day = shanghaiDayOf(fromMs);
  return requireResultInSpan(periodEndMs(fromMs, day, day + days, policy?.dayCounting === 'elapsed'), fn, fromPath, fromValue);
}
