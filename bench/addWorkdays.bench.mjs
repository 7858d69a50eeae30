// addWorkdays (a prefix index: constant time in n) against a day-by-day loop over the same holidays,
// for n = 1, 20 and 250 working days. The library's cost should not grow with n; the loop's does.
import { addWorkdays } from '../dist/calendar.js';

import { loopAddWorkdays } from './_dayByDay.mjs';

const starts = ['2024-01-02T09:00:00+08:00', '2024-09-30T18:00:00+08:00', '2024-02-08T10:30:00+08:00', '2024-12-30T08:00:00+08:00'].map(Date.parse);
let index = 0;
const next = () => starts[index++ % starts.length];

export default {
  name: 'addWorkdays',
  cases: [1, 20, 250].map((n) => ({
    label: `n = ${n}`,
    run: () => addWorkdays(next(), n),
    baseline: () => loopAddWorkdays(next(), n),
  })),
};
