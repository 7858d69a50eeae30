import { describe, expect, it } from 'vitest';
import { appraisalItems } from '../../src/appraisal/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { inCatalog } from './_helpers.js';

describe('appraisalItems', () => {
  it('lists the items of API.md in the order of CR 篇1', () => {
    expect(appraisalItems.map((item) => item.id)).toEqual([
      'top-performer', 'exam-full-marks', 'cover-shift', 'extra-assignment', 'zero-valid-complaints', 'adopted-suggestion',
      'no-mandarin', 'messy-desk', 'cleaning-skipped', 'late-or-early-leave', 'handover-records', 'slow-appeal-reply', 'left-post',
      'ineffective-work', 'off-topic-chat', 'loud-noise', 'eating-smoking', 'data-entry-error', 'spot-check-error',
      'films-or-games', 'inflated-records', 'unreported-anomaly', 'unapproved-software', 'skipped-records', 'missed-meeting', 'exam-below-60',
      'absenteeism', 'customer-conflict', 'outsider-in-work-area', 'equipment-removed',
      'sleeping-on-duty', 'phone-off-hook', 'cliques', 'abuse-of-power',
    ]);
  });

  it('gives each list its points and rule', () => {
    const byKind = (kind: string) => appraisalItems.filter((item) => item.kind === kind);
    expect(byKind('bonus').every((item) => item.points === 5 && item.ruleId === 'appraisal.bonus')).toBe(true);
    expect(byKind('moderate').every((item) => item.points === 10 && item.ruleId === 'appraisal.moderate')).toBe(true);
    expect(byKind('severe').every((item) => item.points === 20 && item.ruleId === 'appraisal.severe')).toBe(true);
    expect(byKind('dismissal').every((item) => item.points === undefined && item.range === undefined && item.ruleId === 'appraisal.dismissal-offense')).toBe(true);
    expect(byKind('minor').map((item) => item.points ?? [item.range?.min, item.range?.max])).toEqual([
      2, 2, 2, [2, 5], 5, 5, 5, [2, 5], [1, 2], 2, 5, 2, [2, 5],
    ]);
    expect(byKind('minor').every((item) => item.ruleId === 'appraisal.minor')).toBe(true);
  });

  it('is the default policy\'s table, deep-frozen, with every rule in the catalog', () => {
    expect(appraisalItems).toBe(defaultPolicy.appraisal.items);
    expect(Object.isFrozen(appraisalItems)).toBe(true);
    expect(appraisalItems.every((item) => Object.isFrozen(item) && (item.range === undefined || Object.isFrozen(item.range)))).toBe(true);
    expect(inCatalog(appraisalItems.map((item) => item.ruleId))).toBe(true);
  });
});
