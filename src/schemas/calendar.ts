import { z } from 'zod';
import { addWorkdays } from '../calendar/addWorkdays.js';
import type { CalendarSpec, HolidayCnFile, HolidayNotice } from '../calendar/Calendar.js';
import { explainDeadline } from '../calendar/explainDeadline.js';
import type { yearStatus } from '../calendar/yearStatus.js';
import { defineCalendar } from '../calendar/defineCalendar.js';
import { dueAt } from '../calendar/dueAt.js';
import { extendCalendar } from '../calendar/extendCalendar.js';
import type { isWorkday } from '../calendar/isWorkday.js';
import type { Period } from '../calendar/Period.js';
import type { workdaysBetween } from '../calendar/workdaysBetween.js';
import type { Instant } from '../core/instant.js';
import { CIVIL_DATE } from './_instantMs.js';
import { inArguments, refusesOutOfRange } from './_outOfRange.js';
import { countSchema, fieldsOf, instantSchema } from './common.js';
import { readable } from './_unreadable.js';
import type { ZodMiniType } from 'zod/mini';
import { periodSchema as periodBlock, policyPeriodSchema as policyPeriodBlock, policyValuesOf } from './policy/common.js';

/**
 * A period (RULES C2–C5, C8, C12): a whole amount ≥ 1 of days, weeks, months or working days; hours or working hours ≥ 0; or same-day / next-day.
 * The unit tells the kinds apart: a fractional day count is an issue at `amount`, as the functions report it.
 *
 * @example
 * ```ts
 * import { periodSchema } from 'wuye-rules/schemas';
 * // Hours may be fractional; days, weeks, months and working days are whole, at least 1.
 * [periodSchema.safeParse({ amount: 1.5, unit: 'hour' }).success, periodSchema.safeParse({ amount: 1.5, unit: 'day' }).success];
 * //=> [true, false]
 * [periodSchema.safeParse({ amount: 2, unit: 'workday' }).success, periodSchema.safeParse({ unit: 'same-day' }).success];
 * //=> [true, true]
 * periodSchema.safeParse({ amount: 0, unit: 'workday' }).error?.issues[0]?.path;
 * //=> ['amount']
 * periodSchema.safeParse({ amount: 1.5, unit: 'day' }).error?.issues[0]?.path;
 * //=> ['amount']
 * ```
 */
export const periodSchema: ZodMiniType<Period> = /* @__PURE__ */ policyValuesOf(periodBlock);

/**
 * A period of a policy: as {@link periodSchema}, at most 100 years in its unit (36,525 days, 5,218
 * weeks, 1,200 months, 26,100 working days, 876,600 hours or working hours), as definePolicy checks it.
 *
 * @example
 * ```ts
 * import { periodSchema, policyPeriodSchema } from 'wuye-rules/schemas';
 * // 40,000 days is a period, but longer than the 100 years (36,525 days) a policy may hold.
 * [periodSchema.safeParse({ amount: 40000, unit: 'day' }).success, policyPeriodSchema.safeParse({ amount: 40000, unit: 'day' }).success];
 * //=> [true, false]
 * policyPeriodSchema.safeParse({ amount: 12, unit: 'month' }).success;
 * //=> true
 * ```
 */
export const policyPeriodSchema: ZodMiniType<Period> = /* @__PURE__ */ policyValuesOf(policyPeriodBlock);

// The inputs of wuye-rules/calendar (RULES §0). They accept no more than the functions accept, so a
// payload that passes a schema does not then fail the function on its shape.

// Classic zod's `.toJSONSchema()` method renders classic schemas only; `z.toJSONSchema()` renders
// zod/mini ones too. A classic schema that holds a zod/mini block (the period, shared with the
// policy) renders through the latter, so it still offers the method the command line reads.
function rendersMiniParts<T extends z.ZodType>(schema: T): T {
  return Object.assign(schema, { toJSONSchema: (params?: z.core.ToJSONSchemaParams) => z.toJSONSchema(schema, params) });
}

