import { z } from 'zod';
import { checkShift, type MonthRoster } from '../desk/checkShift.js';
import type { deskFine } from '../desk/deskFine.js';
import type { DeskFineKind } from '../desk/deskPolicy.js';
import { fineOccurrence, type FineOccurrenceInput } from '../desk/fineOccurrence.js';
import type { ProbationResignation } from '../desk/probationSettlement.js';
import { weeklyReportCheck, type WeeklyReportInput } from '../desk/weeklyReportCheck.js';
import type { Instant } from '../core/instant.js';
import { instantMsOrNull } from './_instantMs.js';
import { refusesOutOfRange } from './_outOfRange.js';
import { fieldsOf, instantSchema, yuanSchema } from './common.js';
import { readable } from './_unreadable.js';
import { DESK_FINE_KINDS } from './policy/desk.js';

export { deskPolicySchema } from './policy/desk.js';

/**
 * A desk offense with a fine ladder (`DeskFineKind`).
 *
 * @example
 * ```ts
 * import { deskFineKindSchema } from 'wuye-rules/schemas';
 * [deskFineKindSchema.safeParse('handover-log').success, deskFineKindSchema.safeParse('customer-data-leak').success];
 * //=> [true, true]
 * deskFineKindSchema.safeParse('late').success;
 * //=> false
 * ```
 */
export const deskFineKindSchema: z.ZodEnum<z.core.util.ToEnum<DeskFineKind>> = z
  .enum(DESK_FINE_KINDS)
  .meta({ title: 'DeskFineKind', description: '客服规章的罚则种类。 A desk offense with a fine ladder.' });

/**
 * The `kind` argument of {@link deskFine}.
 *
 * @example
 * ```ts
 * import { deskFineInputSchema } from 'wuye-rules/schemas';
 * deskFineInputSchema.safeParse('weekly-report').success;
 * //=> true
 * deskFineInputSchema.safeParse('weekly report').error?.issues[0]?.code;
 * //=> 'invalid_value'
 * ```
 */
export const deskFineInputSchema: z.ZodEnum<z.core.util.ToEnum<DeskFineKind>> = deskFineKindSchema.meta({ title: 'deskFine input', description: '罚则种类。 The offense.' });

/** The arguments of {@link deskFine}: the offense and which occurrence it is, counted from 1. */
export type DeskFineArgs = [kind: DeskFineKind, occurrence: number];

/**
 * The arguments of {@link deskFine}: the offense and the occurrence, counted from 1.
 *
 * @example
 * ```ts
 * import { deskFineArgsSchema } from 'wuye-rules/schemas';
 * // Occurrences are counted from 1.
 * deskFineArgsSchema.safeParse(['handover-log', 2]).success;
 * //=> true
 * deskFineArgsSchema.safeParse(['handover-log', 0]).error?.issues[0]?.path;
 * //=> [1]
 * ```
 */
export const deskFineArgsSchema: z.ZodType<DeskFineArgs> = readable(z
  .tuple([deskFineInputSchema, z.number().int().min(1)])
  .meta({ title: 'deskFine arguments', description: '罚则种类与第几次（从1起）。 The offense and which occurrence it is (from 1).' }));

// Epoch ms of an instant the schema has accepted, or NaN (every comparison with it is false, so the
// ordering checks leave the error to the instant's own check).
const msOf = (value: Instant): number => instantMsOrNull(value) ?? Number.NaN;

const intervalSchema = fieldsOf(
  z
    .strictObject({ start: instantSchema, end: instantSchema })
    .refine((interval) => !(msOf(interval.end) <= msOf(interval.start)), { message: 'must be after start', path: ['end'] }),
);

/**
 * The input of {@link checkShift}: a month and one employee's shifts with their breaks. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { checkShiftInputSchema } from 'wuye-rules/schemas';
 * const shift = { start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T17:30:00+08:00', breaks: [{ start: '2026-03-02T12:00:00+08:00', end: '2026-03-02T13:00:00+08:00' }] };
 * checkShiftInputSchema.safeParse({ month: '2026-03', shifts: [shift] }).success;
 * //=> true
 * checkShiftInputSchema.safeParse({ month: '2026-03', shifts: [{ ...shift, breaks: [{ start: '2026-03-02T18:00:00+08:00', end: '2026-03-02T18:30:00+08:00' }] }] }).error?.issues[0]?.message;
 * //=> 'must lie within its shift'
 * checkShiftInputSchema.safeParse({ month: '2026-03', shifts: [shift, { start: '2026-03-02T17:00:00+08:00', end: '2026-03-02T20:00:00+08:00' }] }).error?.issues[0]?.path;
 * //=> ['shifts', 1, 'start']
 * ```
 */
export const checkShiftInputSchema: z.ZodType<MonthRoster> = fieldsOf(
  z
    .strictObject({
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
      shifts: z.array(
        fieldsOf(
          z
            .strictObject({ start: instantSchema, end: instantSchema, breaks: z.array(intervalSchema).optional() })
            .refine((shift) => !(msOf(shift.end) <= msOf(shift.start)), { message: 'must be after start', path: ['end'] })
            .superRefine((shift, context) => {
              // Breaks lie within their shift and do not overlap one another.
              const start = msOf(shift.start);
              const end = msOf(shift.end);
              const breaks = (shift.breaks ?? []).map((pause, index) => ({ start: msOf(pause.start), end: msOf(pause.end), index })).sort((a, b) => a.start - b.start);
              let cursor = start;
              for (const pause of breaks) {
                if (pause.start < start || pause.end > end) context.addIssue({ code: 'custom', path: ['breaks', pause.index, 'start'], message: 'must lie within its shift' });
                else if (pause.start < cursor) context.addIssue({ code: 'custom', path: ['breaks', pause.index, 'start'], message: 'must not overlap another break' });
                cursor = Math.max(cursor, pause.end);
              }
            }),
        ),
      ),
    })
    .superRefine((roster, context) => {
      // Shifts do not overlap one another.
      const ordered = roster.shifts.map((shift, index) => ({ start: msOf(shift.start), end: msOf(shift.end), index })).sort((a, b) => a.start - b.start || a.index - b.index);
      ordered.forEach((shift, position) => {
        const previous = ordered[position - 1];
        if (previous !== undefined && shift.start < previous.end) context.addIssue({ code: 'custom', path: ['shifts', shift.index, 'start'], message: 'must not be before the end of the shift before it' });
      });
    })
    .check(refusesOutOfRange((roster: MonthRoster) => checkShift(roster)))
    .meta({
      title: 'checkShift input',
      description: '员工当月排班：月份（YYYY-MM）与各班次的起止时间及休息时段。 An employee\'s roster for a month: the month and each shift with its breaks.',
    }),
);

