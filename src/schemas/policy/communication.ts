import * as z from 'zod/mini';
import type { CommunicationPolicy } from '../../communication/communicationPolicy.js';
import type { Policy } from '../../policy/Policy.js';
import { MAX_DURATION, RESIDENT_LEAD_MAXIMUM, WORKDAY_LEAD_WHOLE } from '../../policy/_policyData.js';
import { policyHoursSchema, policyPeriodSchema as periodSchema, policyValuesOf } from './common.js';

const noticeRuleSchema = z.strictObject({
  rule: z.string().check(z.minLength(1)),
  departmentLeadHours: z.nullable(policyHoursSchema),
  // One form per unit, so that the JSON Schema says what each unit's amount may be.
  residentLead: z.union([
    z.strictObject({ amount: z.number().check(z.minimum(0), z.maximum(MAX_DURATION.hour, { message: RESIDENT_LEAD_MAXIMUM })), unit: z.literal('hour') }),
    z.strictObject({
      amount: z.number().check(z.int({ message: WORKDAY_LEAD_WHOLE }), z.minimum(1, { message: WORKDAY_LEAD_WHOLE }), z.maximum(MAX_DURATION.workday, { message: RESIDENT_LEAD_MAXIMUM })),
      unit: z.literal('workday'),
    }),
  ]),
  forbiddenOnRestDays: z.boolean(),
});

// communicationPolicyObject before the Date/Map/Set check (policyValuesOf, at the end of this file).
const communicationPolicyObject: z.ZodMiniType<CommunicationPolicy> = z.strictObject({
  notices: z.strictObject({
    'pest-control': noticeRuleSchema,
    'utility-outage': noticeRuleSchema,
    'community-event': noticeRuleSchema,
    works: noticeRuleSchema,
  }),
  deadlines: z.strictObject({
    'contract-unclear': periodSchema,
    'contract-change': periodSchema,
    'property-loss': periodSchema,
    'report-publication': periodSchema,
    'appeal-reply': periodSchema,
    'appeal-escalated': periodSchema,
  }),
  retention: z.strictObject({ 'meeting-minutes': periodSchema, notice: periodSchema }),
  publicityUpdateWithin: periodSchema,
  companyMeetingWeekday: z.number().check(z.int(), z.minimum(0), z.maximum(6)),
});

/**
 * The `communication` section of {@link Policy}.
 *
 * @example
 * ```ts
 * import { communicationPolicySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy } from 'wuye-rules/policy';
 * // definePolicy's override { communication: { companyMeetingWeekday: 2 } }, laid over the default section.
 * communicationPolicySchema.safeParse({ ...defaultPolicy.communication, companyMeetingWeekday: 2 }).success;
 * //=> true
 * communicationPolicySchema.safeParse({ ...defaultPolicy.communication, companyMeetingWeekday: 7 }).error?.issues[0]?.path;
 * //=> ['companyMeetingWeekday']
 * ```
 */
export const communicationPolicySchema: z.ZodMiniType<CommunicationPolicy> = /* @__PURE__ */ policyValuesOf(communicationPolicyObject);
