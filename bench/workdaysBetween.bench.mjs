// workdaysBetween (a prefix index: constant time in the distance) against a day-by-day loop over the
// same holidays, for ranges of about 1, 20 and 250 working days.
import { chinaCalendar, workdaysBetween } from '../dist/calendar.js';

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
function loopWorkdaysBetween(fromMs, toMs) {
  const last = Math.floor((toMs + OFFSET) / DAY);
  let count = 0;
  for (let day = Math.floor((fromMs + OFFSET) / DAY) + 1; day <= last; day += 1) if (loopIsWorkday(day)) count += 1;
  return count;
}

const starts = ['2024-01-02T09:00:00+08:00', '2024-09-30T18:00:00+08:00', '2024-02-08T10:30:00+08:00', '2024-12-30T08:00:00+08:00'].map(Date.parse);
let index = 0;
const next = () => starts[index++ % starts.length];
// Calendar days spanning about n working days.
const spans = { 1: 1, 20: 28, 250: 360 };

export default {
  name: 'workdaysBetween',
  cases: [1, 20, 250].map((n) => ({
    label: `~${n} working days`,
    run: () => {
      const from = next();
      return workdaysBetween(from, from + spans[n] * DAY);
    },
    baseline: () => {
      const from = next();
      return loopWorkdaysBetween(from, from + spans[n] * DAY);
    },
  })),
};
