// The back-test of the provisional calendar (RULES C11): read 2019–2026 as if their notices were not
// published and compare day by day with the notices. The agreement figures are those of the
// deadlines guide ("Years not yet published"); a change of the reading that lowers them fails here.
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { statutoryYear } from '../../src/calendar/_statutory.js';
import { daysFromCivil, isMondayToFriday } from '../../src/calendar/_days.js';
import { COMPENSATION } from '../../src/calendar/_statutory.js';
import { statutory } from './_helpers.js';

const DAY_MS = 86_400_000;
const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const days: number[] = [];
for (let day = daysFromCivil(2019, 1, 1); day <= daysFromCivil(2026, 12, 31); day += 1) days.push(day);

// A calendar that knows nothing of 2019–2026, so that the statutory reading supplies those years.
const blank = { ...statutory, calendar: defineCalendar({ from: 2030, to: 2030, holidays: [], workdays: [] }) };

/** The share of 2019–2026 days on which `works` agrees with the notices, in percent. */
function agreement(works: (day: number) => boolean): number {
  const agreeing = days.filter((day) => works(day) === isWorkday(iso(day))).length;
  return (100 * agreeing) / days.length;
}

describe('provisional calendar back-test, 2019–2026', () => {
  it('finds every statutory day of both texts of the law a rest day in the notices (a guard on the data)', () => {
    for (let year = 2019; year <= 2026; year += 1) {
      for (const [day, code] of statutoryYear(year)) {
        if (code < COMPENSATION) expect(isWorkday(iso(day)), iso(day)).toBe(false);
      }
    }
  });

  it('agrees with the notices on 96.4% of days (weekends only: 93.2%)', () => {
    const provisional = agreement((day) => isWorkday(iso(day), blank));
    const weekendsOnly = agreement(isMondayToFriday);
    expect(provisional.toFixed(1)).toBe('96.4');
    expect(weekendsOnly.toFixed(1)).toBe('93.2');
    expect(provisional).toBeGreaterThan(weekendsOnly);
  });

  it('chooses the shared-day reading (中秋 inside 1–3 October earns a day) because it agrees better', () => {
    const reading = (sharedOwes: boolean) => {
      const rest = new Set<number>();
      for (let year = 2019; year <= 2026; year += 1) for (const day of statutoryYear(year, sharedOwes).keys()) rest.add(day);
      return agreement((day) => isMondayToFriday(day) && !rest.has(day));
    };
    expect(reading(true)).toBeGreaterThan(reading(false));
    // 2020: 中秋 on 1 October; the notice rested on 1–8 October, so the extra day (6 October) matches it.
    expect(isWorkday('2020-10-06', blank)).toBe(false);
    expect(chinaCalendar.holidays).toContain('2020-10-06');
  });

  it('reads every day of 2019–2026 through the provisional path (no published day leaks in)', () => {
    expect(agreement((day) => isWorkday(iso(day), blank))).toBe(agreement((day) => isMondayToFriday(day) && !statutoryYear(Number(iso(day).slice(0, 4))).has(day)));
  });
});
