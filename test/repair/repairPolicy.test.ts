import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { explain } from '../../src/catalog/explain.js';
import { repairEntries } from '../../src/catalog/entries/repair.js';
import { PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { repairStatus } from '../../src/repair/repairStatus.js';
import { defaultRepairPolicy, type RepairPolicy } from '../../src/repair/repairPolicy.js';
import { repairPolicySchema } from '../../src/schemas/repair.js';

describe('the repair policy section', () => {
  it('holds the numbers of the source documents', () => {
    expect(defaultPolicy.repair).toBe(defaultRepairPolicy);
    expect(defaultRepairPolicy.deadlines).toEqual([
      { repairClass: 'A', duringHandover: null, days: 3 },
      { repairClass: 'B', duringHandover: null, days: 7 },
      { repairClass: 'C', duringHandover: true, days: 30 },
      { repairClass: 'C', duringHandover: false, days: 15 },
    ]);
    expect(defaultRepairPolicy.clockStartsAt).toBe('receipt');
    expect(defaultRepairPolicy.dueSoon).toBeNull();
    expect([defaultRepairPolicy.referralHours, defaultRepairPolicy.paidServiceHours]).toEqual([1, 1]);
    expect(Object.isFrozen(defaultPolicy.repair.deadlines[0])).toBe(true);
  });

  it('is valid under its own schema, whose output type is the TypeScript interface', () => {
    const parsed: RepairPolicy = repairPolicySchema.parse(defaultRepairPolicy);
    expect(parsed).toEqual(defaultRepairPolicy);
  });

  it.each([
    [{ deadlines: [{ repairClass: 'A', duringHandover: null, days: 0 }] }, ['deadlines', 0, 'days']],
    [{ deadlines: [{ repairClass: 'A', duringHandover: null, days: 2.5 }] }, ['deadlines', 0, 'days']],
    [{ deadlines: defaultRepairPolicy.deadlines.slice(0, 3) }, ['deadlines']],
    [{ deadlines: [{ repairClass: 'D', duringHandover: null, days: 3 }] }, ['deadlines', 0, 'repairClass']],
    [{ deadlines: [{ repairClass: 'A', handover: null, days: 3 }] }, ['deadlines', 0, 'duringHandover']],
    [{ classRules: [{ repairClass: 'A', when: { moved: true } }] }, ['classRules', 0, 'when']],
    [{ classRules: [{ repairClass: 'A', when: { movedIn: 'yes' } }] }, ['classRules', 0, 'when', 'movedIn']],
    [{ clockStartsAt: 'never' }, ['clockStartsAt']],
    [{ dueSoon: { measure: 'share-basis-points', threshold: { value: 10_001, inclusive: true } } }, ['dueSoon', 'threshold', 'value']],
    [{ dueSoon: { measure: 'share-basis-points', threshold: { value: 12.5, inclusive: true } } }, ['dueSoon', 'threshold', 'value']],
    [{ dueSoon: { measure: 'lead-ms', threshold: { value: -1, inclusive: true } } }, ['dueSoon', 'threshold', 'value']],
    [{ dueSoon: { measure: 'lead-minutes', threshold: { value: 1, inclusive: true } } }, ['dueSoon', 'measure']],
    [{ dueSoon: { measure: 'lead-ms', threshold: { value: 1 } } }, ['dueSoon', 'threshold', 'inclusive']],
    [{ referralHours: -1 }, ['referralHours']],
    [{ paidServiceHours: Number.POSITIVE_INFINITY }, ['paidServiceHours']],
    [{ typo: 1 }, []],
  ])('refuses %j at %j', (override, path) => {
    const result = repairPolicySchema.safeParse({ ...defaultRepairPolicy, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it('accepts both forms of the due-soon threshold and no classification rows', () => {
    for (const dueSoon of [
      { measure: 'lead-ms', threshold: { value: 7_200_000, inclusive: true } },
      { measure: 'share-basis-points', threshold: { value: 2500, inclusive: false } },
      null,
    ]) {
      expect(repairPolicySchema.safeParse({ ...defaultRepairPolicy, dueSoon }).success).toBe(true);
    }
    expect(repairPolicySchema.safeParse({ ...defaultRepairPolicy, classRules: [] }).success).toBe(true);
  });
});

describe('definePolicy with repair overrides', () => {
  it('merges repair settings over the defaults', () => {
    const policy = definePolicy({
      repair: { clockStartsAt: 'acceptance', dueSoon: { measure: 'lead-ms', threshold: { value: 3_600_000, inclusive: true } } },
    });
    expect(policy.repair.clockStartsAt).toBe('acceptance');
    expect(policy.repair.deadlines).toEqual(defaultRepairPolicy.deadlines);
    const status = repairStatus(
      { repairClass: 'A', receivedAt: '2026-10-01T09:00:00+08:00', planAcceptedAt: '2026-10-02T09:00:00+08:00', asOf: '2026-10-05T23:30:00+08:00' },
      { policy },
    );
    expect(status).toEqual({
      state: 'open',
      dueAt: new Date('2026-10-06T00:00:00+08:00'),
      remainingMs: 1_800_000,
      dueSoon: true,
      basis: ['repair.deadline', 'repair.class-a', 'repair.due-soon'],
    });
  });

  it('switches a due-soon threshold from a lead to a share', () => {
    const lead = definePolicy({ repair: { dueSoon: { measure: 'lead-ms', threshold: { value: 3_600_000, inclusive: true } } } });
    const share = definePolicy({ repair: { dueSoon: { measure: 'share-basis-points', threshold: { value: 2500, inclusive: true } } } }, lead);
    expect(share.repair.dueSoon).toEqual({ measure: 'share-basis-points', threshold: { value: 2500, inclusive: true } });
  });

  it('refuses a misspelt repair key and a bad value with PolicyError', () => {
    expect(() => definePolicy({ repair: { clockStartAt: 'acceptance' } } as never)).toThrow(PolicyError);
    let caught: PolicyError | undefined;
    try {
      definePolicy({ repair: { deadlines: [{ repairClass: 'A', duringHandover: null, days: 3 }] } });
    } catch (error) {
      caught = error as PolicyError;
    }
    expect(caught).toBeInstanceOf(PolicyError);
    expect(caught?.path).toEqual(['repair', 'deadlines']);
  });
});

describe('repair catalog entries', () => {
  const ids = ['repair.class-a', 'repair.class-b', 'repair.class-c', 'repair.deadline', 'repair.pause', 'repair.due-soon', 'repair.referral', 'repair.paid-service'];

  it('lists every repair rule of RULES.md and every id the functions return', () => {
    expect(Object.keys(repairEntries).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(ruleCatalog[id]).toBe(repairEntries[id]);
  });

  it('summarizes each rule in three locales and cites ZN or the library', () => {
    for (const id of ids) {
      const entry = repairEntries[id];
      expect(['ZN', 'library']).toContain(entry?.source);
      for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) expect(entry?.summary[locale].length).toBeGreaterThan(10);
    }
  });

  it('explains a repair decision', () => {
    expect(explain(['repair.deadline', 'repair.class-a'], 'en')).toEqual([
      expect.stringMatching(/^Once the owner agrees to the handling plan.*\(Zhongnan Property customer-service work standard, §2\.2\)$/),
      expect.stringMatching(/^Class A repair: .*, §2\.1 a\)\)$/),
    ]);
  });
});
