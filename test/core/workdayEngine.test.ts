// The working-day engine travels with the policy (core/workdayEngine.ts): a rule whose own defaults
// count no working days carries no calendar, and still counts them when a policy asks.
import { describe, expect, it } from 'vitest';
import { caught } from '../calendar/_helpers.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { paidServiceDueAt } from '../../src/repair/paidServiceDueAt.js';
import { referralDueAt } from '../../src/repair/referralDueAt.js';
import { dueAtMs } from '../../src/core/dueAtMs.js';
import { PolicyError } from '../../src/core/errors.js';
import { engineOf } from '../../src/core/workdayEngine.js';
import { workdayEngine } from '../../src/calendar/workdayEngine.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const ms = (text: string): number => Date.parse(text);
const iso = (value: number): string => new Date(value).toISOString();
// A policy with the mark of validation but no engine: forged, or from a copy older than the engine.
const engineless = (): typeof defaultPolicy =>
  Object.freeze(Object.defineProperty({ ...defaultPolicy, extendPastRestDays: true }, Symbol.for('wuye-rules.validated'), { value: true }));

describe('the working-day engine of a policy', () => {
  it('is carried by every policy definePolicy builds and by defaultPolicy, hidden from its data', () => {
    const policy = definePolicy({ dayCounting: 'elapsed' });
    expect(engineOf({ policy })).toBe(workdayEngine);
    expect(engineOf({ policy: defaultPolicy })).toBe(workdayEngine);
    expect(engineOf(undefined)).toBeUndefined();
    expect(engineOf({})).toBeUndefined();
    expect(Object.keys(policy)).not.toContain(Symbol.for('wuye-rules.workday-engine'));
    expect(JSON.parse(JSON.stringify(policy))).toEqual(JSON.parse(JSON.stringify(definePolicy({ dayCounting: 'elapsed' }))));
    expect(Object.isFrozen(workdayEngine)).toBe(true);
  });

  it("counts working days with the policy's engine when the caller brings none", () => {
    const policy = definePolicy({ outOfCoverage: 'statutory' });
    const period = { amount: 3, unit: 'workday' } as const;
    // 2026-09-30 + 3 working days: the National Day holiday (1–7 October 2026) passed over, 10 October a make-up working day.
    expect(iso(dueAtMs(ms('2026-09-30T10:00:00+08:00'), period, { policy }, 'f', ['period']))).toBe('2026-10-10T16:00:00.000Z');
    expect(dueAtMs(ms('2026-09-30T10:00:00+08:00'), period, { policy }, 'f', ['period'])).toBe(
      dueAtMs(ms('2026-09-30T10:00:00+08:00'), period, { policy }, 'f', ['period'], undefined, workdayEngine),
    );
    // An hour before closing on 30 September, the next on 8 October from 08:00.
    expect(iso(dueAtMs(ms('2026-09-30T16:30:00+08:00'), { amount: 2, unit: 'workhour' }, { policy }, 'f', ['period']))).toBe('2026-10-08T01:00:00.000Z');
  });

  it('needs no engine for day, week, month, hour, same-day and next-day periods', () => {
    const policy = engineless();
    const from = ms('2026-09-30T10:00:00+08:00');
    for (const unit of ['day', 'week', 'month', 'hour'] as const) {
      expect(dueAtMs(from, { amount: 2, unit }, undefined, 'f', ['period'])).toBe(dueAtMs(from, { amount: 2, unit }, undefined, 'f', ['period'], undefined, workdayEngine));
    }
    expect(iso(dueAtMs(from, { unit: 'next-day' }, { policy }, 'f', ['period']))).toBe('2026-10-01T16:00:00.000Z');
  });

  it('refuses, naming options.policy, a period that needs the calendar when neither caller nor policy brings an engine', () => {
    const from = ms('2026-09-30T10:00:00+08:00');
    for (const [period, options] of [
      [{ amount: 1, unit: 'workday' }, undefined],
      [{ amount: 1, unit: 'workhour' }, undefined],
      [{ amount: 1, unit: 'workday' }, { policy: engineless() }],
      // extendPastRestDays asks whether the last day works.
      [{ amount: 1, unit: 'day' }, { policy: engineless() }],
    ] as const) {
      const error = caught(() => dueAtMs(from, period, options, 'f', ['period']));
      expect(error).toBeInstanceOf(PolicyError);
      expect(error).toMatchObject({ path: ['options', 'policy'], message: expect.stringMatching(/^f: options\.policy must be built with definePolicy, received /) });
    }
  });

  it('lets a rule without a calendar of its own count a policy period in working days', () => {
    const policy = definePolicy({ complaint: { levelThresholds: { unresolvedLongerThan: { period: { amount: 3, unit: 'workday' }, inclusive: false } } } });
    const facts = (asOf: string) => ({ unresolved: { openedAt: '2026-09-30T10:00:00+08:00', asOf, causedByUs: true } });
    expect(classifyComplaint(facts('2026-10-11T00:00:00+08:00'), { policy }).level).toBe(4);
    expect(classifyComplaint(facts('2026-10-11T00:00:00.001+08:00'), { policy }).level).toBe(2);
    const forged = Object.freeze(Object.defineProperty({ ...policy }, Symbol.for('wuye-rules.validated'), { value: true }));
    expect(() => classifyComplaint(facts('2026-10-11T00:00:00.001+08:00'), { policy: forged })).toThrow(PolicyError);
  });

  it("reads the repair hours as working hours on the policy's engine, and refuses a policy without one", () => {
    const policy = definePolicy({ hourCounting: 'business-hours' });
    // Both default to 1 hour. A request at 17:00 on 30 September 2026: half an hour that day, the other
    // half from 08:00 on 8 October, after the National Day holiday.
    expect([policy.repair.paidServiceHours, policy.repair.referralHours]).toEqual([1, 1]);
    for (const due of [paidServiceDueAt, referralDueAt]) {
      const hours = 1;
      expect(due('2026-09-30T17:00:00+08:00', { policy }).toISOString()).toBe('2026-10-08T00:30:00.000Z');
      const forged = Object.freeze(Object.defineProperty({ ...policy }, Symbol.for('wuye-rules.validated'), { value: true }));
      expect(() => due('2026-09-30T16:30:00+08:00', { policy: forged })).toThrow(PolicyError);
      // The elapsed reading needs no calendar, whatever the policy carries.
      expect(due('2026-09-30T16:30:00+08:00', { policy: Object.freeze(Object.defineProperty({ ...defaultPolicy }, Symbol.for('wuye-rules.validated'), { value: true })) }).getTime()).toBe(
        Date.parse('2026-09-30T16:30:00+08:00') + hours * 3_600_000,
      );
    }
  });
});