/**
 * A civil date written `YYYY-MM-DD` (a real date: the pattern knows the length of each month and the leap years).
 *
 * @example
 * ```ts
 * import { calendarDateSchema } from 'wuye-rules/schemas';
 * [calendarDateSchema.safeParse('2026-10-01').success, calendarDateSchema.safeParse('2028-02-29').success];
 * //=> [true, true]
 * [calendarDateSchema.safeParse('2026-02-29').success, calendarDateSchema.safeParse('2026-10-01T09:00').success];
 * //=> [false, false]
 * calendarDateSchema.safeParse('2026-2-1').error?.issues[0]?.message;
 * //=> 'must be a real date written YYYY-MM-DD'
 * ```
 */
export const calendarDateSchema: z.ZodType<string> = z
  .string()
  .regex(new RegExp(`^${CIVIL_DATE}$`), { message: 'must be a real date written YYYY-MM-DD' })
  .meta({ title: 'CalendarDate', description: '日期，格式 YYYY-MM-DD。 A date written YYYY-MM-DD.' });

const yearSchema = z.number().int().min(1900).max(2999);
const yearOf = (date: string): number => Number(date.slice(0, 4));

/**
 * The checks of two date lists (rest days, working days) the functions make, at the path each names:
 * a date outside the years `from`–`to` at its own index, and a date in both lists at its later entry.
 */
function checkDateLists(holidays: readonly string[], workdays: readonly string[], from: number, to: number, outside: string, context: z.RefinementCtx): void {
  const lists = [
    ['holidays', holidays],
    ['workdays', workdays],
  ] as const;
  for (const [key, dates] of lists) {
    dates.forEach((date, index) => {
      const year = yearOf(date);
      if (year < from || year > to) context.addIssue({ code: 'custom', path: [key, index], message: outside });
    });
  }
  const rest = new Set(holidays);
  workdays.forEach((date, index) => {
    if (rest.has(date)) context.addIssue({ code: 'custom', path: ['workdays', index], message: 'a date cannot be both a holiday and a working day' });
  });
}

/**
 * A calendar spec (and a calendar): whole years `from`–`to`, rest days and make-up working days within them.
 *
 * @example
 * ```ts
 * import { calendarSpecSchema } from 'wuye-rules/schemas';
 * import { chinaCalendar } from 'wuye-rules/calendar';
 * const company = { from: 2026, to: 2026, holidays: ['2026-06-01'], workdays: ['2026-06-06'] };
 * [calendarSpecSchema.safeParse(company).success, calendarSpecSchema.safeParse(chinaCalendar).success];
 * //=> [true, true]
 * calendarSpecSchema.safeParse({ ...company, workdays: ['2026-06-01'] }).error?.issues[0]?.path;
 * //=> ['workdays', 0]
 * ```
 */
export const calendarSpecSchema: z.ZodType<CalendarSpec> = fieldsOf(
  z
    .strictObject({
      from: yearSchema,
      to: yearSchema,
      holidays: z.array(calendarDateSchema),
      workdays: z.array(calendarDateSchema),
      holidayNames: z
        .record(calendarDateSchema, z.string().regex(/\S/, 'a name that is not blank'))
        .optional()
        .meta({ description: '放假日的名称（按通知）。 The names of rest days, as their notice names them: each key a date of holidays.' }),
    })
    .refine((spec) => spec.to >= spec.from, { message: 'to must not be before from', path: ['to'] })
    .refine((spec) => Object.keys(spec.holidayNames ?? {}).every((date) => spec.holidays.includes(date)), {
      message: 'only a date of holidays is named',
      path: ['holidayNames'],
    })
    .superRefine((spec, context) => checkDateLists(spec.holidays, spec.workdays, spec.from, spec.to, "every date must be within the calendar's years", context))
    .meta({
      title: 'CalendarSpec',
      description:
        '工作日历：覆盖的整年（from–to）、放假日与调休上班日（YYYY-MM-DD）。 A working-day calendar: the whole years it covers, its rest days and make-up working days.',
    }),
);

// The notice forms as objects of fields alone: extendCalendar's notice argument is their union, wrapped
// once (the optional transform step of a wrapped form would make zod's JSON Schema read a union of them
// as optional, and drop the notice from the tuple's minItems).
const holidayNoticeFields = z
  .strictObject({ year: yearSchema, holidays: z.array(calendarDateSchema), workdays: z.array(calendarDateSchema) })
  .superRefine((notice, context) => checkDateLists(notice.holidays, notice.workdays, notice.year - 1, notice.year, 'every date must be in the notice year or the year before', context))
  .meta({
    title: 'HolidayNotice',
    description:
      '国务院办公厅某年节假日安排通知：年份、放假日、调休上班日（可含上一年年末）。 One year’s State Council holiday notice: its year, rest days and make-up working days (possibly late December of the year before).',
  });

