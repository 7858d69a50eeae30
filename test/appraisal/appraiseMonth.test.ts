import { describe, expect, it } from 'vitest';
import { appraiseMonth, payFloat, scoreMonth, terminationEligibility } from '../../src/appraisal/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { expectInvalid, inCatalog } from './_helpers.js';

// The worked month of docs/appraisal.md: a team of five in March 2026.
const team = {
  period: '2026-03',
  members: [
    {
      id: 'chen',
      hiredOn: '2024-06-03T09:00:00+08:00',
      month: {
        bonuses: [{ item: 'top-performer' as const }, { item: 'cover-shift' as const, times: 4 }, { item: 'adopted-suggestion' as const }],
        adjustment: { points: 5, reason: 'ran the owners\' spring festival desk' },
      },
    },
    { id: 'lin', hiredOn: '2025-09-15T09:00:00+08:00', month: { bonuses: [{ item: 'exam-full-marks' as const }], deductions: [{ item: 'late-or-early-leave' as const, points: 3 }] } },
    {
      id: 'zhou',
      hiredOn: '2025-01-06T09:00:00+08:00',
      month: {
        deductions: [{ item: 'no-mandarin' as const }, { item: 'messy-desk' as const }, { item: 'data-entry-error' as const }],
        emergencyOverrunMinutes: [7],
      },
      previousMonth: { score: 66, lastPlace: true },
    },
    { id: 'wu', hiredOn: '2026-02-16T09:00:00+08:00', month: { deductions: [{ item: 'off-topic-chat' as const, points: 2 }] } },
    { id: 'sun', hiredOn: '2023-11-01T09:00:00+08:00', month: { deductions: [{ item: 'missed-meeting' as const }] } },
  ],
};

