// The calendar's working-day operations bundled as one value (see core/workdayEngine.ts): what
// definePolicy attaches to every policy, and what the rules whose default periods count working days
// or working hours pass to dueAtMs themselves.
import type { WorkdayEngine } from '../core/workdayEngine.js';
import { addWorkdaysIn, workdayContext } from './_calendarIndex.js';
import { isWorkdayDay } from './internal.js';
import { workhourDueMs } from './_workHours.js';

/** The working-day engine of this copy of the package, on the options' calendar and coverage policy. */
export const workdayEngine: WorkdayEngine = /* @__PURE__ */ Object.freeze<WorkdayEngine>({
  addWorkdays: (day, n, options, fn) => addWorkdaysIn(workdayContext(options, fn), day, n),
  isWorkday: isWorkdayDay,
  workhourDue: workhourDueMs,
});
