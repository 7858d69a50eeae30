import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { classifyComplaint, type ComplaintFacts, type UnresolvedComplaint } from '../../src/complaint/classifyComplaint.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { DAY_MS } from '../../src/core/instant.js';
import { complaintPolicy } from './_policy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';

const RUNS = { numRuns: 200 };
const MEDIA = ['none', 'possible', 'occurred'] as const;
const LITIGATION = ['none', 'possible', 'filed'] as const;
const COUNT_FIELDS = ['litigationHouseholds', 'collectiveComplainants', 'collectiveHouseholds', 'sameIssueComplainantsInMonth', 'repeatsAfterResolution'] as const;
const FLAG_FIELDS = ['severeReputationalHarm', 'needsOtherDepartment'] as const;

// Instants within the calendar's years (2019–2026), at any millisecond.
const FIRST_MS = Date.parse('2019-01-01T00:00:00+08:00');
const LAST_MS = Date.parse('2026-06-30T00:00:00+08:00');
const openedMs = fc.integer({ min: FIRST_MS, max: LAST_MS });
const unresolved: fc.Arbitrary<UnresolvedComplaint> = fc
  .record({ openedAt: openedMs, elapsed: fc.integer({ min: 0, max: 90 * DAY_MS }), causedByUs: fc.boolean() })
  .map(({ openedAt, elapsed, causedByUs }) => ({ openedAt, asOf: openedAt + elapsed, causedByUs }));

const facts: fc.Arbitrary<ComplaintFacts> = fc.record(
  {
    media: fc.constantFrom(...MEDIA),
    severeReputationalHarm: fc.boolean(),
    litigation: fc.constantFrom(...LITIGATION),
    litigationHouseholds: fc.nat({ max: 30 }),
    collectiveComplainants: fc.nat({ max: 30 }),
    collectiveHouseholds: fc.nat({ max: 30 }),
    sameIssueComplainantsInMonth: fc.nat({ max: 10 }),
    unresolved,
    repeatsAfterResolution: fc.nat({ max: 10 }),
    needsOtherDepartment: fc.boolean(),
  },
  { requiredKeys: [] },
);

type Raise = (facts: ComplaintFacts) => ComplaintFacts;

// One way of making the facts at least as bad: a larger count, a flag turned on, a more severe enum,
// a later judgement, an earlier opening, or the delay becoming ours.
const raise: fc.Arbitrary<Raise> = fc.oneof(
  fc.record({ field: fc.constantFrom(...COUNT_FIELDS), by: fc.integer({ min: 1, max: 20 }) }).map(
    ({ field, by }): Raise => (f) => ({ ...f, [field]: (f[field] ?? 0) + by }),
  ),
  fc.constantFrom(...FLAG_FIELDS).map((field): Raise => (f) => ({ ...f, [field]: true })),
  fc.constantFrom('possible', 'occurred').map((media): Raise => (f) => ({ ...f, media: MEDIA.indexOf(f.media ?? 'none') > MEDIA.indexOf(media) ? f.media : media })),
  fc.constantFrom('possible', 'filed').map(
    (litigation): Raise => (f) => ({ ...f, litigation: LITIGATION.indexOf(f.litigation ?? 'none') > LITIGATION.indexOf(litigation) ? f.litigation : litigation }),
  ),
  fc.integer({ min: 1, max: 60 * DAY_MS }).map((by): Raise => (f) => (f.unresolved === undefined ? f : { ...f, unresolved: { ...f.unresolved, asOf: (f.unresolved.asOf as number) + by } })),
  fc.integer({ min: 1, max: 60 * DAY_MS }).map((by): Raise => (f) => (f.unresolved === undefined ? f : { ...f, unresolved: { ...f.unresolved, openedAt: (f.unresolved.openedAt as number) - by } })),
  fc.constant<Raise>((f) => (f.unresolved === undefined ? f : { ...f, unresolved: { ...f.unresolved, causedByUs: true } })),
);