describe('appraiseMonth', () => {
  it('appraises the worked team of five', () => {
    const result = appraiseMonth(team);
    expect(result.members.map((m) => [m.id, m.score, m.grade, m.rank, m.lastPlace, m.employmentMonth, m.pay.amountYuan, m.termination.eligible])).toEqual([
      ['chen', 110, 'A', 1, false, 22, 300, false],
      ['lin', 82, 'B', 2, false, 7, 20, false],
      ['zhou', 49, null, 5, true, 15, -300, true],
      ['wu', 78, 'C', 3, false, 2, 0, false],
      ['sun', 70, 'C', 4, false, 29, -100, false],
    ]);
    expect(result.ranking).toEqual(['chen', 'lin', 'wu', 'sun', 'zhou']);
    expect(result.lastPlace).toEqual(['zhou']);
    expect(result.basis).toEqual(['appraisal.termination.ranking']);
    const chen = result.members[0];
    expect(chen?.month).toMatchObject({ raw: 115, capped: true });
    const zhou = result.members[2];
    expect(zhou?.month).toMatchObject({ escalated: true, deductionPoints: 11, raw: 49 });
    expect(zhou?.pay).toEqual({ amountYuan: -300, clamped: true, basis: ['appraisal.pay-float'] });
    expect(zhou?.termination.basis).toEqual(['appraisal.termination.low-score', 'appraisal.termination.last-place']);
    expect(result.members[3]?.pay.basis).toEqual(['appraisal.pay-float-start']);
  });

  it('agrees with the single-member functions', () => {
    const result = appraiseMonth(team);
    team.members.forEach((member, index) => {
      const entry = result.members[index];
      expect(entry?.month).toEqual(scoreMonth(member.month));
      expect(entry?.pay).toEqual(payFloat(entry?.score ?? 0, { employmentMonth: entry?.employmentMonth ?? undefined }));
      expect(entry?.termination).toEqual(
        terminationEligibility({ score: entry?.score ?? 0, lastPlace: entry?.lastPlace, previousMonth: member.previousMonth, dismissalOffense: entry?.month.dismissalOffense }),
      );
    });
  });

  it('puts everyone who shares the lowest score in last place', () => {
    const result = appraiseMonth({
      members: [
        { id: 'a', month: { deductions: [{ item: 'missed-meeting' }] } },
        { id: 'b' },
        { id: 'c', month: { deductions: [{ item: 'films-or-games' }] } },
      ],
    });
    expect(result.lastPlace).toEqual(['a', 'c']);
    expect(result.members.map((m) => m.rank)).toEqual([2, 1, 2]);
    expect(result.ranking).toEqual(['b', 'a', 'c']);
  });

  it('has no last place when every score is equal, a team of one included', () => {
    expect(appraiseMonth({ members: [{ id: 'solo', month: { deductions: [{ item: 'absenteeism', times: 2 }] } }] }).lastPlace).toEqual([]);
    const tied = appraiseMonth({ members: [{ id: 'a' }, { id: 'b' }], });
    expect(tied.lastPlace).toEqual([]);
    expect(tied.members.map((m) => [m.rank, m.lastPlace])).toEqual([
      [1, false],
      [1, false],
    ]);
    const solo = appraiseMonth({ members: [{ id: 'solo', month: { deductions: [{ item: 'absenteeism' }] }, previousMonth: { score: 60, lastPlace: true } }] });
    expect(solo.members[0]?.termination).toEqual({ eligible: false, basis: ['appraisal.termination'] });
  });

  it('ranks by the capped score', () => {
    const result = appraiseMonth({
      members: [
        { id: 'a', month: { bonuses: [{ item: 'cover-shift', times: 7 }] } },
        { id: 'b', month: { bonuses: [{ item: 'cover-shift', times: 8 }] } },
      ],
    });
    expect(result.members.map((m) => [m.score, m.rank])).toEqual([
      [110, 1],
      [110, 1],
    ]);
    expect(result.lastPlace).toEqual([]);
  });

  it('accepts an empty team', () => {
    expect(appraiseMonth({ members: [] })).toEqual({ members: [], ranking: [], lastPlace: [], basis: ['appraisal.termination.ranking'] });
  });

  it('takes the month of employment directly, or checks it against hiredOn', () => {
    const direct = appraiseMonth({ members: [{ id: 'a', employmentMonth: 1, month: { bonuses: [{ item: 'cover-shift' }] } }] });
    expect(direct.members[0]?.pay.amountYuan).toBe(0);
    const both = appraiseMonth({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-01-05', employmentMonth: 3 }] });
    expect(both.members[0]?.employmentMonth).toBe(3);
    expectInvalid(
      () => appraiseMonth({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-01-05', employmentMonth: 2 }] }),
      'mismatch',
      ['members', 0, 'employmentMonth'],
    );
    expect(appraiseMonth({ members: [{ id: 'a' }] }).members[0]?.employmentMonth).toBeNull();
  });

  it('flags a dismissal offense as a termination ground', () => {
    const result = appraiseMonth({ members: [{ id: 'a', month: { deductions: [{ item: 'phone-off-hook' }] } }, { id: 'b' }] });
    expect(result.members[0]?.termination.basis).toEqual(['appraisal.termination.dismissal-offense']);
  });

  it('follows the policy', () => {
    const policy = definePolicy({ appraisal: { payFloat: { firstFloatingMonth: 1 } } });
    const result = appraiseMonth({ members: [{ id: 'a', employmentMonth: 1, month: { bonuses: [{ item: 'cover-shift' }] } }] }, { policy });
    expect(result.members[0]?.pay.amountYuan).toBe(50);
  });

  it('returns frozen results whose bases are all in the catalog', () => {
    const result = appraiseMonth(team);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.members)).toBe(true);
    expect(Object.isFrozen(result.members[0])).toBe(true);
    for (const member of result.members) {
      expect(inCatalog(member.month.basis) && inCatalog(member.pay.basis) && inCatalog(member.termination.basis)).toBe(true);
    }
    expect(inCatalog(result.basis)).toBe(true);
  });

  describe('bad input', () => {
    it.each([
      [null, 'invalid_type', []],
      [{}, 'invalid_type', ['members']],
      [{ members: [], team: 'x' }, 'unknown_key', ['team']],
      [{ members: [3] }, 'invalid_type', ['members', 0]],
      [{ members: [{}] }, 'invalid_type', ['members', 0, 'id']],
      [{ members: [{ id: ' ' }] }, 'missing', ['members', 0, 'id']],
      [{ members: [{ id: 'a' }, { id: 'a' }] }, 'duplicate_id', ['members', 1, 'id']],
      [{ members: [{ id: 'a', name: 'Li' }] }, 'unknown_key', ['members', 0, 'name']],
      [{ members: [{ id: 'a', hiredOn: '2026-01-01' }] }, 'missing', ['period']],
      [{ period: '2026/03', members: [] }, 'invalid_period', ['period']],
      [{ period: '2026-03', members: [{ id: 'a', hiredOn: 'soon' }] }, 'invalid_instant', ['members', 0, 'hiredOn']],
      [{ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-04-01' }] }, 'before_hire', ['members', 0, 'hiredOn']],
      [{ members: [{ id: 'a', employmentMonth: 0 }] }, 'out_of_range', ['members', 0, 'employmentMonth']],
      [{ members: [{ id: 'a', month: { deductions: [{ item: 'late-or-early-leave', points: 9 }] } }] }, 'out_of_range', ['members', 0, 'month', 'deductions', 0, 'points']],
      [{ members: [{ id: 'a', previousMonth: { score: 'low', lastPlace: true } }] }, 'invalid_type', ['members', 0, 'previousMonth', 'score']],
    ])('refuses %j', (input, code, path) => {
      const error = expectInvalid(() => appraiseMonth(input as never), code, path);
      expect(error.message.startsWith('appraiseMonth: ')).toBe(true);
    });
  });
});
