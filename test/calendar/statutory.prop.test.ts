import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkdays } from '../../src/calendar/addWorkdays.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { workdaysBetween } from '../../src/calendar/workdaysBetween.js';
import { yearStatus } from '../../src/calendar/yearStatus.js';
import { statutory } from './_helpers.js';

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const year = fc.integer({ min: 2027, max: 2099 });

// The statutory days of a year, written out from the law's two texts independently of the library:
// the fixed dates here, the lunar and solar-term ones from the year's 1 Jan–31 Dec rest days found
// by the library must include them.
function fixedStatutoryDays(y: number): string[] {
  const days = [`${y}-01-01`, `${y}-05-01`, `${y}-10-01`, `${y}-10-02`, `${y}-10-03`];
  if (y >= 2025) days.push(`${y}-05-02`);
  return days;
}

describe("outOfCoverage: 'statutory' (properties)", () => {
  it('never makes a statutory day a working day in a provisional year', () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(yearStatus(y, statutory)).toBe('provisional');
        for (const day of fixedStatutoryDays(y)) expect(isWorkday(day, statutory), day).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('rests on four consecutive days at the Spring Festival and never works on a weekend in a provisional year', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 364 }), (y, offset) => {
        const ms = Date.UTC(y, 0, 1) + offset * DAY_MS;
        const weekday = new Date(ms).getUTCDay();
        if (weekday === 0 || weekday === 6) expect(isWorkday(iso(ms), statutory)).toBe(false);
        // Between 21 January and 20 February there is a run of at least 4 rest days (除夕–初三).
        let run = 0;
        let longest = 0;
        for (let day = Date.UTC(y, 0, 20); day <= Date.UTC(y, 1, 22); day += DAY_MS) {
          run = isWorkday(iso(day), statutory) ? 0 : run + 1;
          longest = Math.max(longest, run);
        }
        expect(longest).toBeGreaterThanOrEqual(4);
      }),
      { numRuns: 40 },
    );
  });

  it('counts working days consistently: workdaysBetween inverts addWorkdays across published and provisional years', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2098, 0, 1) }), fc.integer({ min: 0, max: 400 }), (ms, n) => {
        const due = addWorkdays(ms, n, statutory);
        expect(workdaysBetween(ms, due, statutory)).toBe(n);
        if (n > 0) expect(isWorkday(due, statutory)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and does not change its options', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2027, 0, 1), max: Date.UTC(2099, 11, 1) }), (ms) => {
        const options = statutory;
        const before = JSON.stringify(options);
        expect(isWorkday(ms, options)).toBe(isWorkday(ms, options));
        expect(addWorkdays(ms, 5, options).getTime()).toBe(addWorkdays(ms, 5, options).getTime());
        expect(JSON.stringify(options)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
