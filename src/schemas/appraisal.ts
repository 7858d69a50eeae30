import { z } from 'zod';
import { defaultAppraisalPolicy, MONTHLY_BONUS_ITEMS, type AppraisalItem, type BonusItem, type ViolationItem } from '../appraisal/appraisalPolicy.js';
import { MOST_POINTS, MOST_POINTS_EXPECTATION } from '../appraisal/_shared.js';
import type { appraiseMonth, TeamMonth } from '../appraisal/appraiseMonth.js';
import type { emergencyOverrunDeduction } from '../appraisal/emergencyOverrunDeduction.js';
import type { employmentMonth } from '../appraisal/employmentMonth.js';
import type { gradeForScore } from '../appraisal/gradeForScore.js';
import type { payFloat, PayFloatOptions } from '../appraisal/payFloat.js';
import type { AppraisalMonth, scoreMonth } from '../appraisal/scoreMonth.js';
import type { TerminationFacts, terminationEligibility } from '../appraisal/terminationEligibility.js';
import type { Instant } from '../core/instant.js';
import { civilDateOfDay } from '../core/instant.js';
import { instantMsOrNull } from './_instantMs.js';
import { fieldsOf, instantSchema } from './common.js';
import { readable } from './_unreadable.js';
import { BONUS_ITEMS, VIOLATION_ITEMS } from './policy/appraisal.js';

export { appraisalItemSchema, appraisalPolicySchema } from './policy/appraisal.js';

/**
 * A bonus item id (`BonusItem`).
 *
 * @example
 * ```ts
 * import { bonusItemSchema } from 'wuye-rules/schemas';
 * // absenteeism is a violation, not a bonus.
 * [bonusItemSchema.safeParse('cover-shift').success, bonusItemSchema.safeParse('absenteeism').success];
 * //=> [true, false]
 * bonusItemSchema.options.length;
 * //=> 6
 * ```
 */
export const bonusItemSchema: z.ZodEnum<z.core.util.ToEnum<BonusItem>> = z.enum(BONUS_ITEMS).meta({ title: 'BonusItem', description: '加分项目编号。 A bonus item id.' });

/**
 * A violation item id (`ViolationItem`): minor, moderate, severe and immediate-dismissal items.
 *
 * @example
 * ```ts
 * import { violationItemSchema } from 'wuye-rules/schemas';
 * [violationItemSchema.safeParse('late-or-early-leave').success, violationItemSchema.safeParse('sleeping-on-duty').success];
 * //=> [true, true]
 * violationItemSchema.safeParse('top-performer').success;
 * //=> false
 * ```
 */
export const violationItemSchema: z.ZodEnum<z.core.util.ToEnum<ViolationItem>> = z
  .enum(VIOLATION_ITEMS)
  .meta({ title: 'ViolationItem', description: '违规项目编号（轻度、中度、重度、直接辞退）。 A violation item id (minor, moderate, severe, dismissal).' });

// ---- Inputs of the public functions --------------------------------------------------------------

const scoreSchema = z.number().meta({ title: 'Score', description: '考核分（有限数）。 An appraisal score (a finite number).' });
const timesSchema = z.number().int().nonnegative();
const MONTHLY_ITEMS: ReadonlySet<string> = /* @__PURE__ */ new Set(MONTHLY_BONUS_ITEMS);
const EXAM_ITEMS: ReadonlySet<string> = new Set(['exam-full-marks', 'exam-below-60']);
const defaultItems: ReadonlyMap<string, AppraisalItem> = new Map(defaultAppraisalPolicy.items.map((item) => [item.id, item]));

/**
 * The score argument of {@link gradeForScore}.
 *
 * @example
 * ```ts
 * import { gradeForScoreInputSchema } from 'wuye-rules/schemas';
 * [gradeForScoreInputSchema.safeParse(90.5).success, gradeForScoreInputSchema.safeParse(59).success];
 * //=> [true, true]
 * [gradeForScoreInputSchema.safeParse('90').success, gradeForScoreInputSchema.safeParse(Number.NaN).success];
 * //=> [false, false]
 * ```
 */