/**
 * One year's State Council holiday notice, for {@link extendCalendar}.
 *
 * @example
 * ```ts
 * import { holidayNoticeSchema } from 'wuye-rules/schemas';
 * // The 2027 notice may move late December 2026 too, never a day of 2028.
 * const notice = { year: 2027, holidays: ['2027-01-01', '2027-02-08', '2027-02-09'], workdays: ['2027-02-20'] };
 * [holidayNoticeSchema.safeParse(notice).success, holidayNoticeSchema.safeParse({ ...notice, holidays: ['2026-12-31'] }).success];
 * //=> [true, true]
 * holidayNoticeSchema.safeParse({ ...notice, holidays: ['2028-01-01'] }).error?.issues[0]?.message;
 * //=> 'every date must be in the notice year or the year before'
 * ```
 */
export const holidayNoticeSchema: z.ZodType<HolidayNotice> = fieldsOf(holidayNoticeFields);

/**
 * The input of {@link isWorkday}: an instant of the day.
 *
 * @example
 * ```ts
 * import { isWorkdayInputSchema } from 'wuye-rules/schemas';
 * // A year the calendar does not cover passes: the calendar in use decides (CalendarCoverageError).
 * [isWorkdayInputSchema.safeParse('2026-10-07T16:30:00Z').success, isWorkdayInputSchema.safeParse('2031-05-06').success];
 * //=> [true, true]
 * isWorkdayInputSchema.safeParse('tomorrow').success;
 * //=> false
 * ```
 */
export const isWorkdayInputSchema: z.ZodType<Instant> = instantSchema.meta({
  title: 'isWorkday input',
  description: '要判断的日期（北京时间）。 An instant of the day to check (Asia/Shanghai).',
});

/** The arguments of {@link addWorkdays}: the instant to count from and a whole number of working days. */
export type AddWorkdaysArgs = [from: Instant, n: number];

/**
 * The arguments of {@link addWorkdays}: `[from, n]`, whose result lies within the years 0000–9999
 * (+08:00), as {@link addWorkdays} counts it without options (a day the calendar does not cover is the
 * caller's calendar's to know).
 *
 * @example
 * ```ts
 * import { addWorkdaysArgsSchema } from 'wuye-rules/schemas';
 * // A working day after 9999-12-31 would lie in the year 10000.
 * addWorkdaysArgsSchema.safeParse(['9999-12-31T10:00:00+08:00', 1]).error?.issues[0]?.message;
 * //=> 'must be such that the result lies within the years 0000–9999 (+08:00), received 1'
 * addWorkdaysArgsSchema.safeParse(['2026-09-30T10:00:00+08:00', 2]).success;
 * //=> true
 * addWorkdaysArgsSchema.safeParse(['2026-09-30T10:00:00+08:00', -1]).error?.issues[0]?.path;
 * //=> [1]
 * ```
 */
export const addWorkdaysArgsSchema: z.ZodType<AddWorkdaysArgs> = readable(z
  .tuple([instantSchema, countSchema])
  .check(refusesOutOfRange(([from, n]: AddWorkdaysArgs) => addWorkdays(from, n), inArguments(['from', 'n'])))
  .meta({
    title: 'addWorkdays arguments',
    description: '[起始时刻, 工作日数（整数，不小于 0）]。 [from, a whole number of working days ≥ 0].',
  }));
/**
 * The input of {@link addWorkdays}: its arguments (same as {@link addWorkdaysArgsSchema}).
 *
 * @example
 * ```ts
 * import { addWorkdaysArgsSchema, addWorkdaysInputSchema } from 'wuye-rules/schemas';
 * addWorkdaysInputSchema === addWorkdaysArgsSchema;
 * //=> true
 * [addWorkdaysInputSchema.safeParse(['2026-10-03T10:00:00+08:00', 0]).success, addWorkdaysInputSchema.safeParse(['2026-10-03T10:00:00+08:00', 1.5]).success];
 * //=> [true, false]
 * ```
 */
export const addWorkdaysInputSchema = addWorkdaysArgsSchema;

