import { flagProvisional, provisionalMark } from '../core/provisional.js';
import { isWorkdayDay, subtractWorkdaysDay } from '../calendar/internal.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { HOUR_MS, resultDate, shanghaiDayOf, shanghaiTimeOfDayMs, startOfShanghaiDay, toEpochMs, weekdayOfDay, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultCommunicationPolicy, type NoticeKind, type NoticeLead } from './communicationPolicy.js';

/**
 * The answer of {@link noticePlan}: when the department doing the work must tell the service center
 * (only for kinds that have such a step), when the residents must be told, and whether the operation
 * may take place at all at that time. `basis` names the kind's rule first, then every problem found.
 */
export type NoticePlanResult = Decision<{
  /** Latest instant for the department (environment, engineering) to tell the service center; absent for kinds without that step. */
  departmentNoticeBy?: Date;
  /** Latest instant for the service center to notify the residents. */
  residentNoticeBy: Date;
  /** False when the operation may not start at `startsAt` (pest control on a rest day); true for kinds without a restriction. */
  allowed: boolean;
}>;

const FN = 'noticePlan';
const KINDS: readonly NoticeKind[] = ['pest-control', 'utility-outage', 'community-event', 'works'];

// The problem a rest-day start adds to the basis. Only pest control is barred by the source; a company
// that bars another kind through its policy gets the library's generic rule.
const REST_DAY_RULES: Readonly<Record<NoticeKind, RuleId>> = {
  'pest-control': 'notice.pest-control.rest-day',
  'utility-outage': 'notice.rest-day',
  'community-event': 'notice.rest-day',
  works: 'notice.rest-day',
};

// The policy is read key by key, with the defaults of defaultPolicy written out here, so that this
// entry point does not pull in every module's policy (a test checks that they agree).

/** Whether a Shanghai day is a rest day (公休日) under the policy's `restDays` (default `'calendar'`). */
function isRestDay(day: number, options: RuleOptions | undefined): boolean {
  if (options?.policy?.restDays === 'weekends') {
    const weekday = weekdayOfDay(day);
    return weekday === 0 || weekday === 6;
  }
  return !isWorkdayDay(day, options, FN);
}

/** The instant a lead before `startMs` ends at. */
function leadEndMs(startMs: number, lead: NoticeLead, options: RuleOptions | undefined): number {
  if (lead.unit === 'hour') return startMs - lead.amount * HOUR_MS;
  const day = subtractWorkdaysDay(shanghaiDayOf(startMs), lead.amount, options, FN);
  // 24:00 of the Nth working day before (C3); under elapsed counting the same clock time that day (C8).
  return options?.policy?.dayCounting === 'elapsed' ? startOfShanghaiDay(day) + shanghaiTimeOfDayMs(startMs) : startOfShanghaiDay(day + 1);
}

// A fractional-hour lead can end between two milliseconds: an act at whole millisecond t meets the
// deadline d exactly when t <= floor(d), as the calendar's deadlines do. A notice deadline before
// 0000-01-01 (+08:00), or a start so late that a deadline falls past 9999, is refused on the start.
function toDate(ms: number, startsAt: unknown): Date {
  return resultDate(Math.floor(ms), FN, ['startsAt'], startsAt);
}

/**
 * Plans the notices for an operation that affects residents (JM 篇1 4.2): pest control (the environment
 * department tells the service center 24 hours before, residents are told 12 hours before, and no
 * operation on rest days), a planned water or power cut (32 hours, 24 hours), a community event
 * (residents by 24:00 of the 3rd working day before the event's day) and works affecting residents
 * (24 hours). Hour leads are exact durations (RULES C4); the working-day lead walks back through the
 * working-day calendar. `allowed` is false only when the kind may not start on a rest day and
 * `startsAt` falls on one; kinds without a restriction are always allowed.
 *
 * @param kind - `'pest-control'`, `'utility-outage'`, `'community-event'` or `'works'`.
 * @param startsAt - When the operation or event starts.
 * @param options - `policy` for a company's own leads and `restDays` reading (`'calendar'`: the calendar's
 * non-working days; `'weekends'`: Saturdays and Sundays only), `calendar` for another working-day calendar.
 * @returns `{ departmentNoticeBy?, residentNoticeBy, allowed, basis }`; `departmentNoticeBy` only for
 * kinds with a department step (pest control, utility outage). `basis` is the kind's rule followed by every
 * problem found (`'notice.pest-control.rest-day'`), then `C3.weekends-fallback` when a day was read in a
 * year the calendar lacks as Monday–Friday, or `calendar.provisional` when one was read in a provisional
 * year.
 * @throws {@link InvalidInputError} When `kind` is unknown (`invalid_enum`), `startsAt` is not a valid instant,
 * or a notice deadline would lie outside the years 0000–9999 (+08:00) (`out_of_range` at `startsAt`).
 * @throws {@link CalendarCoverageError} When a day the rule needs is outside the calendar's years and the policy's `outOfCoverage` is `'throw'`.
 * @see RULES `notice.pest-control`, `notice.utility-outage`, `notice.community-event`, `notice.works`; JM 篇1 4.2 #1–#3, #6.
 *
 * @example
 * ```ts
 * import { noticePlan } from 'wuye-rules/communication';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const plan = noticePlan('pest-control', '2026-03-05T09:00:00+08:00');
 * [toShanghaiIsoString(plan.departmentNoticeBy!), toShanghaiIsoString(plan.residentNoticeBy), plan.allowed];
 * //=> ['2026-03-04T09:00:00.000+08:00', '2026-03-04T21:00:00.000+08:00', true]
 * noticePlan('pest-control', '2026-03-07T09:00:00+08:00').basis;
 * //=> ['notice.pest-control', 'notice.pest-control.rest-day']
 * toShanghaiIsoString(noticePlan('community-event', '2026-03-06T19:00:00+08:00').residentNoticeBy);
 * //=> '2026-03-04T00:00:00.000+08:00'
 * ```
 */
export function noticePlan(kind: NoticeKind, startsAt: Instant, options?: RuleOptions): NoticePlanResult {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'noticePlan');
  options = ruleOptions(options, 'noticePlan');
  const mark = provisionalMark();
  requireOneOf(kind, KINDS, FN, ['kind']);
  const startMs = toEpochMs(startsAt, FN, ['startsAt']);
  const row = (options?.policy?.communication ?? defaultCommunicationPolicy).notices[kind];
  const residentNoticeBy = toDate(leadEndMs(startMs, row.residentLead, options), startsAt);
  const basis: RuleId[] = [row.rule];
  let allowed = true;
  if (row.forbiddenOnRestDays && isRestDay(shanghaiDayOf(startMs), options)) {
    allowed = false;
    basis.push(REST_DAY_RULES[kind]);
  }
  if (row.departmentLeadHours === null) return flagProvisional(mark, freezeDecision({ residentNoticeBy, allowed }, basis));
  const departmentNoticeBy = toDate(startMs - row.departmentLeadHours * HOUR_MS, startsAt);
  return flagProvisional(mark, freezeDecision({ departmentNoticeBy, residentNoticeBy, allowed }, basis));
}
