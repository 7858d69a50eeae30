/**
 * The duty calendar: every recurring duty and procedural deadline of the standards as dated
 * occurrences per role, and an iCalendar (RFC 5545) writer so a team can subscribe to them. RULES §8.
 * @packageDocumentation
 */
export { dutyCalendar, type Duty, type DutyCalendarRange } from './dutyCalendar.js';
export type { DutyPolicy, SurveyCadence } from './dutyPolicy.js';
export type { DutyKind, DutyTitle, Role } from './dutyTable.js';
export { standingDuties, type StandingDuty } from './standingDuties.js';
export { toICalendar, type ICalendarDuty, type ICalendarOptions } from './toICalendar.js';
