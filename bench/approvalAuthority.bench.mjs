// approvalAuthority against the same rule written inline as an if-chain on fen, with the same
// validation (a finite non-negative number exact to the fen, noise within a millionth of a fen).
import { approvalAuthority, definePolicy } from '../dist/index.js';

function inlineApproval(amountYuan) {
  if (typeof amountYuan !== 'number' || !(amountYuan >= 0) || amountYuan > 9e13) throw new TypeError('bad amount');
  const scaled = amountYuan * 100;
  const fen = Math.round(scaled);
  if (fen / 100 !== amountYuan && Math.abs(scaled - fen) > 1e-6) throw new TypeError('sub-fen amount');
  if (fen <= 100_000) return 'sales-manager';
  if (fen < 500_000) return 'deputy-general-manager';
  return 'general-manager';
}

const policy = definePolicy({
  complaint: {
    approvalBands: [
      { approver: 'project-manager', approverName: { 'zh-Hans': '项目经理', 'zh-Hant': '項目經理', en: 'Project manager' }, upTo: { value: 1000, inclusive: true } },
      { approver: 'deputy-general-manager', upTo: { value: 5000, inclusive: false } },
      { approver: 'general-manager', upTo: null },
    ],
  },
});

const amounts = [0, 800, 1000, 1000.01, 4999.99, 5000, 120000];
let index = 0;
const next = () => amounts[index++ % amounts.length];

export default {
  name: 'approvalAuthority',
  aim: 0.5,
  cases: [
    { label: 'mixed amounts, default policy', run: () => approvalAuthority(next()), baseline: () => inlineApproval(next()) },
    { label: "mixed amounts, a company's policy", run: () => approvalAuthority(next(), { policy }), baseline: () => inlineApproval(next()) },
  ],
};
