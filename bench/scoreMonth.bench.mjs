// scoreMonth against the same rule written inline: points from a lookup table, overrun tiers,
// the escalation by distinct clause, the adjustment and the cap at 110.
import { scoreMonth } from '../dist/appraisal.js';

const POINTS = {
  'top-performer': ['bonus', 5], 'exam-full-marks': ['bonus', 5], 'cover-shift': ['bonus', 5], 'extra-assignment': ['bonus', 5],
  'zero-valid-complaints': ['bonus', 5], 'adopted-suggestion': ['bonus', 5],
  'no-mandarin': ['minor', 2], 'messy-desk': ['minor', 2], 'cleaning-skipped': ['minor', 2], 'late-or-early-leave': ['minor', [2, 5]],
  'handover-records': ['minor', 5], 'slow-appeal-reply': ['minor', 5], 'left-post': ['minor', 5], 'ineffective-work': ['minor', [2, 5]],
  'off-topic-chat': ['minor', [1, 2]], 'loud-noise': ['minor', 2], 'eating-smoking': ['minor', 5], 'data-entry-error': ['minor', 2],
  'spot-check-error': ['minor', [2, 5]],
  'films-or-games': ['moderate', 10], 'inflated-records': ['moderate', 10], 'unreported-anomaly': ['moderate', 10],
  'unapproved-software': ['moderate', 10], 'skipped-records': ['moderate', 10], 'missed-meeting': ['moderate', 10], 'exam-below-60': ['moderate', 10],
  absenteeism: ['severe', 20], 'customer-conflict': ['severe', 20], 'outsider-in-work-area': ['severe', 20], 'equipment-removed': ['severe', 20],
  'sleeping-on-duty': ['dismissal', 0], 'phone-off-hook': ['dismissal', 0], cliques: ['dismissal', 0], 'abuse-of-power': ['dismissal', 0],
};

function pointsOf(entry) {
  const row = POINTS[entry.item];
  if (row === undefined) throw new Error('unknown item');
  const [kind, points] = row;
  if (Array.isArray(points)) {
    if (!Number.isInteger(entry.points) || entry.points < points[0] || entry.points > points[1]) throw new Error('points out of range');
    return [kind, entry.points];
  }
  return [kind, points];
}

function inlineScoreMonth(month) {
  let bonus = 0;
  let deduction = 0;
  let dismissal = false;
  const moderate = new Set();
  const minor = new Set();
  for (const entry of month.bonuses ?? []) bonus += pointsOf(entry)[1] * (entry.times ?? 1);
  for (const entry of month.deductions ?? []) {
    const times = entry.times ?? 1;
    if (times === 0) continue;
    const [kind, points] = pointsOf(entry);
    if (kind === 'dismissal') dismissal = true;
    deduction += points * times;
    if (kind === 'moderate') moderate.add(entry.item);
    if (kind === 'minor') minor.add(entry.item);
  }
  for (const minutes of month.emergencyOverrunMinutes ?? []) {
    if (minutes > 30) deduction += 20;
    else if (minutes > 10) (deduction += 10), moderate.add('overrun');
    else if (minutes > 0) (deduction += 5), minor.add('overrun');
  }
  const escalated = moderate.size >= 2 || minor.size >= 4;
  const raw = 80 + bonus - deduction - (escalated ? 20 : 0) + (month.adjustment?.points ?? 0);
  const score = Math.min(raw, 110);
  const grade = score > 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 65 ? 'D' : score >= 60 ? 'E' : null;
  return { score, raw, capped: raw > 110, bonusPoints: bonus, deductionPoints: deduction, escalated, dismissalOffense: dismissal, grade };
}

const months = [
  {},
  { bonuses: [{ item: 'cover-shift', times: 2 }], deductions: [{ item: 'late-or-early-leave', points: 3 }] },
  { deductions: [{ item: 'missed-meeting' }, { item: 'films-or-games' }, { item: 'no-mandarin', times: 2 }] },
  { emergencyOverrunMinutes: [5, 15, 45], deductions: [{ item: 'messy-desk' }, { item: 'loud-noise' }, { item: 'data-entry-error' }] },
  { bonuses: [{ item: 'extra-assignment', times: 6 }], adjustment: { points: 5, reason: 'ran the new-year event' } },
  { deductions: [{ item: 'sleeping-on-duty' }, { item: 'absenteeism' }] },
];
let index = 0;
let index2 = 0;

export default {
  name: 'scoreMonth',
  aim: 0.3,
  cases: [
    {
      label: 'typical months',
      run: () => scoreMonth(months[index++ % months.length]),
      baseline: () => inlineScoreMonth(months[index2++ % months.length]),
    },
  ],
};
