import { z } from 'zod';
import type { approvalAuthority, approverNames } from '../complaint/approvalAuthority.js';
import type { checkComplaintTargets, ComplaintTargetFigures } from '../complaint/checkComplaintTargets.js';
import type { classifyComplaint, ComplaintFacts } from '../complaint/classifyComplaint.js';
import { complaintDeadlines, type ComplaintDeadlinesInput } from '../complaint/complaintDeadlines.js';
import type { ComplaintLevel } from '../complaint/complaintPolicy.js';
import type { complaintRoute } from '../complaint/complaintRoute.js';
import type { ComplaintHistoryEntry, countRecurrence, RecurrenceQuery } from '../complaint/countRecurrence.js';
import { investigationReportDueAt } from '../complaint/investigationReportDueAt.js';
import type { Instant } from '../core/instant.js';
import { instantMsOrNull } from './_instantMs.js';
import { atValue, refusesOutOfRange } from './_outOfRange.js';
import { countSchema, fieldsOf, instantSchema, yuanSchema } from './common.js';
import { readable } from './_unreadable.js';
import { COMPLAINT_LEVELS, complaintLevelMeta } from './policy/complaint.js';

export { complaintPolicySchema } from './policy/complaint.js';

/**
 * The amount argument of {@link approvalAuthority}.
 *
 * @example
 * ```ts
 * import { approvalAuthorityInputSchema } from 'wuye-rules/schemas';
 * [approvalAuthorityInputSchema.safeParse(1000).success, approvalAuthorityInputSchema.safeParse(1000.01).success];
 * //=> [true, true]
 * approvalAuthorityInputSchema.safeParse(1000.004).error?.issues[0]?.message;
 * //=> 'must be exact to the fen (0.01 yuan)'
 * approvalAuthorityInputSchema.safeParse(-1).success;
 * //=> false
 * ```
 */
export const approvalAuthorityInputSchema: z.ZodType<number> = yuanSchema.meta({
  title: 'approvalAuthority input',
  description: '投诉金额（元）。 The complaint amount in yuan.',
});

const complaintLevelSchema = z.union(COMPLAINT_LEVELS.map((level) => z.literal(level))).meta(complaintLevelMeta);

/**
 * The input of {@link classifyComplaint}: what is known about a complaint, every field optional.
 *
 * @example
 * ```ts
 * import { classifyComplaintInputSchema } from 'wuye-rules/schemas';
 * classifyComplaintInputSchema.safeParse({ litigation: 'possible', litigationHouseholds: 10 }).success;
 * //=> true
 * classifyComplaintInputSchema.safeParse({ media: 'viral' }).error?.issues[0]?.path;
 * //=> ['media']
 * const unresolved = { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-01-14T10:00:00+08:00', causedByUs: true };
 * classifyComplaintInputSchema.safeParse({ unresolved }).error?.issues[0]?.path;
 * //=> ['unresolved', 'asOf']
 * ```
 */
