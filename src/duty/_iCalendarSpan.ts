// The instants an iCalendar text can name with four-digit years, shared by toICalendar and its schema,
// within the span of results (core/instant.ts: 0000-01-01T00:00+08:00 … 9999-12-31T23:59:59.999+08:00).
// The text writes every deadline and stamp in UTC (DTSTAMP, X-WUYE-DUE), so the first is
// 0000-01-01T00:00Z, eight hours into the span; a deadline from then on also falls on a day of year 0000
// or later (a timed event on 0000-01-01 from 08:00, +08:00; the first all-day event is due at 24:00 of
// that day), which is every deadline dutyCalendar gives for a window from 0000-01-01. Both run up to the
// span's last instant.
// Written as literals (test/duty/iCalendarSpan.test.ts derives them): bundlers keep a module-level sum
// of imported constants in every bundle.
import { MAX_RESULT_MS } from '../core/instant.js';

/** The first instant an iCalendar text names, a deadline or a `DTSTAMP`: 0000-01-01T00:00:00Z (MIN_RESULT_MS + 8 hours). */
export const FIRST_UTC_MS = -62_167_219_200_000;
/** The last instant a rule returns, and an iCalendar text names: the span's last instant. */
export const LAST_RESULT_MS = MAX_RESULT_MS;

/** Whether `ms` is an instant an iCalendar text names with four-digit years (from {@link FIRST_UTC_MS} to {@link LAST_RESULT_MS}). */
export function inICalendarSpan(ms: number): boolean {
  return ms >= FIRST_UTC_MS && ms <= LAST_RESULT_MS;
}
