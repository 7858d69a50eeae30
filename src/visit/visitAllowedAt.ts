import { refuseExtraArguments } from '../core/validate.js';
import { reachesLowerBound, withinUpperBound } from '../core/bound.js';
import { shanghaiTimeOfDayMs, toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultVisitPolicy } from './visitPolicy.js';

const MINUTE_MS = 60_000;

/**
 * Whether an owner visit may take place at an instant: visits are by appointment and none after 22:00
 * Shanghai time (22:00:00.000 itself is allowed, 22:00:00.001 is not). The source names no earliest
 * hour; the library assumes the window opens at 08:00 (07:59:59.999 is too early), a policy setting.
 * Only the time of day matters, in Asia/Shanghai, whatever the host's zone.
 *
 * @param at - The appointment's instant.
 * @param options - `policy` for another window (`visit.earliest`, `visit.latest`: minutes after 00:00 with their boundaries).
 * @returns True when the time of day lies within the window.
 * @throws {@link InvalidInputError} When `at` is not a valid instant.
 * @see RULES `visit.hours`; JM 篇1 4.3.1 (访问的注意事项 2)).
 *
 * @example
 * ```ts
 * import { visitAllowedAt } from 'wuye-rules/visit';
 * visitAllowedAt('2026-03-05T22:00:00+08:00');
 * //=> true
 * visitAllowedAt('2026-03-05T22:00:00.001+08:00');
 * //=> false
 * visitAllowedAt('2026-03-05T07:59:59.999+08:00');
 * //=> false
 * ```
 */
export function visitAllowedAt(at: Instant, options?: RuleOptions): boolean {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'visitAllowedAt');
  options = ruleOptions(options, 'visitAllowedAt');
  const timeOfDay = shanghaiTimeOfDayMs(toEpochMs(at, 'visitAllowedAt', ['at']));
  const { earliest, latest } = (options?.policy?.visit ?? defaultVisitPolicy);
  return (
    reachesLowerBound(timeOfDay, { value: earliest.value * MINUTE_MS, inclusive: earliest.inclusive }) &&
    withinUpperBound(timeOfDay, { value: latest.value * MINUTE_MS, inclusive: latest.inclusive })
  );
}
