import { freezeDecision, type Decision } from '../core/decision.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireArray, requireObject, requirePositiveInteger, requireString, refuseExtraArguments } from '../core/validate.js';
import { _appraisalPolicyOf } from './_shared.js';
import type { AppraisalGrade } from './appraisalPolicy.js';
import { _employmentMonthOf, _monthIndexOfPeriod } from './employmentMonth.js';
import { _payFloatOf, type PayFloatResult } from './payFloat.js';
import { _scoreMonthOf, type AppraisalMonth, type ScoreMonthResult } from './scoreMonth.js';
import { _terminationOf, type PreviousMonthStanding, type TerminationEligibilityResult } from './terminationEligibility.js';

/** One team member's month, as {@link appraiseMonth} reads it. */
export interface TeamMemberMonth {
  /** The member's id, unique in the team (not blank). */
  readonly id: string;
  /** What happened in the member's month (as {@link scoreMonth} reads it); absent is a plain month. */
  readonly month?: AppraisalMonth;
  /** When the member joined; with the team's `period` it gives the month of employment. */
  readonly hiredOn?: Instant;
  /** The month of employment (the month of joining is 1), when given directly instead of `hiredOn`. */
  readonly employmentMonth?: number;
  /** The member's previous month, for the last-place-twice ground of termination. */
  readonly previousMonth?: PreviousMonthStanding;
}

/** The input of {@link appraiseMonth}: the team's members and, when hire dates are given, the month appraised. */
export interface TeamMonth {
  /** The appraised month, `'YYYY-MM'`; needed when a member gives `hiredOn`. */
  readonly period?: string;
  /** The members of the team, in any order. */
  readonly members: readonly TeamMemberMonth[];
}

/** One member's result within {@link AppraiseMonthResult}. */
export interface TeamMemberAppraisal {
  /** The member's id. */
  readonly id: string;
  /** The month's score (capped). */
  readonly score: number;
  /** The grade of the score. */
  readonly grade: AppraisalGrade | null;
  /** Competition rank by score: 1 for the highest; members with equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  /** Whether the member is last of the team this month (see {@link appraiseMonth} for ties). */
  readonly lastPlace: boolean;
  /** The month of employment, or `null` when neither `hiredOn` nor `employmentMonth` was given. */
  readonly employmentMonth: number | null;
  /** The full scoring of the month ({@link scoreMonth}). */
  readonly month: ScoreMonthResult;
  /** The pay float ({@link payFloat}). */
  readonly pay: PayFloatResult;
  /** The termination right and its grounds ({@link terminationEligibility}). */
  readonly termination: TerminationEligibilityResult;
}

/** The answer of {@link appraiseMonth}. */
export type AppraiseMonthResult = Decision<{
  /** One result per member, in input order. */
  members: readonly TeamMemberAppraisal[];
  /** Member ids from the highest score to the lowest; equal scores keep input order. */
  ranking: readonly string[];
  /** The ids of the members in last place (all who share the lowest score; none when all scores are equal). */
  lastPlace: readonly string[];
}>;

const TEAM_KEYS = ['period', 'members'] as const;
const MEMBER_KEYS = ['id', 'month', 'hiredOn', 'employmentMonth', 'previousMonth'] as const;
const FN = 'appraiseMonth';

/**
 * Appraises a whole team's month in one call: each member's score ({@link scoreMonth}), grade, rank,
 * last place, pay float ({@link payFloat}, none in the first two months of employment) and termination
 * grounds ({@link terminationEligibility}). Members are ranked by their (capped) score. Last place is
 * the lowest score of the team: every member who shares it is last (a tie does not excuse anyone), but
 * when every member has the same score, a team of one included, nobody is last, because nobody did
 * worse than a colleague.
 *
 * @param team - The members (id, month, hire date or month of employment, previous month) and the period.
 * @param options - `policy` for a company's own appraisal rules.
 * @returns Per-member results in input order, the ranking and the ids in last place.
 * @throws {@link InvalidInputError} When a member's month is invalid (as in {@link scoreMonth}, with the
 * path under `members[i].month`), an id is blank or repeated (`duplicate_id`), `hiredOn` is given
 * without `period` (`missing`), `hiredOn` and `employmentMonth` disagree (`mismatch`), or a field is unknown.
 * @see RULES `appraisal.termination`, `appraisal.grade`, `appraisal.pay-float`; CR 篇1 一.3, 四.
 *
 * @example
 * ```ts
 * import { appraiseMonth } from 'wuye-rules/appraisal';
 * const team = appraiseMonth({
 *   members: [
 *     { id: 'li', month: { bonuses: [{ item: 'cover-shift' }] } },
 *     { id: 'wang', month: { deductions: [{ item: 'absenteeism' }] }, previousMonth: { score: 66, lastPlace: true } },
 *     { id: 'zhao', employmentMonth: 2, month: { deductions: [{ item: 'no-mandarin' }] } },
 *   ],
 * });
 * team.ranking;
 * //=> ['li', 'zhao', 'wang']
 * team.members.map((member) => [member.id, member.score, member.grade, member.pay.amountYuan, member.termination.eligible]);
 * //=> [['li', 85, 'B', 50, false], ['wang', 60, 'E', -200, true], ['zhao', 78, 'C', 0, false]]
 * ```
 */
