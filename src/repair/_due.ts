// The repair deadline of a number of days from an instant (internal).
import { dueAtMs } from '../core/dueAtMs.js';
import type { InputPath } from '../core/errors.js';
import { DAY_MS, MAX_EPOCH_MS, shanghaiDayOf } from '../core/instant.js';
import { periodEndMs } from '../core/period.js';
import type { RuleOptions } from '../core/options.js';
import { invalid } from '../core/validate.js';


/**
 * The deadline `days` days after `fromMs` under the policy's counting (RULES C2), through the calendar
 * module when the policy extends a last day past rest days. An instant so late that the deadline would not fit in a Date is refused on `fromPath`.
 */
export function repairDueMs(fromMs: number, days: number, options: RuleOptions | undefined, fn: string, fromPath: InputPath, fromValue: unknown): number {
  // Civil-code and elapsed deadlines of N days end at most N + 1 days after the instant; a last day
  // moved past rest days needs the calendar, which covers no such years.
  if (fromMs + (days + 2) * DAY_MS > MAX_EPOCH_MS) {
    throw invalid(fn, fromPath, 'out_of_range', 'an instant whose deadline a Date can hold', fromValue);
  }
  const policy = options?.policy;
  // Only the extension past rest days asks the calendar; otherwise the day arithmetic is all there is.
  if (policy?.extendPastRestDays === true) return dueAtMs(fromMs, { amount: days, unit: 'day' }, options, fn, fromPath, fromValue);
  const day = shanghaiDayOf(fromMs);
  return periodEndMs(fromMs, day, day + days, policy?.dayCounting === 'elapsed');
}
