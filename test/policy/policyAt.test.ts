import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policyAt } from '../../src/policy/policyAt.js';

const elapsed = definePolicy({ dayCounting: 'elapsed' });
const inclusive = definePolicy({ beforeDayInclusive: true });
const versions = [
  { effectiveFrom: '2026-07-01', policy: elapsed },
  { effectiveFrom: '2026-01-01T00:00:00+08:00', policy: defaultPolicy },
  { effectiveFrom: Date.parse('2026-10-01T00:00:00+08:00'), policy: inclusive },
];

describe('policyAt', () => {
  it('picks the latest version in force, whatever the order given', () => {
    expect(policyAt(versions, '2026-03-15T12:00+08:00')).toBe(defaultPolicy);
    expect(policyAt(versions, '2026-06-30T23:59:59.999+08:00')).toBe(defaultPolicy);
    expect(policyAt(versions, '2026-07-01T00:00:00+08:00')).toBe(elapsed);
    expect(policyAt(versions, new Date('2026-12-01T00:00:00Z'))).toBe(inclusive);
  });

  it('picks, among any versions in any order, the one with the latest effective instant not after `at` (property)', () => {
    const policies = [defaultPolicy, elapsed, inclusive];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: -10, max: 10_010 }),
        (minutes, atMinute) => {
          const given = minutes.map((minute, index) => ({ effectiveFrom: minute * 60_000, policy: policies[index % 3]! }));
          const inForce = given.filter((version) => (version.effectiveFrom as number) <= atMinute * 60_000);
          if (inForce.length === 0) {
            expect(() => policyAt(given, atMinute * 60_000)).toThrow(expect.objectContaining({ code: 'no_policy_in_force', path: ['at'] }));
            return;
          }
          const latest = inForce.reduce((best, version) => ((version.effectiveFrom as number) > (best.effectiveFrom as number) ? version : best));
          expect(policyAt(given, atMinute * 60_000)).toBe(latest.policy);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads an effective date without a time as 00:00 Shanghai time, not UTC', () => {
    expect(policyAt(versions, '2026-06-30T16:00:00Z')).toBe(elapsed);
    expect(policyAt(versions, '2026-06-30T15:59:59.999Z')).toBe(defaultPolicy);
  });

  it('refuses an instant before every version', () => {
    expect(() => policyAt(versions, '2025-12-31T23:59+08:00')).toThrow(
      expect.objectContaining({ code: 'no_policy_in_force', path: ['at'] }),
    );
  });

  it('refuses duplicate dates, bad instants and malformed versions', () => {
    const duplicate = [...versions, { effectiveFrom: '2026-07-01T00:00+08:00', policy: defaultPolicy }];
    expect(() => policyAt(duplicate, '2026-08-01')).toThrow(expect.objectContaining({ code: 'duplicate_effective_date', path: ['versions', 3, 'effectiveFrom'] }));
    expect(() => policyAt(versions, 'soon')).toThrow(expect.objectContaining({ code: 'invalid_instant', path: ['at'] }));
    expect(() => policyAt([{ effectiveFrom: 'x', policy: defaultPolicy }], '2026-01-01')).toThrow(InvalidInputError);
    expect(() => policyAt([{ effectiveFrom: '2026-01-01', policy: defaultPolicy }, { effectiveFrom: 'x', policy: defaultPolicy }], '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'invalid_instant', path: ['versions', 1, 'effectiveFrom'], message: expect.stringMatching(/^policyAt: versions\[1\]\.effectiveFrom must be a valid instant/) }),
    );
    expect(() => policyAt([null as never], '2026-01-01')).toThrow(expect.objectContaining({ path: ['versions', 0] }));
    expect(() => policyAt('x' as never, '2026-01-01')).toThrow(expect.objectContaining({ path: ['versions'] }));
    expect(() => policyAt([{ effectiveFrom: '2026-01-01', policy: null as never }], '2026-02-01')).toThrow(
      expect.objectContaining({ path: ['versions', 0, 'policy'], code: 'unvalidated_policy' }),
    );
  });
});
