// Turns the State Council holiday schedules of holiday-cn (NateScarlet/holiday-cn, MIT; one JSON file
// per notice year in ../shared/data/holiday-cn) into the compact module src/calendar/data/chinaHolidays.ts.
//
//   node scripts/generate-holidays.mjs            writes the module
//   node scripts/generate-holidays.mjs --check    exits 1 when the committed module is stale
//
// Quirks of the source, handled here (RULES C10):
// - A year's file follows the notice's title and can list days of the adjacent year (the 2019 notice
//   lists 2018-12-29..31; the 2023 notice makes 2022-12-31 a holiday). Files are merged in year order
//   and, for a day listed twice, the later notice wins.
// - Days outside the covered years (2018-12-29..31 of the 2019 notice) are dropped: the calendar covers
//   whole years only, and a partly known year is reported as uncovered rather than half-guessed.
// - A make-up working day can fall on a weekday (2020-02-03, after the Spring Festival extension);
//   it is kept as listed.
//
// Encoding (base 36; each day is a gap from the previous day of its list, the first from 31 December
// of the year before the first year, so that numbers stay small):
// - HOLIDAY_RUNS: runs of consecutive rest days, 2 characters of gap to the run's first day + 1
//   character of run length.
// - WORKDAYS: make-up working days, 2 characters of gap each.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the holiday-cn files are read from by default. */
export const defaultSourceDirectory = join(root, '..', 'shared', 'data', 'holiday-cn');
/** Where the generated module is written. */
export const modulePath = join(root, 'src', 'calendar', 'data', 'chinaHolidays.ts');

const DAY_MS = 86_400_000;
const dayOf = (iso) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) throw new Error(`generate-holidays: bad date ${JSON.stringify(iso)}`);
  const [, year, month, day] = match.map(Number);
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).toISOString().slice(0, 10) !== iso) throw new Error(`generate-holidays: not a date ${iso}`);
  return ms / DAY_MS;
};
const base36 = (value, width) => {
  const text = value.toString(36);
  if (value < 0 || text.length > width) throw new Error(`generate-holidays: ${value} does not fit in ${width} base-36 characters`);
  return text.padStart(width, '0');
};

/**
 * Reads every `YYYY.json` of `sourceDirectory` and merges them (later notice wins).
 * Returns `{ from, to, days: Map<isoDate, isOffDay> }` restricted to the covered years.
 */
export function mergeNotices(sourceDirectory = defaultSourceDirectory) {
  const files = readdirSync(sourceDirectory)
    .filter((name) => /^\d{4}\.json$/.test(name))
    .sort();
  if (files.length === 0) throw new Error(`generate-holidays: no YYYY.json in ${sourceDirectory}`);
  const years = files.map((name) => Number(name.slice(0, 4)));
  const from = years[0];
  const to = years[years.length - 1];
  years.forEach((year, index) => {
    if (year !== from + index) throw new Error(`generate-holidays: years must be contiguous, ${from + index} is missing`);
  });
  const days = new Map();
  for (const name of files) {
    const notice = JSON.parse(readFileSync(join(sourceDirectory, name), 'utf8'));
    if (notice.year !== Number(name.slice(0, 4))) throw new Error(`generate-holidays: ${name} says year ${notice.year}`);
    for (const entry of notice.days) {
      if (typeof entry.isOffDay !== 'boolean') throw new Error(`generate-holidays: ${name} ${entry.date} has no isOffDay`);
      const year = Number(entry.date.slice(0, 4));
      if (year < from || year > to) continue;
      dayOf(entry.date);
      days.delete(entry.date);
      days.set(entry.date, entry.isOffDay);
    }
  }
  return { from, to, days };
}

/** The text of src/calendar/data/chinaHolidays.ts for the files of `sourceDirectory`. */
export function generateHolidayModule(sourceDirectory = defaultSourceDirectory) {
  const { from, to, days } = mergeNotices(sourceDirectory);
  const origin = dayOf(`${from}-01-01`) - 1;
  const dated = [...days.entries()].map(([iso, isOffDay]) => ({ day: dayOf(iso), isOffDay })).sort((a, b) => a.day - b.day);
  const off = dated.filter((entry) => entry.isOffDay).map((entry) => entry.day);
  const work = dated.filter((entry) => !entry.isOffDay).map((entry) => entry.day);
  let runs = '';
  let previous = origin;
  for (let index = 0; index < off.length; ) {
    let length = 1;
    while (index + length < off.length && off[index + length] === off[index] + length && length < 35) length += 1;
    runs += base36(off[index] - previous, 2) + base36(length, 1);
    previous = off[index];
    index += length;
  }
  previous = origin;
  let workdays = '';
  for (const day of work) {
    workdays += base36(day - previous, 2);
    previous = day;
  }
  return `// GENERATED by scripts/generate-holidays.mjs: do not edit by hand.
// Source: holiday-cn by NateScarlet (https://github.com/NateScarlet/holiday-cn), MIT License; the
// schedules of the State Council General Office (国务院办公厅) notices ${from}–${to}. See NOTICE.
// Base 36; each day is a gap from the previous one of its list, the first from ${from - 1}-12-31.

/** First year of the State Council schedules. */
export const CHINA_FROM = ${from};
/** Last year of the State Council schedules. */
export const CHINA_TO = ${to};
/** Rest days (放假), as runs: 2 characters of gap from the previous run's first day, then 1 of run length. */
export const CHINA_HOLIDAY_RUNS = '${runs}';
/** Make-up working days (调休上班), 2 characters of gap from the previous one each. */
export const CHINA_WORKDAYS = '${workdays}';
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generateHolidayModule();
  if (process.argv.includes('--check')) {
    const current = readFileSync(modulePath, 'utf8');
    if (current !== text) {
      console.error('generate-holidays: src/calendar/data/chinaHolidays.ts is stale; run node scripts/generate-holidays.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(modulePath, text);
    console.log(`generate-holidays: wrote ${modulePath}`);
  }
}
