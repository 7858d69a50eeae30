// Internal to the schemas: the instant check they share with the rule functions.
import { toEpochMs } from '../core/instant.js';

/** The epoch ms of an instant the rule functions accept, or null: the schemas' check of a real moment. */
export function instantMsOrNull(value: unknown): number | null {
  try {
    return toEpochMs(value, 'schema', []);
  } catch {
    return null;
  }
}

// The patterns of ISO-8601 dates and times exactly as the rule functions read them, so that a JSON
// Schema validator refuses what they refuse: a day that exists (2026-02-29 does not, 2028-02-29 does),
// hours 00–23 or 24:00 exactly, an offset of at most ±23:59. No flags: JSON Schema patterns have none.
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const LEAP_DAY = '(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29';
/** A day of the proleptic Gregorian calendar, `YYYY-MM-DD`, that exists (a pattern's source). */
export const CIVIL_DATE = `(?:\\d{4}-${MONTH_DAY}|${LEAP_DAY})`;
export const CLOCK_TIME = '[Tt ](?:(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?|24:00(?::00(?:[.,](?:0{1,3}|000\\d{1,6}))?)?)';
export const OFFSET = '(?:[Zz]|[+-](?:[01]\\d|2[0-3])(?::?[0-5]\\d)?)?';
