import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { shanghaiDayOf, startOfShanghaiDay, toEpochMs, type Instant } from '../core/instant.js';
import { fenToYuan, yuanToFen } from '../core/money.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { lastDayOfPeriod } from '../core/period.js';
import { invalid, requireObject, refuseExtraArguments } from '../core/validate.js';
import { defaultProbationPolicy } from './deskPolicy.js';

/** A resignation early in employment, the input of {@link probationSettlement}. */
export interface ProbationResignation {
  /** When the employee finished training and took up the post (培训结束上岗). */
  readonly onPostAt: Instant;
  /** When the employee resigned (提出辞职); not before `onPostAt`. */
  readonly resignedAt: Instant;
  /** When the probation period ends (exclusive: a resignation at this instant is after probation). */
  readonly probationEndsAt: Instant;
  /** The monthly wage in yuan, exact to the fen, for the training cost; optional. */
  readonly monthlyWageYuan?: number;
}

/** The answer of {@link probationSettlement}: what the company's rule says, flagged as a legal risk. */
export type ProbationSettlementResult = Decision<{
  /** Resigned within one month of taking up the post (the policy's `desk.probation.unsettledMonths`; C2 months: until 24:00 of the corresponding day). */
  withinFirstMonthOnPost: boolean;
  /** Resigned before the probation period ended. */
  inProbation: boolean;
  /** The company's rule: wages are not settled for a resignation within the first month on the post. */
  wagesSettled: boolean;
  /** The company's rule: half a month's wage (the policy's `desk.probation.trainingCostMonths`) as training cost for a resignation in probation; 0 outside it, `null` when in probation but no wage was given. */
  trainingCostYuan: number | null;
  /** Always true: neither rule is enforceable under PRC labour law (see the catalog's `desk.probation`). */
  legalRisk: true;
}>;

const FN = 'probationSettlement';
const KEYS = ['onPostAt', 'resignedAt', 'probationEndsAt', 'monthlyWageYuan'] as const;

const BASIS: readonly RuleId[] = ['desk.probation'];

// The wage (fen, ≥ 0) times months of wage with at most four decimals, to the fen, half a fen up:
// exact in integers whatever the wage (RULES C7).
function trainingCostFen(wageFen: number, months: number): number {
  const product = BigInt(wageFen) * BigInt(Math.round(months * 10_000));
  return Number((product * 2n + 10_000n) / 20_000n);
}

/**
 * What the desk rules (CR 篇1 六.1–六.2) say about an employee who resigns early: within one month
 * of finishing training and taking up the post, wages are not settled (不结算工资); during probation,
 * half a month's wage is due as training cost (需交纳半个月的工资作为培训费用). Both can hold at once.
 * The result always carries `legalRisk: true`: PRC labour law requires wages to be paid in full on
 * leaving, lets an employee resign in probation on 3 days' notice, and allows training costs only
 * for special professional training under a service-period agreement (see the catalog).
 *
 * @param resignation - When the employee took up the post, resigned and when probation ends; the monthly wage for the training cost.
 * @param options - `policy` for another window or cost (`desk.probation`: unsettledMonths, trainingCostMonths).
 * @returns Which rule applies, the training cost in yuan (exact to the fen), `legalRisk: true` and the basis.
 * @throws {@link InvalidInputError} When an instant is invalid, `resignedAt` is before `onPostAt`
 * (`end_before_start`), the wage is negative or finer than the fen, or a field or an option is unknown (`unknown_key`).
 * @see RULES `desk.probation`; CR 篇1 六.1–六.2.
 *
 * @example
 * ```ts
 * import { probationSettlement } from 'wuye-rules/desk';
 * import { definePolicy } from 'wuye-rules/policy';
 * probationSettlement({ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-03-20T18:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00', monthlyWageYuan: 4500 });
 * //=> { withinFirstMonthOnPost: true, inProbation: true, wagesSettled: false, trainingCostYuan: 2250, legalRisk: true, basis: ['desk.probation'] }
 * probationSettlement({ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-04-02T23:59:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00' }).withinFirstMonthOnPost;
 * //=> true
 * probationSettlement({ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-07-01T10:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00' }).trainingCostYuan;
 * //=> 0
 * const policy = definePolicy({ desk: { probation: { trainingCostMonths: 0.25 } } }); // a quarter of a month's wage
 * probationSettlement({ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-03-20T18:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00', monthlyWageYuan: 4500.02 }, { policy }).trainingCostYuan;
 * //=> 1125.01
 * ```
 */
export function probationSettlement(resignation: ProbationResignation, options?: RuleOptions): ProbationSettlementResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'probationSettlement');
  options = ruleOptions(options, FN);
  const probation = options?.policy?.desk.probation ?? defaultProbationPolicy;
  const record = requireObject(resignation, FN, [], KEYS);
  const onPostMs = toEpochMs(record.onPostAt, FN, ['onPostAt']);
  const resignedMs = toEpochMs(record.resignedAt, FN, ['resignedAt']);
  const probationEndsMs = toEpochMs(record.probationEndsAt, FN, ['probationEndsAt']);
  if (resignedMs < onPostMs) throw invalid(FN, ['resignedAt'], 'end_before_start', 'an instant not before onPostAt', record.resignedAt);
  const wageFen = record.monthlyWageYuan === undefined ? null : yuanToFen(record.monthlyWageYuan, FN, ['monthlyWageYuan']);
  // 一个月内 (C2): the day of taking up the post does not count; the month ends at 24:00 of the corresponding day.
  const postDay = shanghaiDayOf(onPostMs);
  const firstMonthEndsMs = startOfShanghaiDay(lastDayOfPeriod(postDay, probation.unsettledMonths, 'month') + 1);
  // An act at t meets a period ending at d when t <= d: a resignation at 24:00 of the last day is within it.
  const withinFirstMonthOnPost = resignedMs <= firstMonthEndsMs;
  const inProbation = resignedMs < probationEndsMs;
  const trainingCostYuan = !inProbation ? 0 : wageFen === null ? null : fenToYuan(trainingCostFen(wageFen, probation.trainingCostMonths));
  return freezeDecision(
    { withinFirstMonthOnPost, inProbation, wagesSettled: !withinFirstMonthOnPost, trainingCostYuan, legalRisk: true as const },
    BASIS,
  );
}
