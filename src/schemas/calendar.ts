import { z } from 'zod';
import { countSchema, instantSchema } from './common.js';

// The inputs of wuye-rules/calendar (RULES §0). They accept no more than the functions accept, so a
// payload that passes a schema does not then fail the function on its shape.

/** A period (RULES C2–C5, C8): a whole amount ≥ 1 of days, weeks, months or working days; hours ≥ 0; or same-day / next-day. */
export const periodSchema = z
  .union([
    z.strictObject({ amount: z.number().int().min(1), unit: z.enum(['day', 'week', 'month', 'workday']) }),
    z.strictObject({ amount: z.number().nonnegative(), unit: z.literal('hour') }),
    z.strictObject({ unit: z.enum(['same-day', 'next-day']) }),
  ])
  .meta({
    title: 'Period',
    description:
      '期限：天、周、月、工作日（整数，至少 1）、小时（有限数，不小于 0），或“当日”“次日”。 A period: whole days, weeks, months or working days (at least 1), hours (finite, ≥ 0), or same-day / next-day.',
  });

/** A civil date written `YYYY-MM-DD` (a real date). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const probe = new Date(0);
    probe.setUTCFullYear(year, month - 1, day);
    return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  }, { message: 'must be a real date written YYYY-MM-DD' })
  .meta({ title: 'CalendarDate', description: '日期，格式 YYYY-MM-DD。 A date written YYYY-MM-DD.' });

const yearSchema = z.number().int().min(1900).max(2999);
const yearOf = (date: string): number => Number(date.slice(0, 4));

/** A calendar spec (and a calendar): whole years `from`–`to`, rest days and make-up working days within them. */
export const calendarSpecSchema = z
  .strictObject({
    from: yearSchema,
    to: yearSchema,
    holidays: z.array(calendarDateSchema),
    workdays: z.array(calendarDateSchema),
  })
  .refine((spec) => spec.to >= spec.from, { message: 'to must not be before from', path: ['to'] })
  .refine((spec) => [...spec.holidays, ...spec.workdays].every((date) => yearOf(date) >= spec.from && yearOf(date) <= spec.to), {
    message: "every date must be within the calendar's years",
  })
  .refine((spec) => !spec.workdays.some((date) => spec.holidays.includes(date)), {
    message: 'a date cannot be both a holiday and a working day',
    path: ['workdays'],
  })
  .meta({
    title: 'CalendarSpec',
    description:
      '工作日历：覆盖的整年（from–to）、放假日与调休上班日（YYYY-MM-DD）。 A working-day calendar: the whole years it covers, its rest days and make-up working days.',
  });

/** One year's State Council holiday notice, for {@link extendCalendar}. */
export const holidayNoticeSchema = z
  .strictObject({ year: yearSchema, holidays: z.array(calendarDateSchema), workdays: z.array(calendarDateSchema) })
  .refine((notice) => [...notice.holidays, ...notice.workdays].every((date) => yearOf(date) === notice.year || yearOf(date) === notice.year - 1), {
    message: 'every date must be in the notice year or the year before',
  })
  .refine((notice) => !notice.workdays.some((date) => notice.holidays.includes(date)), {
    message: 'a date cannot be both a holiday and a working day',
    path: ['workdays'],
  })
  .meta({
    title: 'HolidayNotice',
    description:
      '国务院办公厅某年节假日安排通知：年份、放假日、调休上班日（可含上一年年末）。 One year’s State Council holiday notice: its year, rest days and make-up working days (possibly late December of the year before).',
  });

/** The input of {@link isWorkday}: an instant of the day. */
export const isWorkdayInputSchema = instantSchema.meta({
  title: 'isWorkday input',
  description: '要判断的日期（北京时间）。 An instant of the day to check (Asia/Shanghai).',
});

/** The arguments of {@link addWorkdays}: `[from, n]`. */
export const addWorkdaysArgsSchema = z.tuple([instantSchema, countSchema]).meta({
  title: 'addWorkdays arguments',
  description: '[起始时刻, 工作日数（整数，不小于 0）]。 [from, a whole number of working days ≥ 0].',
});
/** The input of {@link addWorkdays}: its arguments (same as {@link addWorkdaysArgsSchema}). */
export const addWorkdaysInputSchema = addWorkdaysArgsSchema;

/** The arguments of {@link workdaysBetween}: `[from, to]`. */
export const workdaysBetweenArgsSchema = z.tuple([instantSchema, instantSchema]).meta({
  title: 'workdaysBetween arguments',
  description: '[起始时刻（当日不计）, 结束时刻（当日计入）]。 [from (its day not counted), to (its day counted)].',
});
/** The input of {@link workdaysBetween}: its arguments (same as {@link workdaysBetweenArgsSchema}). */
export const workdaysBetweenInputSchema = workdaysBetweenArgsSchema;

/** The arguments of {@link dueAt}: `[from, period]`. */
export const dueAtArgsSchema = z.tuple([instantSchema, periodSchema]).meta({
  title: 'dueAt arguments',
  description: '[事件时刻, 期限]。 [the event’s instant, the period].',
});
/** The input of {@link dueAt}: its arguments (same as {@link dueAtArgsSchema}). */
export const dueAtInputSchema = dueAtArgsSchema;

/** The input of {@link defineCalendar}: a calendar spec. */
export const defineCalendarInputSchema = calendarSpecSchema;

/** The arguments of {@link extendCalendar}: `[calendar, notice]`. */
export const extendCalendarArgsSchema = z.tuple([calendarSpecSchema, holidayNoticeSchema]).meta({
  title: 'extendCalendar arguments',
  description: '[工作日历, 下一年的节假日安排通知]。 [the calendar, the next year’s holiday notice].',
});
/** The input of {@link extendCalendar}: its arguments (same as {@link extendCalendarArgsSchema}). */
export const extendCalendarInputSchema = extendCalendarArgsSchema;