export const gradeForScoreInputSchema: z.ZodType<number> = scoreSchema.meta({ title: 'gradeForScore input', description: '当月考核分。 The month\'s score.' });

/**
 * The score argument of {@link payFloat}.
 *
 * @example
 * ```ts
 * import { payFloatInputSchema } from 'wuye-rules/schemas';
 * // A score above the cap is still a score (the float is clamped); one that is not finite is not.
 * [payFloatInputSchema.safeParse(112).success, payFloatInputSchema.safeParse(Number.POSITIVE_INFINITY).success];
 * //=> [true, false]
 * payFloatInputSchema.safeParse('91').success;
 * //=> false
 * ```
 */
export const payFloatInputSchema: z.ZodType<number> = scoreSchema.meta({ title: 'payFloat input', description: '当月考核分。 The month\'s score.' });

/**
 * The arguments of {@link payFloat} as a payload holds them: the month's score and, optionally, the
 * month of employment. A policy or a calendar is no JSON value (the command line and the service take
 * them from `--policy` and `--calendar`), so the schema's options hold the month alone.
 */
export type PayFloatArgs = [score: number, options?: Pick<PayFloatOptions, 'employmentMonth'>];

/**
 * The arguments of {@link payFloat}: the score and the optional month of employment.
 *
 * @example
 * ```ts
 * import { payFloatArgsSchema } from 'wuye-rules/schemas';
 * [payFloatArgsSchema.safeParse([91]).success, payFloatArgsSchema.safeParse([95, { employmentMonth: 2 }]).success];
 * //=> [true, true]
 * payFloatArgsSchema.safeParse([95, { employmentMonth: 0 }]).error?.issues[0]?.path;
 * //=> [1, 'employmentMonth']
 * payFloatArgsSchema.safeParse([95, { month: 2 }]).error?.issues[0]?.code;
 * //=> 'unrecognized_keys'
 * ```
 */
export const payFloatArgsSchema: z.ZodType<PayFloatArgs> = readable(z
  .tuple([payFloatInputSchema, fieldsOf(z.strictObject({ employmentMonth: z.number().int().min(1).optional() })).optional()])
  .meta({ title: 'payFloat arguments', description: '考核分与入职第几个月。 The score and the month of employment.' }));

/**
 * The argument of {@link emergencyOverrunDeduction}: minutes past the process time.
 *
 * @example
 * ```ts
 * import { emergencyOverrunDeductionInputSchema } from 'wuye-rules/schemas';
 * // Finished early: 0 minutes or less is no overrun, and no error.
 * [emergencyOverrunDeductionInputSchema.safeParse(10.5).success, emergencyOverrunDeductionInputSchema.safeParse(-3).success];
 * //=> [true, true]
 * emergencyOverrunDeductionInputSchema.safeParse('10 min').success;
 * //=> false
 * ```
 */
export const emergencyOverrunDeductionInputSchema: z.ZodType<number> = z
  .number()
  .meta({ title: 'emergencyOverrunDeduction input', description: '超出流程控制时间的分钟数（0或以下为未超时）。 Minutes past the process time (0 or less: none).' });

/** The adjustment of a month: whole points from −5 to +5 and a non-blank reason. */
const adjustmentSchema = fieldsOf(
  z.strictObject({
    points: z.number().int().min(defaultAppraisalPolicy.adjustment.min).max(defaultAppraisalPolicy.adjustment.max),
    reason: z.string().regex(/\S/, { message: 'must not be blank' }),
  }),
);


// Whether an entry's points are not whole points within its item's range (an item with a range only).
function outsideRange(item: AppraisalItem, points: number | undefined): boolean {
  return item.range !== undefined && (points === undefined || !Number.isInteger(points) || points < item.range.min || points > item.range.max);
}

