// Legal but unusual objects give the plain object's answer (review, session 11): a class with a tag of
// its own is an object of fields, not a built-in value; a period or a policy row given as a class with
// getters is read as dueAt and the policy's sections read one; a Date of another realm is a Date to the
// schemas as to the functions.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dueAt } from '../../src/calendar/dueAt.js';
import { explainDeadline } from '../../src/calendar/explainDeadline.js';
import { isWorkday } from '../../src/calendar/isWorkday.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { classifyComplaintInputSchema, instantSchema, repairStatusInputSchema } from '../../src/schemas/index.js';

describe('unusual objects of fields', () => {
  it('reads a class with a Symbol.toStringTag of its own as fields, and still refuses built-in values', () => {
    class ComplaintFacts {
      get [Symbol.toStringTag](): string {
        return 'ComplaintFacts';
      }
    }
    const facts = Object.assign(new ComplaintFacts(), { collectiveHouseholds: 12 });
    expect(classifyComplaint(facts as never)).toEqual(classifyComplaint({ collectiveHouseholds: 12 }));
    expect(classifyComplaintInputSchema.safeParse(facts).success).toBe(true);
    const generator = (function* facts() {
      yield 1;
    })();
    const asyncGenerator = (async function* facts() {
      yield 1;
    })();
    for (const value of [Promise.resolve({}), new Error('x'), new BigUint64Array(1), new Uint8ClampedArray(1), new WeakMap(), Math, generator, asyncGenerator]) {
      expect(() => classifyComplaint(value as never)).toThrow(/not a built-in/);
    }
  });

  it('reads objects that tag themselves as fields, whatever their prototype, in the functions, definePolicy and the schemas', () => {
    const plain = classifyComplaint({ collectiveHouseholds: 12 });
    const tagged = Object.defineProperty({ collectiveHouseholds: 12 }, Symbol.toStringTag, { value: 'Facts' });
    const nullTagged = Object.defineProperty(Object.assign(Object.create(null) as object, { collectiveHouseholds: 12 }), Symbol.toStringTag, { value: 'Facts' });
    // A prototype whose `constructor` is not a function (a record of settings, say).
    const prototype = Object.defineProperties({}, { constructor: { value: 1 }, [Symbol.toStringTag]: { value: 'Facts' } });
    const oddPrototype = Object.assign(Object.create(prototype) as object, { collectiveHouseholds: 12 });
    for (const value of [tagged, nullTagged, oddPrototype]) {
      expect(classifyComplaint(value as never)).toEqual(plain);
      expect(classifyComplaintInputSchema.safeParse(value).success).toBe(true);
    }
    expect(definePolicy(Object.defineProperty({ dayCounting: 'elapsed' }, Symbol.toStringTag, { value: 'Settings' }) as never).dayCounting).toBe('elapsed');
  });

  it('reads a period given as a class with getters in explainDeadline as dueAt does', () => {
    class Period {
      get amount(): number {
        return 2;
      }
      get unit(): string {
        return 'workday';
      }
    }
    const from = '2026-09-30T10:00:00+08:00';
    expect(explainDeadline(from, new Period() as never).dueAt).toEqual(dueAt(from, { amount: 2, unit: 'workday' }));
  });

  it('reads the rows of a policy list given as classes with getters, as a whole section given so', () => {
    class Hours {
      get from(): string {
        return '08:00';
      }
      get to(): string {
        return '17:30';
      }
    }
    expect(definePolicy({ businessHours: [new Hours()] } as never).businessHours).toEqual(definePolicy({ businessHours: [{ from: '08:00', to: '17:30' }] } as never).businessHours);
    // Inside a row too: a class rule's `when` names fields the other default rules' do not; a band's ceiling.
    class When {
      get movedIn(): boolean {
        return true;
      }
      get affectsDailyLife(): boolean {
        return true;
      }
    }
    const second = defaultPolicy.repair.classRules[1];
    expect(definePolicy({ repair: { classRules: [{ repairClass: 'A', when: new When() }, second] } } as never).repair.classRules[0]).toEqual({
      repairClass: 'A',
      when: { movedIn: true, affectsDailyLife: true },
    });
    class UpTo {
      get value(): number {
        return 2000;
      }
      get inclusive(): boolean {
        return true;
      }
    }
    const bands = [{ approver: 'sales-manager', upTo: new UpTo() }, { approver: 'general-manager', upTo: null }];
    expect(definePolicy({ complaint: { approvalBands: bands } } as never).complaint.approvalBands[0]).toEqual({ approver: 'sales-manager', upTo: { value: 2000, inclusive: true } });
  });

  it('takes a Date of another realm as an instant in the schemas, as the functions do', () => {
    const date = vm.runInNewContext('new Date("2026-10-07T16:30:00Z")') as Date;
    expect(isWorkday(date)).toBe(isWorkday('2026-10-07T16:30:00Z'));
    expect(instantSchema.safeParse(date).success).toBe(true);
    expect(repairStatusInputSchema.safeParse({ repairClass: 'A', receivedAt: date, asOf: '2026-10-09' }).success).toBe(true);
    // Where an object of fields goes, it is a Date all the same: refused.
    expect(() => classifyComplaint(date as never)).toThrow(/not a built-in Date/);
    expect(classifyComplaintInputSchema.safeParse(date).success).toBe(false);
  });
});
