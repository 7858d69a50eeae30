// The instants an iCalendar text can name with four-digit years, shared by toICalendar and its schema:
// 0000-01-01T00:00Z and later for a UTC stamp, 0000-01-02T00:00+08:00 and later for a deadline (whose
// all-day event is on the day before, at 24:00), up to 9999-12-31T23:59:59.999+08:00 (the last instant
// a rule returns).

/** The first instant a `DTSTAMP` (UTC) can name: 0000-01-01T00:00:00Z. */
export const FIRST_UTC_MS = -62_167_219_200_000;
/** The first deadline whose event day and UTC stamp both lie in year 0000 or later: 0000-01-02T00:00+08:00. */
export const FIRST_DUE_MS = -62_167_161_600_000;
/** The last instant a rule returns, and an iCalendar text names: 9999-12-31T23:59:59.999+08:00. */
export const LAST_RESULT_MS = 253_402_271_999_999;
