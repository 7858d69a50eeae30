import { it } from 'vitest';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { functions, validInputsOf, withOptions, outcomeOf, takesOptions } from './_support.js';
const HUGE: Record<string, number> = { hour: 1e10, workhour: 1e10, day: 1e9, week: 2e8, month: 4e7, workday: 1e9 };
function stretch(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => stretch(x));
  if (typeof v === 'object' && v !== null) {
    if ('amount' in v && 'unit' in v) return { ...v, amount: HUGE[(v as any).unit] ?? (v as any).amount };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stretch(x, k)]));
  }
  if (typeof v === 'number' && /Hours$/.test(key)) return 1e10;
  if (typeof v === 'number' && key === 'days') return 1e9;
  return v;
}
it('x', () => {
  const over = stretch(JSON.parse(JSON.stringify(defaultPolicy))) as any;
  delete over.duty; 
  const policy = definePolicy({ ...over, outOfCoverage: 'weekends' });
  for (const fn of functions) {
    if (!takesOptions(fn)) continue;
    for (const args of validInputsOf(fn)) {
      const t = performance.now();
      const o = outcomeOf(() => fn.call(...withOptions(fn, args, { policy })));
      const ms = performance.now() - t;
      const s = 'result' in o ? 'OK' : `${o.error} ${o.code} ${JSON.stringify(o.path)} ${o.message.slice(0, 140)}`;
      console.log(fn.name.padEnd(26), ms.toFixed(0).padStart(4), s);
    }
  }
});
