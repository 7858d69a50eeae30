import { z } from 'zod';
import { defaultAppraisalPolicy, type AppraisalItem } from '../appraisal/appraisalPolicy.js';
import { boundSchema, instantSchema, yuanSchema } from './common.js';

// The item ids of API.md § appraisal, in the order of CR 篇1.
const BONUS_ITEMS = ['top-performer', 'exam-full-marks', 'cover-shift', 'extra-assignment', 'zero-valid-complaints', 'adopted-suggestion'] as const;
const VIOLATION_ITEMS = [
  'no-mandarin', 'messy-desk', 'cleaning-skipped', 'late-or-early-leave', 'handover-records', 'slow-appeal-reply', 'left-post',
  'ineffective-work', 'off-topic-chat', 'loud-noise', 'eating-smoking', 'data-entry-error', 'spot-check-error',
  'films-or-games', 'inflated-records', 'unreported-anomaly', 'unapproved-software', 'skipped-records', 'missed-meeting', 'exam-below-60',
  'absenteeism', 'customer-conflict', 'outsider-in-work-area', 'equipment-removed',
  'sleeping-on-duty', 'phone-off-hook', 'cliques', 'abuse-of-power',
] as const;
const KINDS = ['bonus', 'minor', 'moderate', 'severe', 'dismissal'] as const;
const RULE_OF_KIND = {
  bonus: 'appraisal.bonus',
  minor: 'appraisal.minor',
  moderate: 'appraisal.moderate',
  severe: 'appraisal.severe',
  dismissal: 'appraisal.dismissal-offense',
} as const;

/** A bonus item id (`BonusItem`). */
export const bonusItemSchema = z.enum(BONUS_ITEMS).meta({ title: 'BonusItem', description: '加分项目编号。 A bonus item id.' });

/** A violation item id (`ViolationItem`): minor, moderate, severe and immediate-dismissal items. */
export const violationItemSchema = z
  .enum(VIOLATION_ITEMS)
  .meta({ title: 'ViolationItem', description: '违规项目编号（轻度、中度、重度、直接辞退）。 A violation item id (minor, moderate, severe, dismissal).' });

const pointsSchema = z.number().int().nonnegative();
const bonusIds: ReadonlySet<string> = new Set(BONUS_ITEMS);

/** One row of the appraisal item table (`AppraisalItem`). */
export const appraisalItemSchema = z
  .strictObject({
    id: z.enum([...BONUS_ITEMS, ...VIOLATION_ITEMS]),
    kind: z.enum(KINDS),
    points: pointsSchema.optional(),
    range: z
      .strictObject({ min: pointsSchema, max: pointsSchema })
      .refine((range) => range.min <= range.max, { message: 'range.min must not exceed range.max' })
      .optional(),
    ruleId: z.enum(['appraisal.bonus', 'appraisal.minor', 'appraisal.moderate', 'appraisal.severe', 'appraisal.dismissal-offense']),
  })
  .superRefine((item, context) => {
    if (bonusIds.has(item.id) !== (item.kind === 'bonus')) {
      context.addIssue({ code: 'custom', path: ['kind'], message: `must be "bonus" exactly when ${item.id} is a bonus item` });
    }
    if (item.ruleId !== RULE_OF_KIND[item.kind]) {
      context.addIssue({ code: 'custom', path: ['ruleId'], message: `must be "${RULE_OF_KIND[item.kind]}" for a ${item.kind} item` });
    }
    const given = (item.points === undefined ? 0 : 1) + (item.range === undefined ? 0 : 1);
    if (item.kind === 'dismissal' ? given !== 0 : given !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['points'],
        message: item.kind === 'dismissal' ? 'a dismissal item has neither points nor range' : 'an item has either points or range, not both or neither',
      });
    }
  });

/** Whether each threshold value is strictly above (`descending`) or below the one before it. */
function strictlyOrdered(values: readonly number[], descending: boolean): boolean {
  return values.every((value, index) => index === 0 || (descending ? value < (values[index - 1] as number) : value > (values[index - 1] as number)));
}

/** The `appraisal` section of {@link Policy} (RULES §3). */
export const appraisalPolicySchema = z
  .strictObject({
    base: z.number().int(),
    cap: z.number().int(),
    items: z
      .array(appraisalItemSchema)
      .refine((items) => new Set(items.map((item) => item.id)).size === items.length, { message: 'item ids must be unique' }),
    emergencyOverrunTiers: z
      .array(z.strictObject({ severity: z.enum(['minor', 'moderate', 'severe']), over: boundSchema, points: pointsSchema }))
      .min(1)
      .refine((tiers) => strictlyOrdered(tiers.map((tier) => tier.over.value), false), { message: 'tiers must be listed lowest first, with increasing bounds' }),
    escalation: z.strictObject({ points: pointsSchema, moderate: boundSchema, minor: boundSchema }),
    escalationCountsBy: z.enum(['clauses', 'occurrences']),
    adjustment: z.strictObject({ min: z.number().int().nonpositive(), max: z.number().int().nonnegative() }),
    grades: z
      .array(z.strictObject({ grade: z.enum(['A', 'B', 'C', 'D', 'E']), from: boundSchema }))
      .refine((bands) => new Set(bands.map((band) => band.grade)).size === bands.length, { message: 'each grade may appear once' })
      .refine((bands) => strictlyOrdered(bands.map((band) => band.from.value), true), { message: 'grade bands must be listed highest first' }),
    payFloat: z.strictObject({
      standardScore: z.number(),
      yuanPerPoint: yuanSchema,
      limitYuan: yuanSchema,
      firstFloatingMonth: z.number().int().min(1),
    }),
    termination: z.strictObject({ lowScore: boundSchema, lastPlaceScore: boundSchema }),
  })
  .refine((policy) => policy.cap >= policy.base, { message: 'cap must not be below base', path: ['cap'] });

