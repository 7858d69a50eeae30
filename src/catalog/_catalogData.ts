// The catalog's entries, module by module, as one new object on each call. The build replaces this
// module by one that parses the same entries from a JSON string (tsup.config.ts, catalogAsJson).
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

/** Every entry of the catalog, keyed by rule id, in a new (unfrozen) object. */
export function catalogData(): Record<string, RuleEntry> {
  return {
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
  };
}
