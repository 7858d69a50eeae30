import { z } from 'zod';
import { appraisalPolicySchema } from './appraisal.js';
import { communicationPolicySchema } from './communication.js';
import { complaintPolicySchema } from './complaint.js';
import { deskPolicySchema } from './desk.js';
import { kpiPolicySchema } from './kpi.js';
import { repairPolicySchema } from './repair.js';
import { visitPolicySchema } from './visit.js';

/**
 * A whole {@link Policy}. Strict at every level: an unknown key is an error, so a typo in a company's
 * policy file never passes silently.
 */
export const policySchema = z.strictObject({
  dayCounting: z.enum(['civil-code', 'elapsed']),
  extendPastRestDays: z.boolean(),
  beforeDayInclusive: z.boolean(),
  restDays: z.enum(['calendar', 'weekends']),
  outOfCoverage: z.enum(['throw', 'weekends']),
  complaint: complaintPolicySchema,
  repair: repairPolicySchema,
  appraisal: appraisalPolicySchema,
  desk: deskPolicySchema,
  communication: communicationPolicySchema,
  visit: visitPolicySchema,
  kpi: kpiPolicySchema,
});
