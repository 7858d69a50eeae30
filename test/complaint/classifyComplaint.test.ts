import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { classifyComplaint, type ComplaintFacts } from '../../src/complaint/classifyComplaint.js';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { complaintPolicy } from './_policy.js';
import { invalidInputOf as refusal } from '../support/errors.js';


describe('classifyComplaint', () => {
  describe('level 1 (crisis)', () => {
    it('is a crisis when media exposure occurred and seriously harms the reputation', () => {
      // Level 2's media reason is exposure "without the serious harm": with it, only level 1's applies.
      expect(classifyComplaint({ media: 'occurred', severeReputationalHarm: true })).toEqual({
        level: 1,
        crisis: true,
        basis: ['complaint.level1.media'],
      });
    });

    it('is a crisis when such exposure is only possible', () => {
      expect(classifyComplaint({ media: 'possible', severeReputationalHarm: true }).level).toBe(1);
    });

    it('needs media exposure for the reputational harm to matter', () => {
      expect(classifyComplaint({ severeReputationalHarm: true })).toEqual({ level: 4, crisis: false, basis: ['complaint.level4'] });
      expect(classifyComplaint({ media: 'none', severeReputationalHarm: true }).level).toBe(4);
    });

    it('is a crisis for a possible group lawsuit of 10 households (10 included)', () => {
      expect(classifyComplaint({ litigation: 'possible', litigationHouseholds: 10 })).toEqual({
        level: 1,
        crisis: true,
        basis: ['complaint.level1.group-litigation', 'complaint.level2.litigation-or-media'],
      });
      expect(classifyComplaint({ litigation: 'filed', litigationHouseholds: 25 }).level).toBe(1);
    });

    it('keeps a lawsuit of 9 households at level 2', () => {
      expect(classifyComplaint({ litigation: 'filed', litigationHouseholds: 9 })).toEqual({
        level: 2,
        crisis: false,
        basis: ['complaint.level2.litigation-or-media'],
      });
    });

    it('ignores litigationHouseholds when there is no lawsuit', () => {
      expect(classifyComplaint({ litigation: 'none', litigationHouseholds: 40 }).level).toBe(4);
      expect(classifyComplaint({ litigationHouseholds: 40 }).level).toBe(4);
    });
  });

  describe('level 2', () => {
    it.each([
      [{ litigation: 'possible' }],
      [{ litigation: 'filed' }],
      [{ media: 'possible' }],
      [{ media: 'occurred' }],
      [{ media: 'occurred', severeReputationalHarm: false }],
    ] as [ComplaintFacts][])('puts %j at level 2 for possible litigation or media', (facts) => {
      expect(classifyComplaint(facts)).toEqual({ level: 2, crisis: false, basis: ['complaint.level2.litigation-or-media'] });
    });

    it('puts 3 complainants about the same issue within a month at level 2, and 2 not', () => {
      expect(classifyComplaint({ sameIssueComplainantsInMonth: 3 })).toEqual({ level: 2, crisis: false, basis: ['complaint.level2.recurrence'] });
      expect(classifyComplaint({ sameIssueComplainantsInMonth: 2 }).level).toBe(4);
    });

    it('puts a collective complaint of 3 people (含) at level 2, and 2 people not', () => {
      expect(classifyComplaint({ collectiveComplainants: 3 })).toEqual({ level: 2, crisis: false, basis: ['complaint.level2.collective'] });
      expect(classifyComplaint({ collectiveComplainants: 2 }).level).toBe(4);
    });

    it('puts a collective complaint of 3 households at level 2, and 2 households of 2 people not', () => {
      expect(classifyComplaint({ collectiveHouseholds: 3 }).basis).toEqual(['complaint.level2.collective']);
      expect(classifyComplaint({ collectiveHouseholds: 2, collectiveComplainants: 2 }).level).toBe(4);
    });

    it('puts a collective complaint of 12 households without litigation at level 2 (the source leaves a gap)', () => {
      expect(classifyComplaint({ collectiveHouseholds: 12, collectiveComplainants: 15 })).toEqual({
        level: 2,
        crisis: false,
        basis: ['complaint.level2.collective'],
      });
      expect(classifyComplaint({ collectiveHouseholds: 500 }).level).toBe(2);
    });

    describe('unresolved for more than a month for our reasons', () => {
      const openedAt = '2026-01-15T10:00:00+08:00';

      it('is not overdue at 24:00 of the corresponding day (超过 excludes the month itself)', () => {
        expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-02-16T00:00:00+08:00', causedByUs: true } }).level).toBe(4);
        expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-02-15T23:59:59.999+08:00', causedByUs: true } }).level).toBe(4);
      });

      it('is overdue one millisecond after the month period ends', () => {
        expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-02-16T00:00:00.001+08:00', causedByUs: true } })).toEqual({
          level: 2,
          crisis: false,
          basis: ['complaint.level2.overdue'],
        });
      });

      it('is never overdue when the delay is not on our side', () => {
        expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-12-31T00:00:00+08:00', causedByUs: false } }).level).toBe(4);
      });

      it('ends a month period on the last day of a shorter month (31 January → 28 February)', () => {
        const unresolved = { openedAt: '2026-01-31T09:00:00+08:00', causedByUs: true };
        expect(classifyComplaint({ unresolved: { ...unresolved, asOf: '2026-03-01T00:00:00+08:00' } }).level).toBe(4);
        expect(classifyComplaint({ unresolved: { ...unresolved, asOf: '2026-03-01T00:00:01+08:00' } }).level).toBe(2);
      });

      it('reads the day boundary in Shanghai time whatever the offset of the input', () => {
        // 2026-01-15T23:30+08:00 written in UTC: the month still runs from Shanghai's 15 January.
        const unresolved = { openedAt: '2026-01-15T15:30:00Z', causedByUs: true };
        expect(classifyComplaint({ unresolved: { ...unresolved, asOf: '2026-02-15T16:00:00Z' } }).level).toBe(4);
        expect(classifyComplaint({ unresolved: { ...unresolved, asOf: '2026-02-15T16:00:01Z' } }).level).toBe(2);
      });

      it('accepts epoch milliseconds and Dates', () => {
        const openedMs = Date.parse('2026-01-15T10:00:00+08:00');
        const asOf = new Date('2026-03-01T00:00:00+08:00');
        expect(classifyComplaint({ unresolved: { openedAt: openedMs, asOf, causedByUs: true } }).level).toBe(2);
      });

      it('counts the month as elapsed time under dayCounting: elapsed', () => {
        const policy = complaintPolicy({}, { dayCounting: 'elapsed' });
        expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-02-15T10:00:00+08:00', causedByUs: true } }, { policy }).level).toBe(4);
        expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-02-15T10:00:00.001+08:00', causedByUs: true } }, { policy }).level).toBe(2);
      });
    });
  });

  describe('level 3', () => {
    it('puts 3 repeat complaints after handling at level 3, and 2 not', () => {
      expect(classifyComplaint({ repeatsAfterResolution: 3 })).toEqual({ level: 3, crisis: false, basis: ['complaint.level3.repeat-after-resolution'] });
      expect(classifyComplaint({ repeatsAfterResolution: 4 }).level).toBe(3);
      expect(classifyComplaint({ repeatsAfterResolution: 2 }).level).toBe(4);
    });

    it('puts a complaint that needs another department at level 3', () => {
      expect(classifyComplaint({ needsOtherDepartment: true })).toEqual({ level: 3, crisis: false, basis: ['complaint.level3.cross-department'] });
      expect(classifyComplaint({ needsOtherDepartment: false }).level).toBe(4);
    });
  });

  describe('level 4 and combinations', () => {
    it('judges a complaint opened in the last days of 9999: its one-month limit, past the year, is only compared', () => {
      const unresolved = { openedAt: '9999-12-20T09:00:00+08:00', asOf: '9999-12-31T24:00-23:59', causedByUs: true };
      expect(classifyComplaint({ unresolved })).toEqual({ level: 4, crisis: false, basis: ['complaint.level4'] });
    });

    it('puts a complaint with no reason at level 4', () => {
      expect(classifyComplaint({})).toEqual({ level: 4, crisis: false, basis: ['complaint.level4'] });
      expect(classifyComplaint({ media: 'none', litigation: 'none', collectiveComplainants: 0, sameIssueComplainantsInMonth: 0 }).level).toBe(4);
    });

    it.each([
      [{ asOf: '2026-01-01', causedByUs: true }, 'missing', 'openedAt', 'unresolved.openedAt must be a valid instant, received undefined'],
      [{ openedAt: '2026-01-01', causedByUs: true }, 'missing', 'asOf', 'unresolved.asOf must be a valid instant, received undefined'],
      [{ openedAt: '2026-01-01', asOf: '2026-01-02' }, 'missing', 'causedByUs', 'unresolved.causedByUs must be true or false, received undefined'],
      [
        { openedAt: '2026-01-02', asOf: '2026-01-01', causedByUs: true },
        'out_of_range',
        'asOf',
        'unresolved.asOf must be not before unresolved.openedAt (2026-01-02T00:00:00.000+08:00), received "2026-01-01"',
      ],
    ])('explains a bad unresolved %j in full', (unresolved, code, field, message) => {
      expect(() => classifyComplaint({ unresolved: unresolved as never })).toThrow(
        expect.objectContaining({ code, path: ['unresolved', field], message: `classifyComplaint: ${message}` }),
      );
    });

    it('uses the default thresholds when the options carry no policy', () => {
      expect(classifyComplaint({ collectiveHouseholds: 3 }, {}).basis).toEqual(['complaint.level2.collective']);
      expect(classifyComplaint({ collectiveHouseholds: 2 }, {}).level).toBe(4);
    });

    it('treats a field set to undefined as absent', () => {
      expect(classifyComplaint({ media: undefined, collectiveHouseholds: undefined, unresolved: undefined }).level).toBe(4);
      expect(classifyComplaint({ media: undefined, collectiveHouseholds: 3 }).level).toBe(2);
    });

    it('lists every matching reason, most severe first', () => {
      const result = classifyComplaint({
        needsOtherDepartment: true,
        repeatsAfterResolution: 3,
        collectiveHouseholds: 12,
        sameIssueComplainantsInMonth: 5,
        litigation: 'filed',
        litigationHouseholds: 12,
        media: 'occurred',
        severeReputationalHarm: true,
        unresolved: { openedAt: '2026-01-01T09:00:00+08:00', asOf: '2026-03-01T09:00:00+08:00', causedByUs: true },
      });
      expect(result).toEqual({
        level: 1,
        crisis: true,
        basis: [
          'complaint.level1.media',
          'complaint.level1.group-litigation',
          'complaint.level2.litigation-or-media',
          'complaint.level2.recurrence',
          'complaint.level2.collective',
          'complaint.level2.overdue',
          'complaint.level3.repeat-after-resolution',
          'complaint.level3.cross-department',
        ],
      });
    });

    it('lets the most severe level win: level 2 and level 3 reasons give level 2', () => {
      expect(classifyComplaint({ needsOtherDepartment: true, sameIssueComplainantsInMonth: 3 })).toEqual({
        level: 2,
        crisis: false,
        basis: ['complaint.level2.recurrence', 'complaint.level3.cross-department'],
      });
    });

    it('returns frozen answers, shared by calls with the same reasons', () => {
      const first = classifyComplaint({ collectiveHouseholds: 12 });
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first.basis)).toBe(true);
      expect(classifyComplaint({ collectiveComplainants: 4 })).toBe(first);
      expect(classifyComplaint({})).toBe(classifyComplaint({ media: 'none' }));
    });

    it('does not mutate its input', () => {
      const facts = { collectiveHouseholds: 12, unresolved: { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-03-01T00:00:00+08:00', causedByUs: true } };
      const copy = structuredClone(facts);
      classifyComplaint(facts);
      expect(facts).toEqual(copy);
    });
  });

  describe('policy', () => {
    it("follows a company's own thresholds and boundaries", () => {
      const policy = complaintPolicy({
        levelThresholds: {
          groupLitigationHouseholds: { value: 5, inclusive: false },
          collectiveComplainants: { value: 5, inclusive: true },
          collectiveHouseholds: { value: 5, inclusive: true },
          recurrenceComplainants: { value: 3, inclusive: false },
          repeatsAfterResolution: { value: 2, inclusive: true },
        },
      });
      expect(classifyComplaint({ litigation: 'possible', litigationHouseholds: 5 }, { policy }).level).toBe(2);
      expect(classifyComplaint({ litigation: 'possible', litigationHouseholds: 6 }, { policy }).level).toBe(1);
      expect(classifyComplaint({ collectiveComplainants: 4 }, { policy }).level).toBe(4);
      expect(classifyComplaint({ collectiveHouseholds: 5 }, { policy }).level).toBe(2);
      expect(classifyComplaint({ sameIssueComplainantsInMonth: 3 }, { policy }).level).toBe(4);
      expect(classifyComplaint({ sameIssueComplainantsInMonth: 4 }, { policy }).level).toBe(2);
      expect(classifyComplaint({ repeatsAfterResolution: 2 }, { policy }).level).toBe(3);
    });

    it('can make the overdue period inclusive or shorter', () => {
      const openedAt = '2026-01-15T10:00:00+08:00';
      const inclusive = complaintPolicy({ levelThresholds: { unresolvedLongerThan: { period: { amount: 1, unit: 'month' }, inclusive: true } } });
      expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-02-16T00:00:00+08:00', causedByUs: true } }, { policy: inclusive }).level).toBe(2);
      const twoWeeks = complaintPolicy({ levelThresholds: { unresolvedLongerThan: { period: { amount: 2, unit: 'week' }, inclusive: false } } });
      expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-01-30T00:00:00+08:00', causedByUs: true } }, { policy: twoWeeks }).level).toBe(4);
      expect(classifyComplaint({ unresolved: { openedAt, asOf: '2026-01-30T00:00:01+08:00', causedByUs: true } }, { policy: twoWeeks }).level).toBe(2);
    });
  });

  describe('bad input', () => {
    it.each([
      [{ collectiveHouseholds: -1 }, 'negative', ['collectiveHouseholds']],
      [{ collectiveComplainants: 2.5 }, 'not_integer', ['collectiveComplainants']],
      [{ litigationHouseholds: Number.NaN }, 'not_finite', ['litigationHouseholds']],
      [{ sameIssueComplainantsInMonth: Number.POSITIVE_INFINITY }, 'not_finite', ['sameIssueComplainantsInMonth']],
      [{ repeatsAfterResolution: '3' }, 'invalid_type', ['repeatsAfterResolution']],
      [{ media: 'viral' }, 'invalid_enum', ['media']],
      [{ litigation: 'settled' }, 'invalid_enum', ['litigation']],
      [{ severeReputationalHarm: 'yes' }, 'invalid_type', ['severeReputationalHarm']],
      [{ needsOtherDepartment: 1 }, 'invalid_type', ['needsOtherDepartment']],
      [{ media: null }, 'invalid_enum', ['media']],
      [{ households: 12 }, 'unknown_key', ['households']],
      [{ unresolved: 'since January' }, 'invalid_type', ['unresolved']],
      [{ unresolved: { asOf: '2026-02-01', causedByUs: true } }, 'missing', ['unresolved', 'openedAt']],
      [{ unresolved: { openedAt: '2026-01-01', causedByUs: true } }, 'missing', ['unresolved', 'asOf']],
      [{ unresolved: { openedAt: '2026-01-01', asOf: '2026-02-01' } }, 'missing', ['unresolved', 'causedByUs']],
      [{ unresolved: { openedAt: 'yesterday', asOf: '2026-02-01', causedByUs: true } }, 'invalid_instant', ['unresolved', 'openedAt']],
      [{ unresolved: { openedAt: '2026-01-01', asOf: '2026-02-30', causedByUs: true } }, 'invalid_instant', ['unresolved', 'asOf']],
      [{ unresolved: { openedAt: '2026-01-01', asOf: '2026-02-01', causedByUs: 'no' } }, 'invalid_type', ['unresolved', 'causedByUs']],
      [{ unresolved: { openedAt: '2026-01-01', asOf: '2026-02-01', causedByUs: true, closedAt: '2026-03-01' } }, 'unknown_key', ['unresolved', 'closedAt']],
      [{ unresolved: { openedAt: '2026-02-01T10:00:00+08:00', asOf: '2026-02-01T09:59:59+08:00', causedByUs: false } }, 'out_of_range', ['unresolved', 'asOf']],
    ])('refuses %j with %s at %j', (facts, code, path) => {
      const error = refusal(() => classifyComplaint(facts as ComplaintFacts));
      expect(error.code).toBe(code);
      expect(error.path).toEqual(path);
      expect(error.message).toMatch(/^classifyComplaint: /);
    });

    it.each([[null], [undefined], [[]], ['level 2'], [12]])('refuses %j as facts', (facts) => {
      const error = refusal(() => classifyComplaint(facts as never));
      expect(error).toMatchObject({ code: 'invalid_type', path: [] });
    });

    it('validates a field even when another reason already decides the level', () => {
      expect(() => classifyComplaint({ media: 'occurred', severeReputationalHarm: true, repeatsAfterResolution: -1 })).toThrow(InvalidInputError);
    });

    it('names the value in the message', () => {
      expect(refusal(() => classifyComplaint({ media: 'viral' as never })).message).toBe(
        'classifyComplaint: media must be one of "none", "possible", "occurred", received "viral"',
      );
    });
  });

  describe('collectiveAboveTenHouseholds', () => {
    it('keeps a collective complaint of 11 households at level 2 by default', () => {
      expect(classifyComplaint({ collectiveHouseholds: 11 })).toEqual({ level: 2, crisis: false, basis: ['complaint.level2.collective'] });
    });

    it('makes 11 households a crisis under policy 1, and leaves exactly 10 at level 2', () => {
      const policy = definePolicy({ complaint: { collectiveAboveTenHouseholds: 1 } });
      expect(classifyComplaint({ collectiveHouseholds: 11 }, { policy })).toEqual({ level: 1, crisis: true, basis: ['complaint.level1.collective'] });
      expect(classifyComplaint({ collectiveHouseholds: 10 }, { policy })).toEqual({ level: 2, crisis: false, basis: ['complaint.level2.collective'] });
      // People are not households: 30 people of 4 households stay level 2.
      expect(classifyComplaint({ collectiveComplainants: 30, collectiveHouseholds: 4 }, { policy }).level).toBe(2);
      expect(classifyComplaint({ collectiveHouseholds: 40, needsOtherDepartment: true }, { policy }).basis).toEqual(['complaint.level1.collective', 'complaint.level3.cross-department']);
    });

    it('refuses any other value in definePolicy', () => {
      for (const value of [0, 3, '1', null]) {
        expect(() => definePolicy({ complaint: { collectiveAboveTenHouseholds: value as never } })).toThrow(PolicyError);
      }
    });
  });
});