/**
 * The input of {@link wuye-rules!weeklyReportCheck}: the week, and for a sent report its time and its text or character count. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { weeklyReportCheckInputSchema } from 'wuye-rules/schemas';
 * // A sent report gives its text or its character count: one of the two.
 * const weekOf = '2026-03-02T09:00:00+08:00';
 * weeklyReportCheckInputSchema.safeParse({ weekOf, submittedAt: '2026-03-07T17:00:00+08:00', characters: 200 }).success;
 * //=> true
 * weeklyReportCheckInputSchema.safeParse({ weekOf, submittedAt: '2026-03-07T17:00:00+08:00', characters: 200, content: '本周处理报修12单。' }).error?.issues[0]?.path;
 * //=> ['characters']
 * weeklyReportCheckInputSchema.safeParse({ weekOf, submittedAt: '2026-03-07T17:00:00+08:00' }).error?.issues[0]?.path;
 * //=> ['content']
 * ```
 */
export const weeklyReportCheckInputSchema: z.ZodType<WeeklyReportInput> = fieldsOf(
  z
    .strictObject({
      weekOf: instantSchema,
      submittedAt: instantSchema.optional(),
      content: z.string().optional(),
      characters: z.number().int().nonnegative().optional(),
    })
    .refine((report) => report.content === undefined || report.characters === undefined, { message: 'give content or characters, not both', path: ['characters'] })
    .refine((report) => (report.submittedAt === undefined ? report.content === undefined && report.characters === undefined : report.content !== undefined || report.characters !== undefined), {
      message: 'a sent report needs content or characters; a report not sent has neither',
      path: ['content'],
    })
    .check(refusesOutOfRange((report: WeeklyReportInput) => weeklyReportCheck(report)))
    .meta({
      title: 'weeklyReportCheck input',
      description: '周报所属的周、发送时间，以及正文或字数。 The week, when the report was sent, and its text or character count.',
    }),
);

/**
 * The input of {@link wuye-rules!probationSettlement}: taking up the post, resigning, the end of probation and the monthly wage.
 *
 * @example
 * ```ts
 * import { probationSettlementInputSchema } from 'wuye-rules/schemas';
 * const resignation = { onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-03-20T18:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00', monthlyWageYuan: 4500 };
 * probationSettlementInputSchema.safeParse(resignation).success;
 * //=> true
 * probationSettlementInputSchema.safeParse({ ...resignation, resignedAt: '2026-03-01T18:00:00+08:00' }).error?.issues[0]?.message;
 * //=> 'must not be before onPostAt'
 * probationSettlementInputSchema.safeParse({ ...resignation, monthlyWageYuan: 4500.005 }).error?.issues[0]?.path;
 * //=> ['monthlyWageYuan']
 * ```
 */
export const probationSettlementInputSchema: z.ZodType<ProbationResignation> = fieldsOf(
  z
    .strictObject({
      onPostAt: instantSchema,
      resignedAt: instantSchema,
      probationEndsAt: instantSchema,
      monthlyWageYuan: yuanSchema.optional(),
    })
    .refine((resignation) => !(msOf(resignation.resignedAt) < msOf(resignation.onPostAt)), { message: 'must not be before onPostAt', path: ['resignedAt'] })
    .meta({
      title: 'probationSettlement input',
      description: '上岗时间、辞职时间、试用期结束时间与月工资（元）。 When the employee took up the post and resigned, when probation ends, and the monthly wage in yuan.',
    }),
);

/**
 * The input of {@link wuye-rules!fineOccurrence}: the offense, when it happened and its earlier occurrences. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { fineOccurrenceInputSchema } from 'wuye-rules/schemas';
 * // A first offense gives an empty history: the history is not optional.
 * const third = { kind: 'handover-log', at: '2026-03-20T09:00:00+08:00', history: ['2026-03-02T09:00:00+08:00', '2026-03-09T09:00:00+08:00'] };
 * [fineOccurrenceInputSchema.safeParse(third).success, fineOccurrenceInputSchema.safeParse({ ...third, history: [] }).success];
 * //=> [true, true]
 * fineOccurrenceInputSchema.safeParse({ kind: 'handover-log', at: '2026-03-20T09:00:00+08:00' }).error?.issues[0]?.path;
 * //=> ['history']
 * ```
 */
export const fineOccurrenceInputSchema: z.ZodType<FineOccurrenceInput> = fieldsOf(
  z
    .strictObject({ kind: deskFineKindSchema, at: instantSchema, history: z.array(instantSchema) })
    .check(refusesOutOfRange((input: FineOccurrenceInput) => fineOccurrence(input)))
    .meta({
      title: 'fineOccurrence input',
      description: '违规种类、本次发生时间与此前各次的时间。 The offense, when it happened, and when its earlier occurrences happened.',
    }),
);
