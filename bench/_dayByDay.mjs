// The baseline of the calendar benchmarks: the usual day-by-day loop over a set of holidays and
// make-up days, on numbers (epoch ms → Shanghai day number), as a hand-written ERP helper would do it.
import { chinaCalendar } from '../dist/calendar.js';

export const DAY = 86_400_000;
export const OFFSET = 8 * 3_600_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const holidays = new Set(chinaCalendar.holidays.map(dayOf));
const makeUpDays = new Set(chinaCalendar.workdays.map(dayOf));

export function loopIsWorkday(day) {
  if (makeUpDays.has(day)) return true;
  if (holidays.has(day)) return false;
  const weekday = (day + 4) % 7;
  return weekday !== 0 && weekday !== 6;
}

export function loopAddWorkdays(fromMs, n) {
  const start = Math.floor((fromMs + OFFSET) / DAY);
  let day = start;
  for (let left = n; left > 0; ) {
    day += 1;
    if (loopIsWorkday(day)) left -= 1;
  }
  return new Date(fromMs + (day - start) * DAY);
}

export function loopWorkdaysBetween(fromMs, toMs) {
  const last = Math.floor((toMs + OFFSET) / DAY);
  let count = 0;
  for (let day = Math.floor((fromMs + OFFSET) / DAY) + 1; day <= last; day += 1) if (loopIsWorkday(day)) count += 1;
  return count;
}
