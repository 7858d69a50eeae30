import { civilFromDays, daysFromCivil } from '../core/civil.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { resultDate, shanghaiDayOf, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireArray, requireObject, requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultDeskPolicy, type DeskFineKind } from './deskPolicy.js';

/** An offense and the employee's earlier ones, the input of {@link fineOccurrence}. */
export interface FineOccurrenceInput {
  /** The offense. */
  readonly kind: DeskFineKind;
  /** When this occurrence happened. */
  readonly at: Instant;
  /** When the employee's earlier occurrences of the same offense happened, in any order; entries after `at` are ignored. */
  readonly history: readonly Instant[];
}

/** The window occurrences are counted in: the calendar month of `at` (Asia/Shanghai) or the whole employment. */
export type LadderWindow = 'month' | 'employment';

/** The answer of {@link fineOccurrence}. */
export type FineOccurrenceResult = Decision<{
  /** Which occurrence this is, counted from 1: the argument {@link deskFine} takes. */
  occurrence: number;
  /** The window the count used. */
  window: LadderWindow;
  /** When the window starts (00:00 of the month's first day, Shanghai); `null` for the whole employment. */
  windowStart: Date | null;
}>;

const FN = 'fineOccurrence';
const KEYS = ['kind', 'at', 'history'] as const;
const KINDS: readonly DeskFineKind[] = ['handover-log', 'weekly-report', 'customer-complaint', 'off-work-chat', 'cleaning-duty', 'customer-data-leak'];
// CR 篇2 第6条 counts customer complaints within a calendar month (一个自然月内); the other ladders give no window.
const CALENDAR_MONTH_KINDS: ReadonlySet<DeskFineKind> = new Set(['customer-complaint']);

/**
 * Counts which occurrence of a desk offense this is, from the employee's dated history, within the
 * ladder's window: customer complaints within the calendar month (CR 篇2 第6条); the other ladders,
 * whose source gives no window, within the calendar month of `at` by default or over the whole
 * employment (policy `desk.ladderWindow`, an assumption marked in the catalog). Earlier entries at
 * the same instant count; entries after `at` do not. Feed the answer to {@link deskFine}.
 *
 * @param input - The offense, when it happened, and when its earlier occurrences happened.
 * @param options - `policy` for `desk.ladderWindow`.
 * @returns The occurrence number (from 1), the window and its start, and the basis.
 * @throws {@link InvalidInputError} When `kind` is unknown (`invalid_enum`), an instant is invalid, a
 * field is unknown (`unknown_key`), or the window would begin before 0000-01-01 (+08:00) (`out_of_range` at `at`).
 * @see RULES `desk.handover-log`, `desk.weekly-report`, `desk.customer-complaint`, `desk.ladder-window`; CR 篇2 第1、3、6条.
 *
 * @example
 * ```ts
 * import { deskFine, fineOccurrence } from 'wuye-rules/desk';
 * const third = fineOccurrence({ kind: 'handover-log', at: '2026-03-20T09:00:00+08:00', history: ['2026-02-27T09:00:00+08:00', '2026-03-02T09:00:00+08:00', '2026-03-09T09:00:00+08:00'] });
 * [third.occurrence, third.window];
 * //=> [3, 'month']
 * deskFine('handover-log', third.occurrence).amountYuan;
 * //=> 80
 * ```
 */
export function fineOccurrence(input: FineOccurrenceInput, options?: RuleOptions): FineOccurrenceResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'fineOccurrence');
  options = ruleOptions(options, FN);
  const record = requireObject(input, FN, [], KEYS);
  const kind = requireOneOf(record.kind, KINDS, FN, ['kind']);
  const atMs = toEpochMs(record.at, FN, ['at']);
  const history = requireArray(record.history, FN, ['history']);
  const window: LadderWindow = CALENDAR_MONTH_KINDS.has(kind) ? 'month' : (options?.policy?.desk ?? defaultDeskPolicy).ladderWindow;
  let fromMs = -Infinity;
  let windowStart: Date | null = null;
  if (window === 'month') {
    const { year, month } = civilFromDays(shanghaiDayOf(atMs));
    fromMs = startOfShanghaiDay(daysFromCivil(year, month, 1));
    // The month of an instant before 0000-01-01 (+08:00) begins before the span of results: refused on `at`.
    windowStart = resultDate(fromMs, FN, ['at'], record.at);
  }
  let occurrence = 1;
  for (let index = 0; index < history.length; index += 1) {
    const ms = toEpochMs(history[index], FN, ['history', index]);
    if (ms >= fromMs && ms <= atMs) occurrence += 1;
  }
  const basis: RuleId[] = [(options?.policy?.desk ?? defaultDeskPolicy).fines[kind].ruleId];
  if (!CALENDAR_MONTH_KINDS.has(kind)) basis.push('desk.ladder-window');
  return freezeDecision({ occurrence, window, windowStart }, basis);
}
