import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { resultDate, shanghaiDayOf, startOfShanghaiDay, toEpochMs, weekdayOfDay, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireCount, requireObject, requireString, refuseExtraArguments } from '../core/validate.js';
import { defaultWeeklyReportPolicy } from './deskPolicy.js';

/** A week's report, the input of {@link weeklyReportCheck}. */
export interface WeeklyReportInput {
  /** Any instant of the week (Monday to Sunday, Asia/Shanghai) the report is for. */
  readonly weekOf: Instant;
  /** When the report was sent; absent when it was not sent. */
  readonly submittedAt?: Instant;
  /** The report's text, to count its characters; or give `characters` instead. */
  readonly content?: string;
  /** The report's characters (Unicode code points, whitespace not counted), when the text is not given. */
  readonly characters?: number;
}

/** The answer of {@link weeklyReportCheck}. */
export type WeeklyReportCheckResult = Decision<{
  /** Saturday 17:00 (Asia/Shanghai) of the week, or the policy's day and time: the report is on time when sent at or before it. */
  dueAt: Date;
  /** Whether the report was sent at all. */
  submitted: boolean;
  /** Whether it was sent by `dueAt` (inclusive); false when not sent. */
  onTime: boolean;
  /** Its characters (code points, whitespace not counted); `null` when not sent. */
  characters: number | null;
  /** Whether it has at least 200 characters (the policy's `desk.weeklyReport.minimumCharacters`); false when not sent. */
  longEnough: boolean;
  /** Whether the report counts: sent on time and long enough. A late or short report is a missing one. */
  counts: boolean;
}>;

const FN = 'weeklyReportCheck';
const KEYS = ['weekOf', 'submittedAt', 'content', 'characters'] as const;
const BASIS: readonly RuleId[] = ['desk.weekly-report'];
const WHITESPACE = /\s/u;

/** Counts Unicode code points that are not whitespace (a surrogate pair is one character). */
function countCharacters(text: string): number {
  let count = 0;
  for (const character of text) if (!WHITESPACE.test(character)) count += 1;
  return count;
}

/**
 * Checks a front-desk employee's weekly summary (CR 篇2 第3条): it is due by 17:00 of the week's
 * Saturday (Asia/Shanghai, 17:00 itself on time) and must have at least 200 characters, counted as
 * Unicode code points without whitespace (汉字, letters, digits and punctuation each count one). A
 * late or short report counts as missing, which is what {@link deskFine}'s `'weekly-report'` ladder
 * fines.
 *
 * @param report - The week (any instant in it), and when sent, the send time and the text or its character count.
 * @param options - `policy` for another day, time or length (`desk.weeklyReport`: weekday 0 Sunday … 6
 * Saturday, minute after 00:00, minimumCharacters).
 * @returns The deadline, whether the report was sent, on time and long enough, and whether it counts.
 * @throws {@link InvalidInputError} When an instant is invalid, a field or an option is unknown (`unknown_key`), a sent
 * report has neither or both of `content` and `characters` (`missing`, `not_allowed`), text is given for a
 * report not sent (`not_allowed`), `characters` is not a whole number ≥ 0, or the week's deadline would lie
 * outside the years 0000–9999 (+08:00) (`out_of_range` at `weekOf`).
 * @see RULES `desk.weekly-report`; CR 篇2 第3条.
 *
 * @example
 * ```ts
 * import { weeklyReportCheck } from 'wuye-rules/desk';
 * import { definePolicy } from 'wuye-rules/policy';
 * const week = '2026-03-02T09:00:00+08:00'; // Monday; the report is due Saturday 7 March, 17:00
 * weeklyReportCheck({ weekOf: week, submittedAt: '2026-03-07T17:00:00+08:00', characters: 200 }).counts;
 * //=> true
 * weeklyReportCheck({ weekOf: week, submittedAt: '2026-03-07T17:00:01+08:00', characters: 480 }).onTime;
 * //=> false
 * weeklyReportCheck({ weekOf: week, submittedAt: '2026-03-06T20:00:00+08:00', content: '本周处理报修12单。 下周改进回访。' });
 * //=> { dueAt: new Date('2026-03-07T17:00:00+08:00'), submitted: true, onTime: true, characters: 17, longEnough: false, counts: false, basis: ['desk.weekly-report'] }
 * const policy = definePolicy({ desk: { weeklyReport: { weekday: 5, minute: 1080 } } }); // due Friday 18:00
 * weeklyReportCheck({ weekOf: week, submittedAt: '2026-03-06T18:00:00+08:00', characters: 200 }, { policy }).dueAt;
 * //=> new Date('2026-03-06T18:00:00+08:00')
 * ```
 */
export function weeklyReportCheck(report: WeeklyReportInput, options?: RuleOptions): WeeklyReportCheckResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'weeklyReportCheck');
  options = ruleOptions(options, FN);
  const weeklyReport = options?.policy?.desk.weeklyReport ?? defaultWeeklyReportPolicy;
  const record = requireObject(report, FN, [], KEYS);
  const day = shanghaiDayOf(toEpochMs(record.weekOf, FN, ['weekOf']));
  // Monday of the week, then its day of the report (Sunday, weekday 0, ends the week).
  const monday = day - ((weekdayOfDay(day) + 6) % 7);
  const dueMs = startOfShanghaiDay(monday + ((weeklyReport.weekday + 6) % 7)) + weeklyReport.minute * 60_000;
  // A week whose day of the report falls past 9999-12-31 (or before 0000-01-01), +08:00, is refused on weekOf.
  const dueAt = resultDate(dueMs, FN, ['weekOf'], record.weekOf);
  if (record.submittedAt === undefined) {
    for (const key of ['content', 'characters'] as const) {
      if (record[key] !== undefined) throw invalid(FN, [key], 'not_allowed', 'absent for a report that was not sent (no submittedAt)', record[key]);
    }
    return freezeDecision({ dueAt, submitted: false, onTime: false, characters: null, longEnough: false, counts: false }, BASIS);
  }
  const submittedMs = toEpochMs(record.submittedAt, FN, ['submittedAt']);
  if (record.content !== undefined && record.characters !== undefined) {
    throw invalid(FN, ['characters'], 'not_allowed', 'absent when content is given (one or the other)', record.characters);
  }
  let characters: number;
  if (record.content !== undefined) characters = countCharacters(requireString(record.content, FN, ['content']));
  else if (record.characters !== undefined) characters = requireCount(record.characters, FN, ['characters']);
  else throw invalid(FN, ['content'], 'missing', 'the report\'s text (content) or its character count (characters)', undefined);
  const onTime = submittedMs <= dueMs;
  const longEnough = characters >= weeklyReport.minimumCharacters;
  return freezeDecision({ dueAt, submitted: true, onTime, characters, longEnough, counts: onTime && longEnough }, BASIS);
}