/** The arguments of {@link workdaysBetween}: the instant whose day is not counted and the one whose day is. */
export type WorkdaysBetweenArgs = [from: Instant, to: Instant];

/**
 * The arguments of {@link workdaysBetween}: `[from, to]`.
 *
 * @example
 * ```ts
 * import { workdaysBetweenArgsSchema } from 'wuye-rules/schemas';
 * // `to` may come before `from`: the count is then negative.
 * [workdaysBetweenArgsSchema.safeParse(['2026-09-30T18:00:00+08:00', '2026-10-09T09:00:00+08:00']).success, workdaysBetweenArgsSchema.safeParse(['2026-10-09', '2026-09-30']).success];
 * //=> [true, true]
 * workdaysBetweenArgsSchema.safeParse(['2026-10-09']).success;
 * //=> false
 * ```
 */
export const workdaysBetweenArgsSchema: z.ZodType<WorkdaysBetweenArgs> = readable(z.tuple([instantSchema, instantSchema]).meta({
  title: 'workdaysBetween arguments',
  description: '[起始时刻（当日不计）, 结束时刻（当日计入）]。 [from (its day not counted), to (its day counted)].',
}));
/**
 * The input of {@link workdaysBetween}: its arguments (same as {@link workdaysBetweenArgsSchema}).
 *
 * @example
 * ```ts
 * import { workdaysBetweenArgsSchema, workdaysBetweenInputSchema } from 'wuye-rules/schemas';
 * workdaysBetweenInputSchema === workdaysBetweenArgsSchema;
 * //=> true
 * workdaysBetweenInputSchema.safeParse(['2026-01-01', '2026-12-31']).success;
 * //=> true
 * workdaysBetweenInputSchema.safeParse(['2026-09-30', '2026-09-31']).error?.issues[0]?.path;
 * //=> [1]
 * ```
 */
export const workdaysBetweenInputSchema = workdaysBetweenArgsSchema;

/** The arguments of {@link dueAt}: the event's instant and the period. */
export type DueAtArgs = [from: Instant, period: Period];

/**
 * The arguments of {@link dueAt}: `[from, period]`, whose deadline lies within the years 0000–9999
 * (+08:00), as {@link dueAt} counts it without options.
 *
 * @example
 * ```ts
 * import { dueAtArgsSchema } from 'wuye-rules/schemas';
 * // A day after 9999-12-30 is due at 24:00 of 9999-12-31, in the year 10000: refused where dueAt refuses it.
 * dueAtArgsSchema.safeParse(['9999-12-30T12:00:00+08:00', { amount: 1, unit: 'day' }]).error?.issues[0]?.path;
 * //=> [1, 'amount']
 * dueAtArgsSchema.safeParse(['2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }]).success;
 * //=> true
 * dueAtArgsSchema.safeParse(['2026-09-30T18:00:00+08:00', { amount: 3, unit: 'days' }]).success;
 * //=> false
 * ```
 */
export const dueAtArgsSchema: z.ZodType<DueAtArgs> = rendersMiniParts(
  readable(z
    .tuple([instantSchema, fieldsOf(periodBlock)])
    .check(refusesOutOfRange(([from, period]: DueAtArgs) => dueAt(from, period), inArguments(['from', 'period'])))
    .meta({
      title: 'dueAt arguments',
      description: '[事件时刻, 期限]。 [the event’s instant, the period].',
    }),
));
/**
 * The input of {@link dueAt}: its arguments (same as {@link dueAtArgsSchema}).
 *
 * @example
 * ```ts
 * import { dueAtArgsSchema, dueAtInputSchema } from 'wuye-rules/schemas';
 * dueAtInputSchema === dueAtArgsSchema;
 * //=> true
 * dueAtInputSchema.safeParse(['2026-10-05T15:00:00+08:00', { unit: 'same-day' }]).success;
 * //=> true
 * dueAtInputSchema.safeParse(['2026-10-05T15:00:00+08:00', { amount: 0, unit: 'workday' }]).error?.issues[0]?.path;
 * //=> [1, 'amount']
 * ```
 */
export const dueAtInputSchema = dueAtArgsSchema;

