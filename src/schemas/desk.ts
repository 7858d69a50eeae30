import { z } from 'zod';
import type { checkShift, MonthRoster } from '../desk/checkShift.js';
import type { deskFine } from '../desk/deskFine.js';
import type { DeskFineKind } from '../desk/deskPolicy.js';
import { instantSchema } from './common.js';
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

const intervalSchema = z.strictObject({ start: instantSchema, end: instantSchema });

/** The input of {@link checkShift}: a month and one employee's shifts with their breaks. */
export const checkShiftInputSchema: z.ZodType<MonthRoster> = z
  .strictObject({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    shifts: z.array(intervalSchema.extend({ breaks: z.array(intervalSchema).optional() })),
  })
  .meta({
    title: 'checkShift input',
    description: '员工当月排班：月份（YYYY-MM）与各班次的起止时间及休息时段。 An employee\'s roster for a month: the month and each shift with its breaks.',
  });