// ---- Inputs of the public functions --------------------------------------------------------------

const scoreSchema = z.number().meta({ title: 'Score', description: '考核分（有限数）。 An appraisal score (a finite number).' });
const timesSchema = z.number().int().nonnegative();
const defaultItems: ReadonlyMap<string, AppraisalItem> = new Map(defaultAppraisalPolicy.items.map((item) => [item.id, item]));

/** The score argument of {@link gradeForScore}. */
export const gradeForScoreInputSchema = scoreSchema.meta({ title: 'gradeForScore input', description: '当月考核分。 The month\'s score.' });

/** The score argument of {@link payFloat}. */
export const payFloatInputSchema = scoreSchema.meta({ title: 'payFloat input', description: '当月考核分。 The month\'s score.' });

/** The arguments of {@link payFloat}: the score and the optional month of employment. */
export const payFloatArgsSchema = z
  .tuple([payFloatInputSchema, z.strictObject({ employmentMonth: z.number().int().min(1).optional() }).optional()])
  .meta({ title: 'payFloat arguments', description: '考核分与入职第几个月。 The score and the month of employment.' });

/** The argument of {@link emergencyOverrunDeduction}: minutes past the process time. */
export const emergencyOverrunDeductionInputSchema = z
  .number()
  .meta({ title: 'emergencyOverrunDeduction input', description: '超出流程控制时间的分钟数（0或以下为未超时）。 Minutes past the process time (0 or less: none).' });

/** The adjustment of a month: whole points from −5 to +5 and a non-blank reason. */
const adjustmentSchema = z.strictObject({
  points: z.number().int().min(defaultAppraisalPolicy.adjustment.min).max(defaultAppraisalPolicy.adjustment.max),
  reason: z.string().trim().min(1),
});

/** The input of {@link scoreMonth}. Points are checked against the default item table. */
export const scoreMonthInputSchema = z
  .strictObject({
    bonuses: z.array(z.strictObject({ item: bonusItemSchema, times: timesSchema.optional(), points: z.number().optional() })).optional(),
    deductions: z.array(z.strictObject({ item: violationItemSchema, times: timesSchema.optional(), points: z.number().optional() })).optional(),
    emergencyOverrunMinutes: z.array(z.number()).optional(),
    adjustment: adjustmentSchema.optional(),
  })
  .superRefine((month, context) => {
    const entries = [
      ...(month.bonuses ?? []).map((entry, index) => ({ entry, path: ['bonuses', index, 'points'] })),
      ...(month.deductions ?? []).map((entry, index) => ({ entry, path: ['deductions', index, 'points'] })),
    ];
    for (const { entry, path } of entries) {
      const item = defaultItems.get(entry.item) as AppraisalItem;
      const { points } = entry;
      if (item.range !== undefined) {
        if (points === undefined || !Number.isInteger(points) || points < item.range.min || points > item.range.max) {
          context.addIssue({ code: 'custom', path, message: `${item.id} needs whole points from ${item.range.min} to ${item.range.max}` });
        }
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
    description: '员工当月的加分、扣分、突发事件超时与额外奖惩。 An employee\'s month: bonuses, deductions, emergency overruns and the adjustment.',
  });

const previousMonthSchema = z.strictObject({ score: z.number(), lastPlace: z.boolean() });

/** The input of {@link terminationEligibility}. */
export const terminationEligibilityInputSchema = z
  .strictObject({
    score: z.number(),
    lastPlace: z.boolean().optional(),
    previousMonth: previousMonthSchema.optional(),
    dismissalOffense: z.boolean().optional(),
  })
  .meta({
    title: 'terminationEligibility input',
    description: '当月与上月的考核分、是否末位，以及是否有直接辞退情形。 This and last month\'s score and standing, and whether a dismissal offense occurred.',
  });

const periodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .meta({ title: 'Period', description: '考核月份，格式 YYYY-MM。 The appraised month, YYYY-MM.' });

/** The first argument of {@link employmentMonth}: when the employee joined. */
export const employmentMonthInputSchema = instantSchema.meta({ title: 'employmentMonth input', description: '入职时间。 When the employee joined.' });

/** The arguments of {@link employmentMonth}: the hire instant and the period `'YYYY-MM'`. */
export const employmentMonthArgsSchema = z
  .tuple([employmentMonthInputSchema, periodSchema])
  .meta({ title: 'employmentMonth arguments', description: '入职时间与考核月份。 The hire instant and the appraised month.' });

/** The input of {@link appraiseMonth}: the team's members and the period. */
export const appraiseMonthInputSchema = z
  .strictObject({
    period: periodSchema.optional(),
    members: z.array(
      z.strictObject({
        id: z.string().trim().min(1),
        month: scoreMonthInputSchema.optional(),
        hiredOn: instantSchema.optional(),
        employmentMonth: z.number().int().min(1).optional(),
        previousMonth: previousMonthSchema.optional(),
      }),
    ),
  })
  .refine((team) => new Set(team.members.map((member) => member.id)).size === team.members.length, {
    message: 'member ids must be unique',
    path: ['members'],
  })
  .refine((team) => team.period !== undefined || team.members.every((member) => member.hiredOn === undefined), {
    message: 'period is required when a member gives hiredOn',
    path: ['period'],
  })
  .meta({
    title: 'appraiseMonth input',
    description: '团队当月的考核输入：成员、各自的当月情况、入职信息与上月排名。 A team\'s month: members, their months, employment and last month\'s standing.',
  });