export const classifyComplaintInputSchema: z.ZodType<ComplaintFacts> = fieldsOf(
  z
    .strictObject({
      media: z.enum(['none', 'possible', 'occurred']).optional().meta({ description: '媒体负面曝光：无、可能、已发生。 Negative media exposure: none, possible, occurred.' }),
      severeReputationalHarm: z.boolean().optional().meta({ description: '对公司声誉和形象产生严重影响（如诚信问题）。 Serious harm to reputation or image (e.g. integrity).' }),
      litigation: z.enum(['none', 'possible', 'filed']).optional().meta({ description: '法律诉讼：无、可能、已提起。 A lawsuit: none, possible, filed.' }),
      litigationHouseholds: countSchema.optional().meta({ description: '（可能）参与群体诉讼的户数。 Households in the actual or possible lawsuit.' }),
      collectiveComplainants: countSchema.optional().meta({ description: '集体投诉的人数。 People in a collective complaint.' }),
      collectiveHouseholds: countSchema.optional().meta({ description: '集体投诉的户数。 Households in a collective complaint.' }),
      sameIssueComplainantsInMonth: countSchema.optional().meta({ description: '一个月内就同一问题投诉的不同投诉人数。 Distinct complainants about the same issue within a month.' }),
      unresolved: fieldsOf(
        z
          .strictObject({
            openedAt: instantSchema.meta({ description: '投诉受理时刻。 When the complaint was opened.' }),
            asOf: instantSchema.meta({ description: '判定时刻，不早于 openedAt。 The instant judged at, not before openedAt.' }),
            causedByUs: z.boolean().meta({ description: '由于我方原因未解决。 Unresolved for reasons on our side.' }),
          })
          .superRefine((unresolved, context) => {
            const opened = instantMsOrNull(unresolved.openedAt);
            const asOf = instantMsOrNull(unresolved.asOf);
            if (opened !== null && asOf !== null && asOf < opened) context.addIssue({ code: 'custom', path: ['asOf'], message: 'must not be before openedAt' });
          }),
      )
        .optional()
        .meta({ description: '尚未解决的投诉。 The complaint is still open.' }),
      repeatsAfterResolution: countSchema.optional().meta({ description: '处理完毕后同一问题再次投诉的次数。 Complaints about the same issue after it was handled.' }),
      needsOtherDepartment: z.boolean().optional().meta({ description: '需要其他部门协助（含经验支持）。 Needs another department, incl. expertise.' }),
    })
    .meta({ title: 'classifyComplaint input', description: '投诉定级的事实；缺省字段视为无、否或 0。 The facts a complaint is classified by; an absent field is none, false or 0.' }),
);

/**
 * One complaint of the history {@link countRecurrence} reads; other fields of a record are allowed and ignored.
 *
 * @example
 * ```ts
 * import { complaintHistoryEntrySchema } from 'wuye-rules/schemas';
 * const entry = { complainantId: 'A-301', issueKey: 'noise:gym', at: '2026-03-02T21:00:00+08:00' };
 * // A record of your own system may carry more fields.
 * [complaintHistoryEntrySchema.safeParse(entry).success, complaintHistoryEntrySchema.safeParse({ ...entry, ticket: 'T-88' }).success];
 * //=> [true, true]
 * complaintHistoryEntrySchema.safeParse({ ...entry, complainantId: '' }).error?.issues[0]?.path;
 * //=> ['complainantId']
 * ```
 */
export const complaintHistoryEntrySchema: z.ZodType<ComplaintHistoryEntry> = fieldsOf(
  z
    .object({
      complainantId: z.string().min(1).meta({ description: '投诉人（个人或住户）标识。 The complainant (person or household).' }),
      issueKey: z.string().min(1).meta({ description: '投诉问题的键；键相同即相同投诉。 The issue; equal keys are the same issue.' }),
      at: instantSchema.meta({ description: '投诉时刻。 When the complaint was made.' }),
    })
    .meta({ title: 'Complaint history entry', description: '一条投诉记录。 One complaint of a history.' }),
);

/**
 * The query argument of {@link countRecurrence}.
 *
 * @example
 * ```ts
 * import { countRecurrenceQuerySchema } from 'wuye-rules/schemas';
 * countRecurrenceQuerySchema.safeParse({ issueKey: 'noise:gym', asOf: '2026-04-02T23:59:59+08:00' }).success;
 * //=> true
 * countRecurrenceQuerySchema.safeParse({ issueKey: 'noise:gym' }).error?.issues[0]?.path;
 * //=> ['asOf']
 * ```
 */
export const countRecurrenceQuerySchema: z.ZodType<RecurrenceQuery> = fieldsOf(
  z
    .strictObject({
      issueKey: z.string().min(1).meta({ description: '要统计的问题。 The issue to count.' }),
      asOf: instantSchema.meta({ description: '统计截至的时刻（含）。 The instant to count up to (inclusive).' }),
    })
    .meta({ title: 'countRecurrence query', description: '统计哪个问题、截至何时。 Which issue, up to when.' }),
);

/** The arguments of {@link countRecurrence}: the complaint history and the query. */
export type CountRecurrenceArgs = [history: readonly ComplaintHistoryEntry[], query: RecurrenceQuery];

