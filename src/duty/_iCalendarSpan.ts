// The instants an iCalendar text can name with four-digit years, shared by toICalendar and its schema,
// within the span of results (core/instant.ts: 0000-01-01T00:00+08:00 … 9999-12-31T23:59:59.999+08:00):
// a UTC stamp from 0000-01-01T00:00Z, eight hours into the span; a deadline from 0000-01-02T00:00+08:00,
// a day into it (its all-day event is on the day before, at 24:00); both up to the span's last instant.
// Written as literals (test/duty/iCalendarSpan.test.ts derives them): bundlers keep a module-level sum
// of imported constants in every bundle.
import { MAX_RESULT_MS } from '../core/instant.js';

/** The first instant a `DTSTAMP` (UTC) can name: 0000-01-01T00:00:00Z (MIN_RESULT_MS + 8 hours). */
export const FIRST_UTC_MS = -62_167_219_200_000;
/** The first deadline whose event day and UTC stamp both lie in year 0000 or later: 0000-01-02T00:00+08:00 (MIN_RESULT_MS + 1 day). */
export const FIRST_DUE_MS = -62_167_161_600_000;
/** The last instant a rule returns, and an iCalendar text names: the span's last instant. */
export const LAST_RESULT_MS = MAX_RESULT_MS;
