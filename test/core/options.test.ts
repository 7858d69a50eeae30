// The cheap path of ruleOptions (options of `policy` and `calendar` alone, no copy, one frozen record per
// policy) and the compiled approval bands it feeds: caches keyed by identity must never serve a stale
// or unchecked answer.
import { describe, expect, it } from 'vitest';
import { isMarkedHere, isValidated, markValidated } from '../../src/core/brand.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { ruleOptions, type RuleOptions } from '../../src/core/options.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { approvalAuthority, approverNames } from '../../src/complaint/approvalAuthority.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { expectInvalid, policyErrorOf } from '../support/errors.js';

const NAME = { 'zh-Hans': '项目经理', 'zh-Hant': '項目經理', en: 'Project manager' };
const bandsUpTo = (value: number) =>
  definePolicy({
    complaint: {
      approvalBands: [
        { approver: 'project-manager', approverName: NAME, upTo: { value, inclusive: true } },
        { approver: 'general-manager', upTo: null },
      ],
    },
  });


describe('ruleOptions', () => {
  it('returns the same frozen record while the policy given alone stays the same', () => {
    const policy = bandsUpTo(2000);
    const first = ruleOptions({ policy }, 'f');
    expect(first?.policy).toBe(policy);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.getPrototypeOf(first)).toBeNull();
    expect(ruleOptions({ policy }, 'f')).toBe(first);
    // Another policy in between: its own record, then the first policy's answer again.
    const other = bandsUpTo(3000);
    const second = ruleOptions({ policy: other }, 'f');
    expect(second?.policy).toBe(other);
    expect(ruleOptions({ policy: other }, 'f')).toBe(second);
    expect(ruleOptions({ policy }, 'f')?.policy).toBe(policy);
    // With a calendar, a fresh record each time.
    expect(ruleOptions({ policy, calendar: chinaCalendar }, 'f')).not.toBe(ruleOptions({ policy, calendar: chinaCalendar }, 'f'));
  });

  it('never remembers a record with a calendar for a later call with the policy alone', () => {
    const policy = bandsUpTo(2500);
    expect(ruleOptions<RuleOptions>({ policy, calendar: chinaCalendar }, 'f')?.calendar).toBe(chinaCalendar);
    const alone = ruleOptions<RuleOptions>({ policy }, 'f');
    expect([alone?.policy, alone?.calendar]).toEqual([policy, undefined]);
  });

  it('re-reads a caller object changed after a first call', () => {
    const small = bandsUpTo(100);
    const large = bandsUpTo(10_000);
    const options: { policy: typeof small; calendar?: typeof chinaCalendar } = { policy: small };
    expect(ruleOptions(options, 'f')?.policy).toBe(small);
    options.policy = large;
    expect(ruleOptions(options, 'f')?.policy).toBe(large);
    options.calendar = chinaCalendar;
    const both = ruleOptions(options, 'f');
    expect([both?.policy, both?.calendar]).toEqual([large, chinaCalendar]);
    (options as Record<string, unknown>)['polcy'] = small;
    expectInvalid(() => ruleOptions(options, 'f'), 'unknown_key', ['options', 'polcy']);
  });

  it('still refuses a hand-built policy after the real one was read, frozen copies included', () => {
    const policy = bandsUpTo(2000);
    ruleOptions({ policy }, 'f');
    for (const copy of [{ ...policy }, Object.freeze({ ...policy })]) {
      expect(policyErrorOf(() => ruleOptions({ policy: copy } as never, 'f')).path).toEqual(['options', 'policy']);
    }
    expect(policyErrorOf(() => ruleOptions({ policy: 'default' } as never, 'f')).message).toMatch(/^f: options\.policy must be built with definePolicy/);
    expect(policyErrorOf(() => ruleOptions({ policy: null, calendar: chinaCalendar } as never, 'f'))).toMatchObject({ path: ['options', 'policy'], code: 'unvalidated_policy' });
  });

  it('checks a Proxy of a policy on every call and never remembers it', () => {
    const policy = bandsUpTo(2000);
    const { proxy, revoke } = Proxy.revocable(policy, {});
    const first = ruleOptions({ policy: proxy }, 'f');
    expect(first?.policy).toBe(proxy);
    expect(ruleOptions({ policy: proxy }, 'f')).not.toBe(first);
    revoke();
    expect(policyErrorOf(() => ruleOptions({ policy: proxy }, 'f')).path).toEqual(['options', 'policy']);
    expect(policyErrorOf(() => approvalAuthority(800, { policy: proxy }))).toMatchObject({ path: ['options', 'policy'], code: 'unvalidated_policy' });
  });

  it("accepts a policy another copy of the package marked, checking it on every call", () => {
    const foreign = Object.freeze(Object.defineProperty({ ...defaultPolicy }, Symbol.for('wuye-rules.validated'), { value: true }));
    expect(isMarkedHere(foreign)).toBe(false);
    expect(isValidated(foreign)).toBe(true);
    const first = ruleOptions({ policy: foreign }, 'f');
    expect(first?.policy).toBe(foreign);
    expect(ruleOptions({ policy: foreign }, 'f')).not.toBe(first);
  });

  it('reads each option once, in the order of the caller keys', () => {
    const policy = bandsUpTo(2000);
    const reads: string[] = [];
    const options = (order: string[]) => {
      const object = {};
      for (const key of order) {
        Object.defineProperty(object, key, { enumerable: true, get: () => (reads.push(key), key === 'policy' ? policy : chinaCalendar) });
      }
      return object;
    };
    ruleOptions(options(['calendar', 'policy']), 'f');
    expect(reads).toEqual(['calendar', 'policy']);
    reads.length = 0;
    ruleOptions(options(['policy', 'calendar']), 'f');
    expect(reads).toEqual(['policy', 'calendar']);
    reads.length = 0;
    ruleOptions(options(['policy']), 'f');
    ruleOptions(options(['calendar']), 'f');
    expect(reads).toEqual(['policy', 'calendar']);
  });

  it('reads a policy given alone once, whether or not it is the one remembered', () => {
    const policy = bandsUpTo(2000);
    let reads = 0;
    const counted = (value: unknown) => Object.defineProperty({}, 'policy', { enumerable: true, get: () => ((reads += 1), value) });
    for (const value of [policy, policy, bandsUpTo(3000), undefined, 'default']) {
      reads = 0;
      try {
        ruleOptions(counted(value) as never, 'f');
      } catch {
        // 'default' is refused: read once all the same.
      }
      expect(reads).toBe(1);
    }
    const boom = Object.defineProperty({}, 'policy', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expectInvalid(() => ruleOptions(boom as never, 'f'), 'unreadable', ['options', 'policy']);
  });

  it('refuses options whose keys cannot be listed at the options, never as a TypeError', () => {
    const policy = bandsUpTo(2000);
    ruleOptions({ policy }, 'f');
    const hostile = new Proxy({ policy }, { ownKeys: () => { throw new TypeError('no keys'); } });
    expectInvalid(() => ruleOptions(hostile, 'f'), 'unreadable', ['options']);
  });

  it('turns a throwing getter into unreadable at its field, but lets our own error through', () => {
    const boom = Object.defineProperty({}, 'calendar', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    expect(expectInvalid(() => ruleOptions(boom as never, 'f'), 'unreadable', ['options', 'calendar']).message).toBe('f: options.calendar must be readable, received an unreadable value');
    const ours = new InvalidInputError('mine', ['elsewhere'], 'f: elsewhere');
    const rethrows = Object.defineProperty({}, 'policy', { enumerable: true, get: () => { throw ours; } });
    let caught: unknown;
    try {
      ruleOptions(rethrows as never, 'f');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(ours);
  });

  it('reads own keys only: an Object.prototype property is never an option, enumerable or not', () => {
    for (const enumerable of [false, true]) {
      Object.defineProperty(Object.prototype, 'calendar', { value: { from: 1, to: 0 }, configurable: true, writable: true, enumerable });
      try {
        const policy = bandsUpTo(2000);
        expect(ruleOptions<RuleOptions>({ policy }, 'f')?.calendar).toBeUndefined();
        expect(ruleOptions<RuleOptions>({}, 'f')?.calendar).toBeUndefined();
        expect(approvalAuthority(1500, { policy }).approver).toBe('project-manager');
      } finally {
        delete (Object.prototype as Record<string, unknown>)['calendar'];
      }
    }
  });

  it('never takes a policy from Object.prototype, for options with no key or with a calendar', () => {
    const policy = bandsUpTo(2000);
    ruleOptions({ policy }, 'f');
    Object.defineProperty(Object.prototype, 'policy', { value: policy, configurable: true, writable: true, enumerable: true });
    try {
      expect(ruleOptions<RuleOptions>({}, 'f')?.policy).toBeUndefined();
      expect(ruleOptions<RuleOptions>({ calendar: chinaCalendar }, 'f')?.policy).toBeUndefined();
      expect(approvalAuthority(1500, {}).approver).toBe('deputy-general-manager');
    } finally {
      delete (Object.prototype as Record<string, unknown>)['policy'];
    }
  });

  it('gives an empty record for options with no value, and the calendar with or without a policy', () => {
    for (const empty of [{}, { policy: undefined }, { calendar: undefined }]) {
      const read = ruleOptions(empty, 'f');
      expect([read?.policy, read?.calendar]).toEqual([undefined, undefined]);
    }
    expect(ruleOptions({ calendar: chinaCalendar }, 'f')?.calendar).toBe(chinaCalendar);
    expect(ruleOptions<RuleOptions>({ calendar: chinaCalendar }, 'f')?.policy).toBeUndefined();
    expect(ruleOptions({ calendar: chinaCalendar, policy: defaultPolicy }, 'f')?.policy).toBe(defaultPolicy);
    expectInvalid(() => ruleOptions({ calendar: { from: 2030, to: 2030, holidays: [], workdays: [] } } as never, 'f'), 'unvalidated_calendar', ['options', 'calendar']);
  });

  it('refuses options that are not an object of fields, even when they carry a policy key', () => {
    const asArray = Object.assign([], { policy: defaultPolicy });
    const asFunction = Object.assign(() => undefined, { policy: defaultPolicy });
    for (const options of [asArray, asFunction, new Map([['policy', defaultPolicy]]), new Map(), 'policy', 1]) {
      expectInvalid(() => ruleOptions(options as never, 'f'), 'invalid_type', ['options']);
    }
  });

  it('takes the general path for a function with keys of its own', () => {
    expect(ruleOptions({ policy: defaultPolicy, employmentMonth: 2 } as never, 'f', ['employmentMonth'])).toMatchObject({ employmentMonth: 2 });
    expectInvalid(() => ruleOptions({ policy: defaultPolicy, employmentMonth: 2 } as never, 'f'), 'unknown_key', ['options', 'employmentMonth']);
  });
});

describe('isMarkedHere', () => {
  it('holds for what this copy marked and froze, not before it is frozen, not for a Proxy', () => {
    expect(isMarkedHere(defaultPolicy)).toBe(true);
    expect(isMarkedHere(chinaCalendar)).toBe(true);
    const fresh = markValidated({});
    expect(isMarkedHere(fresh)).toBe(false);
    expect(isValidated(fresh)).toBe(false);
    Object.freeze(fresh);
    expect(isMarkedHere(fresh)).toBe(true);
    expect(isMarkedHere(new Proxy(defaultPolicy, {}))).toBe(false);
    expect(isValidated(new Proxy(defaultPolicy, {}))).toBe(true);
  });
});

describe('approvalAuthority', () => {
  it("answers from each policy's own bands when policies alternate", () => {
    const low = bandsUpTo(1000);
    const high = bandsUpTo(5000);
    for (let round = 0; round < 3; round += 1) {
      expect(approvalAuthority(3000, { policy: low }).approver).toBe('general-manager');
      expect(approvalAuthority(3000, { policy: high }).approver).toBe('project-manager');
      expect(approvalAuthority(3000).approver).toBe('deputy-general-manager');
      expect(approvalAuthority(1000, { policy: low }).approver).toBe('project-manager');
    }
    expect(Object.keys(approverNames({ policy: high }))).toEqual(['project-manager', 'general-manager']);
    expect(Object.keys(approverNames())).toEqual(['sales-manager', 'deputy-general-manager', 'general-manager']);
  });

  it('answers the same for a policy given alone, with the calendar, or through a Proxy', () => {
    const policy = bandsUpTo(2000);
    const alone = approvalAuthority(1999.99, { policy });
    expect(approvalAuthority(1999.99, { policy, calendar: chinaCalendar })).toBe(alone);
    expect(approvalAuthority(1999.99, { policy: new Proxy(policy, {}) })).toBe(alone);
    expect(approvalAuthority(2000.01, { policy }).approver).toBe('general-manager');
  });
});