export function appraiseMonth(team: TeamMonth, options?: RuleOptions): AppraiseMonthResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'appraiseMonth');
  options = ruleOptions(options, 'appraiseMonth');
  const policy = _appraisalPolicyOf(options);
  const record = requireObject(team, FN, [], TEAM_KEYS);
  const periodIndex = record.period === undefined ? null : _monthIndexOfPeriod(record.period, FN, ['period']);
  const members = requireArray(record.members, FN, ['members']);

  const seen = new Set<string>();
  const scored = members.map((value, index) => {
    const path = ['members', index] as const;
    const member = requireObject(value, FN, path, MEMBER_KEYS);
    const id = requireString(member.id, FN, [...path, 'id']);
    if (id.trim() === '') throw invalid(FN, [...path, 'id'], 'missing', 'a non-blank id', member.id);
    if (seen.has(id)) throw invalid(FN, [...path, 'id'], 'duplicate_id', 'an id no other member has', member.id);
    seen.add(id);

    let employment: number | null = null;
    if (member.employmentMonth !== undefined) {
      employment = requirePositiveInteger(member.employmentMonth, FN, [...path, 'employmentMonth']);
    }
    if (member.hiredOn !== undefined) {
      const hiredMs = toEpochMs(member.hiredOn, FN, [...path, 'hiredOn']);
      if (periodIndex === null) throw invalid(FN, ['period'], 'missing', 'the appraised month "YYYY-MM" (a member gives hiredOn)', record.period);
      const fromHire = _employmentMonthOf(hiredMs, periodIndex, member.hiredOn, FN, [...path, 'hiredOn'], `an instant not after the appraised month (${String(record.period)})`);
      if (employment !== null && employment !== fromHire) {
        throw invalid(FN, [...path, 'employmentMonth'], 'mismatch', `${fromHire} (the month of employment hiredOn gives)`, member.employmentMonth);
      }
      employment = fromHire;
    }
    const month = _scoreMonthOf(member.month === undefined ? {} : member.month, policy, FN, [...path, 'month']);
    return { id, index, member, employment, month };
  });

  // One sort gives the ranking, each member's competition rank and the lowest and highest scores: the
  // team is read in O(n log n), with no spread of its scores into a call (which overflows the stack).
  const order = [...scored].sort((a, b) => b.month.score - a.month.score || a.index - b.index);
  const ranks = new Array<number>(scored.length);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    ranks[entry.index] = previous !== undefined && previous.month.score === entry.month.score ? (ranks[previous.index] as number) : position + 1;
  });
  const highest = order[0]?.month.score ?? 0;
  const lowest = order.at(-1)?.month.score ?? 0;

  const results = scored.map(({ id, index, member, employment, month }): TeamMemberAppraisal => {
    const lastPlace = month.score === lowest && lowest < highest;
    const termination = _terminationOf(
      { score: month.score, lastPlace, previousMonth: member.previousMonth, dismissalOffense: month.dismissalOffense },
      policy,
      FN,
      ['members', index],
    );
    return Object.freeze({
      id,
      score: month.score,
      grade: month.grade,
      rank: ranks[index] as number,
      lastPlace,
      employmentMonth: employment,
      month,
      pay: _payFloatOf(month.score, employment, policy),
      termination,
    });
  });

  return freezeDecision(
    {
      members: Object.freeze(results),
      ranking: Object.freeze(order.map((entry) => entry.id)),
      lastPlace: Object.freeze(results.filter((entry) => entry.lastPlace).map((entry) => entry.id)),
    },
    ['appraisal.termination.ranking'],
  );
}