/**
 * The input of {@link scoreMonth}. Points are checked against the default item table.
 *
 * @example
 * ```ts
 * import { scoreMonthInputSchema } from 'wuye-rules/schemas';
 * // late-or-early-leave is scored 2 to 5 points.
 * scoreMonthInputSchema.safeParse({ bonuses: [{ item: 'cover-shift', times: 2 }], deductions: [{ item: 'late-or-early-leave', points: 3 }] }).success;
 * //=> true
 * scoreMonthInputSchema.safeParse({ deductions: [{ item: 'late-or-early-leave', points: 6 }] }).error?.issues[0]?.path;
 * //=> ['deductions', 0, 'points']
 * scoreMonthInputSchema.safeParse({ examScore: 100, bonuses: [{ item: 'exam-full-marks' }] }).error?.issues[0]?.message;
 * //=> 'exam-full-marks is derived from examScore; give one or the other'
 * ```
 */
export const scoreMonthInputSchema: z.ZodType<AppraisalMonth> = fieldsOf(
  z
    .strictObject({
      bonuses: z.array(fieldsOf(z.strictObject({ item: bonusItemSchema, times: timesSchema.optional(), points: z.number().optional() }))).optional(),
      deductions: z.array(fieldsOf(z.strictObject({ item: violationItemSchema, times: timesSchema.optional(), points: z.number().optional() }))).optional(),
      emergencyOverrunMinutes: z.array(z.number()).optional(),
      adjustment: adjustmentSchema.optional(),
      examScore: z.number().min(0).max(defaultAppraisalPolicy.exam.fullMarks).optional(),
    })
    .superRefine((month, context) => {
      // Monthly statuses at most once; the exam items only when no examScore is given (RULES appraisal.bonus, appraisal.exam).
      const monthlyTimes = new Map<string, number>();
      (month.bonuses ?? []).forEach((entry, index) => {
        if (month.examScore !== undefined && EXAM_ITEMS.has(entry.item)) {
          context.addIssue({ code: 'custom', path: ['bonuses', index, 'item'], message: `${entry.item} is derived from examScore; give one or the other` });
        }
        if (!MONTHLY_ITEMS.has(entry.item)) return;
        const total = (monthlyTimes.get(entry.item) ?? 0) + (entry.times ?? 1);
        monthlyTimes.set(entry.item, total);
        if (total > 1) context.addIssue({ code: 'custom', path: ['bonuses', index, 'times'], message: `${entry.item} is a status of the month: at most once a month` });
      });
      (month.deductions ?? []).forEach((entry, index) => {
        if (month.examScore !== undefined && EXAM_ITEMS.has(entry.item)) {
          context.addIssue({ code: 'custom', path: ['deductions', index, 'item'], message: `${entry.item} is derived from examScore; give one or the other` });
        }
      });
      // The points each list claims (dismissal items have none), at most MOST_POINTS, as scoreMonth counts them.
      for (const list of ['bonuses', 'deductions'] as const) {
        let total = 0;
        for (const [index, entry] of (month[list] ?? []).entries()) {
          const item = defaultItems.get(entry.item) as AppraisalItem;
          const times = entry.times ?? 1;
          const { points } = entry;
          // Points outside the item's range are refused at points (below), as scoreMonth refuses them first.
          if (outsideRange(item, points)) continue;
          total += (item.range === undefined ? (item.points ?? 0) : (points as number)) * times;
          if (times > 0 && total > MOST_POINTS) {
            context.addIssue({ code: 'custom', path: [list, index, 'times'], message: MOST_POINTS_EXPECTATION });
            break;
          }
        }
      }
      const entries = [
        ...(month.bonuses ?? []).map((entry, index) => ({ entry, path: ['bonuses', index, 'points'] })),
        ...(month.deductions ?? []).map((entry, index) => ({ entry, path: ['deductions', index, 'points'] })),
      ];
      for (const { entry, path } of entries) {
        const item = defaultItems.get(entry.item) as AppraisalItem;
        const { points } = entry;
        if (item.range !== undefined) {
          if (outsideRange(item, points)) context.addIssue({ code: 'custom', path, message: `${item.id} needs whole points from ${item.range.min} to ${item.range.max}` });
        } else if (points !== undefined && points !== item.points) {
          context.addIssue({
            code: 'custom',
            path,
            message: item.points === undefined ? `${item.id} takes no points` : `${item.id} is fixed at ${item.points} points`,
          });
        }
      }
    })
    .meta({
      title: 'scoreMonth input',
      description: '员工当月的加分、扣分、突发事件超时、额外奖惩与考试分数。 An employee\'s month: bonuses, deductions, emergency overruns, the adjustment and the exam score.',
    }),
);

