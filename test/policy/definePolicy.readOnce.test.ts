// definePolicy reads the caller's overrides once (issue 12): a getter or Proxy meets one read, a
// throwing one is a PolicyError naming the setting, and the answer is the first read's.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policyErrorOf } from '../support/errors.js';


describe('definePolicy', () => {
  it('refuses a built-in value (a Promise, an Error, a RegExp) where settings go, which it would read as none', () => {
    for (const [value, kind] of [
      [Promise.resolve({ dayCounting: 'elapsed' }), 'Promise'],
      [new Error('x'), 'Error'],
      [/x/, 'RegExp'],
    ] as const) {
      expect(policyErrorOf(() => definePolicy(value as never))).toMatchObject({ code: 'invalid_type', path: [], message: `definePolicy: input must be an object of settings, not a built-in ${kind}` });
      expect(policyErrorOf(() => definePolicy({ complaint: value } as never))).toMatchObject({ code: 'invalid_type', path: ['complaint'] });
    }
    // A class instance is an object of settings: its getters are read.
    class Overrides {
      get dayCounting(): string {
        return 'elapsed';
      }
    }
    expect(definePolicy(new Overrides() as never).dayCounting).toBe('elapsed');
  });

  it('reads each override once and keeps the first value read', () => {
    let reads = 0;
    const overrides = {
      get dayCounting() {
        reads += 1;
        return reads === 1 ? 'elapsed' : 'civil-code';
      },
    };
    expect(definePolicy(overrides as never).dayCounting).toBe('elapsed');
    expect(reads).toBe(1);
  });

  it('reads a nested array once', () => {
    let reads = 0;
    const brackets = [{ upTo: null, percent: 5 }];
    const visit = {
      get quotaBrackets() {
        reads += 1;
        return reads === 1 ? brackets : [];
      },
    };
    expect(definePolicy({ visit } as never).visit.quotaBrackets).toEqual([{ upTo: null, percent: 5 }]);
    expect(reads).toBe(1);
  });

  it('turns a throwing getter or a revoked Proxy into a PolicyError naming the setting', () => {
    const throwing = Object.defineProperty({}, 'visit', { enumerable: true, get: () => { throw new Error('getter'); } });
    expect(policyErrorOf(() => definePolicy(throwing as never))).toMatchObject({ path: ['visit'], code: 'unreadable', message: 'definePolicy: visit is a hole or unreadable' });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(policyErrorOf(() => definePolicy(revoked.proxy as never))).toMatchObject({ path: [], code: 'unreadable', message: 'definePolicy: input is a hole or unreadable' });
    expect(policyErrorOf(() => definePolicy({ complaint: revoked.proxy } as never))).toMatchObject({ path: ['complaint'] });
  });

  it('still refuses a non-object, an unknown key and a hole', () => {
    expect(policyErrorOf(() => definePolicy(3 as never))).toMatchObject({ code: 'invalid_type', message: 'definePolicy: overrides must be an object' });
    expect(policyErrorOf(() => definePolicy({ dayCountin: 'elapsed' } as never))).toMatchObject({ path: ['dayCountin'], code: 'unknown_key' });
    // eslint-disable-next-line no-sparse-arrays
    const hole = policyErrorOf(() => definePolicy({ visit: { quotaBrackets: [, { upTo: null, percent: 5 }] } } as never));
    expect(hole.path).toEqual(['visit', 'quotaBrackets', 0]);
    expect(hole.code).toBe('missing');
    expect(hole.message).toBe('definePolicy: visit.quotaBrackets[0] is a hole or unreadable');
  });

  it('names an unreadable field inside a later element of a list by its index', () => {
    const unreadable = Object.defineProperty({ percent: 5 }, 'upTo', { enumerable: true, get: () => { throw new Error('boom'); } });
    const error = policyErrorOf(() => definePolicy({ visit: { quotaBrackets: [{ upTo: { value: 300, inclusive: true }, percent: 4 }, unreadable] } } as never));
    expect(error.path).toEqual(['visit', 'quotaBrackets', 1, 'upTo']);
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe('definePolicy: visit.quotaBrackets[1].upTo is a hole or unreadable');
  });

  it('reads a setting defined non-enumerable, at any depth and in a list row, and passes over a hidden non-setting', () => {
    const hidden = <T extends object>(target: T, key: string, value: unknown): T => Object.defineProperty(target, key, { value, enumerable: false });
    expect(definePolicy(hidden({}, 'dayCounting', 'elapsed') as never).dayCounting).toBe('elapsed');
    expect(definePolicy({ complaint: hidden({}, 'collectiveAboveTenHouseholds', 1) } as never).complaint.collectiveAboveTenHouseholds).toBe(1);
    const row = hidden({ percent: 4 }, 'upTo', { value: 300, inclusive: true });
    expect(definePolicy({ visit: { quotaBrackets: [row, { upTo: null, percent: 5 }] } } as never).visit.quotaBrackets[0]).toEqual({ upTo: { value: 300, inclusive: true }, percent: 4 });
    // A hidden property that is no setting is no typo either: zod's policySchema passes it over too.
    expect(definePolicy(hidden({ dayCounting: 'elapsed' }, 'helper', 1) as never).dayCounting).toBe('elapsed');
  });

  it('refuses a value that contains itself, or nests deeper than any setting, as a PolicyError rather than a stack overflow', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    // Where a setting is a string, the value is refused there.
    const cycle = policyErrorOf(() => definePolicy({ dayCounting: cyclic } as never));
    expect([cycle.code, cycle.path]).toEqual(['invalid_enum', ['dayCounting']]);
    let deep: object = {};
    for (let level = 0; level < 20_000; level += 1) deep = { a: deep };
    // A key the policy lacks is refused, however deep its value nests.
    expect(policyErrorOf(() => definePolicy({ complaint: deep } as never))).toMatchObject({ code: 'unknown_key', path: ['complaint', 'a'] });
    // Where a setting is an object, a value that contains itself is refused at its first key the setting lacks.
    const row: Record<string, unknown> = { percent: 5 };
    row.upTo = row;
    expect(policyErrorOf(() => definePolicy({ visit: { quotaBrackets: [row] } } as never))).toMatchObject({ code: 'unknown_key', path: ['visit', 'quotaBrackets', 0, 'upTo', 'percent'] });
    // Where a setting is a number or a boolean, too, the value is refused at the setting.
    expect(policyErrorOf(() => definePolicy({ extendPastRestDays: cyclic } as never))).toMatchObject({ code: 'invalid_type', path: ['extendPastRestDays'] });
    expect(policyErrorOf(() => definePolicy({ duty: { maxWindowMonths: cyclic } } as never))).toMatchObject({ code: 'invalid_type', path: ['duty', 'maxWindowMonths'] });
    // Where the default is null (an optional setting, repair.dueSoon), nothing says which fields it has: a
    // value that contains itself, or nests deeper than any setting, is refused where it passes 32 levels.
    for (const value of [cyclic, deep]) {
      const refusal = policyErrorOf(() => definePolicy({ repair: { dueSoon: value } } as never));
      expect([refusal.code, refusal.path.length, refusal.path.slice(0, 2)]).toEqual(['invalid_type', 33, ['repair', 'dueSoon']]);
      expect(refusal.message).toMatch(/nests deeper than any setting/);
    }
    // Every such value, at any setting, is a PolicyError: never a stack overflow.
    for (const place of [(value: unknown) => ({ complaint: { approvalBands: [{ approver: 'x', upTo: value }] } }), (value: unknown) => ({ repair: { classRules: [{ repairClass: 'A', when: value }] } }), (value: unknown) => ({ desk: value })]) {
      expect(policyErrorOf(() => definePolicy(place(deep) as never))).toBeInstanceOf(PolicyError);
      expect(policyErrorOf(() => definePolicy(place(cyclic) as never))).toBeInstanceOf(PolicyError);
    }
  });
});
