import { z } from 'zod';
import { LONE_SURROGATE } from '../core/wellFormed.js';
import type { Duty, dutyCalendar, DutyCalendarRange } from '../duty/dutyCalendar.js';
import type { DutyKind, Role } from '../duty/dutyTable.js';
import type { RuleId } from '../core/decision.js';
import type { ICalendarDuty, ICalendarOptions, toICalendar } from '../duty/toICalendar.js';
import { readICalendarDuties } from '../duty/_iCalendarDuties.js';
import { LOCALES } from '../catalog/RuleEntry.js';
import { formatDay } from '../core/instant.js';
import { dutiesOfRule, dutyRuleIds, RULE_OF_DUTY } from '../duty/_dutyRules.js';
import { checkDutyWindow } from '../duty/_window.js';
import { inICalendarSpan } from '../duty/_iCalendarSpan.js';
import { defaultDutyPolicy } from '../duty/dutyPolicy.js';
import { instantMsOrNull } from './_instantMs.js';
import { inArguments, refusesOutOfRange } from './_outOfRange.js';
import type { Instant } from '../core/instant.js';
import { countSchema, fieldsOf, instantSchema } from './common.js';

// Text an iCalendar file can hold as it is: no lone surrogate (toICalendar refuses one, `lone_surrogate`).
const wellFormedText = z.string().refine((text) => !LONE_SURROGATE.test(text), { message: 'must be text without a lone surrogate' });
import { readable } from './_unreadable.js';

export { dutyPolicySchema } from './policy/duty.js';

// What toICalendar says a deadline and a stamp must be.
const ICALENDAR_SPAN = 'must be an instant within the years 0000–9999 in UTC and +08:00 (0000-01-01T00:00Z to 9999-12-31T23:59:59.999+08:00)';

// The Shanghai day of an instant (0 for a value that is not one: the field's own check reports it).
const shanghaiDay = (value: unknown): number => Math.floor(((instantMsOrNull(value) ?? 0) + 28_800_000) / 86_400_000);

/**
 * A role of the duty calendar.
 *
 * @example
 * ```ts
 * import { roleSchema } from 'wuye-rules/schemas';
 * [roleSchema.safeParse('front-desk').success, roleSchema.safeParse('gm-office').success];
 * //=> [true, true]
 * roleSchema.safeParse('cleaner').success;
 * //=> false
 * ```
 */
export const roleSchema: z.ZodEnum<z.core.util.ToEnum<Role>> = z
  .enum(['service-staff', 'front-desk', 'supervisor', 'manager', 'gm-office'])
  .meta({ title: 'Role', description: '岗位：客服人员、前台、客服主管、服务中心/部门经理、总经理办公室。 The role: service staff, front desk, supervisor, manager, general manager’s office.' });

/**
 * The input of {@link dutyCalendar}: the window's first and last day and the roles. `to`'s day must not
 * be before `from`'s; the window is shorter than the default policy's `duty.maxWindowMonths` (24
 * months: a company's policy may allow more, which the function checks), and its days lie within
 * 0000-01-01 … 9999-12-30, so that every duty lies within the years 0000–9999 (+08:00). The window is
 * checked by the very function {@link dutyCalendar} checks it with.
 *
 * @example
 * ```ts
 * import { dutyCalendarInputSchema } from 'wuye-rules/schemas';
 * // The default policy's windows are shorter than 24 months.
 * dutyCalendarInputSchema.safeParse({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor'] }).success;
 * //=> true
 * dutyCalendarInputSchema.safeParse({ from: '2026-01-01', to: '2028-12-31' }).error?.issues[0]?.path;
 * //=> ['to']
 * dutyCalendarInputSchema.safeParse({ from: '2026-03-31', to: '2026-03-01' }).error?.issues[0]?.message;
 * //=> "to's day must not be before from's"
 * ```
 */
export const dutyCalendarInputSchema: z.ZodType<DutyCalendarRange> = fieldsOf(
  z
    .strictObject({ from: instantSchema, to: instantSchema, roles: z.array(roleSchema).optional() })
    .refine((range) => shanghaiDay(range.to) >= shanghaiDay(range.from), { message: "to's day must not be before from's", path: ['to'] })
    .check(
      refusesOutOfRange(
        (range: DutyCalendarRange) => checkDutyWindow(instantMsOrNull(range.from) as number, instantMsOrNull(range.to) as number, range.from, range.to, defaultDutyPolicy.maxWindowMonths),
        undefined,
        ['out_of_range', 'window_too_long'],
      ),
    )
    .meta({
      title: 'dutyCalendar input',
      description: '时间窗口的首日与末日（按北京时间整日计）及岗位（缺省为全部岗位）。 The window’s first and last day (whole Shanghai days) and the roles (all when absent).',
    }),
);

