import { flagProvisional, provisionalMark } from '../core/provisional.js';
import { flagRestDayExtension, restDayExtensionMark } from '../core/restDayExtension.js';
import { withinUpperBound } from '../core/bound.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import type { InputPath } from '../core/errors.js';
import { requireResultInSpan, shanghaiIsoText, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireArray, requireObject, refuseExtraArguments } from '../core/validate.js';
import { defaultRepairPolicy } from './repairPolicy.js';
import { repairDueMs } from './_due.js';
import { CASE_BASIS, readRepairCase, type RepairCaseFacts } from './_repairCase.js';
import { optionalInstant, requiredInstant } from './_validate.js';
import type { RepairClass, RepairDueSoonPolicy } from './repairPolicy.js';

/**
 * A span during which the repair clock stands still (e.g. the owner is not at home to let the
 * workers in). An absent `end` is a pause still running.
 */
export interface RepairPause {
  /** When the pause began; not before the receipt. */
  readonly start: Instant;
  /** When it ended (not before `start`); absent while the pause is still running. */
  readonly end?: Instant;
}

/** The input of {@link repairStatus}. */
export interface RepairStatusInput extends RepairCaseFacts {
  /** When the owner accepted the handling plan (认可处理方案); absent while not yet accepted. */
  readonly planAcceptedAt?: Instant;
  /** When the repair was finished (处理结束); absent while still open. Implies acceptance. */
  readonly completedAt?: Instant;
  /** The moment the status is taken ("now"); not before the receipt. */
  readonly asOf: Instant;
  /** Spans that stop the clock; each extends the deadline by its length (overlaps counted once). */
  readonly pauses?: readonly RepairPause[];
}

/** Where a repair stands against its deadline. */
export type RepairState = 'awaiting-acceptance' | 'open' | 'overdue' | 'met' | 'missed';

/**
 * The answer of {@link repairStatus}. Keys that do not apply are absent, not `undefined`: no
 * `dueAt` while awaiting acceptance; `remainingMs` for `open` and `met`; `overdueMs` for `overdue` and
 * `missed`; `dueSoon` only when the policy's due-soon warning fires.
 */
export type RepairStatusResult = Decision<{
  /** The state at `asOf`. */
  state: RepairState;
  /** The deadline, extended by the paused time; absent while awaiting acceptance. */
  dueAt?: Date;
  /** Time left: `dueAt − asOf` while open, `dueAt − completedAt` once met. */
  remainingMs?: number;
  /** Time past the deadline: `asOf − dueAt` while overdue, `completedAt − dueAt` once missed. */
  overdueMs?: number;
  /** Present (and `true`) only when an open case's remaining time is within the policy's `repair.dueSoon` threshold. */
  dueSoon?: true;
}>;

const FN = 'repairStatus';

// Awaiting acceptance has one answer per class (STYLE: finite answers are interned). Built in a
// pure-annotated function: an application's bundler drops the tables of a rule it does not import
// (a read of CASE_BASIS.A at module level would count as a side effect and keep them).
const AWAITING: Readonly<Record<RepairClass, RepairStatusResult>> = /* @__PURE__ */ (() => ({
  A: freezeDecision({ state: 'awaiting-acceptance' }, CASE_BASIS.A),
  B: freezeDecision({ state: 'awaiting-acceptance' }, CASE_BASIS.B),
  C: freezeDecision({ state: 'awaiting-acceptance' }, CASE_BASIS.C),
}))();

/** A class's four bases, interned: index 1 adds repair.pause, 2 repair.due-soon, 3 both. */
function basesOf(base: readonly RuleId[]): readonly (readonly RuleId[])[] {
  return [base, [...base, 'repair.pause'], [...base, 'repair.due-soon'], [...base, 'repair.pause', 'repair.due-soon']].map((ids) => Object.freeze(ids));
}

const STATUS_BASIS: Readonly<Record<RepairClass, readonly (readonly RuleId[])[]>> = /* @__PURE__ */ (() => ({
  A: basesOf(CASE_BASIS.A),
  B: basesOf(CASE_BASIS.B),
  C: basesOf(CASE_BASIS.C),
}))();

function notBefore(ms: number, floorMs: number, value: unknown, path: InputPath, what: string): void {
  if (ms < floorMs) throw invalid(FN, path, 'out_of_range', `not before ${what} (${shanghaiIsoText(floorMs)})`, value);
}

const STATUS_KEYS = ['repairClass', 'receivedAt', 'planAcceptedAt', 'completedAt', 'asOf', 'centralizedHandover', 'handoverPeriods', 'pauses'];

function notAfter(ms: number, ceilingMs: number, value: unknown, path: InputPath, what: string): void {
  if (ms > ceilingMs) throw invalid(FN, path, 'out_of_range', `not after ${what} (${shanghaiIsoText(ceilingMs)})`, value);
}