/**
 * The input of {@link defineCalendar}: a calendar spec.
 *
 * @example
 * ```ts
 * import { calendarSpecSchema, defineCalendarInputSchema } from 'wuye-rules/schemas';
 * defineCalendarInputSchema === calendarSpecSchema;
 * //=> true
 * defineCalendarInputSchema.safeParse({ from: 2026, to: 2026, holidays: ['2026-06-01'], workdays: ['2026-06-06'] }).success;
 * //=> true
 * defineCalendarInputSchema.safeParse({ from: 2026, to: 2026, holidays: ['2027-01-01'], workdays: [] }).error?.issues[0]?.message;
 * //=> "every date must be within the calendar's years"
 * ```
 */
export const defineCalendarInputSchema = calendarSpecSchema;

// holiday-cn's file as an object of fields alone (see holidayNoticeFields).
const holidayCnFileFields = z
  .strictObject({
    $schema: z.string().optional(),
    $id: z.string().optional(),
    year: yearSchema,
    papers: z.array(z.string()).optional(),
    days: z.array(fieldsOf(z.strictObject({ name: z.string(), date: calendarDateSchema, isOffDay: z.boolean() }))),
  })
  .superRefine((file, context) => {
    // As extendCalendar reads the file: a date outside the two years at its own date; a date listed as a
    // rest day and as a working day at the later entry's isOffDay (listed twice alike, it is one day).
    const offDays = new Map<string, boolean>();
    file.days.forEach((day, index) => {
      const year = yearOf(day.date);
      if (year !== file.year && year !== file.year - 1) {
        context.addIssue({ code: 'custom', path: ['days', index, 'date'], message: 'every date must be in the notice year or the year before' });
      }
      const earlier = offDays.get(day.date);
      if (earlier !== undefined && earlier !== day.isOffDay) {
        context.addIssue({ code: 'custom', path: ['days', index, 'isOffDay'], message: 'a date cannot be both a rest day and a working day' });
      }
      offDays.set(day.date, earlier ?? day.isOffDay);
    });
  })
  .meta({
    title: 'HolidayCnFile',
    description:
      'holiday-cn 的年度文件（YYYY.json）：年份与通知中的每一天（名称、日期、是否休息）。 holiday-cn’s file for one year (YYYY.json): the year and each day of the notice (name, date, whether it is a rest day).',
  });

/**
 * holiday-cn's file for one year (`YYYY.json`), as published, for {@link extendCalendar}.
 *
 * @example
 * ```ts
 * import { holidayCnFileSchema } from 'wuye-rules/schemas';
 * const file = { year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }, { name: '春节', date: '2027-02-20', isOffDay: false }] };
 * holidayCnFileSchema.safeParse(file).success;
 * //=> true
 * holidayCnFileSchema.safeParse({ ...file, days: [{ name: '元旦', date: '2027-01-01', isOffDay: 'yes' }] }).error?.issues[0]?.path;
 * //=> ['days', 0, 'isOffDay']
 * holidayCnFileSchema.safeParse({ year: 2027, papers: [] }).error?.issues[0]?.path;
 * //=> ['days']
 * ```
 */
export const holidayCnFileSchema: z.ZodType<HolidayCnFile> = fieldsOf(holidayCnFileFields);

/** The arguments of {@link extendCalendar}: the calendar and the next year's holiday notice. */
export type ExtendCalendarArgs = [calendar: CalendarSpec, notice: HolidayNotice | HolidayCnFile];

/**
 * The arguments of {@link extendCalendar}: `[calendar, notice]`; the notice may be holiday-cn's file as published.
 *
 * @example
 * ```ts
 * import { extendCalendarArgsSchema } from 'wuye-rules/schemas';
 * import { chinaCalendar } from 'wuye-rules/calendar';
 * const notice = { year: 2027, holidays: ['2027-01-01', '2027-02-08'], workdays: ['2027-02-20'] };
 * // chinaCalendar ends with 2026: the next notice is 2027's.
 * extendCalendarArgsSchema.safeParse([chinaCalendar, notice]).success;
 * //=> true
 * extendCalendarArgsSchema.safeParse([chinaCalendar, { year: 2028, holidays: ['2028-01-01'], workdays: [] }]).error?.issues[0]?.path;
 * //=> [1, 'year']
 * ```
 */
