import { flagProvisional, provisionalMark } from '../core/provisional.js';
import { flagRestDayExtension, restDayExtensionMark } from '../core/restDayExtension.js';
import { freezeDecision, type Decision } from '../core/decision.js';
import { shanghaiIsoText, toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireObject, requireOneOf, requirePresent, refuseExtraArguments } from '../core/validate.js';
import { dueAtMs } from '../core/dueAtMs.js';
import { defaultComplaintPolicy, type ComplaintLevel } from './complaintPolicy.js';

/** A complaint whose deadlines {@link complaintDeadlines} computes. */
export interface ComplaintDeadlinesInput {
  /** The complaint's level (from {@link classifyComplaint}). */
  readonly level: ComplaintLevel;
  /** When the complaint was received. */
  readonly receivedAt: Instant;
  /** When the service department accepted (受理) the case; not before `receivedAt`. */
  readonly acceptedAt?: Instant;
}

/** The deadlines of a complaint. `closeBy` is present only when `acceptedAt` was given. */
export type ComplaintDeadlinesResult = Decision<{
  /** Forward to the responsible department by then: 24:00 of the day of receipt. */
  forwardBy: Date;
  /** Handle (routine) or reply (major) by then. */
  respondBy: Date;
  /** Close the case by then; present only when the acceptance is known. */
  closeBy?: Date;
}>;

const FN = 'complaintDeadlines';
// The path of the whole argument (built once: the hot path allocates nothing).
const ROOT = [] as const;
const LEVELS: readonly ComplaintLevel[] = [1, 2, 3, 4];
const INPUT_KEYS: readonly string[] = ['level', 'receivedAt', 'acceptedAt'];
const BASIS_OPEN = ['complaint.forward-same-day', 'complaint.response'] as const;
const BASIS_ACCEPTED = ['complaint.forward-same-day', 'complaint.response', 'complaint.close'] as const;
// Where the periods sit in the options, for errors of a hand-assembled policy.

/**
 * The deadlines of a complaint: forwarded to the responsible department the same day it is received
 * (by 24:00 of its Shanghai day); answered within 1 day when routine, or within 3 days when major (the
 * policy's `complaint.majorLevels`, levels 1 and 2 by default); and, once the service department has
 * accepted it, closed within 6 days of the acceptance. Day periods are counted per the policy's
 * `dayCounting` (RULES C2: the day of the event does not count; a deadline at 24:00 is returned as
 * 00:00 of the next day).
 *
 * @param complaint - The level, when the complaint was received and, optionally, accepted.
 * @param options - `policy` for a company's own periods and day counting; `calendar` for the
 * working-day calendar (used when the policy extends deadlines past rest days or counts working days).
 * @returns `{ forwardBy, respondBy, closeBy?, basis }`; `closeBy` only when `acceptedAt` is given. The
 * basis ends with `C2.rest-day-extension` when `extendPastRestDays` moved a deadline, then
 * `C3.weekends-fallback` when one read a year the calendar lacks as Monday–Friday, or
 * `calendar.provisional` when one used a provisional year.
 * @throws {@link InvalidInputError} When `complaint` is not an object or has an unknown field, the level
 * is not 1–4, an instant is missing or invalid, or `acceptedAt` is before `receivedAt`; `out_of_range` on
 * `receivedAt` (or `acceptedAt`, for `closeBy`) when a deadline would lie past 9999-12-31 (+08:00).
 * @see RULES `complaint.forward-same-day` (ZN 篇3 §7), `complaint.response` (GG 二), `complaint.close`
 * (CR 第二十六條.1); conventions C2 and C5.
 *
 * @example
 * ```ts
 * import { complaintDeadlines } from 'wuye-rules/complaint';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * const major = complaintDeadlines({ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T16:30:00+08:00' });
 * [major.forwardBy, major.respondBy, major.closeBy].map((date) => date && toShanghaiIsoString(date));
 * //=> ['2026-10-06T00:00:00.000+08:00', '2026-10-09T00:00:00.000+08:00', '2026-10-12T00:00:00.000+08:00']
 * toShanghaiIsoString(complaintDeadlines({ level: 4, receivedAt: '2026-10-05T15:00:00+08:00' }).respondBy);
 * //=> '2026-10-07T00:00:00.000+08:00'
 * complaintDeadlines({ level: 4, receivedAt: '2026-10-05T15:00:00+08:00' }).basis;
 * //=> ['complaint.forward-same-day', 'complaint.response']
 * ```
 */
export function complaintDeadlines(complaint: ComplaintDeadlinesInput, options?: RuleOptions): ComplaintDeadlinesResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'complaintDeadlines');
  options = ruleOptions(options, 'complaintDeadlines');
  const mark = provisionalMark();
  const input = requireObject(complaint, FN, ROOT, INPUT_KEYS);
  requirePresent(input.level, FN, ['level'], 'a complaint level (1, 2, 3 or 4)');
  const level = requireOneOf(input.level, LEVELS, FN, ['level']);
  requirePresent(input.receivedAt, FN, ['receivedAt'], 'a valid instant');
  const receivedMs = toEpochMs(input.receivedAt, FN, ['receivedAt']);
  const acceptedMs = input.acceptedAt === undefined ? undefined : toEpochMs(input.acceptedAt, FN, ['acceptedAt']);
  if (acceptedMs !== undefined && acceptedMs < receivedMs) {
    throw invalid(FN, ['acceptedAt'], 'out_of_range', `not before receivedAt (${shanghaiIsoText(receivedMs)})`, input.acceptedAt);
  }

  const policy = options?.policy?.complaint ?? defaultComplaintPolicy;
  const major = policy.majorLevels.includes(level);
  // Taken after the input is read: a getter of the input that calls a rule cannot flag this decision.
  const extensionMark = restDayExtensionMark();
  const forwardBy = new Date(dueAtMs(receivedMs, policy.forwardWithin, options, FN, ['receivedAt'], input.receivedAt));
  const responseWithin = major ? policy.majorResponseWithin : policy.routineResponseWithin;
  const respondBy = new Date(dueAtMs(receivedMs, responseWithin, options, FN, ['receivedAt'], input.receivedAt));
  if (acceptedMs === undefined) return flagProvisional(mark, flagRestDayExtension(extensionMark, freezeDecision({ forwardBy, respondBy }, BASIS_OPEN)));
  const closeBy = new Date(dueAtMs(acceptedMs, policy.closeWithin, options, FN, ['acceptedAt'], input.acceptedAt));
  return flagProvisional(mark, flagRestDayExtension(extensionMark, freezeDecision({ forwardBy, respondBy, closeBy }, BASIS_ACCEPTED)));
}
