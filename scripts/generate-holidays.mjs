// Turns the State Council holiday schedules of holiday-cn (NateScarlet/holiday-cn, MIT; one JSON file
// per notice year, kept unchanged in data/holiday-cn/) into the compact module src/calendar/data/chinaHolidays.ts.
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
// Encoding: one string, year after year; in each year, for each statutory holiday in the order of
// HOLIDAY_NAMES (元旦, 春节, 清明节, 劳动节, 端午节, 国庆节, 中秋节), from its anchor, the first statutory day
// of the text of the law in force that year (春节: 初一 until 2024, 除夕 from 2025):
// - 1 base-36 character, 12 × back + length: the run of rest days that holds the anchor starts `back`
//   (0–2) days before it and lasts `length` (0–11) days; 0 when the run belongs to an earlier holiday
//   of the list (中秋 inside the National Day holidays);
// - then 1 character 'A'–'Z' for each make-up working day nearest to this anchor, 'N' + its offset
//   from the anchor (−13 to +12 days).
// The schedules follow the statutory days closely, so the string is short and repetitive. The
// generator fails when a schedule does not fit (a run with no statutory day, a day too far away).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { statutoryDates } from './generate-statutory.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the holiday-cn files are read from by default. */
export const defaultSourceDirectory = join(root, 'data', 'holiday-cn');
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

/**
 * The anchors of `year`: the first statutory day of each holiday in the order of HOLIDAY_NAMES, as
 * src/calendar/_statutory.ts computes them (the dates from the statutory table's generator).
 */
function anchorsOf(year, lunar) {
  const [spring, qingming, dragonBoat, midAutumn] = lunar.get(year).map(([month, day]) => dayOf(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`));
  return [dayOf(`${year}-01-01`), spring - (year > 2024 ? 1 : 0), qingming, dayOf(`${year}-05-01`), dragonBoat, dayOf(`${year}-10-01`), midAutumn];
}

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
  const dated = [...days.entries()].map(([iso, isOffDay]) => ({ day: dayOf(iso), isOffDay })).sort((a, b) => a.day - b.day);
  const off = dated.filter((entry) => entry.isOffDay).map((entry) => entry.day);
  const work = dated.filter((entry) => !entry.isOffDay).map((entry) => entry.day);
  // Runs of consecutive rest days, [first, length].
  const runs = [];
  for (const day of off) {
    const last = runs.at(-1);
    if (last !== undefined && last[0] + last[1] === day) last[1] += 1;
    else runs.push([day, 1]);
  }
  const lunar = new Map(statutoryDates().map(({ year, dates }) => [year, dates]));
  const used = new Set();
  const nearest = new Map();
  const anchors = [];
  for (let year = from; year <= to; year += 1) anchors.push(...anchorsOf(year, lunar).map((anchor) => [year, anchor]));
  // Each make-up working day goes with its nearest anchor (the first of two as near).
  for (const day of work) {
    let best = 0;
    anchors.forEach(([, anchor], index) => {
      if (Math.abs(day - anchor) < Math.abs(day - anchors[best][1])) best = index;
    });
    const offset = day - anchors[best][1];
    if (offset < -13 || offset > 12) throw new Error(`generate-holidays: make-up working day ${new Date(day * DAY_MS).toISOString().slice(0, 10)} is too far from a statutory day`);
    nearest.set(best, [...(nearest.get(best) ?? []), offset]);
  }
  let table = '';
  anchors.forEach(([year, anchor], index) => {
    const run = runs.find(([first, length]) => anchor >= first && anchor < first + length);
    let value = 0;
    if (run !== undefined && !used.has(run)) {
      used.add(run);
      const back = anchor - run[0];
      if (back > 2 || run[1] > 11) throw new Error(`generate-holidays: the run of ${year} from ${new Date(run[0] * DAY_MS).toISOString().slice(0, 10)} does not fit one character`);
      value = 12 * back + run[1];
    }
    table += value.toString(36) + (nearest.get(index) ?? []).map((offset) => String.fromCharCode(78 + offset)).join('');
  });
  for (const [first] of runs) {
    if (![...used].some((run) => run[0] === first)) throw new Error(`generate-holidays: the rest days from ${new Date(first * DAY_MS).toISOString().slice(0, 10)} hold no statutory day`);
  }
  return `// GENERATED by scripts/generate-holidays.mjs: do not edit by hand.
// Source: holiday-cn by NateScarlet (https://github.com/NateScarlet/holiday-cn), MIT License; the
// schedules of the State Council General Office (国务院办公厅) notices ${from}–${to}. See NOTICE.
// For each year and each statutory holiday (元旦, 春节, 清明节, 劳动节, 端午节, 国庆节, 中秋节), from the
// holiday's first statutory day (see scripts/generate-holidays.mjs): 1 base-36 character, 12 × days
// back + length of its run of rest days, then 'N' + offset for each make-up working day near it.

/** First year of the State Council schedules. */
export const CHINA_FROM = ${from};
/** Last year of the State Council schedules. */
export const CHINA_TO = ${to};
/** The rest days (放假) and make-up working days (调休上班) of the schedules, year after year. */
export const CHINA_DAYS = '${table}';
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