export const extendCalendarArgsSchema: z.ZodType<ExtendCalendarArgs> = readable(z
  .tuple([calendarSpecSchema, fieldsOf(z.union([holidayNoticeFields, holidayCnFileFields]))])
  // extendCalendar's own range checks: the notice's year is the one after the calendar's last.
  .check(refusesOutOfRange(([calendar, notice]: ExtendCalendarArgs) => extendCalendar(defineCalendar(calendar), notice), inArguments(['calendar', 'notice'])))
  .meta({
    title: 'extendCalendar arguments',
    description: '[工作日历, 下一年的节假日安排通知]。 [the calendar, the next year’s holiday notice].',
  }));
/**
 * The input of {@link extendCalendar}: its arguments (same as {@link extendCalendarArgsSchema}).
 *
 * @example
 * ```ts
 * import { extendCalendarArgsSchema, extendCalendarInputSchema } from 'wuye-rules/schemas';
 * import { chinaCalendar } from 'wuye-rules/calendar';
 * extendCalendarInputSchema === extendCalendarArgsSchema;
 * //=> true
 * extendCalendarInputSchema.safeParse([chinaCalendar, { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }]).success;
 * //=> true
 * extendCalendarInputSchema.safeParse([chinaCalendar]).success;
 * //=> false
 * ```
 */
export const extendCalendarInputSchema = extendCalendarArgsSchema;

/** The arguments of {@link explainDeadline}: the event's instant and the period. */
export type ExplainDeadlineArgs = [from: Instant, period: Period];

/**
 * The arguments of {@link explainDeadline}: `[from, period]` (as {@link dueAtArgsSchema}), whose
 * explanation spans at most 36,600 days.
 *
 * @example
 * ```ts
 * import { dueAtArgsSchema, explainDeadlineArgsSchema } from 'wuye-rules/schemas';
 * // 40,000 days from 2026 is a deadline, but too long to explain day by day (36,600 days at most).
 * const long = ['2026-09-30T10:00:00+08:00', { amount: 40000, unit: 'day' }];
 * explainDeadlineArgsSchema.safeParse(['2026-09-30T10:00:00+08:00', { amount: 2, unit: 'workday' }]).success;
 * //=> true
 * [dueAtArgsSchema.safeParse(long).success, explainDeadlineArgsSchema.safeParse(long).error?.issues[0]?.path];
 * //=> [true, [1, 'amount']]
 * ```
 */
export const explainDeadlineArgsSchema: z.ZodType<ExplainDeadlineArgs> = rendersMiniParts(
  readable(z
    .tuple([instantSchema, fieldsOf(periodBlock)])
    .check(refusesOutOfRange(([from, period]: ExplainDeadlineArgs) => explainDeadline(from, period), inArguments(['from', 'period'])))
    .meta({
      title: 'explainDeadline arguments',
      description: '[事件时刻, 期限]：期限及其计入与跳过的日子。 [the event’s instant, the period]: the deadline with the days counted and skipped.',
    }),
));
/**
 * The input of {@link explainDeadline}: its arguments (same as {@link explainDeadlineArgsSchema}).
 *
 * @example
 * ```ts
 * import { explainDeadlineArgsSchema, explainDeadlineInputSchema } from 'wuye-rules/schemas';
 * // same-day and next-day take no amount.
 * const from = '2026-10-05T15:00:00+08:00';
 * [explainDeadlineInputSchema.safeParse([from, { amount: 24, unit: 'hour' }]).success, explainDeadlineInputSchema.safeParse([from, { amount: 1, unit: 'next-day' }]).success];
 * //=> [true, false]
 * explainDeadlineInputSchema === explainDeadlineArgsSchema;
 * //=> true
 * ```
 */
export const explainDeadlineInputSchema = explainDeadlineArgsSchema;

/**
 * The input of {@link yearStatus}: a whole year, any an instant can have (a calendar's years are fewer).
 *
 * @example
 * ```ts
 * import { yearStatusInputSchema } from 'wuye-rules/schemas';
 * [yearStatusInputSchema.safeParse(2027).success, yearStatusInputSchema.safeParse(9999).success];
 * //=> [true, true]
 * [yearStatusInputSchema.safeParse(10000).success, yearStatusInputSchema.safeParse(2026.5).success];
 * //=> [false, false]
 * ```
 */
export const yearStatusInputSchema: z.ZodType<number> = z.number().int().min(0).max(9999).meta({
  title: 'yearStatus input',
  description: '年份（0–9999）：已公布、暂定或未覆盖。 A year (0–9999): published, provisional or uncovered.',
});
