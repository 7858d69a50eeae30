// The one validation path every rule function's arguments take (issue 12): options, brand, snapshots,
// holes, safe counts, instants at the Date limits, bounded messages.
import { describe, expect, it } from 'vitest';
import { isValidated } from '../../src/core/brand.js';
import { describeValue } from '../../src/core/describe.js';
import { PolicyError } from '../../src/core/errors.js';
import { resultDate, toEpochMs, toShanghaiIsoString, writeShanghaiIso } from '../../src/core/instant.js';
import { ruleOptions } from '../../src/core/options.js';
import { requireArray, requireCount, requireObject } from '../../src/core/validate.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policyAt } from '../../src/policy/policyAt.js';
import { expectInvalid } from '../support/errors.js';

const MAX = 8.64e15;

describe('ruleOptions', () => {
  it('accepts absent options and options built by the library', () => {
    expect(ruleOptions(undefined, 'f')).toBeUndefined();
    const read = ruleOptions({ policy: definePolicy({ dayCounting: 'elapsed' }), calendar: chinaCalendar }, 'f');
    expect(read?.policy?.dayCounting).toBe('elapsed');
    expect(ruleOptions({ policy: defaultPolicy }, 'f')?.policy).toBe(defaultPolicy);
  });

  it('refuses a misspelt option instead of ignoring it', () => {
    expectInvalid(() => ruleOptions({ polcy: defaultPolicy } as never, 'f'), 'unknown_key', ['options', 'polcy']);
    expectInvalid(() => ruleOptions({ employmentMonht: 2 } as never, 'f', ['employmentMonth']), 'unknown_key', ['options', 'employmentMonht']);
    expectInvalid(() => ruleOptions(JSON.parse('{"__proto__": {}}') as never, 'f'), 'unknown_key', ['options', '__proto__']);
    expectInvalid(() => ruleOptions(3 as never, 'f'), 'invalid_type', ['options']);
    expectInvalid(() => ruleOptions([] as never, 'f'), 'invalid_type', ['options']);
  });

  it('refuses a hand-built policy with PolicyError naming options.policy, a spread copy included', () => {
    for (const policy of [{ ...defaultPolicy }, Object.freeze({ ...defaultPolicy }), { dayCounting: 'elapsed' }, 'default', null]) {
      let caught: unknown;
      try {
        ruleOptions({ policy } as never, 'someRule');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(PolicyError);
      expect((caught as PolicyError).path).toEqual(['options', 'policy']);
      expect((caught as PolicyError).message).toMatch(/^someRule: options\.policy must be built with definePolicy/);
    }
  });

  it('refuses a hand-built calendar with InvalidInputError naming options.calendar', () => {
    const spec = { from: 2030, to: 2030, holidays: [], workdays: [] };
    expectInvalid(() => ruleOptions({ calendar: spec } as never, 'f'), 'unvalidated_calendar', ['options', 'calendar']);
    expect(ruleOptions({ calendar: defineCalendar(spec) }, 'f')?.calendar).toEqual(spec);
  });

  it('turns a throwing getter or Proxy trap into InvalidInputError', () => {
    const getter = Object.defineProperty({}, 'policy', { enumerable: true, get: () => { throw new Error('boom'); } });
    expectInvalid(() => ruleOptions(getter as never, 'f'), 'unreadable', ['options', 'policy']);
    const extra = Object.defineProperty({}, 'locale', { enumerable: true, get: () => { throw new Error('boom'); } });
    expectInvalid(() => ruleOptions(extra as never, 'f', ['locale']), 'unreadable', ['options', 'locale']);
    const trap = new Proxy({}, { ownKeys: () => { throw new TypeError('trap'); } });
    expectInvalid(() => ruleOptions(trap as never, 'f'), 'unreadable', ['options']);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expectInvalid(() => ruleOptions(revocable.proxy as never, 'f'), 'unreadable', ['options']);
  });

  it('accepts a Proxy of a validated policy only as the frozen policy it forwards to', () => {
    expect(isValidated(new Proxy(defaultPolicy, {}))).toBe(true);
    expect(isValidated(new Proxy({ ...defaultPolicy }, {}))).toBe(false);
    expect(isValidated(new Proxy(defaultPolicy, { getOwnPropertyDescriptor: () => { throw new Error('x'); } }))).toBe(false);
  });
});

describe('policyAt', () => {
  it('returns only validated, frozen policies and refuses a hand-built version', () => {
    const elapsed = definePolicy({ dayCounting: 'elapsed' });
    const chosen = policyAt([{ effectiveFrom: '2026-01-01', policy: elapsed }], '2026-06-01');
    expect(isValidated(chosen) && Object.isFrozen(chosen)).toBe(true);
    let caught: unknown;
    try {
      policyAt([{ effectiveFrom: '2026-01-01', policy: { ...defaultPolicy, dayCounting: 'elapsd' } as never }], '2026-06-01');
    } catch (error) {
      caught = error;
    }
    expect((caught as PolicyError).path).toEqual(['versions', 0, 'policy']);
    expectInvalid(() => policyAt([{ effectiveFrom: '2026-01-01', policy: defaultPolicy, note: 'x' } as never], '2026-06-01'), 'unknown_key', ['versions', 0, 'note']);
    // eslint-disable-next-line no-sparse-arrays
    expectInvalid(() => policyAt([, { effectiveFrom: '2026-01-01', policy: defaultPolicy }] as never, '2026-06-01'), 'missing', ['versions', 0]);
  });
});

describe('requireArray and requireObject', () => {
  it('refuse holes and return a copy', () => {
    // eslint-disable-next-line no-sparse-arrays
    expectInvalid(() => requireArray([1, , 3], 'f', ['list']), 'missing', ['list', 1]);
    expectInvalid(() => requireArray(new Array(2 ** 32 - 1), 'f', ['list']), 'missing', ['list', 0]);
    const input = [1, 2];
    const copy = requireArray(input, 'f', []);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
  });

  it('read a getter once and refuse unknown keys when given the known ones', () => {
    let reads = 0;
    const value = Object.defineProperty({}, 'a', { enumerable: true, get: () => ++reads });
    const copy = requireObject(value, 'f', [], ['a']);
    expect([copy.a, copy.a, reads]).toEqual([1, 1, 1]);
    expectInvalid(() => requireObject({ a: 1, b: 2 }, 'f', ['x'], ['a']), 'unknown_key', ['x', 'b']);
  });

  it('copy into a record that inherits nothing: an own __proto__ is a field, an absent toString is absent', () => {
    const copy = requireObject(JSON.parse('{"__proto__": 1, "constructor": 2}'), 'f', []);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
    expect([copy['__proto__'], copy['constructor']]).toEqual([1, 2]);
    const empty = requireObject({}, 'f', []);
    for (const name of ['toString', 'valueOf', 'hasOwnProperty', 'constructor', '__proto__']) {
      expect(name in empty).toBe(false);
      expect(empty[name]).toBeUndefined();
    }
    expect(Object.getPrototypeOf(Object.getPrototypeOf(empty))).toBeNull();
  });
});

describe('requireCount', () => {
  it('refuses counts above 2^53 − 1, which a double cannot hold exactly', () => {
    expect(requireCount(Number.MAX_SAFE_INTEGER, 'f', ['n'])).toBe(Number.MAX_SAFE_INTEGER);
    expectInvalid(() => requireCount(Number.MAX_SAFE_INTEGER + 2, 'f', ['n']), 'out_of_range', ['n']);
    expectInvalid(() => requireCount(1e308, 'f', ['n']), 'out_of_range', ['n']);
  });
});

describe('instants at the limits of a Date', () => {
  it('refuses Date look-alikes: a Proxy of a Date and Object.create(Date.prototype)', () => {
    expectInvalid(() => toEpochMs(new Proxy(new Date(0), {}), 'f', ['at']), 'invalid_instant', ['at']);
    expectInvalid(() => toEpochMs(Object.create(Date.prototype), 'f', ['at']), 'invalid_instant', ['at']);
    expect(toEpochMs(new Date(5), 'f', ['at'])).toBe(5);
  });

  it('formats the first and last instants a Date holds', () => {
    expect(writeShanghaiIso(MAX)).toBe('+275760-09-13T08:00:00.000+08:00');
    expect(writeShanghaiIso(-MAX)).toBe('-271821-04-20T08:00:00.000+08:00');
    expect(toShanghaiIsoString('2026-10-01T01:30:00Z')).toBe('2026-10-01T09:30:00.000+08:00');
    expect(toShanghaiIsoString(-1)).toBe('1970-01-01T07:59:59.999+08:00');
  });

  it('refuses a result beyond the years 0000–9999 (+08:00), and so beyond a Date, instead of returning Invalid Date', () => {
    expect(resultDate(253_402_271_999_999, 'f', ['at'], 0).getTime()).toBe(253_402_271_999_999);
    expectInvalid(() => resultDate(253_402_272_000_000, 'f', ['at'], 0), 'out_of_range', ['at']);
    expectInvalid(() => resultDate(MAX + 1, 'f', ['at'], MAX), 'out_of_range', ['at']);
  });
});

describe('describeValue', () => {
  it('shows at most 100 characters of any value, cheaply', () => {
    const huge = 'x'.repeat(50_000_000);
    expect(describeValue(huge).length).toBeLessThanOrEqual(100);
    expect(describeValue(new Array(1_000_000).fill({ a: huge })).length).toBeLessThanOrEqual(100);
    expect(describeValue({ [huge]: 1 }).length).toBeLessThanOrEqual(100);
  });

  it('never throws: Proxies, throwing getters, Date look-alikes, bigints inside objects', () => {
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    const getter = Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new Error('boom'); } });
    for (const value of [trap, getter, new Proxy(new Date(0), {}), Object.create(Date.prototype), { n: 1n }, Symbol('s')]) {
      expect(typeof describeValue(value)).toBe('string');
    }
    expect(describeValue(-0)).toBe('-0');
  });
});
