// gradeForScore against the same rule written inline as an if-chain.
import { gradeForScore } from '../dist/appraisal.js';

function inlineGrade(score) {
  if (!Number.isFinite(score)) throw new Error('bad score');
  if (score > 90) return 'A';
  if (score >= 80) return 'B';
  if (score >= 70) return 'C';
  if (score >= 65) return 'D';
  if (score >= 60) return 'E';
  return null;
}

const scores = [110, 95, 90, 89.5, 80, 75, 69, 65, 62, 60, 59.9, 12];
let index = 0;
let index2 = 0;

export default {
  name: 'gradeForScore',
  aim: 0.5,
  cases: [
    {
      label: 'scores across every band',
      run: () => gradeForScore(scores[index++ % scores.length]),
      baseline: () => inlineGrade(scores[index2++ % scores.length]),
    },
  ],
};
