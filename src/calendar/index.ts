/**
 * The China working-day calendar and period counting (RULES §0): which days are working days under
 * the State Council holiday notices, and when a period the standards state ("3天内", "2个工作日内",
 * "当日", "次日", "一个月内") ends, counted as the Civil Code counts it. Every day boundary is
 * Asia/Shanghai, whatever the host's time zone.
 * @packageDocumentation
 */
export { addWorkdays } from './addWorkdays.js';
export type { Calendar, CalendarSpec, HolidayCnFile, HolidayNotice } from './Calendar.js';
export { CalendarCoverageError } from '../core/errors.js';
export { chinaCalendar } from './chinaCalendar.js';
export { defineCalendar } from './defineCalendar.js';
export { dueAt } from './dueAt.js';
export { explainDeadline, type DayNote, type DeadlineExplanation } from './explainDeadline.js';
export { extendCalendar } from './extendCalendar.js';
export { isWorkday } from './isWorkday.js';
export type { Period } from './Period.js';
export { workdaysBetween } from './workdaysBetween.js';
export { yearStatus, type YearStatus } from './yearStatus.js';
