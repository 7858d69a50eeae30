import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types
import { encodeYear, generateStatutoryModule, modulePath, statutoryDates } from '../../scripts/generate-statutory.mjs';
import { statutoryYear } from '../../src/calendar/_statutory.js';
import { daysFromCivil } from '../../src/calendar/_days.js';

describe('scripts/generate-statutory.mjs', () => {
  it('produces exactly the committed table, lunar-javascript and tyme4ts agreeing on every date', () => {
    expect(generateStatutoryModule()).toBe(readFileSync(modulePath as string, 'utf8'));
  });

  it('covers 2014–2099 with dates in their seasons (春节 21 Jan–20 Feb, 清明 4–5 Apr, 中秋 Sep–Oct)', () => {
    const years = statutoryDates() as { year: number; dates: [number, number][] }[];
    expect(years[0]?.year).toBe(2014);
    expect(years.at(-1)?.year).toBe(2099);
    for (const { dates } of years) {
      const [spring, qingming, , midAutumn] = dates;
      expect(spring![0] === 1 ? spring![1] >= 21 : spring![0] === 2 && spring![1] <= 20).toBe(true);
      expect(qingming![0]).toBe(4);
      expect([4, 5]).toContain(qingming![1]);
      expect([9, 10]).toContain(midAutumn![0]);
    }
  });
});

describe('statutoryYear (the committed table decoded)', () => {
  // The first day of each holiday the provisional calendar rests on, by name index (see HOLIDAY_NAMES).
  const firstDayOf = (off: ReadonlyMap<number, number>, name: number): number | undefined => Math.min(...[...off].filter(([, code]) => code === name).map(([day]) => day));
  const dayOf = (year: number, [month, day]: [number, number]): number => daysFromCivil(year, month, day);

  it('rests on the very dates lunar-javascript and tyme4ts give, for every year of the table', () => {
    const years = statutoryDates() as { year: number; dates: [number, number][] }[];
    for (const { year, dates } of years) {
      const off = statutoryYear(year);
      const [spring, qingming, dragonBoat, midAutumn] = dates.map((date) => dayOf(year, date));
      // 春节 from 初一 under the 2013 text; from 除夕 (the day before) under the 2024 text, from 2025.
      expect(firstDayOf(off, 1), `${year} 春节`).toBe(spring! - (year >= 2025 ? 1 : 0));
      expect(firstDayOf(off, 2), `${year} 清明`).toBe(qingming);
      expect(firstDayOf(off, 4), `${year} 端午`).toBe(dragonBoat);
      // 中秋 on 1–3 October is a 国庆 day already (2020, 2028...): it has no day of its own then.
      const shared = midAutumn! >= daysFromCivil(year, 10, 1) && midAutumn! <= daysFromCivil(year, 10, 3);
      expect(shared ? off.get(midAutumn!) : firstDayOf(off, 6), `${year} 中秋`).toBe(shared ? 5 : midAutumn);
    }
  });

  it('chains 端午 to 春节 and 中秋 to 端午, so every character of the table stays small', () => {
    const years = statutoryDates() as { year: number; dates: [number, number][] }[];
    for (const { year, dates } of years) {
      const values = encodeYear(year, dates) as number[];
      expect(values).toHaveLength(4);
      // 端午 − 春节 is 121–123 days, or 151–153 with a leap month before the fifth; 中秋 − 端午 is 97–99 or 127–129.
      expect([0, 1, 2, 30, 31, 32]).toContain(values[2]);
      expect([0, 1, 2, 30, 31, 32]).toContain(values[3]);
      expect(values[2]! >= 30 && values[3]! >= 30).toBe(false);
    }
  });

  it('refuses to encode a date that does not fit one character', () => {
    expect(() => encodeYear(2030, [[1, 20], [4, 4], [5, 20], [9, 1]])).toThrow(/春节 of 2030 does not fit/);
    expect(() => encodeYear(2030, [[2, 3], [4, 4], [9, 1], [9, 20]])).toThrow(/端午 of 2030 does not fit/);
  });
});
