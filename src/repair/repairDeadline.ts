import { flagProvisional, provisionalMark } from '../core/provisional.js';
import { flagRestDayExtension, restDayExtensionMark } from '../core/restDayExtension.js';
import type { Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireObject, refuseExtraArguments } from '../core/validate.js';
import { defaultRepairPolicy } from './repairPolicy.js';
import { repairDueMs } from './_due.js';
import { readRepairCase, type RepairCaseFacts } from './_repairCase.js';

/** The input of {@link repairDeadline}: the class, the receipt and the handover period. */
export type RepairDeadlineInput = RepairCaseFacts;

/** The answer of {@link repairDeadline}: the deadline and the number of days allowed. */
export type RepairDeadlineResult = Decision<{
  /** When the repair must be finished (a deadline at 24:00 comes back as 00:00 of the next day). */
  dueAt: Date;
  /** The number of days allowed for the class and period. */
  days: number;
}>;

/**
 * The deadline for finishing a repair (处理时限), counted from receipt: class A 3 days, class B 7 days,
 * class C 30 days during a centralized handover period (集中交房期) and 15 days otherwise. Days are
 * counted by the calendar module under the policy's `dayCounting` (by default the Civil Code: the day
 * of receipt does not count and the period ends at 24:00 of its last day, returned as 00:00 of the
 * next day) and `extendPastRestDays`.
 *
 * A receipt is in a handover period when `centralizedHandover` is `true` or its Shanghai day lies in
 * one of `handoverPeriods` (whole days, both ends included); `centralizedHandover: false` therefore
 * defers to the periods. The periods are checked whatever the class.
 *
 * The source applies the limit once the owner has accepted the handling plan; {@link repairStatus}
 * tracks that, and can start the clock at acceptance instead of receipt.
 *
 * @param repair - `repairClass`, `receivedAt`, and optionally `centralizedHandover` and `handoverPeriods`.
 * @param options - `policy` for a company's own days and counting; `calendar` for its working days
 * (used when `extendPastRestDays` is on).
 * @returns `dueAt` (a repair finished at `t` is on time when `t <= dueAt`), `days` allowed, and
 * `basis: ['repair.deadline', 'repair.class-…']`, then `C2.rest-day-extension` when `extendPastRestDays`
 * moved the deadline, `C3.weekends-fallback` when it read a year the calendar lacks as Monday–Friday
 * (policy `outOfCoverage: 'weekends'`) and `calendar.provisional` when it used a provisional year.
 * @throws {@link InvalidInputError} When a field is absent (`missing`) or invalid (`invalid_enum`,
 * `invalid_instant`, `invalid_type`), or a handover period ends on a day before its first day (`out_of_range` at
 * `['handoverPeriods', i, 'end']`), or the deadline would lie past 9999-12-31 (+08:00) (`out_of_range` at
 * `['receivedAt']`).
 * @throws {@link CalendarCoverageError} When rest days must be looked up in a year the calendar does not cover.
 * @see RULES `repair.deadline`, C2; ZN §2.2 (处理时限要求).
 *
 * @example
 * ```ts
 * import { repairDeadline } from 'wuye-rules/repair';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const leak = repairDeadline({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00' });
 * toShanghaiIsoString(leak.dueAt);
 * //=> '2026-10-04T00:00:00.000+08:00'
 * [leak.days, leak.basis];
 * //=> [3, ['repair.deadline', 'repair.class-a']]
 * repairDeadline({ repairClass: 'C', receivedAt: '2026-06-10T09:00:00+08:00', handoverPeriods: [{ start: '2026-06-01', end: '2026-06-30' }] }).days;
 * //=> 30
 * ```
 */
export function repairDeadline(repair: RepairDeadlineInput, options?: RuleOptions): RepairDeadlineResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'repairDeadline');
  options = ruleOptions(options, 'repairDeadline');
  const mark = provisionalMark();
  const input = requireObject(repair, 'repairDeadline', [], ['repairClass', 'receivedAt', 'centralizedHandover', 'handoverPeriods']);
  const facts = readRepairCase(input, 'repairDeadline', options?.policy?.repair ?? defaultRepairPolicy);
  // Taken after the input is read: a getter of the input that calls a rule cannot flag this decision.
  const extensionMark = restDayExtensionMark();
  const dueMs = repairDueMs(facts.receivedMs, facts.days, options, 'repairDeadline', ['receivedAt'], input.receivedAt);
  // A literal frozen in place (the basis is interned and already frozen): several times faster than a spread.
  return flagProvisional(mark, flagRestDayExtension(extensionMark, Object.freeze({ dueAt: new Date(dueMs), days: facts.days, basis: facts.basis })));
}
