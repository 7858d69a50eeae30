// The zod/mini policy schema on its own: what definePolicy needs, and nothing else. `../policy.ts`
// (the `policySchema` of `wuye-rules/schemas`) adds the JSON Schema rendering on top, which brings in
// zod's JSON Schema generator.
import * as z from 'zod/mini';
import type { Policy } from '../../policy/Policy.js';
import { appraisalPolicySchema } from './appraisal.js';
import { communicationPolicySchema } from './communication.js';
import { complaintPolicySchema } from './complaint.js';
import { deskPolicySchema } from './desk.js';
import { dutyPolicySchema } from './duty.js';
import { kpiPolicySchema } from './kpi.js';
import { repairPolicySchema } from './repair.js';
import { visitPolicySchema } from './visit.js';
import { businessHoursSchema, policyValuesOf } from './common.js';

/**
 * A whole {@link Policy}. Strict at every level: an unknown key is an error, so a typo in a company's
 * policy file never passes silently; a Date, a Map or a Set anywhere in it is refused, as definePolicy
 * refuses it.
 */
export const policySchema: z.ZodMiniType<Policy> = /* @__PURE__ */ policyValuesOf(
  z.strictObject({
    dayCounting: z.enum(['civil-code', 'elapsed']),
    extendPastRestDays: z.boolean(),
    beforeDayInclusive: z.boolean(),
    restDays: z.enum(['calendar', 'weekends']),
    outOfCoverage: z.enum(['throw', 'statutory', 'weekends']),
    hourCounting: z.enum(['elapsed', 'business-hours']),
    businessHours: businessHoursSchema,
    complaint: complaintPolicySchema,
    repair: repairPolicySchema,
    appraisal: appraisalPolicySchema,
    desk: deskPolicySchema,
    communication: communicationPolicySchema,
    visit: visitPolicySchema,
    kpi: kpiPolicySchema,
    duty: dutyPolicySchema,
  }).check(z.meta({ title: 'Policy', description: '公司政策：规则的全部数值与解读。 A company policy: every number and reading of the rules.' })),
);