/** A duty as {@link toICalendar} reads it: a {@link Duty}, or its JSON copy with `dueAt` as text. */
export interface DutyInput {
  /** The rule the duty comes from: a rule of the duty table. */
  readonly rule: RuleId;
  /** Which duty of the rule (one of that rule's duties in the table). */
  readonly duty?: DutyKind;
  /** Who carries it. */
  readonly role: Role;
  /** The Shanghai day of the deadline, `YYYY-MM-DD`: when given, `dueAt`'s day (`dueAt` places the event). */
  readonly date?: string;
  /** The deadline. */
  readonly dueAt: Instant;
  /** The count the rule asks for in the period. */
  readonly quota?: number;
  /** Present when a working day of a provisional calendar year decided the date. */
  readonly provisional?: true;
  /** The title in each locale (zh-Hans, zh-Hant, en; each a string when given); the chosen locale's must be given. */
  readonly title: {
    /** In Simplified Chinese. */
    readonly 'zh-Hans'?: string;
    /** In Traditional Chinese. */
    readonly 'zh-Hant'?: string;
    /** In English. */
    readonly en?: string;
  };
}

/**
 * A duty as {@link dutyCalendar} returns it, or its JSON copy (`dueAt` an ISO-8601 string): what
 * {@link toICalendar} reads. `rule` is a rule of the duty table and `duty`, when given, one of that
 * rule's duties; `date`, when given, is `dueAt`'s Shanghai day. `title` is an object of titles by
 * locale; the one in the chosen locale must be a string (checked with the arguments, which name the locale).
 *
 * @example
 * ```ts
 * import { dutySchema } from 'wuye-rules/schemas';
 * import { dutyCalendar } from 'wuye-rules/duty';
 * // A duty as dutyCalendar returns it, or its JSON copy (dueAt as text).
 * const [report] = dutyCalendar({ from: '2026-03-07', to: '2026-03-07', roles: ['front-desk'] });
 * [dutySchema.safeParse(report).success, dutySchema.safeParse(JSON.parse(JSON.stringify(report))).success];
 * //=> [true, true]
 * dutySchema.safeParse({ ...report, date: '2026-03-08' }).error?.issues[0]?.message;
 * //=> 'must be the Shanghai day of dueAt (2026-03-07) or absent'
 * dutySchema.safeParse({ ...report, duty: 'work-plan' }).error?.issues[0]?.path;
 * //=> ['duty']
 * ```
 */
export const dutySchema: z.ZodType<DutyInput> = fieldsOf(
  z
    .strictObject({
      rule: z.enum(dutyRuleIds() as [string, ...string[]]).meta({ description: '规则编号（职责表中的规则）。 The rule id (a rule of the duty table).' }),
      duty: z
        .enum(Object.keys(RULE_OF_DUTY) as [DutyKind, ...DutyKind[]])
        .optional()
        .meta({ description: '职责（须为该规则的职责之一）。 Which duty of the rule (one of that rule’s duties).' }),
      role: roleSchema,
      date: z.string().optional().meta({ description: '截止时刻所在的北京时间日期，须与 dueAt 一致。 The Shanghai day of the deadline, as dueAt has it.' }),
      dueAt: instantSchema.refine(
        (dueAt) => {
          const ms = instantMsOrNull(dueAt);
          return ms === null || inICalendarSpan(ms);
        },
        { message: ICALENDAR_SPAN },
      ),
      quota: countSchema.optional().meta({ description: '规定的次数。 The count the rule asks for.' }),
      provisional: z.literal(true).optional().meta({ description: '日期由临时日历年份决定。 A provisional calendar year decided the date.' }),
      title: fieldsOf(
        z
          .strictObject({ 'zh-Hans': wellFormedText.optional(), 'zh-Hant': wellFormedText.optional(), en: wellFormedText.optional() })
          .meta({ description: '各语言的标题（所选语言的标题必须给出）。 The title in each locale (the chosen locale’s must be given).' }),
      ),
    })
    .superRefine((duty, context) => {
      const rule = duty.rule;
      if (duty.duty !== undefined && !dutiesOfRule(rule).includes(duty.duty as never)) {
        context.addIssue({ code: 'custom', path: ['duty'], message: `must be one of ${dutiesOfRule(rule).map((each) => JSON.stringify(each)).join(', ')}` });
      }
      const dueMs = instantMsOrNull(duty.dueAt);
      if (duty.date !== undefined && dueMs !== null) {
        // The day whose 24:00, or whose hour, dueAt is: as toICalendar places the event.
        const day = formatDay(Math.floor((dueMs - 1 + 28_800_000) / 86_400_000));
        if (duty.date !== day) context.addIssue({ code: 'custom', path: ['date'], message: `must be the Shanghai day of dueAt (${day}) or absent` });
      }
    })
    .meta({ title: 'Duty', description: '一项带日期的职责（dutyCalendar 的结果）。 A dated duty, as dutyCalendar returns it.' }),
);

