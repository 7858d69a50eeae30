// payFloat against the same rule written inline: integer fen, clamp at ±300 yuan, no float in months 1–2.
import { payFloat } from '../dist/appraisal.js';

function inlinePayFloat(score, employmentMonth) {
  if (!Number.isFinite(score)) throw new Error('bad score');
  if (employmentMonth !== undefined && employmentMonth < 3) return { amountYuan: 0, clamped: false, basis: ['appraisal.pay-float-start'] };
  const raw = (score - 80) * 1000;
  const fen = Math.sign(raw) * Math.floor(Math.abs(raw) + 0.5);
  const clamped = Math.abs(fen) > 30_000;
  const amount = (clamped ? Math.sign(fen) * 30_000 : fen) / 100 + 0;
  return { amountYuan: amount, clamped, basis: ['appraisal.pay-float'] };
}

const cases = [
  [80],
  [91],
  [68],
  [110],
  [112],
  [49],
  [80.37],
  [95, 2],
  [95, 7],
];
let index = 0;
let index2 = 0;

export default {
  name: 'payFloat',
  aim: 0.5,
  cases: [
    {
      label: 'scores, clamps and new hires',
      run: () => {
        const [score, month] = cases[index++ % cases.length];
        return month === undefined ? payFloat(score) : payFloat(score, { employmentMonth: month });
      },
      baseline: () => {
        const [score, month] = cases[index2++ % cases.length];
        return inlinePayFloat(score, month);
      },
    },
  ],
};
