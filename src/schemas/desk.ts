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
import { DESK_FINE_KINDS } from './policy/desk.js';

export { deskPolicySchema } from './policy/desk.js';

/** A desk offense with a fine ladder (`DeskFineKind`). */
export const deskFineKindSchema: z.ZodEnum<z.core.util.ToEnum<DeskFineKind>> = z
  .enum(DESK_FINE_KINDS)
  .meta({ title: 'DeskFineKind', description: '客服规章的罚则种类。 A desk offense with a fine ladder.' });

/** The `kind` argument of {@link deskFine}. */
export const deskFineInputSchema: z.ZodEnum<z.core.util.ToEnum<DeskFineKind>> = deskFineKindSchema.meta({ title: 'deskFine input', description: '罚则种类。 The offense.' });

/** The arguments of {@link deskFine}: the offense and which occurrence it is, counted from 1. */
export type DeskFineArgs = [kind: DeskFineKind, occurrence: number];

/** The arguments of {@link deskFine}: the offense and the occurrence, counted from 1. */
export const deskFineArgsSchema: z.ZodType<DeskFineArgs> = z
  .tuple([deskFineInputSchema, z.number().int().min(1)])
  .meta({ title: 'deskFine arguments', description: '罚则种类与第几次（从1起）。 The offense and which occurrence it is (from 1).' });

// Epoch ms of an instant the schema has accepted, or NaN (every comparison with it is false, so the
// ordering checks leave the error to the instant's own check).
const msOf = (value: Instant): number => instantMsOrNull(value) ?? Number.NaN;

const intervalSchema = fieldsOf(
  z
    .strictObject({ start: instantSchema, end: instantSchema })
    .refine((interval) => !(msOf(interval.end) <= msOf(interval.start)), { message: 'must be after start', path: ['end'] }),
);

/** The input of {@link checkShift}: a month and one employee's shifts with their breaks. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
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

/** The input of {@link wuye-rules!weeklyReportCheck}: the week, and for a sent report its time and its text or character count. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
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

/** The input of {@link wuye-rules!probationSettlement}: taking up the post, resigning, the end of probation and the monthly wage. */
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

/** The input of {@link wuye-rules!fineOccurrence}: the offense, when it happened and its earlier occurrences. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00). */
export const fineOccurrenceInputSchema: z.ZodType<FineOccurrenceInput> = fieldsOf(
  z
    .strictObject({ kind: deskFineKindSchema, at: instantSchema, history: z.array(instantSchema) })
    .check(refusesOutOfRange((input: FineOccurrenceInput) => fineOccurrence(input)))
    .meta({
      title: 'fineOccurrence input',
      description: '违规种类、本次发生时间与此前各次的时间。 The offense, when it happened, and when its earlier occurrences happened.',
    }),
);