/**
 * The options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import { iCalendarOptionsSchema } from 'wuye-rules/schemas';
 * iCalendarOptionsSchema.safeParse({ locale: 'en', name: 'Front desk', stamp: '2026-03-01T00:00:00Z' }).success;
 * //=> true
 * iCalendarOptionsSchema.safeParse({ locale: 'fr' }).error?.issues[0]?.path;
 * //=> ['locale']
 * iCalendarOptionsSchema.safeParse({ timezone: 'Asia/Shanghai' }).error?.issues[0]?.code;
 * //=> 'unrecognized_keys'
 * ```
 */
export const iCalendarOptionsSchema: z.ZodType<ICalendarOptions> = fieldsOf(
  z
    .strictObject({
      locale: z.enum(LOCALES as ['zh-Hans', 'zh-Hant', 'en']).optional(),
      name: wellFormedText.optional(),
      stamp: instantSchema
        .refine(
          (stamp) => {
            const ms = instantMsOrNull(stamp);
            return ms === null || inICalendarSpan(ms);
          },
          { message: ICALENDAR_SPAN },
        )
        .optional(),
    })
    .meta({ title: 'toICalendar options', description: '语言、日历名称、DTSTAMP。 The locale, the calendar name, the DTSTAMP.' }),
);

/** The arguments of {@link toICalendar}: `[duties, options?]`. */
export type ToICalendarArgs = [duties: readonly ICalendarDuty[], options?: ICalendarOptions];

/**
 * The arguments of {@link toICalendar}: the duties and, optionally, its options. Each duty's title in the
 * chosen locale (`zh-Hans` unless given) must be a string, and no two duties may make one event with
 * different text (the same rule, duty or titles, role and day with another deadline, quota or title:
 * `duplicate_duty`, checked as toICalendar checks it).
 *
 * @example
 * ```ts
 * import { toICalendarArgsSchema } from 'wuye-rules/schemas';
 * import { dutyCalendar } from 'wuye-rules/duty';
 * // Without a locale, each title needs its zh-Hans text; one event is one duty.
 * const duties = dutyCalendar({ from: '2026-03-07', to: '2026-03-07', roles: ['front-desk'] });
 * toICalendarArgsSchema.safeParse([duties, { locale: 'en', name: 'Front desk' }]).success;
 * //=> true
 * toICalendarArgsSchema.safeParse([[{ ...duties[0], title: { en: 'Weekly report' } }]]).error?.issues[0]?.path;
 * //=> [0, 0, 'title', 'zh-Hans']
 * toICalendarArgsSchema.safeParse([[duties[0], { ...duties[0], dueAt: '2026-03-07T18:00:00+08:00' }]]).error?.issues[0]?.path;
 * //=> [0, 1]
 * ```
 */
export const toICalendarArgsSchema: z.ZodType<ToICalendarArgs> = readable(z
  .tuple([z.array(dutySchema), iCalendarOptionsSchema.optional()])
  .superRefine(([duties, options], context) => {
    const locale = options?.locale ?? 'zh-Hans';
    duties.forEach((duty, index) => {
      if (typeof duty.title[locale] !== 'string') {
        context.addIssue({ code: 'custom', message: `must have a title in ${locale}`, path: [0, index, 'title', locale] });
      }
    });
  })
  .check(refusesOutOfRange(([duties, options]: [readonly DutyInput[], ICalendarOptions?]) => readICalendarDuties(duties, options?.locale ?? 'zh-Hans'), inArguments(['duties', 'options']), ['duplicate_duty']))
  .meta({
    title: 'toICalendar arguments',
    description: '职责列表（dutyCalendar 的结果）及可选的选项。 The duties (as dutyCalendar returns them) and optional options.',
  }) as unknown as z.ZodType<ToICalendarArgs>);

/**
 * The input of {@link toICalendar}: its arguments (same as {@link toICalendarArgsSchema}).
 *
 * @example
 * ```ts
 * import { toICalendarArgsSchema, toICalendarInputSchema } from 'wuye-rules/schemas';
 * toICalendarInputSchema === toICalendarArgsSchema;
 * //=> true
 * [toICalendarInputSchema.safeParse([[]]).success, toICalendarInputSchema.safeParse([]).success];
 * //=> [true, false]
 * ```
 */
export const toICalendarInputSchema = toICalendarArgsSchema;
