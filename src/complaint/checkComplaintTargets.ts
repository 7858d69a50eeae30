import { reachesLowerBound, type Bound } from '../core/bound.js';
import { freezeDecision, type Decision } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireCount, requireObject, requirePresent, refuseExtraArguments } from '../core/validate.js';
import { defaultComplaintPolicy } from './complaintPolicy.js';

/** A period's complaint figures (a month, a quarter, a year), for {@link checkComplaintTargets}. */
export interface ComplaintTargetFigures {
  /** Complaints received in the period (投诉总数). */
  readonly complaints: number;
  /** Of those, complaints handled (已处理); at most `complaints`. */
  readonly handled: number;
  /** Of those, complaints whose complainant was visited back (已回访); at most `complaints`. */
  readonly returnVisited: number;
  /** Valid complaints (有效投诉) whose handling was rated in the period. */
  readonly validComplaints: number;
  /** Of those, valid complaints whose complainant was satisfied with the handling; at most `validComplaints`. */
  readonly satisfied: number;
}

/** The name of a complaint target: satisfaction with valid complaint handling, handling rate, return-visit rate. */
export type ComplaintTargetName = 'satisfaction' | 'handling' | 'return-visit';

/** One target of {@link checkComplaintTargets}: the period's rate, its minimum, and whether it is met. */
export interface ComplaintTargetCheck {
  /** Which target. */
  readonly target: ComplaintTargetName;
  /** The period's rate in [0, 1]; 1 when there was nothing to count (no complaint, nothing missed). */
  readonly rate: number;
  /** The minimum rate of the policy (1 = 100%). */
  readonly minimum: number;
  /** Whether the rate reaches the minimum (with the minimum's boundary). */
  readonly pass: boolean;
}

/** The answer of {@link checkComplaintTargets}: every target's check, and whether all pass. */
export type ComplaintTargetsResult = Decision<{
  /** Whether every target is met. */
  pass: boolean;
  /** Each target with its rate, minimum and verdict. */
  targets: readonly ComplaintTargetCheck[];
}>;

const FN = 'checkComplaintTargets';
// The path of the whole argument (built once: the hot path allocates nothing).
const ROOT = [] as const;
const FIGURE_KEYS: readonly string[] = ['complaints', 'handled', 'returnVisited', 'validComplaints', 'satisfied'];
const BASIS = ['complaint.targets'] as const;

function requiredCount(figures: Record<string, unknown>, field: string): number {
  requirePresent(figures[field], FN, [field], 'a non-negative whole number');
  return requireCount(figures[field], FN, [field]);
}

function check(target: ComplaintTargetName, numerator: number, numeratorField: string, denominator: number, denominatorField: string, minimum: Bound): ComplaintTargetCheck {
  if (numerator > denominator) {
    throw invalid(FN, [numeratorField], 'exceeds_total', `at most ${denominatorField} (${denominator})`, numerator);
  }
  // No complaint to handle, visit or satisfy: nothing was missed, so the rate is 1 (as collectionRate reads 0 billed).
  const rate = denominator === 0 ? 1 : numerator / denominator;
  return Object.freeze({ target, rate, minimum: minimum.value, pass: reachesLowerBound(rate, minimum) });
}

/**
 * Checks a period's complaint figures against the complaint targets: satisfaction with the handling of
 * valid complaints 100% (有效投诉处理满意率, GG 二), complaint handling rate 100% (投诉处理率) and
 * complaint return-visit rate 100% (投诉回访率, SD 职责三). The handling and return-visit rates are
 * over the complaints received; satisfaction is over the valid complaints rated. A period without any
 * complaint (a zero denominator) has a rate of 1: nothing was missed. Minimums and their boundaries are
 * the policy's `complaint.targets`.
 *
 * @param figures - The period's counts.
 * @param options - `policy` for a company's own minimums.
 * @returns `{ pass, targets, basis }` with one check per target, in the order satisfaction, handling,
 * return-visit.
 * @throws {@link InvalidInputError} When `figures` is not an object or has an unknown field, a count is
 * missing, negative, fractional or not finite, or a numerator exceeds its denominator (`exceeds_total`).
 * @see RULES `complaint.targets`; GG 二; SD 职责三 §3.
 *
 * @example
 * ```ts
 * import { checkComplaintTargets } from 'wuye-rules/complaint';
 * const month = checkComplaintTargets({ complaints: 40, handled: 40, returnVisited: 38, validComplaints: 25, satisfied: 25 });
 * month.pass;
 * //=> false
 * month.targets.map((check) => [check.target, check.rate, check.pass]);
 * //=> [['satisfaction', 1, true], ['handling', 1, true], ['return-visit', 0.95, false]]
 * checkComplaintTargets({ complaints: 0, handled: 0, returnVisited: 0, validComplaints: 0, satisfied: 0 }).pass;
 * //=> true
 * ```
 */
export function checkComplaintTargets(figures: ComplaintTargetFigures, options?: RuleOptions): ComplaintTargetsResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'checkComplaintTargets');
  options = ruleOptions(options, 'checkComplaintTargets');
  const input = requireObject(figures, FN, ROOT, FIGURE_KEYS);
  const complaints = requiredCount(input, 'complaints');
  const handled = requiredCount(input, 'handled');
  const returnVisited = requiredCount(input, 'returnVisited');
  const validComplaints = requiredCount(input, 'validComplaints');
  const satisfied = requiredCount(input, 'satisfied');
  const minimums = (options?.policy?.complaint ?? defaultComplaintPolicy).targets;
  const targets = Object.freeze([
    check('satisfaction', satisfied, 'satisfied', validComplaints, 'validComplaints', minimums.satisfaction),
    check('handling', handled, 'handled', complaints, 'complaints', minimums.handling),
    check('return-visit', returnVisited, 'returnVisited', complaints, 'complaints', minimums.returnVisit),
  ]);
  return freezeDecision({ pass: targets.every((target) => target.pass), targets }, BASIS);
}
