import * as z from 'zod/mini';
import type { ComplaintPolicy } from '../../complaint/complaintPolicy.js';
import type { Policy } from '../../policy/Policy.js';
import { boundSchema, ceilingsRise, policyPeriodSchema as periodSchema, rateBoundSchema, yuanBoundSchema, policyValuesOf } from './common.js';

/** The complaint levels, 1 (a crisis) to 4: the data of the zod/mini and classic level schemas. */
export { COMPLAINT_LEVELS } from '../../policy/_policyData.js';
import { COMPLAINT_LEVELS } from '../../policy/_policyData.js';

/** The title and description of a complaint level, shared by its zod/mini and classic schemas. */
export const complaintLevelMeta = { title: 'Complaint level', description: '投诉等级：1（危机事件）至 4。 A complaint level, 1 (a crisis) to 4.' };

const complaintLevelSchema = z.union(COMPLAINT_LEVELS.map((level) => z.literal(level))).check(z.meta(complaintLevelMeta));

/** The approver roles whose display names are built in (CR 第二十七條). */
export { DEFAULT_APPROVERS } from '../../policy/_policyData.js';
import { DEFAULT_APPROVERS, ROLE_ID } from '../../policy/_policyData.js';
const defaultApprovers: ReadonlySet<string> = /* @__PURE__ */ new Set(DEFAULT_APPROVERS);

/** A role id: not blank, no surrounding spaces, at most 64 characters. */
const approverSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(ROLE_ID, { message: 'a role id without surrounding spaces' }));
const displayNameSchema = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/\S/, { message: 'a display name that is not blank' }));

/** One approval band: a role id, its display names (built in for the default roles) and its ceiling. */
const approvalBandSchema = z
  .strictObject({
    approver: approverSchema,
    approverName: z.optional(z.strictObject({ 'zh-Hans': displayNameSchema, 'zh-Hant': displayNameSchema, en: displayNameSchema })),
    upTo: z.nullable(yuanBoundSchema),
  })
  .check(
    z.refine((band) => band.approverName !== undefined || defaultApprovers.has(band.approver), {
      message: 'a role of your own needs its display names (approverName with zh-Hans, zh-Hant and en)',
      path: ['approverName'],
    }),
  );

// complaintPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const complaintPolicyObject: z.ZodMiniType<ComplaintPolicy> = z.strictObject({
  approvalBands: z
    .array(approvalBandSchema)
    .check(
      z.minLength(1),
      z.refine((bands) => bands.at(-1)?.upTo === null, { message: 'the last approval band must be open-ended (upTo: null)' }),
      z.refine((bands) => ceilingsRise(bands, 100), { message: 'approval band ceilings must rise (each band must reach an amount the ones before it do not)' }),
      z.refine((bands) => bands.slice(0, -1).every((band) => band.upTo !== null), { message: 'only the last approval band may be open-ended' }),
      // Each role in one band (its display names are keyed by its id): refused at the second band's id.
      z.superRefine((bands, context) => {
        const seen = new Set<string>();
        bands.forEach((band, index) => {
          if (seen.has(band.approver)) context.addIssue({ code: 'custom', path: [index, 'approver'], input: band.approver, message: 'must be a role id no other band has' });
          seen.add(band.approver);
        });
      }),
    ),
  levelThresholds: z.strictObject({
    groupLitigationHouseholds: boundSchema,
    recurrenceComplainants: boundSchema,
    collectiveComplainants: boundSchema,
    collectiveHouseholds: boundSchema,
    unresolvedLongerThan: z.strictObject({ period: periodSchema, inclusive: z.boolean() }),
    repeatsAfterResolution: boundSchema,
  }),
  recurrenceWindow: periodSchema,
  forwardWithin: periodSchema,
  majorLevels: z.array(complaintLevelSchema),
  routineResponseWithin: periodSchema,
  majorResponseWithin: periodSchema,
  closeWithin: periodSchema,
  reportWithin: periodSchema,
  especiallySeriousLevels: z.array(complaintLevelSchema),
  targets: z.strictObject({ satisfaction: rateBoundSchema, handling: rateBoundSchema, returnVisit: rateBoundSchema }),
  collectiveAboveTenHouseholds: z.union([z.literal(2), z.literal(1)]),
});

/**
 * The `complaint` section of {@link Policy}.
 *
 * @example
 * ```ts
 * import { complaintPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * const complaint = { ...defaultPolicy.complaint, collectiveAboveTenHouseholds: 1 };
 * complaintPolicySchema.safeParse(complaint).success;
 * //=> true
 * complaintPolicySchema.safeParse({ ...complaint, approvalBands: [{ approver: 'sales-manager', upTo: { value: 2000, inclusive: true } }] }).error?.issues[0]?.message;
 * //=> 'the last approval band must be open-ended (upTo: null)'
 * complaintPolicySchema.safeParse({ ...complaint, approvalBands: [{ approver: 'project-manager', upTo: null }] }).error?.issues[0]?.path;
 * //=> ['approvalBands', 0, 'approverName']
 * ```
 */
export const complaintPolicySchema: z.ZodMiniType<ComplaintPolicy> = /* @__PURE__ */ policyValuesOf(complaintPolicyObject);
