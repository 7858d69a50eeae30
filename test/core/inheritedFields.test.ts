// Facts held on a prototype (Object.create(defaults), a class's getters) are read as the caller's
// fields, never silently dropped: each of the three readers (input records, options, policy overrides).
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { hasOwnPrototype, inheritedFieldNames } from '../../src/core/inheritedFields.js';
import { requireObject } from '../../src/core/validate.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { invalidInputOf, policyErrorOf } from '../support/errors.js';

class Facts {
  readonly own = 1;
  get media(): string {
    return 'occurred';
  }
  describe(): string {
    return 'a method, not a field';
  }
}

describe('inheritedFieldNames', () => {
  it('is empty for plain objects, objects without a prototype and objects of another realm', () => {
    expect(inheritedFieldNames({ a: 1 })).toEqual([]);
    expect(inheritedFieldNames(Object.create(null) as object)).toEqual([]);
    expect(inheritedFieldNames(vm.runInNewContext('({ a: 1 })') as object)).toEqual([]);
    expect([hasOwnPrototype({}), hasOwnPrototype(Object.create(null) as object), hasOwnPrototype(vm.runInNewContext('({})') as object)]).toEqual([false, false, false]);
  });

  it("names a prototype's enumerable fields and a class's getters, not its methods, its constructor or the object's own names", () => {
    expect(inheritedFieldNames(Object.create({ a: 1, b: 2 }) as object)).toEqual(['a', 'b']);
    expect(inheritedFieldNames(new Facts())).toEqual(['media']);
    const shadowed = Object.assign(Object.create({ a: 1, b: 2 }) as object, { a: 3 });
    expect(inheritedFieldNames(shadowed)).toEqual(['b']);
    // Two levels: the nearest prototype's name once.
    expect(inheritedFieldNames(Object.create(Object.create({ a: 1 }, { a: { value: 2, enumerable: true } }) as object) as object)).toEqual(['a']);
    expect(hasOwnPrototype(new Facts())).toBe(true);
  });
});

describe('the readers of fields', () => {
  it('copy inherited fields into the record, and refuse an inherited key that is not known', () => {
    expect({ ...requireObject(Object.create({ a: 1 }), 'f', ['x']) }).toEqual({ a: 1 });
    expect({ ...requireObject(new Facts(), 'f', ['x']) }).toEqual({ own: 1, media: 'occurred' });
    const unknown = invalidInputOf(() => requireObject(Object.create({ zz: 1 }), 'f', ['x'], ['a']));
    expect([unknown.code, unknown.path]).toEqual(['unknown_key', ['x', 'zz']]);
    const getter = invalidInputOf(() => requireObject(Object.create({ get a() { throw new Error('boom'); } }), 'f', ['x']));
    expect([getter.code, getter.path]).toEqual(['unreadable', ['x', 'a']]);
  });

  it('classify a complaint on inherited facts as on own ones', () => {
    const own = classifyComplaint({ media: 'occurred', severeReputationalHarm: true });
    expect(classifyComplaint(Object.create({ media: 'occurred', severeReputationalHarm: true }) as never)).toEqual(own);
    expect(classifyComplaint(new (class { get litigation() { return 'filed'; } })() as never).level).toBe(2);
    const misspelt = invalidInputOf(() => classifyComplaint(Object.create({ medai: 'occurred' }) as never));
    expect([misspelt.code, misspelt.path]).toEqual(['unknown_key', ['medai']]);
  });

  it('read an inherited policy of the options, and inherited settings of a policy', () => {
    const extended = definePolicy(Object.create({ extendPastRestDays: true }) as never);
    expect(extended.extendPastRestDays).toBe(true);
    expect(definePolicy(new (class { get outOfCoverage() { return 'statutory' as const; } })() as never).outOfCoverage).toBe('statutory');
    // 2026-09-30 + 3 days ends on 3 October, a holiday: extended to the first working day, 9 October.
    const due = dueAt('2026-09-30T18:00:00+08:00', { amount: 3, unit: 'day' }, Object.create({ policy: extended }) as never);
    expect(due.toISOString()).toBe('2026-10-08T16:00:00.000Z');
    const typo = policyErrorOf(() => definePolicy(Object.create({ extendPastRestDay: true }) as never));
    expect(typo.path).toEqual(['extendPastRestDay']);
  });
});
