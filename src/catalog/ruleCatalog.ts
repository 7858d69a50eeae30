import { appraisalEntries } from './entries/appraisal.js';
import { calendarEntries } from './entries/calendar.js';
import { communicationEntries } from './entries/communication.js';
import { complaintEntries } from './entries/complaint.js';
import { conventionEntries } from './entries/conventions.js';
import { deskEntries } from './entries/desk.js';
import { dutyEntries } from './entries/duty.js';
import { kpiEntries } from './entries/kpi.js';
import { repairEntries } from './entries/repair.js';
import { visitEntries } from './entries/visit.js';
import type { RuleEntry } from './RuleEntry.js';
import { deepFreeze } from '../core/decision.js';

/**
 * Every rule the library encodes, keyed by rule id: its source document and clause, a one-line
 * summary in zh-Hans, zh-Hant and en, and where relevant the reading chosen for an ambiguous source
 * (`assumption`) or a note on conflict with PRC law (`legalRisk`). Every id a decision's `basis` can
 * name is a key here.
 *
 * @example
 * ```ts
 * import { ruleCatalog } from 'wuye-rules/catalog';
 * ruleCatalog['complaint.approval'].clause;
 * //=> '篇3 第二十七條'
 * ```
 */
export const ruleCatalog: Readonly<Record<string, RuleEntry>> = /* @__PURE__ */ deepFreeze({
  ...conventionEntries,
  ...calendarEntries,
  ...complaintEntries,
  ...repairEntries,
  ...appraisalEntries,
  ...deskEntries,
  ...communicationEntries,
  ...visitEntries,
  ...kpiEntries,
  ...dutyEntries,
});