const previousMonthSchema = fieldsOf(z.strictObject({ score: z.number(), lastPlace: z.boolean() }));

/**
 * The input of {@link terminationEligibility}.
 *
 * @example
 * ```ts
 * import { terminationEligibilityInputSchema } from 'wuye-rules/schemas';
 * terminationEligibilityInputSchema.safeParse({ score: 68, lastPlace: true, previousMonth: { score: 69, lastPlace: true } }).success;
 * //=> true
 * terminationEligibilityInputSchema.safeParse({ score: 68, previousMonth: { score: 69 } }).error?.issues[0]?.path;
 * //=> ['previousMonth', 'lastPlace']
 * ```
 */
export const terminationEligibilityInputSchema: z.ZodType<TerminationFacts> = fieldsOf(
  z
    .strictObject({
      score: z.number(),
      lastPlace: z.boolean().optional(),
      previousMonth: previousMonthSchema.optional(),
      dismissalOffense: z.boolean().optional(),
    })
    .meta({
      title: 'terminationEligibility input',
      description: '当月与上月的考核分、是否末位，以及是否有直接辞退情形。 This and last month\'s score and standing, and whether a dismissal offense occurred.',
    }),
);

const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ title: 'Period', description: '考核月份，格式 YYYY-MM。 The appraised month, YYYY-MM.' });

/**
 * The first argument of {@link employmentMonth}: when the employee joined.
 *
 * @example
 * ```ts
 * import { employmentMonthInputSchema } from 'wuye-rules/schemas';
 * [employmentMonthInputSchema.safeParse('2026-03-31').success, employmentMonthInputSchema.safeParse('2025-11-15T09:00:00+08:00').success];
 * //=> [true, true]
 * employmentMonthInputSchema.safeParse('2026-03-32').success;
 * //=> false
 * ```
 */
export const employmentMonthInputSchema: z.ZodType<Instant> = instantSchema.meta({ title: 'employmentMonth input', description: '入职时间。 When the employee joined.' });

/** The arguments of {@link employmentMonth}: when the employee joined and the appraised month `'YYYY-MM'`. */
export type EmploymentMonthArgs = [hiredOn: Instant, period: string];

/**
 * The arguments of {@link employmentMonth}: the hire instant and the period `'YYYY-MM'`.
 *
 * @example
 * ```ts
 * import { employmentMonthArgsSchema } from 'wuye-rules/schemas';
 * // Hired at 00:30 on 1 April, Shanghai time: March is before the month of hiring.
 * employmentMonthArgsSchema.safeParse(['2026-03-31T16:30:00Z', '2026-03']).error?.issues[0]?.message;
 * //=> 'the period must not be before the month of hiring'
 * employmentMonthArgsSchema.safeParse(['2025-11-15T09:00:00+08:00', '2026-01']).success;
 * //=> true
 * employmentMonthArgsSchema.safeParse(['2026-03-31', '2026-3']).error?.issues[0]?.path;
 * //=> [1]
 * ```
 */
