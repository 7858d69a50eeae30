// The side channel of the provisional calendar (RULES C11) and of the weekends-only fallback (C3). A
// working-day operation that reads a day of a provisional year, or a day the calendar does not cover
// under outOfCoverage 'weekends', notes it here; a decision compares the count before and after its
// own evaluation to say `provisional: true` (and name the fallback in its basis), and the command line
// and HTTP shells do the same around any call, Date-returning functions included. The count only
// grows and never changes an answer: the functions stay deterministic and their results depend on
// their arguments alone.
import { withBasisRule, type RuleId } from './decision.js';

// Every read is numbered (`reads`); `provisionalAt` and `fallbackAt` keep the number of the last read
// of each kind, so that one number taken before an evaluation tells both whether anything was read
// since and of which kind, without allocating.
interface Reads {
  reads: number;
  provisionalAt: number;
  fallbackAt: number;
}

// One count for every copy of the package in this realm (ESM and CommonJS, or two installed
// versions): a policy built by one copy carries that copy's working-day engine to the other copy's
// rules (core/workdayEngine.ts), and their flags must see the days it read. Found or made when the
// module loads (marked pure: a bundle that never flags a decision drops it), so that a call reads it
// from a constant rather than looking it up.
const COUNT = Symbol.for('wuye-rules.calendar-reads');
const count: Reads = /* @__PURE__ */ (() => ((globalThis as { [COUNT]?: Reads })[COUNT] ??= { reads: 0, provisionalAt: 0, fallbackAt: 0 }))();

/** Counts one read of a provisional day. */
export function noteProvisional(): void {
  count.provisionalAt = ++count.reads;
}

/** Counts one read of a day the calendar does not cover, read as Monday–Friday (outOfCoverage 'weekends'). */
export function noteFallback(): void {
  count.fallbackAt = ++count.reads;
}

/** A mark to compare with later: take it before an evaluation, pass it to {@link usedProvisionalSince}. */
export function provisionalMark(): number {
  return count.reads;
}

/** Whether a provisional day was read since `mark` was taken. */
export function usedProvisionalSince(mark: number): boolean {
  return count.provisionalAt > mark;
}

/** Whether a day the calendar does not cover was read as Monday–Friday since `mark` was taken. */
export function usedFallbackSince(mark: number): boolean {
  return count.fallbackAt > mark;
}

// What a decision that used a provisional day adds besides its basis rule.
const PROVISIONAL_FIELDS = { provisional: true } as const;

/** The rule id of the provisional calendar, added last to the basis of a decision that used it. */
export const PROVISIONAL_RULE: RuleId = 'calendar.provisional';

/** The rule id of the weekends-only fallback, added to the basis of a decision that read an uncovered day. */
export const WEEKENDS_FALLBACK_RULE: RuleId = 'C3.weekends-fallback';

/**
 * `decision` as it stands when no provisional or uncovered day was read since `mark`; otherwise a
 * frozen copy with {@link WEEKENDS_FALLBACK_RULE} at the end of its basis (once) when an uncovered day
 * was read as Monday–Friday, and `provisional: true` with {@link PROVISIONAL_RULE} last when a
 * provisional day was. Interned answers stay untouched.
 */
export function flagProvisional<T extends { readonly basis: readonly RuleId[] }>(mark: number, decision: T): T {
  if (count.reads === mark) return decision;
  const flagged = usedFallbackSince(mark) ? withBasisRule(decision, WEEKENDS_FALLBACK_RULE) : decision;
  return usedProvisionalSince(mark) ? withBasisRule(flagged, PROVISIONAL_RULE, PROVISIONAL_FIELDS) : flagged;
}
