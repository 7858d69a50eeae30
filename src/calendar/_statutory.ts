// The provisional calendar of a year whose State Council notice is not (yet) in the calendar (RULES
// C11): the statutory holidays of 《全国年节及纪念日放假办法》 in the text in force that year, plus a
// compensation day (补假) for each statutory day that falls on a Saturday or Sunday or on another
// holiday's day. No make-up working days: the notice's swaps (调休) cannot be known before it appears.
import { STATUTORY_DATES, STATUTORY_FROM, STATUTORY_TO } from './data/statutoryDates.js';
import { daysFromCivil, isMondayToFriday } from './_days.js';

export { STATUTORY_FROM, STATUTORY_TO };

/**
 * The holidays' names as the notices write them, by index: 元旦, 春节, 清明节, 劳动节, 端午节, 国庆节,
 * 中秋节 (国庆 before 中秋, the order in which the notices name them when 中秋 falls on 1–8 October).
 */
export const HOLIDAY_NAMES: readonly string[] = /* @__PURE__ */ '元旦 春节 清明节 劳动节 端午节 国庆节 中秋节'.split(' ');

/** Added to a holiday's name index for the compensation day of that holiday. */
export const COMPENSATION = 8;

/**
 * The statutory holidays of a year of the statutory table under the text of the law in force that
 * year, by name index (see {@link HOLIDAY_NAMES}): `[first day, days]` each. The first day is also
 * the point the published schedules of chinaCalendar are written from (see scripts/generate-holidays.mjs).
 */
export function statutoryHolidays(year: number): [number, number][] {
  // The year's 4 characters (see scripts/generate-statutory.mjs): 春节 after 21 January, 清明 after
  // 3 April, 端午 after 121 days past 春节, 中秋 after 97 days past 端午.
  const at = (year - STATUTORY_FROM) * 4;
  const field = (index: number): number => parseInt(STATUTORY_DATES[at + index] as string, 36);
  const spring = daysFromCivil(year, 1, 21 + field(0));
  const dragonBoat = spring + 121 + field(2);
  // The 2024 text (in force from 2025-01-01) added 除夕 and 2 May.
  const text2024 = year > 2024 ? 1 : 0;
  return [
    [daysFromCivil(year, 1, 1), 1],
    [spring - text2024, 3 + text2024],
    [daysFromCivil(year, 4, 3 + field(1)), 1],
    [daysFromCivil(year, 5, 1), 1 + text2024],
    [dragonBoat, 1],
    [daysFromCivil(year, 10, 1), 3],
    [dragonBoat + 97 + field(3), 1],
  ];
}

/**
 * The rest days of a year of the statutory table beyond Saturdays and Sundays (not in order): day
 * number → the holiday's index in {@link HOLIDAY_NAMES}, plus {@link COMPENSATION} for a
 * compensation day. `sharedOwes` (true, the reading the back-test chose) gives a compensation day
 * for a day two holidays share (中秋 on 1–3 October, as in 2020 and 2028). The chosen reading is
 * worked out once per year (an explanation asks for a year once per day it lists); do not change
 * the map returned.
 */
export function statutoryYear(year: number, sharedOwes = true): ReadonlyMap<number, number> {
  if (!sharedOwes) return restDaysOfYear(year, false);
  let days = chosenReading.get(year);
  if (days === undefined) chosenReading.set(year, (days = restDaysOfYear(year, true)));
  return days;
}

// The years of the chosen reading worked out so far.
const chosenReading = new Map<number, ReadonlyMap<number, number>>();

function restDaysOfYear(year: number, sharedOwes: boolean): Map<number, number> {
  const holidays = statutoryHolidays(year);
  const off = new Map<number, number>();
  const owed = holidays.map(([first, days], name) => {
    let count = 0;
    for (let day = first; day < first + days; day += 1) {
      if (off.has(day) ? sharedOwes : !isMondayToFriday(day)) count += 1;
      if (!off.has(day)) off.set(day, name);
    }
    return count;
  });
  holidays.forEach(([first, days], name) => {
    for (let day = first + days, count = owed[name] as number; count > 0; day += 1) {
      if (isMondayToFriday(day) && !off.has(day)) {
        off.set(day, name + COMPENSATION);
        count -= 1;
      }
    }
  });
  return off;
}

/**
 * The names of the statutory holidays a day of `year` belongs to, in the order the notices name them
 * (`国庆节、中秋节` for a day the two share); empty for any other day.
 */
export function statutoryNamesOf(year: number, day: number): string {
  const names: string[] = [];
  statutoryHolidays(year).forEach(([first, days], name) => {
    if (day >= first && day < first + days) names.push(HOLIDAY_NAMES[name] as string);
  });
  return names.join('、');
}

/** Whether `year` is in the statutory table. */
export function inStatutoryTable(year: number): boolean {
  return year >= STATUTORY_FROM && year <= STATUTORY_TO;
}
