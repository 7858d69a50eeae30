import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types
import { generateStatutoryModule, modulePath, statutoryDates } from '../../scripts/generate-statutory.mjs';

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
