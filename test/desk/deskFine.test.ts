import { describe, expect, it } from 'vitest';
import { deskFine } from '../../src/desk/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { expectInvalid } from './_helpers.js';

const fine = (amountYuan: number, rule: string) => ({ outcome: 'fine', amountYuan, legalRisk: true, basis: [rule] });
const other = (outcome: string, rule: string) => ({ outcome, legalRisk: true, basis: [rule] });

describe('deskFine', () => {
  it.each([
    ['handover-log', 1, fine(30, 'desk.handover-log')],
    ['handover-log', 2, fine(50, 'desk.handover-log')],
    ['handover-log', 3, fine(80, 'desk.handover-log')],
    ['handover-log', 4, other('withhold-month-pay', 'desk.handover-log')],
    ['handover-log', 5, other('deemed-resignation', 'desk.handover-log')],
    ['handover-log', 9, other('deemed-resignation', 'desk.handover-log')],
    ['weekly-report', 1, fine(50, 'desk.weekly-report')],
    ['weekly-report', 2, fine(100, 'desk.weekly-report')],
    ['weekly-report', 3, fine(200, 'desk.weekly-report')],
    ['weekly-report', 4, other('withhold-month-pay', 'desk.weekly-report')],
    ['weekly-report', 5, other('deemed-resignation', 'desk.weekly-report')],
    ['weekly-report', 6, other('deemed-resignation', 'desk.weekly-report')],
    ['customer-complaint', 1, fine(100, 'desk.customer-complaint')],
    ['customer-complaint', 2, fine(200, 'desk.customer-complaint')],
    ['customer-complaint', 3, other('deemed-resignation', 'desk.customer-complaint')],
    ['customer-complaint', 4, other('deemed-resignation', 'desk.customer-complaint')],
    ['off-work-chat', 1, fine(50, 'desk.misc.off-work-chat')],
    ['off-work-chat', 7, fine(50, 'desk.misc.off-work-chat')],
    ['cleaning-duty', 1, fine(50, 'desk.misc.cleaning-duty')],
    ['cleaning-duty', 3, fine(50, 'desk.misc.cleaning-duty')],
    ['customer-data-leak', 1, fine(150, 'desk.misc.customer-data-leak')],
    ['customer-data-leak', 12, fine(150, 'desk.misc.customer-data-leak')],
  ] as const)('imposes for %s occurrence %d: %j', (kind, occurrence, expected) => {
    expect(deskFine(kind, occurrence)).toEqual(expected);
  });

  it('has no amountYuan key unless the outcome is a fine', () => {
    expect(Object.keys(deskFine('handover-log', 4))).toEqual(['outcome', 'legalRisk', 'basis']);
    expect(Object.keys(deskFine('handover-log', 1))).toEqual(['outcome', 'amountYuan', 'legalRisk', 'basis']);
  });

  it('returns interned frozen answers', () => {
    expect(deskFine('weekly-report', 5)).toBe(deskFine('weekly-report', 50));
    expect(Object.isFrozen(deskFine('cleaning-duty', 1))).toBe(true);
  });

  it('names rules that carry a legal-risk note in the catalog', () => {
    for (const kind of ['handover-log', 'weekly-report', 'customer-complaint', 'off-work-chat', 'cleaning-duty', 'customer-data-leak'] as const) {
      const [rule] = deskFine(kind, 1).basis;
      expect(ruleCatalog[rule ?? '']?.legalRisk).toMatch(/labour|Labour|wage/);
    }
    expect(ruleCatalog['desk.probation']?.legalRisk).toMatch(/Labour Contract Law/);
  });

  it('follows a company ladder', () => {
    const policy = definePolicy({
      desk: { fines: { 'off-work-chat': { ruleId: 'desk.misc.off-work-chat', steps: [{ outcome: 'fine', amountYuan: 20 }, { outcome: 'fine', amountYuan: 40.5 }] } } },
    });
    expect(deskFine('off-work-chat', 1, { policy }).amountYuan).toBe(20);
    expect(deskFine('off-work-chat', 3, { policy })).toEqual(fine(40.5, 'desk.misc.off-work-chat'));
    expect(deskFine('cleaning-duty', 1, { policy }).amountYuan).toBe(50);
  });

  it.each([
    [0, 'out_of_range'],
    [-1, 'negative'],
    [1.5, 'not_integer'],
    [Number.NaN, 'not_finite'],
    [Infinity, 'not_finite'],
    ['2', 'invalid_type'],
  ])('refuses the occurrence %s', (occurrence, code) => {
    const error = expectInvalid(() => deskFine('handover-log', occurrence as number), code, ['occurrence']);
    expect(error.message.startsWith('deskFine: occurrence')).toBe(true);
  });

  it('refuses an unknown kind', () => {
    expectInvalid(() => deskFine('late-arrival' as never, 1), 'invalid_enum', ['kind']);
  });
});
