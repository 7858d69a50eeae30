import { dueAtMs } from '../core/dueAtMs.js';
import { workdayEngine } from '../calendar/workdayEngine.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultCommunicationPolicy, type CommunicationKind } from './communicationPolicy.js';

const FN = 'communicationDueAt';
const KINDS: readonly CommunicationKind[] = [
  'contract-unclear',
  'contract-change',
  'property-loss',
  'report-publication',
  'appeal-reply',
  'appeal-escalated',
];

/**
 * The deadline of an owner-communication or internal duty, counted from its event: talking to the owner
 * about unclear requirements found in a contract (`'contract-unclear'`) or about a contract change
 * (`'contract-change'`) within 2 working days; notifying the owner of the loss of or damage to property
 * under the company's control within 1 working day (`'property-loss'`); publishing a financial or survey
 * report within 5 working days of the analysis (`'report-publication'`); the direct superior's reply to a
 * staff suggestion or appeal within one week of accepting it (`'appeal-reply'`), and the general affairs
 * department's handling within one week of receiving an escalated appeal (`'appeal-escalated'`).
 * Working days end at 24:00 of the Nth working day after the event's day (RULES C3); a week ends at
 * 24:00 of the 7th day after it (C2). Both follow the policy's `dayCounting`.
 *
 * @param kind - Which duty.
 * @param from - Its event: the discovery, the change, the analysis, the acceptance or the escalation.
 * @param options - `policy` for a company's own periods or counting, `calendar` for another working-day calendar.
 * @returns The deadline; the duty is met by any act at or before it.
 * @throws {@link InvalidInputError} When `kind` is unknown (`invalid_enum`), `from` is not a valid instant, or
 * the deadline would lie past 9999-12-31 (+08:00) (`out_of_range` at `from`).
 * @throws {@link CalendarCoverageError} When a working day the rule needs is outside the calendar's years and the policy's `outOfCoverage` is `'throw'`.
 * @see RULES `notice.contract-unclear`, `notice.contract-change`, `notice.property-loss`, `notice.report-publication` (JM 篇1 4.2 #5, #9–#11); `internal.appeal` (JM 篇2 4.3.2, 4.3.4).
 *
 * @example
 * ```ts
 * import { communicationDueAt } from 'wuye-rules/communication';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(communicationDueAt('contract-change', '2026-09-30T10:00:00+08:00'));
 * //=> '2026-10-10T00:00:00.000+08:00'
 * toShanghaiIsoString(communicationDueAt('appeal-reply', '2026-03-02T10:00:00+08:00'));
 * //=> '2026-03-10T00:00:00.000+08:00'
 * ```
 */
export function communicationDueAt(kind: CommunicationKind, from: Instant, options?: RuleOptions): Date {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'communicationDueAt');
  options = ruleOptions(options, 'communicationDueAt');
  requireOneOf(kind, KINDS, FN, ['kind']);
  const fromMs = toEpochMs(from, FN, ['from']);
  const period = (options?.policy?.communication ?? defaultCommunicationPolicy).deadlines[kind];
  return new Date(dueAtMs(fromMs, period, options, FN, ['from'], from, workdayEngine));
}