/** Reads the pauses as [start, end] ms pairs; `end` is Infinity for a pause still running. */
function readPauses(value: unknown, receivedMs: number): [number, number][] {
  if (value === undefined) return [];
  return requireArray(value, FN, ['pauses']).map((pause, index): [number, number] => {
    const path = ['pauses', index];
    const fields = requireObject(pause, FN, path, ['start', 'end']);
    const startMs = requiredInstant(fields.start, FN, [...path, 'start']);
    notBefore(startMs, receivedMs, fields.start, [...path, 'start'], 'receivedAt');
    const endMs = optionalInstant(fields.end, FN, [...path, 'end']);
    if (endMs !== undefined) notBefore(endMs, startMs, fields.end, [...path, 'end'], 'the pause\'s start');
    return [startMs, endMs ?? Number.POSITIVE_INFINITY];
  });
}

/** Total paused time within [fromMs, toMs], overlapping pauses counted once. */
function pausedMs(pauses: readonly [number, number][], fromMs: number, toMs: number): number {
  const clipped: [number, number][] = [];
  for (const [start, end] of pauses) {
    const from = Math.max(start, fromMs);
    const to = Math.min(end, toMs);
    if (to > from) clipped.push([from, to]);
  }
  clipped.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of clipped) {
    const start = Math.max(from, reach);
    if (to > start) total += to - start;
    if (to > reach) reach = to;
  }
  return total;
}

/** Whether `remainingMs` is within the due-soon threshold (`allowedMs` is the unpaused allowed time). */
function isDueSoon(dueSoon: RepairDueSoonPolicy | null, remainingMs: number, allowedMs: number): boolean {
  if (dueSoon === null) return false;
  if (dueSoon.measure === 'lead-ms') return withinUpperBound(remainingMs, dueSoon.threshold);
  // Basis points in integers: remaining / allowed within value / 10,000 (RULES C7).
  return withinUpperBound(remainingMs * 10_000, { value: dueSoon.threshold.value * allowedMs, inclusive: dueSoon.threshold.inclusive });
}

/**
 * Where a repair stands against its deadline at `asOf`, as a helpdesk SLA would show it. The source's
 * limit applies once the owner accepts the handling plan (在业主认可处理方案的前提下), so:
 *
 * - neither `planAcceptedAt` nor `completedAt` recorded → `'awaiting-acceptance'`, with no `dueAt`
 *   (no limit runs yet);
 * - otherwise the deadline is that of {@link repairDeadline}, counted from receipt (or, with the
 *   policy's `repair.clockStartsAt: 'acceptance'`, from acceptance; a completion without a recorded
 *   acceptance, or before it, counts as acceptance at completion), then extended by the paused time;
 * - completed → `'met'` when `completedAt <= dueAt` (with `remainingMs = dueAt − completedAt`), else
 *   `'missed'` (with `overdueMs = completedAt − dueAt`);
 * - not completed → `'open'` when `asOf <= dueAt` (with `remainingMs = dueAt − asOf`), else
 *   `'overdue'` (with `overdueMs = asOf − dueAt`).
 *
 * Pauses stop the clock: the deadline moves later by the total paused time, overlapping pauses counted
 * once, only the parts after the clock starts and up to `completedAt` (or `asOf` while open) counting.
 * A case finished while paused is judged with the pause counted up to completion. Pauses never move a
 * deadline earlier; when they count, `basis` adds `repair.pause`.
 *
 * With a `repair.dueSoon` policy, an open case whose remaining time is within the threshold (a fixed
 * lead, or a share of the allowed time) carries `dueSoon: true` and `repair.due-soon` in its basis.
 * The default policy has no threshold, so the key never appears.
 *
 * @param repair - The case: `repairClass`, `receivedAt`, `asOf`, and optionally `planAcceptedAt`,
 * `completedAt`, `pauses`, `centralizedHandover`, `handoverPeriods`.
 * @param options - `policy` for a company's own days, counting, clock start and due-soon threshold;
 * `calendar` for its working days.
 * @returns The state, the applicable instants and durations, and `basis` (`repair.deadline` and the
 * class's rule, then `repair.pause` and `repair.due-soon` when they apply, `C2.rest-day-extension` when
 * `extendPastRestDays` moved the deadline, `C3.weekends-fallback` when it read a year the calendar
 * lacks as Monday–Friday, `calendar.provisional` when it used a provisional year).
 * @throws {@link InvalidInputError} When a field is absent or invalid, or the instants are out of order
 * (`out_of_range`): `asOf`, `planAcceptedAt`, `completedAt` or a pause's start before `receivedAt`;
 * `planAcceptedAt` or `completedAt` after `asOf`; a pause ending before it starts or a handover period ending on a day before its first;
 * a deadline past 9999-12-31 (+08:00), at the field the clock starts from, or at `pauses` when they carry it there.
 * @throws {@link CalendarCoverageError} When rest days must be looked up in a year the calendar does not cover.
 * @see RULES `repair.deadline`, C2; ZN §2.2 (处理时限要求).
 *
 * @example
 * ```ts
 * import { repairStatus } from 'wuye-rules/repair';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * repairStatus({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00', asOf: '2026-10-01T09:00:00+08:00' });
 * //=> { state: 'awaiting-acceptance', basis: ['repair.deadline', 'repair.class-a'] }
 * const open = repairStatus({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00', planAcceptedAt: '2026-09-30T20:00:00+08:00', asOf: '2026-10-03T12:00:00+08:00' });
 * [open.state, toShanghaiIsoString(open.dueAt!), open.remainingMs];
 * //=> ['open', '2026-10-04T00:00:00.000+08:00', 43200000]
 * repairStatus({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00', completedAt: '2026-10-04T08:00:00+08:00', asOf: '2026-10-05T00:00:00+08:00' }).overdueMs;
 * //=> 28800000
 * repairStatus({ repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00', completedAt: '2026-10-04T08:00:00+08:00', asOf: '2026-10-05T00:00:00+08:00', pauses: [{ start: '2026-10-02T09:00:00+08:00', end: '2026-10-02T21:00:00+08:00' }] }).state;
 * //=> 'met'
 * ```
 */
