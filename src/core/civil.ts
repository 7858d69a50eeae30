// Civil (proleptic Gregorian) date arithmetic on day numbers (whole days since 1970-01-01), in
// integers: no Date, no host time zone, no calendar of working days. Month periods, day periods and
// the `+08:00` text every result is written in rest on this alone, so a bundle that counts months
// carries no holiday table. The conversions are Howard Hinnant's `days_from_civil` and
// `civil_from_days` (eras of 400 years, March-based years so that the leap day ends the year).

/** Days in an era of 400 Gregorian years. */
const DAYS_PER_ERA = 146_097;
/** The day number of 0000-03-01, the start of era 0, counted back from 1970-01-01. */
const ERA_ZERO = 719_468;

/** A civil date: year (any integer, 0 = 1 BC), month 1–12, day 1–31. */
export interface CivilDate {
  /** The year, astronomical numbering. */
  readonly year: number;
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
}

/**
 * The day number of a civil date. Months and days may overflow as in `Date.UTC`: month 13 is January
 * of the next year, month 0 December of the year before, day 0 the last day of the month before.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const yearShift = Math.floor((month - 1) / 12);
  const m = month - 12 * yearShift;
  // March-based year: January and February belong to the year before.
  const marchYear = year + yearShift - (m <= 2 ? 1 : 0);
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * DAYS_PER_ERA + dayOfEra - ERA_ZERO + day - 1;
}

// The fields of the last conversion, so the hot formatter allocates nothing.
let civilYear = 1970;
let civilMonth = 1;
let civilDay = 1;

// Sets civilYear, civilMonth and civilDay to the civil date of a day number.
function convert(dayNumber: number): void {
  const z = dayNumber + ERA_ZERO;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  civilDay = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  civilMonth = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  civilYear = yearOfEra + era * 400 + (civilMonth <= 2 ? 1 : 0);
}

/** The civil date of a day number. */
export function civilFromDays(dayNumber: number): CivilDate {
  convert(dayNumber);
  return { year: civilYear, month: civilMonth, day: civilDay };
}

/** The days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1);
}

/**
 * The corresponding day `months` months after a day number (`months` may be negative): the same day
 * of the month, or the target month's last day when it is shorter (Civil Code art. 202).
 */
export function addMonthsDay(dayNumber: number, months: number): number {
  convert(dayNumber);
  const day = civilDay;
  const first = daysFromCivil(civilYear, civilMonth + months, 1);
  convert(first);
  return first + Math.min(day, daysInMonth(civilYear, civilMonth)) - 1;
}

/** A whole number ≥ 0 written with at least `width` digits (leading zeros). */
export function padDigits(value: number, width: number): string {
  return `${value}`.padStart(width, '0');
}

// As Date#toISOString writes a year: four digits for 0–9999, else a sign and six digits.
function yearText(year: number): string {
  return year >= 0 && year <= 9999 ? padDigits(year, 4) : `${year < 0 ? '-' : '+'}${padDigits(Math.abs(year), 6)}`;
}

/** Formats a day number as `YYYY-MM-DD` (years outside 0–9999 as `±YYYYYY`, as `Date#toISOString` does). */
export function formatCivilDay(dayNumber: number): string {
  convert(dayNumber);
  return `${yearText(civilYear)}-${padDigits(civilMonth, 2)}-${padDigits(civilDay, 2)}`;
}
