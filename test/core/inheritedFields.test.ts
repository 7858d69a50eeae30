// Facts held on a prototype (Object.create(defaults), a class's getters) are read as the caller's
// fields, never silently dropped: each of the three readers (input records, options, policy overrides).
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { keysOfInheriting } from '../../src/core/inheritedFields.js';
import { requireObject } from '../../src/core/validate.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { repairDeadline } from '../../src/repair/repairDeadline.js';
import { classifyComplaintInputSchema } from '../../src/schemas/complaint.js';
import { repairDeadlineInputSchema } from '../../src/schemas/repair.js';
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

describe('keysOfInheriting', () => {
  it('gives the keys for…in sees, own first, for a plain object, an object without a prototype and one of another realm', () => {
    expect(keysOfInheriting({ a: 1 })).toEqual(['a']);
    expect(keysOfInheriting(Object.assign(Object.create(null) as object, { a: 1 }))).toEqual(['a']);
    expect(keysOfInheriting(vm.runInNewContext('({ a: 1 })') as object)).toEqual(['a']);
    expect(keysOfInheriting(Object.assign(Object.create({ b: 2 }) as object, { a: 1 }))).toEqual(['a', 'b']);
  });

  it("adds a known field held otherwise (a class's getter), and no other getter, method or constructor", () => {
    expect(keysOfInheriting(new Facts())).toEqual(['own']);
    expect(keysOfInheriting(new Facts(), ['media', 'describe2'])).toEqual(['own', 'media']);
    // A name shadowed by an own field is listed once.
    expect(keysOfInheriting(Object.assign(Object.create({ a: 1, b: 2 }) as object, { a: 3 }), ['a'])).toEqual(['a', 'b']);
  });
});

describe('the readers of fields', () => {
  it('copy inherited fields into the record, and refuse an inherited key that is not known', () => {
    expect({ ...requireObject(Object.create({ a: 1 }), 'f', ['x']) }).toEqual({ a: 1 });
    expect({ ...requireObject(new Facts(), 'f', ['x']) }).toEqual({ own: 1 });
    expect({ ...requireObject(new Facts(), 'f', ['x'], ['own', 'media']) }).toEqual({ own: 1, media: 'occurred' });
    expect({ ...requireObject(new Facts(), 'f', ['x'], undefined, ['media']) }).toEqual({ own: 1, media: 'occurred' });
    // A getter that is no field of the input (a class's computed value) is neither read nor refused, as zod does.
    class Row {
      readonly repairClass = 'A';
      get age(): number {
        throw new Error('never read');
      }
    }
    expect({ ...requireObject(new Row(), 'f', ['x'], ['repairClass']) }).toEqual({ repairClass: 'A' });
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

describe('the schemas and the functions on objects that inherit', () => {
  class Repair {
    readonly repairClass = 'A';
    get receivedAt(): string {
      return '2026-03-02T10:00:00+08:00';
    }
    get age(): number {
      return 3;
    }
  }
  const verdicts = (input: unknown): [boolean, boolean] => {
    let accepted = true;
    try {
      repairDeadline(input as never);
    } catch {
      accepted = false;
    }
    return [accepted, repairDeadlineInputSchema.safeParse(input).success];
  };

  it('agree: a known getter is read, another getter ignored, an inherited enumerable key checked', () => {
    expect(verdicts(new Repair())).toEqual([true, true]);
    expect(repairDeadline(new Repair() as never).days).toBe(3);
    expect(verdicts(Object.create({ repairClass: 'B', receivedAt: '2026-03-02' }))).toEqual([true, true]);
    expect(verdicts(Object.create({ repairClass: 'B', receivedAt: '2026-03-02', recievedAt: 1 }))).toEqual([false, false]);
    expect(verdicts(Object.create({ repairClass: 'B' }))).toEqual([false, false]);
  });

  it('agree for classifyComplaint', () => {
    const facts = new (class {
      get media(): string {
        return 'occurred';
      }
      get summary(): string {
        return 'not a fact';
      }
    })();
    expect(classifyComplaintInputSchema.safeParse(facts).success).toBe(true);
    expect(classifyComplaint(facts as never).level).toBe(2);
    expect(classifyComplaintInputSchema.safeParse(Object.create({ medai: 'x' })).success).toBe(false);
  });
});
