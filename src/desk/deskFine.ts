import { freezeDecision, type Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, requirePositiveInteger, refuseExtraArguments } from '../core/validate.js';
import { defaultDeskPolicy } from './deskPolicy.js';
import type { DeskFineKind, DeskFineLadder, DeskFineOutcome } from './deskPolicy.js';

/** The answer of {@link deskFine}. */
export type DeskFineResult = Decision<{
  /** What the company's rule imposes for this occurrence. */
  outcome: DeskFineOutcome;
  /** The fine in yuan; present only when `outcome` is `'fine'`. */
  amountYuan?: number;
  /** Always true: fines, withheld pay and "deemed resignation" conflict with PRC labour law (see the catalog). */
  legalRisk: true;
}>;

const KINDS: readonly DeskFineKind[] = ['handover-log', 'weekly-report', 'customer-complaint', 'off-work-chat', 'cleaning-duty', 'customer-data-leak'];

// The answers of a ladder, one per step, built once per ladder (policies are frozen, so ladders are stable).
const answers = new WeakMap<DeskFineLadder, readonly DeskFineResult[]>();

function answersOf(ladder: DeskFineLadder): readonly DeskFineResult[] {
  let built = answers.get(ladder);
  if (built === undefined) {
    built = ladder.steps.map((step) =>
      step.outcome === 'fine'
        ? freezeDecision({ outcome: step.outcome, amountYuan: step.amountYuan as number, legalRisk: true as const }, [ladder.ruleId])
        : freezeDecision({ outcome: step.outcome, legalRisk: true as const }, [ladder.ruleId]),
    );
    answers.set(ladder, built);
  }
  return built;
}

/**
 * What the desk rules (CR 篇2) impose for the nth occurrence of an offense: handover not logged 30,
 * 50, 80 yuan, then a month's pay withheld, then "deemed resignation"; weekly report missing 50, 100,
 * 200, withheld, deemed resignation; service-caused customer complaint within a calendar month 100,
 * 200, deemed resignation; off-work chat 50, cleaning duty skipped 50, customer data leaked 150 each
 * time. Every occurrence past a ladder's last step gets the last step. The result always carries
 * `legalRisk: true`: these are company rules that PRC labour law does not support (no fines on
 * employees, wages paid in full, no "deemed resignation"); the catalog's `legalRisk` says why.
 *
 * @param kind - The offense.
 * @param occurrence - Which occurrence this is, counted from 1 (for a customer complaint: within the
 * calendar month).
 * @param options - `policy` for a company's own ladders.
 * @returns The outcome, the amount for a fine, `legalRisk: true` and the basis.
 * @throws {@link InvalidInputError} When `kind` is unknown (`invalid_enum`) or `occurrence` is not a
 * whole number ≥ 1.
 * @see RULES `desk.handover-log`, `desk.weekly-report`, `desk.customer-complaint`, `desk.misc`; CR 篇2 第1、3、6、8、11、13条.
 *
 * @example
 * ```ts
 * import { deskFine } from 'wuye-rules/desk';
 * deskFine('handover-log', 2);
 * //=> { outcome: 'fine', amountYuan: 50, legalRisk: true, basis: ['desk.handover-log'] }
 * deskFine('weekly-report', 4);
 * //=> { outcome: 'withhold-month-pay', legalRisk: true, basis: ['desk.weekly-report'] }
 * deskFine('customer-complaint', 3).outcome;
 * //=> 'deemed-resignation'
 * deskFine('customer-data-leak', 6).amountYuan;
 * //=> 150
 * ```
 */
export function deskFine(kind: DeskFineKind, occurrence: number, options?: RuleOptions): DeskFineResult {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'deskFine');
  options = ruleOptions(options, 'deskFine');
  requireOneOf(kind, KINDS, 'deskFine', ['kind']);
  const nth = requirePositiveInteger(occurrence, 'deskFine', ['occurrence']);
  const ladder = (options?.policy?.desk ?? defaultDeskPolicy).fines[kind];
  const ladderAnswers = answersOf(ladder);
  return ladderAnswers[Math.min(nth, ladderAnswers.length) - 1] as DeskFineResult;
}