export function repairStatus(repair: RepairStatusInput, options?: RuleOptions): RepairStatusResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'repairStatus');
  options = ruleOptions(options, 'repairStatus');
  // A deadline counted over a provisional year (RULES C11) is flagged.
  const mark = provisionalMark();
  const extensionMark = restDayExtensionMark();
  return flagProvisional(mark, flagRestDayExtension(extensionMark, statusOf(repair, options)));
}

function statusOf(repair: RepairStatusInput, options: RuleOptions | undefined): RepairStatusResult {
  const input = requireObject(repair, FN, [], STATUS_KEYS);
  const policy = options?.policy?.repair ?? defaultRepairPolicy;
  const facts = readRepairCase(input, FN, policy);
  const { receivedMs } = facts;
  const asOfMs = requiredInstant(input.asOf, FN, ['asOf']);
  const acceptedMs = optionalInstant(input.planAcceptedAt, FN, ['planAcceptedAt']);
  const completedMs = optionalInstant(input.completedAt, FN, ['completedAt']);
  notBefore(asOfMs, receivedMs, input.asOf, ['asOf'], 'receivedAt');
  if (acceptedMs !== undefined) {
    notBefore(acceptedMs, receivedMs, input.planAcceptedAt, ['planAcceptedAt'], 'receivedAt');
    notAfter(acceptedMs, asOfMs, input.planAcceptedAt, ['planAcceptedAt'], 'asOf');
  }
  if (completedMs !== undefined) {
    notBefore(completedMs, receivedMs, input.completedAt, ['completedAt'], 'receivedAt');
    notAfter(completedMs, asOfMs, input.completedAt, ['completedAt'], 'asOf');
  }
  const pauses = readPauses(input.pauses, receivedMs);
  if (acceptedMs === undefined && completedMs === undefined) return AWAITING[facts.repairClass];

  // Acceptance is the earlier of the recorded acceptance and the completion (a completion implies it).
  const acceptanceIsCompletion = acceptedMs === undefined || (completedMs !== undefined && completedMs < acceptedMs);
  const clockFromReceipt = policy.clockStartsAt === 'receipt';
  const clockStartMs = clockFromReceipt ? receivedMs : acceptanceIsCompletion ? (completedMs as number) : acceptedMs;
  const clockPath = clockFromReceipt ? 'receivedAt' : acceptanceIsCompletion ? 'completedAt' : 'planAcceptedAt';
  const baseDueMs = repairDueMs(clockStartMs, facts.days, options, FN, [clockPath], input[clockPath]);
  const paused = pausedMs(pauses, clockStartMs, completedMs ?? asOfMs);
  // The deadline without pauses is within the span of results (repairDueMs): pauses that carry it past
  // 9999-12-31 (+08:00) are refused on themselves.
  const dueMs = requireResultInSpan(baseDueMs + paused, FN, ['pauses'], input.pauses);
  const dueAt = new Date(dueMs);
  const bases = STATUS_BASIS[facts.repairClass];
  const basis = bases[paused > 0 ? 1 : 0] as readonly RuleId[];

  // Literals frozen in place, the basis interned: several times faster than spreading into a new object.
  if (completedMs !== undefined) {
    return completedMs <= dueMs
      ? Object.freeze({ state: 'met', dueAt, remainingMs: dueMs - completedMs, basis })
      : Object.freeze({ state: 'missed', dueAt, overdueMs: completedMs - dueMs, basis });
  }
  if (asOfMs > dueMs) return Object.freeze({ state: 'overdue', dueAt, overdueMs: asOfMs - dueMs, basis });
  const remainingMs = dueMs - asOfMs;
  if (isDueSoon(policy.dueSoon, remainingMs, baseDueMs - clockStartMs)) {
    return Object.freeze({ state: 'open', dueAt, remainingMs, dueSoon: true, basis: bases[paused > 0 ? 3 : 2] as readonly RuleId[] });
  }
  return Object.freeze({ state: 'open', dueAt, remainingMs, basis });
}
