// The side channel of the provisional calendar (RULES C11). A working-day operation that reads a
// day of a provisional year counts it here; a decision compares the count before and after its own
// evaluation to say `provisional: true`, and the command line and HTTP shells do the same around any
// call, Date-returning functions included. The count only grows and never changes an answer: the
// functions stay deterministic and their results depend on their arguments alone.
import { withBasisRule, type RuleId } from './decision.js';

// One count for every copy of the package in this realm (ESM and CommonJS, or two installed
// versions): a policy built by one copy carries that copy's working-day engine to the other copy's
// rules (core/workdayEngine.ts), and their flags must see the days it read. Found or made when the
// module loads (marked pure: a bundle that never flags a decision drops it), so that a call reads it
// from a constant rather than looking it up.
const COUNT = Symbol.for('wuye-rules.provisional-reads');
const count: { reads: number } = /* @__PURE__ */ (() => ((globalThis as { [COUNT]?: { reads: number } })[COUNT] ??= { reads: 0 }))();

/** Counts one read of a provisional day. */
export function noteProvisional(): void {
  count.reads += 1;
}

/** A mark to compare with later: take it before an evaluation, pass it to {@link usedProvisionalSince}. */
export function provisionalMark(): number {
  return count.reads;
}

/** Whether a provisional day was read since `mark` was taken. */
export function usedProvisionalSince(mark: number): boolean {
  return count.reads !== mark;
}

// What a decision that used a provisional day adds besides its basis rule.
const PROVISIONAL_FIELDS = { provisional: true } as const;

/** The rule id of the provisional calendar, added last to the basis of a decision that used it. */
export const PROVISIONAL_RULE: RuleId = 'calendar.provisional';

/**
 * `decision` as it stands when no provisional day was read since `mark`; otherwise a frozen copy with
 * `provisional: true` and {@link PROVISIONAL_RULE} at the end of its basis (once). Interned answers
 * stay untouched.
 */
export function flagProvisional<T extends { readonly basis: readonly RuleId[] }>(mark: number, decision: T): T {
  return usedProvisionalSince(mark) ? withBasisRule(decision, PROVISIONAL_RULE, PROVISIONAL_FIELDS) : decision;
}
