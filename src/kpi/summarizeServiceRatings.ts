import { deepFreeze } from '../core/decision.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireArray, requireObject, requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy } from './kpiPolicy.js';

/** A customer's rating of one aspect of a service visit (CR 第十七條): 非常满意 / 满意 / 一般 / 较差. */
export type Rating = 'very-satisfied' | 'satisfied' | 'average' | 'poor';

/** The four aspects a customer rates (CR 第十七條): 态度, 技术, 到达时间, 答应事项的办理. */
export type Aspect = 'attitude' | 'skill' | 'arrival' | 'promise';

/** One customer's rating card: a level for each of the four aspects. */
export interface ServiceRatingCard {
  /** Attitude (态度). */
  readonly attitude: Rating;
  /** Skill (技术). */
  readonly skill: Rating;
  /** Arrival time (到达时间). */
  readonly arrival: Rating;
  /** Keeping promises (答应事项的办理). */
  readonly promise: Rating;
}

/** The answer of {@link summarizeServiceRatings}. */
export interface ServiceRatingSummary {
  /** (very satisfied + satisfied) over all ratings of the four aspects; `null` when there are no ratings. */
  readonly satisfactionRate: number | null;
  /** The count of each level for each aspect. */
  readonly byAspect: Readonly<Record<Aspect, Readonly<Record<Rating, number>>>>;
  /** Whether the rate reaches the satisfaction target (95%), compared exactly in integers; `null` when there are no ratings. */
  readonly meetsTarget: boolean | null;
}

const FN = 'summarizeServiceRatings';
const ASPECTS: readonly Aspect[] = ['attitude', 'skill', 'arrival', 'promise'];
const RATINGS: readonly Rating[] = ['very-satisfied', 'satisfied', 'average', 'poor'];

/**
 * Summarizes customers' ratings of service staff (CR 第十七條): each card rates attitude, skill,
 * arrival time and keeping promises as very satisfied, satisfied, average or poor. The satisfaction rate
 * is (very satisfied + satisfied) over all ratings of the four aspects, and meets the target when it
 * reaches 95% (ZN 篇4 工作标准3), compared exactly (satisfied × 10000 against all × the target in basis points).
 * With no cards the rate and the verdict are `null`: no ratings is neither 0% nor 100%.
 *
 * @param cards - The rating cards, each `{ attitude, skill, arrival, promise }`.
 * @param options - `policy` for another target (`kpi.satisfactionTarget`).
 * @returns `{ satisfactionRate, byAspect, meetsTarget }`.
 * @throws {@link InvalidInputError} When `cards` is not an array, a card is not an object or has an unknown field (`unknown_key`), or a level is unknown (`invalid_enum`, path `[index, aspect]`).
 * @see RULES `survey.service-rating`, `kpi.satisfaction`; CR 第十七條; ZN 篇4 工作标准3.
 *
 * @example
 * ```ts
 * import { summarizeServiceRatings } from 'wuye-rules/kpi';
 * const summary = summarizeServiceRatings([
 *   { attitude: 'very-satisfied', skill: 'satisfied', arrival: 'average', promise: 'satisfied' },
 * ]);
 * [summary.satisfactionRate, summary.meetsTarget, summary.byAspect.arrival.average];
 * //=> [0.75, false, 1]
 * summarizeServiceRatings([]).satisfactionRate;
 * //=> null
 * ```
 */
export function summarizeServiceRatings(cards: readonly ServiceRatingCard[], options?: RuleOptions): ServiceRatingSummary {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'summarizeServiceRatings');
  options = ruleOptions(options, 'summarizeServiceRatings');
  const list = requireArray(cards, FN, []);
  const byAspect = {} as Record<Aspect, Record<Rating, number>>;
  for (const aspect of ASPECTS) byAspect[aspect] = { 'very-satisfied': 0, satisfied: 0, average: 0, poor: 0 };
  list.forEach((card, index) => {
    const record = requireObject(card, FN, [index], ASPECTS);
    for (const aspect of ASPECTS) {
      byAspect[aspect][requireOneOf(record[aspect], RATINGS, FN, [index, aspect])] += 1;
    }
  });
  const all = list.length * ASPECTS.length;
  if (all === 0) return deepFreeze({ satisfactionRate: null, byAspect, meetsTarget: null });
  let satisfied = 0;
  for (const aspect of ASPECTS) satisfied += byAspect[aspect]['very-satisfied'] + byAspect[aspect].satisfied;
  const target = (options?.policy?.kpi ?? defaultKpiPolicy).satisfactionTarget;
  const scaledSatisfied = satisfied * 10_000;
  const scaledTarget = all * Math.round(target.value * 10_000);
  const meetsTarget = target.inclusive ? scaledSatisfied >= scaledTarget : scaledSatisfied > scaledTarget;
  return deepFreeze({ satisfactionRate: satisfied / all, byAspect, meetsTarget });
}
