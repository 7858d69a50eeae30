import { defaultAppraisalPolicy } from '../appraisal/appraisalPolicy.js';
import { defaultCommunicationPolicy } from '../communication/communicationPolicy.js';
import { defaultComplaintPolicy } from '../complaint/complaintPolicy.js';
import { defaultDeskPolicy } from '../desk/deskPolicy.js';
import { defaultDutyPolicy } from '../duty/dutyPolicy.js';
import { defaultKpiPolicy } from '../kpi/kpiPolicy.js';
import { defaultRepairPolicy } from '../repair/repairPolicy.js';
import { defaultVisitPolicy } from '../visit/visitPolicy.js';
import type { Policy } from './Policy.js';
import { sealPolicy } from './_sealPolicy.js';

/**
 * The policy of the source documents: every number and reading of the rules reference, deep-frozen. Rule
 * functions use it when no `policy` option is given; {@link definePolicy} starts from it.
 *
 * @example
 * ```ts
 * import { defaultPolicy } from 'wuye-rules/policy';
 * [defaultPolicy.dayCounting, Object.isFrozen(defaultPolicy.complaint)];
 * //=> ['civil-code', true]
 * ```
 */
export const defaultPolicy: Policy = /* @__PURE__ */ sealPolicy({
  dayCounting: 'civil-code',
  extendPastRestDays: false,
  beforeDayInclusive: false,
  restDays: 'calendar',
  outOfCoverage: 'throw',
  hourCounting: 'elapsed',
  businessHours: [{ from: '08:00', to: '17:30' }],
  complaint: defaultComplaintPolicy,
  repair: defaultRepairPolicy,
  appraisal: defaultAppraisalPolicy,
  desk: defaultDeskPolicy,
  communication: defaultCommunicationPolicy,
  visit: defaultVisitPolicy,
  kpi: defaultKpiPolicy,
  duty: defaultDutyPolicy,
} satisfies Policy);
