// workdaysBetween (a prefix index: constant time in the distance) against a day-by-day loop over the
// same holidays, for ranges of about 1, 20 and 250 working days.
import { workdaysBetween } from '../dist/calendar.js';

import { DAY, loopWorkdaysBetween } from './_dayByDay.mjs';

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
