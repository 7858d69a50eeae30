// dueAt against the same rules written inline: civil-code days (24:00 of the Nth day after the event
// day, pure arithmetic) and working days (24:00 of the Nth working day, by a day-by-day loop), for
// n = 1, 20 and 250.
import { chinaCalendar, dueAt } from '../dist/calendar.js';

// The baseline: the usual day-by-day loop over a set of holidays and make-up days, on numbers (epoch
// ms → Shanghai day number), as a hand-written ERP helper would do it.
const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const holidays = new Set(chinaCalendar.holidays.map(dayOf));
const makeUpDays = new Set(chinaCalendar.workdays.map(dayOf));
function loopIsWorkday(day) {
  if (makeUpDays.has(day)) return true;
  if (holidays.has(day)) return false;
  const weekday = (day + 4) % 7;
  return weekday !== 0 && weekday !== 6;
}
function loopAddWorkdays(fromMs, n) {
  const start = Math.floor((fromMs + OFFSET) / DAY);
  let day = start;
  for (let left = n; left > 0; ) {
    day += 1;
    if (loopIsWorkday(day)) left -= 1;
  }
  return new Date(fromMs + (day - start) * DAY);
}
const startOfDay = (ms) => Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;
const inlineDays = (fromMs, n) => new Date(startOfDay(fromMs) + (n + 1) * DAY);
const inlineWorkdays = (fromMs, n) => new Date(startOfDay(loopAddWorkdays(fromMs, n).getTime()) + DAY);

const starts = ['2024-01-02T09:00:00+08:00', '2024-09-30T18:00:00+08:00', '2024-02-08T10:30:00+08:00', '2024-12-30T08:00:00+08:00'].map(Date.parse);
let index = 0;
const next = () => starts[index++ % starts.length];
const periods = Object.fromEntries([1, 20, 250].flatMap((n) => [[`day${n}`, { amount: n, unit: 'day' }], [`workday${n}`, { amount: n, unit: 'workday' }]]));

export default {
  name: 'dueAt',
  cases: [1, 20, 250].flatMap((n) => [
    { label: `${n} day(s)`, run: () => dueAt(next(), periods[`day${n}`]), baseline: () => inlineDays(next(), n) },
    { label: `${n} working day(s)`, run: () => dueAt(next(), periods[`workday${n}`]), baseline: () => inlineWorkdays(next(), n) },
  ]),
};
