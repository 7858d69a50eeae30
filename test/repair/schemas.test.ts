import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRepair } from '../../src/repair/classifyRepair.js';
import { repairDeadline } from '../../src/repair/repairDeadline.js';
import { repairStatus, type RepairStatusInput } from '../../src/repair/repairStatus.js';
import {
  classifyRepairInputSchema,
  paidServiceDueAtInputSchema,
  referralDueAtInputSchema,
  repairDeadlineInputSchema,
  repairStatusInputSchema,
} from '../../src/schemas/repair.js';
import { DAY, ms } from './_support.js';

const EVE = '2026-09-30T18:00:00+08:00';

const firstIssuePath = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): PropertyKey[] | undefined =>
  result.error?.issues[0]?.path;

describe('repair input schemas', () => {
  it('accept what the functions accept', () => {
    const facts = { movedIn: true, affectsDailyLife: true, renovationStarted: false, affectsRenovation: false };
    expect(classifyRepairInputSchema.parse(facts)).toEqual(facts);
    const deadline = { repairClass: 'C', receivedAt: EVE, centralizedHandover: false, handoverPeriods: [{ start: '2026-09-01', end: '2026-09-30' }] };
    expect(repairDeadlineInputSchema.safeParse(deadline).success).toBe(true);
    // A one-day period whose end is earlier in the clock than its start, as the function reads it.
    const oneDay = { repairClass: 'C', receivedAt: EVE, handoverPeriods: [{ start: '2026-09-30T18:00:00+08:00', end: '2026-09-30T09:00:00+08:00' }] };
    expect(repairDeadlineInputSchema.safeParse(oneDay).success).toBe(true);
    const status = { ...deadline, planAcceptedAt: EVE, completedAt: '2026-10-02T10:00:00+08:00', asOf: '2026-10-03T00:00:00+08:00', pauses: [{ start: EVE }] };
    expect(repairStatusInputSchema.safeParse(status).success).toBe(true);
    expect(referralDueAtInputSchema.safeParse(EVE).success).toBe(true);
    expect(paidServiceDueAtInputSchema.safeParse(ms(EVE)).success).toBe(true);
    expect(paidServiceDueAtInputSchema.safeParse(new Date(EVE)).success).toBe(true);
  });

  it.each([
    [classifyRepairInputSchema, { movedIn: true, affectsDailyLife: true, renovationStarted: false }, ['affectsRenovation']],
    [classifyRepairInputSchema, { movedIn: true, affectsDailyLife: true, renovationStarted: false, affectsRenovation: false, moved: true }, []],
    [repairDeadlineInputSchema, { repairClass: 'D', receivedAt: EVE }, ['repairClass']],
    [repairDeadlineInputSchema, { repairClass: 'A', receivedAt: '2026-02-30' }, ['receivedAt']],
    [repairDeadlineInputSchema, { repairClass: 'C', receivedAt: EVE, handoverPeriods: [{ start: '2026-09-30', end: '2026-09-01' }] }, ['handoverPeriods', 0, 'end']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: '2026-09-30T12:00:00+08:00' }, ['asOf']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: EVE, planAcceptedAt: '2026-09-30T12:00:00+08:00' }, ['planAcceptedAt']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: EVE, completedAt: '2026-10-01T12:00:00+08:00' }, ['completedAt']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: EVE, pauses: [{ start: '2026-09-30T12:00:00+08:00' }] }, ['pauses', 0, 'start']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: '2026-10-02', pauses: [{ start: '2026-10-01', end: EVE }] }, ['pauses', 0, 'end']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE }, ['asOf']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: EVE, planAceptedAt: EVE }, []],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: EVE, asOf: EVE, planAcceptedAt: '2026-02-30' }, ['planAcceptedAt']],
    [repairStatusInputSchema, { repairClass: 'A', receivedAt: '2026-02-30', asOf: EVE }, ['receivedAt']],
    [referralDueAtInputSchema, 'yesterday', []],
  ] as const)('refuses bad input at the same path as the function (%#)', (schema, input, path) => {
    const result = (schema as typeof repairStatusInputSchema).safeParse(input);
    expect(result.success).toBe(false);
    expect(firstIssuePath(result)).toEqual(path);
  });

  it('carry a title and a bilingual description', () => {
    for (const schema of [classifyRepairInputSchema, repairDeadlineInputSchema, repairStatusInputSchema, referralDueAtInputSchema, paidServiceDueAtInputSchema]) {
      const meta = schema.meta();
      expect(meta?.title).toMatch(/input$/);
      expect(meta?.description).toMatch(/[\u4e00-\u9fff].*[A-Za-z]/);
    }
  });

  it('agree with repairStatus and repairDeadline on which cases are valid', () => {
    const base = ms('2026-06-01T00:00:00+08:00');
    const maybeOffset = fc.option(fc.integer({ min: -5 * DAY, max: 20 * DAY }), { nil: undefined });
    const caseArbitrary = fc.record({
      repairClass: fc.constantFrom('A', 'B', 'C'),
      receivedAt: fc.constant(base),
      asOf: fc.integer({ min: -5 * DAY, max: 20 * DAY }).map((offset) => base + offset),
      planAcceptedAt: maybeOffset.map((offset) => (offset === undefined ? undefined : base + offset)),
      completedAt: maybeOffset.map((offset) => (offset === undefined ? undefined : base + offset)),
      pauses: fc.array(
        fc.record({ start: fc.integer({ min: -5 * DAY, max: 20 * DAY }), length: fc.option(fc.integer({ min: -DAY, max: 5 * DAY }), { nil: undefined }) }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(caseArbitrary, ({ pauses, planAcceptedAt, completedAt, ...rest }) => {
        const input = {
          ...rest,
          ...(planAcceptedAt === undefined ? {} : { planAcceptedAt }),
          ...(completedAt === undefined ? {} : { completedAt }),
          pauses: pauses.map(({ start, length }) => (length === undefined ? { start: base + start } : { start: base + start, end: base + start + length })),
        } as RepairStatusInput;
        let functionAccepts = true;
        try {
          repairStatus(input);
        } catch {
          functionAccepts = false;
        }
        expect(repairStatusInputSchema.safeParse(input).success).toBe(functionAccepts);
      }),
      { numRuns: 200 },
    );
    expect(repairDeadlineInputSchema.safeParse({ repairClass: 'A', receivedAt: EVE }).success).toBe(true);
    expect(() => repairDeadline({ repairClass: 'A', receivedAt: EVE })).not.toThrow();
    expect(() => classifyRepair(classifyRepairInputSchema.parse({ movedIn: false, affectsDailyLife: false, renovationStarted: true, affectsRenovation: true }))).not.toThrow();
  });
});
