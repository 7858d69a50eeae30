// The side channel of the rest-day extension (RULES C2, Civil Code art. 203, policy
// `extendPastRestDays`): dueAtMs counts every deadline it moved past rest days, and a decision compares
// the count before and after its own evaluation to name the extension in its basis, the rule that moved
// its answer (explainDeadline names it the same way). Like the provisional count, it only grows and
// never changes an answer. One count per copy of the package: only dueAtMs moves a deadline, and it
// belongs to the copy of the rule that asks.
import { withBasisRule, type RuleId } from './decision.js';

let moved = 0;

/** Counts one deadline moved past rest days. */
export function noteRestDayExtension(): void {
  moved += 1;
}

/** Whether a deadline was moved past rest days since `mark` was taken. */
export function movedSince(mark: number): boolean {
  return moved !== mark;
}

/** A mark to compare with later: take it before an evaluation, pass it to {@link flagRestDayExtension}. */
export function restDayExtensionMark(): number {
  return moved;
}

/** The rule id of the rest-day extension. */
export const REST_DAY_EXTENSION_RULE: RuleId = 'C2.rest-day-extension';

/**
 * `decision` as it stands when no deadline was moved past rest days since `mark`; otherwise a frozen
 * copy with {@link REST_DAY_EXTENSION_RULE} at the end of its basis (once). Interned answers stay
 * untouched.
 */
export function flagRestDayExtension<T extends { readonly basis: readonly RuleId[] }>(mark: number, decision: T): T {
  return movedSince(mark) ? withRestDayExtension(decision) : decision;
}

/** `decision` with {@link REST_DAY_EXTENSION_RULE} at the end of its basis (once), frozen. */
export function withRestDayExtension<T extends { readonly basis: readonly RuleId[] }>(decision: T): T {
  return withBasisRule(decision, REST_DAY_EXTENSION_RULE);
}