/**
 * The arguments of {@link countRecurrence}, in order: the history and the query.
 *
 * @example
 * ```ts
 * import { countRecurrenceArgsSchema } from 'wuye-rules/schemas';
 * const history = [
 *   { complainantId: 'A-301', issueKey: 'noise:gym', at: '2026-03-02T21:00:00+08:00' },
 *   { complainantId: 'A-302', issueKey: 'noise:gym', at: '2026-03-20T22:10:00+08:00' },
 * ];
 * const query = { issueKey: 'noise:gym', asOf: '2026-04-02T23:59:59+08:00' };
 * countRecurrenceArgsSchema.safeParse([history, query]).success;
 * //=> true
 * countRecurrenceArgsSchema.safeParse([history[0], query]).error?.issues[0]?.path;
 * //=> [0]
 * ```
 */
export const countRecurrenceArgsSchema: z.ZodType<CountRecurrenceArgs> = readable(z
  .tuple([z.array(complaintHistoryEntrySchema), countRecurrenceQuerySchema])
  .meta({ title: 'countRecurrence arguments', description: '投诉记录与查询。 The complaint history and the query.' }));

/**
 * The input of {@link countRecurrence}: its two arguments, as {@link countRecurrenceArgsSchema}.
 *
 * @example
 * ```ts
 * import { countRecurrenceArgsSchema, countRecurrenceInputSchema } from 'wuye-rules/schemas';
 * // An empty history counts 0; an entry without its issue is refused.
 * countRecurrenceInputSchema === countRecurrenceArgsSchema;
 * //=> true
 * [countRecurrenceInputSchema.safeParse([[], { issueKey: 'lift:2', asOf: '2026-04-01' }]).success, countRecurrenceInputSchema.safeParse([[{ complainantId: 'B-110', at: '2026-04-01' }], { issueKey: 'lift:2', asOf: '2026-04-01' }]).success];
 * //=> [true, false]
 * ```
 */
export const countRecurrenceInputSchema = countRecurrenceArgsSchema;

/**
 * The input of {@link complaintDeadlines}. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { complaintDeadlinesInputSchema } from 'wuye-rules/schemas';
 * complaintDeadlinesInputSchema.safeParse({ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T16:30:00+08:00' }).success;
 * //=> true
 * complaintDeadlinesInputSchema.safeParse({ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T14:30:00+08:00' }).error?.issues[0]?.message;
 * //=> 'must not be before receivedAt'
 * complaintDeadlinesInputSchema.safeParse({ level: 5, receivedAt: '2026-10-05T15:00:00+08:00' }).error?.issues[0]?.path;
 * //=> ['level']
 * ```
 */
export const complaintDeadlinesInputSchema: z.ZodType<ComplaintDeadlinesInput> = fieldsOf(
  z
    .strictObject({
      level: complaintLevelSchema,
      receivedAt: instantSchema.meta({ description: '收到投诉的时刻。 When the complaint was received.' }),
      acceptedAt: instantSchema.optional().meta({ description: '客户服务部受理的时刻，不早于 receivedAt。 When the service department accepted it, not before receivedAt.' }),
    })
    .superRefine((complaint, context) => {
      if (complaint.acceptedAt === undefined) return;
      const received = instantMsOrNull(complaint.receivedAt);
      const accepted = instantMsOrNull(complaint.acceptedAt);
      if (received !== null && accepted !== null && accepted < received) context.addIssue({ code: 'custom', path: ['acceptedAt'], message: 'must not be before receivedAt' });
    })
    .check(refusesOutOfRange((complaint: ComplaintDeadlinesInput) => complaintDeadlines(complaint)))
    .meta({ title: 'complaintDeadlines input', description: '投诉的等级、收到及受理时刻。 A complaint\'s level and when it was received and accepted.' }),
);

