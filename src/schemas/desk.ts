import { z } from 'zod';
import { boundSchema, instantSchema, yuanSchema } from './common.js';

const FINE_KINDS = ['handover-log', 'weekly-report', 'customer-complaint', 'off-work-chat', 'cleaning-duty', 'customer-data-leak'] as const;

/** A desk offense with a fine ladder (`DeskFineKind`). */
export const deskFineKindSchema = z
  .enum(FINE_KINDS)
  .meta({ title: 'DeskFineKind', description: '客服规章的罚则种类。 A desk offense with a fine ladder.' });

/** One step of a fine ladder: a fine with its amount, or an outcome without one. */
const fineStepSchema = z.union([
  z.strictObject({ outcome: z.literal('fine'), amountYuan: yuanSchema }),
  z.strictObject({ outcome: z.enum(['withhold-month-pay', 'deemed-resignation']) }),
]);

/** A ladder whose rule id is fixed (the catalog has an entry for it). */
function ladderSchema<const Id extends string>(ruleId: Id) {
  return z.strictObject({ ruleId: z.literal(ruleId), steps: z.array(fineStepSchema).min(1) });
}

const shiftPatternSchema = z
  .strictObject({
    id: z.enum(['early', 'late']),
    startMinute: z.number().int().min(0).max(1439),
    endMinute: z.number().int().min(1),
    latestEndMinute: z.number().int().min(1),
  })
  .refine((pattern) => pattern.endMinute > pattern.startMinute && pattern.latestEndMinute >= pattern.endMinute, {
    message: 'a pattern must end after it starts, and latestEndMinute must not be before endMinute',
  });

/** The `desk` section of {@link Policy} (RULES §4). */
export const deskPolicySchema = z.strictObject({
  fines: z.strictObject({
    'handover-log': ladderSchema('desk.handover-log'),
    'weekly-report': ladderSchema('desk.weekly-report'),
    'customer-complaint': ladderSchema('desk.customer-complaint'),
    'off-work-chat': ladderSchema('desk.misc.off-work-chat'),
    'cleaning-duty': ladderSchema('desk.misc.cleaning-duty'),
    'customer-data-leak': ladderSchema('desk.misc.customer-data-leak'),
  }),
  shifts: z.strictObject({
    patterns: z.array(shiftPatternSchema).min(1),
    maxConsecutiveHours: boundSchema,
    minimumRestDays: boundSchema,
    minimumBreakMinutes: z.number().nonnegative(),
  }),
});

/** The `kind` argument of {@link deskFine}. */
export const deskFineInputSchema = deskFineKindSchema.meta({ title: 'deskFine input', description: '罚则种类。 The offense.' });

/** The arguments of {@link deskFine}: the offense and the occurrence, counted from 1. */
export const deskFineArgsSchema = z
  .tuple([deskFineInputSchema, z.number().int().min(1)])
  .meta({ title: 'deskFine arguments', description: '罚则种类与第几次（从1起）。 The offense and which occurrence it is (from 1).' });

const intervalSchema = z.strictObject({ start: instantSchema, end: instantSchema });

/** The input of {@link checkShift}: a month and one employee's shifts with their breaks. */
export const checkShiftInputSchema = z
  .strictObject({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    shifts: z.array(intervalSchema.extend({ breaks: z.array(intervalSchema).optional() })),
  })
  .meta({
    title: 'checkShift input',
    description: '员工当月排班：月份（YYYY-MM）与各班次的起止时间及休息时段。 An employee\'s roster for a month: the month and each shift with its breaks.',
  });