describe('classifyComplaint properties', () => {
  it('is monotone: raising any count, turning on any flag or raising an enum never lowers the severity', () => {
    fc.assert(
      fc.property(facts, fc.array(raise, { minLength: 1, maxLength: 4 }), (base, raises) => {
        const raised = raises.reduce((current, step) => step(current), base);
        expect(classifyComplaint(raised).level).toBeLessThanOrEqual(classifyComplaint(base).level);
      }),
      RUNS,
    );
  });

  it('keeps the reasons monotone too: a raise never removes a matching reason, except by promoting it', () => {
    fc.assert(
      fc.property(facts, raise, (base, step) => {
        const before = classifyComplaint(base).basis.filter((id) => id !== 'complaint.level4');
        const after = classifyComplaint(step(base)).basis;
        for (const id of before) {
          // Media exposure without serious harm is a level 2 reason; adding the harm promotes it to level 1's.
          if (id === 'complaint.level2.litigation-or-media' && after.includes('complaint.level1.media')) continue;
          expect(after).toContain(id);
        }
      }),
      RUNS,
    );
  });

  it('is total and deterministic over valid facts, with crisis exactly at level 1 and catalogued reasons', () => {
    fc.assert(
      fc.property(facts, (value) => {
        const result = classifyComplaint(value);
        expect(classifyComplaint(value)).toBe(result);
        expect(Object.keys(result)).toEqual(['level', 'crisis', 'basis']);
        expect([1, 2, 3, 4]).toContain(result.level);
        expect(result.crisis).toBe(result.level === 1);
        expect(result.basis.length).toBeGreaterThan(0);
        expect(new Set(result.basis).size).toBe(result.basis.length);
        for (const id of result.basis) expect(ruleCatalog[id], id).toBeDefined();
        // The first reason names the level; every later one is no more severe.
        const levels = result.basis.map((id) => Number(/^complaint\.level(\d)/.exec(id)?.[1]));
        expect(levels[0]).toBe(result.level);
        expect([...levels].sort()).toEqual(levels);
      }),
      RUNS,
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(facts, (value) => {
        const copy = structuredClone(value);
        classifyComplaint(value);
        expect(value).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('puts each count threshold at its number: one below misses the reason, the number matches it', () => {
    const thresholds = [
      ['sameIssueComplainantsInMonth', 3, 'complaint.level2.recurrence', {}],
      ['collectiveComplainants', 3, 'complaint.level2.collective', {}],
      ['collectiveHouseholds', 3, 'complaint.level2.collective', {}],
      ['repeatsAfterResolution', 3, 'complaint.level3.repeat-after-resolution', {}],
      ['litigationHouseholds', 10, 'complaint.level1.group-litigation', { litigation: 'possible' }],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...thresholds), fc.nat({ max: 50 }), ([field, threshold, id, extra], n) => {
        const basis = classifyComplaint({ ...extra, [field]: n }).basis;
        expect(basis.includes(id)).toBe(n >= threshold);
      }),
      RUNS,
    );
  });

  it('is overdue exactly when the delay is ours and asOf is strictly after the month period', () => {
    // Under elapsed counting the month ends at the same clock time on the corresponding day.
    const policy = complaintPolicy({}, { dayCounting: 'elapsed' });
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2026-01-01T00:00:00+08:00'), max: Date.parse('2026-01-28T00:00:00+08:00') }), fc.integer({ min: -1000, max: 1000 }), (opened, offset) => {
        const end = opened + 31 * DAY_MS;
        const result = classifyComplaint({ unresolved: { openedAt: opened, asOf: end + offset, causedByUs: true } }, { policy });
        expect(result.basis.includes('complaint.level2.overdue')).toBe(offset > 0);
      }),
      RUNS,
    );
  });

  it('always throws InvalidInputError naming the field for a bad count, enum or flag', () => {
    const badCount = fc.oneof(
      fc.integer({ min: -1000, max: -1 }),
      fc.double({ min: 0.001, max: 1000, noNaN: true }).filter((x) => !Number.isInteger(x)),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '3', null, true),
    );
    const badField = fc.oneof(
      fc.record({ field: fc.constantFrom<string>(...COUNT_FIELDS), value: badCount }),
      fc.record({ field: fc.constantFrom<string>(...FLAG_FIELDS), value: fc.constantFrom<unknown>('true', 1, 0, null, 'yes') }),
      fc.record({ field: fc.constantFrom('media', 'litigation'), value: fc.oneof(fc.string().filter((s) => !(MEDIA as readonly string[]).concat(LITIGATION).includes(s)), fc.constantFrom<unknown>(null, 1, true)) }),
    );
    fc.assert(
      fc.property(facts, badField, (value, { field, value: bad }) => {
        let caught: unknown;
        try {
          classifyComplaint({ ...value, [field]: bad } as ComplaintFacts);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(InvalidInputError);
        expect((caught as InvalidInputError).path).toEqual([field]);
      }),
      RUNS,
    );
  });

  it('under collectiveAboveTenHouseholds: 1 is still monotone, a crisis exactly above 10 households', () => {
    const policy = definePolicy({ complaint: { collectiveAboveTenHouseholds: 1 } });
    fc.assert(
      fc.property(facts, fc.array(raise, { minLength: 1, maxLength: 4 }), (base, raises) => {
        const raised = raises.reduce((current, step) => step(current), base);
        const before = classifyComplaint(base, { policy });
        expect(classifyComplaint(raised, { policy }).level).toBeLessThanOrEqual(before.level);
        // Never less severe than the default reading, and different only through the collective crisis.
        const plain = classifyComplaint(base);
        expect(before.level).toBeLessThanOrEqual(plain.level);
        expect(before.basis.includes('complaint.level1.collective')).toBe((base.collectiveHouseholds ?? 0) > 10);
        if ((base.collectiveHouseholds ?? 0) <= 10) expect(before).toBe(plain);
      }),
      RUNS,
    );
  });
});