/**
 * The input of {@link investigationReportDueAt}: when the investigation was completed. Refused, as the function refuses it without options, when the result would lie outside the years 0000–9999 (+08:00).
 *
 * @example
 * ```ts
 * import { investigationReportDueAtInputSchema } from 'wuye-rules/schemas';
 * // The report is due 3 days after the investigation: from 9999-12-28 that is the year 10000.
 * investigationReportDueAtInputSchema.safeParse('2026-03-10T17:20:00+08:00').success;
 * //=> true
 * [investigationReportDueAtInputSchema.safeParse('9999-12-27').success, investigationReportDueAtInputSchema.safeParse('9999-12-28').success];
 * //=> [true, false]
 * ```
 */
export const investigationReportDueAtInputSchema: z.ZodType<Instant> = instantSchema.check(refusesOutOfRange((at: Instant) => investigationReportDueAt(at), atValue)).meta({
  title: 'investigationReportDueAt input',
  description: '调查处理完成的时刻。 When the investigation and handling were completed.',
});

/**
 * The input of {@link complaintRoute}: the complaint's level.
 *
 * @example
 * ```ts
 * import { complaintRouteInputSchema } from 'wuye-rules/schemas';
 * [1, 2, 3, 4].every((level) => complaintRouteInputSchema.safeParse(level).success);
 * //=> true
 * [complaintRouteInputSchema.safeParse(0).success, complaintRouteInputSchema.safeParse('2').success];
 * //=> [false, false]
 * ```
 */
export const complaintRouteInputSchema: z.ZodType<ComplaintLevel> = complaintLevelSchema.meta({
  title: 'complaintRoute input',
  description: '投诉等级（1–4）。 The complaint level (1–4).',
});

/**
 * The input of {@link checkComplaintTargets}: a period's complaint figures.
 *
 * @example
 * ```ts
 * import { checkComplaintTargetsInputSchema } from 'wuye-rules/schemas';
 * const month = { complaints: 40, handled: 40, returnVisited: 38, validComplaints: 25, satisfied: 25 };
 * checkComplaintTargetsInputSchema.safeParse(month).success;
 * //=> true
 * checkComplaintTargetsInputSchema.safeParse({ ...month, handled: 41 }).error?.issues[0];
 * //=> { code: 'custom', path: ['handled'], message: 'must not exceed complaints' }
 * ```
 */
export const checkComplaintTargetsInputSchema: z.ZodType<ComplaintTargetFigures> = fieldsOf(
  z
    .strictObject({
      complaints: countSchema.meta({ description: '期内收到的投诉数。 Complaints received in the period.' }),
      handled: countSchema.meta({ description: '其中已处理的投诉数。 Of those, complaints handled.' }),
      returnVisited: countSchema.meta({ description: '其中已回访的投诉数。 Of those, complaints visited back.' }),
      validComplaints: countSchema.meta({ description: '期内评价处理结果的有效投诉数。 Valid complaints whose handling was rated.' }),
      satisfied: countSchema.meta({ description: '其中投诉人对处理满意的数量。 Of those, complaints whose complainant was satisfied.' }),
    })
    .superRefine((figures, context) => {
      const pairs = [
        ['handled', 'complaints'],
        ['returnVisited', 'complaints'],
        ['satisfied', 'validComplaints'],
      ] as const;
      for (const [part, whole] of pairs) {
        if (figures[part] > figures[whole]) context.addIssue({ code: 'custom', path: [part], message: `must not exceed ${whole}` });
      }
    })
    .meta({ title: 'checkComplaintTargets input', description: '一个统计期的投诉数据。 A period\'s complaint figures.' }),
);

/**
 * The arguments of {@link approverNames}: none but the options (`{ policy }`), which the command line and the service supply.
 *
 * @example
 * ```ts
 * import { approverNamesArgsSchema } from 'wuye-rules/schemas';
 * // The locale is not an argument: approverNames returns the names in all three.
 * [approverNamesArgsSchema.safeParse([]).success, approverNamesArgsSchema.safeParse(['en']).success];
 * //=> [true, false]
 * ```
 */
export const approverNamesArgsSchema: z.ZodType<[]> = readable(z.tuple([]).meta({
  title: 'approverNames arguments',
  description: '无参数：审批角色及其三种语言的名称来自策略。 No arguments: the approver roles and their names in three locales come from the policy.',
}));