export const employmentMonthArgsSchema: z.ZodType<EmploymentMonthArgs> = readable(z
  .tuple([employmentMonthInputSchema, periodSchema])
  .refine(
    ([hiredOn, period]) => {
      const hired = instantMsOrNull(hiredOn);
      if (hired === null) return true;
      const day = civilDateOfDay(Math.floor((hired + 28_800_000) / 86_400_000));
      return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) >= day.year * 12 + day.month;
    },
    { message: 'the period must not be before the month of hiring', path: [1] },
  )
  .meta({ title: 'employmentMonth arguments', description: '入职时间与考核月份。 The hire instant and the appraised month.' }));

/**
 * The input of {@link appraiseMonth}: the team's members and the period.
 *
 * @example
 * ```ts
 * import { appraiseMonthInputSchema } from 'wuye-rules/schemas';
 * const members = [
 *   { id: 'li', month: { bonuses: [{ item: 'cover-shift' }] } },
 *   { id: 'wang', month: { deductions: [{ item: 'absenteeism' }] }, previousMonth: { score: 66, lastPlace: true } },
 * ];
 * appraiseMonthInputSchema.safeParse({ members }).success;
 * //=> true
 * appraiseMonthInputSchema.safeParse({ members: [...members, { id: 'li' }] }).error?.issues[0];
 * //=> { code: 'custom', path: ['members', 2, 'id'], message: 'member ids must be unique' }
 * appraiseMonthInputSchema.safeParse({ members: [{ id: 'zhao', hiredOn: '2026-02-10' }] }).error?.issues[0]?.path;
 * //=> ['period']
 * ```
 */
export const appraiseMonthInputSchema: z.ZodType<TeamMonth> = fieldsOf(
  z
    .strictObject({
      period: periodSchema.optional(),
      members: z.array(
        fieldsOf(
          z.strictObject({
            id: z.string().regex(/\S/, { message: 'must not be blank' }),
            month: scoreMonthInputSchema.optional(),
            hiredOn: instantSchema.optional(),
            employmentMonth: z.number().int().min(1).optional(),
            previousMonth: previousMonthSchema.optional(),
          }),
        ),
      ),
    })
    // A member id given again is refused at that member's id, as appraiseMonth refuses it.
    .superRefine((team, context) => {
      const ids = new Set<string>();
      team.members.forEach((member, index) => {
        if (ids.has(member.id)) context.addIssue({ code: 'custom', path: ['members', index, 'id'], message: 'member ids must be unique' });
        ids.add(member.id);
      });
    })
    .refine((team) => team.period !== undefined || team.members.every((member) => member.hiredOn === undefined), {
      message: 'period is required when a member gives hiredOn',
      path: ['period'],
    })
    .superRefine((team, context) => {
      // The month of employment hiredOn gives (the month of joining is 1): not before joining, and equal
      // to employmentMonth when both are given.
      if (team.period === undefined) return;
      const period = Number(team.period.slice(0, 4)) * 12 + Number(team.period.slice(5, 7));
      team.members.forEach((member, index) => {
        const hired = member.hiredOn === undefined ? null : instantMsOrNull(member.hiredOn);
        if (hired === null) return;
        const day = civilDateOfDay(Math.floor((hired + 28_800_000) / 86_400_000));
        const month = period - (day.year * 12 + day.month) + 1;
        if (month < 1) context.addIssue({ code: 'custom', path: ['members', index, 'hiredOn'], message: 'must not be after the appraised month' });
        else if (member.employmentMonth !== undefined && member.employmentMonth !== month) {
          context.addIssue({ code: 'custom', path: ['members', index, 'employmentMonth'], message: `must be ${month}, the month of employment hiredOn gives` });
        }
      });
    })
    .meta({
      title: 'appraiseMonth input',
      description: '团队当月的考核输入：成员、各自的当月情况、入职信息与上月排名。 A team\'s month: members, their months, employment and last month\'s standing.',
    }),
);
