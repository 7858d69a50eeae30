// dueAt against the same rules written inline: civil-code days (24:00 of the Nth day after the event
// day, pure arithmetic) and working days (24:00 of the Nth working day, by a day-by-day loop), for
// n = 1, 20 and 250.
import { dueAt } from '../dist/calendar.js';

import { DAY, OFFSET, loopAddWorkdays } from './_dayByDay.mjs';
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
