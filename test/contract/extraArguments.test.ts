// Contract: an argument past a function's last parameter is refused, never dropped. JavaScript ignores
// it, so an options object given one place too late (`dueAt(from, period, undefined, options)`,
// `payFloat(91, undefined, { employmentMonth: 2 })`) silently left the defaults in force. An
// `undefined` there is no argument. toShanghaiIsoString, a formatter passed to map, is the exception.
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const MAP_FRIENDLY = new Set(['toShanghaiIsoString']);
const callables = Object.entries(library).filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name)) as [string, (...args: unknown[]) => unknown][];

describe('arguments past the last parameter', () => {
  it('covers every function of the package', () => {
    expect(callables.length).toBeGreaterThan(60);
  });

  it.each(callables.filter(([name]) => !MAP_FRIENDLY.has(name)))('%s refuses one at its position, whatever it is', (name, fn) => {
    // Past every function's parameters (none takes more than three; a default value makes fn.length
    // shorter than the list, so it cannot say where the list ends).
    const count = 6;
    for (const extra of [{ policy: definePolicy({ dayCounting: 'elapsed' }) }, {}, 0, null, 'x']) {
      const args = [...Array<unknown>(count).fill(undefined), extra];
      let thrown: unknown;
      try {
        fn(...args);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, `${name}(${count} × undefined, ${JSON.stringify(extra)})`).toBeInstanceOf(InvalidInputError);
      expect([(thrown as InvalidInputError).code, (thrown as InvalidInputError).path]).toEqual(['too_many_arguments', [count]]);
      expect((thrown as InvalidInputError).message).toMatch(new RegExp(`^${name}: \\[${count}\\] must be absent: ${name} takes [1-3] arguments?, received `));
    }
  });

  it('names the first argument past the list, as the schema of the arguments does', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return [(error as InvalidInputError).code, (error as InvalidInputError).path];
      }
      return undefined;
    };
    const elapsed = { policy: definePolicy({ dayCounting: 'elapsed' }) };
    expect(refusal(() => (library.dueAt as (...args: unknown[]) => unknown)('2026-01-31T10:00', { amount: 1, unit: 'month' }, undefined, elapsed))).toEqual(['too_many_arguments', [3]]);
    expect(refusal(() => (library.payFloat as (...args: unknown[]) => unknown)(91, undefined, { employmentMonth: 2 }))).toEqual(['too_many_arguments', [2]]);
    expect(refusal(() => (library.explain as (...args: unknown[]) => unknown)(['C2'], 'en', 'zh-Hans'))).toEqual(['too_many_arguments', [2]]);
    expect(refusal(() => (library.definePolicy as (...args: unknown[]) => unknown)({}, library.defaultPolicy, {}))).toEqual(['too_many_arguments', [2]]);
  });

  it('takes an undefined past the last parameter as no argument', () => {
    const approvalAuthority = library.approvalAuthority as (...args: unknown[]) => { approver: string };
    const dueAt = library.dueAt as (...args: unknown[]) => Date;
    expect(approvalAuthority(1000, undefined, undefined).approver).toBe('sales-manager');
    expect(library.toShanghaiIsoString(dueAt('2026-09-30T18:00+08:00', { amount: 2, unit: 'workday' }, undefined, undefined))).toBe('2026-10-10T00:00:00.000+08:00');
  });

  it('lets a formatter be passed to map', () => {
    expect([0, 86_400_000].map(library.toShanghaiIsoString)).toEqual(['1970-01-01T08:00:00.000+08:00', '1970-01-02T08:00:00.000+08:00']);
  });
});
