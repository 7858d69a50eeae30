// dueAt with unit 'workhour' (working hours inside 08:00–17:30 on working days, RULES C12) for
// N = 1, 100 and 10,000 hours, beside the usual hand-written loop: walk day by day, spend each working
// day's business hours until the amount is used up. The library jumps whole working days with the
// calendar index, so its cost does not grow with N; the loop's does.
import { dueAt } from '../dist/calendar.js';

import { DAY, OFFSET, loopIsWorkday } from './_dayByDay.mjs';

const OPEN = 8 * 3_600_000;
const CLOSE = 17.5 * 3_600_000;
export function loopWorkhours(fromMs, hours) {
  let left = hours * 3_600_000;
  let day = Math.floor((fromMs + OFFSET) / DAY);
  let clock = Math.max(fromMs + OFFSET - day * DAY, OPEN);
  for (;;) {
    if (loopIsWorkday(day) && clock < CLOSE) {
      const today = CLOSE - clock;
      if (left <= today) return new Date(day * DAY - OFFSET + clock + left);
      left -= today;
    }
    day += 1;
    clock = OPEN;
  }
}

// Starts inside and outside business hours, early enough that 10,000 hours stay within 2019–2026.
const starts = ['2019-03-04T09:00:00+08:00', '2019-09-30T18:00:00+08:00', '2020-01-23T16:30:00+08:00', '2019-12-31T07:00:00+08:00'].map(Date.parse);
let index = 0;
const next = () => starts[index++ % starts.length];

export default {
  name: 'dueAt (workhour)',
  cases: [1, 100, 10_000].map((n) => {
    const period = { amount: n, unit: 'workhour' };
    return { label: `${n.toLocaleString('en-US')} working hour(s)`, run: () => dueAt(next(), period), baseline: () => loopWorkhours(next(), n) };
  }),
};
