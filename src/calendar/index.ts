/**
 * The China working-day calendar and period counting. RULES §0.
 * PLACEHOLDER: issue 3 delivers the calendar.
 * @packageDocumentation
 */
export type { Calendar } from './Calendar.js';
export { CalendarCoverageError } from '../core/errors.js';
