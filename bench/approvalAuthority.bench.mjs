// approvalAuthority against the same rule written inline as an if-chain on fen.
import { approvalAuthority } from '../dist/complaint.js';

function inlineApproval(amountYuan) {
  const fen = Math.round(amountYuan * 100);
  if (fen <= 100_000) return 'sales-manager';
  if (fen < 500_000) return 'deputy-general-manager';
  return 'general-manager';
}

const amounts = [0, 800, 1000, 1000.01, 4999.99, 5000, 120000];
let index = 0;
const next = () => amounts[index++ % amounts.length];

export default {
  name: 'approvalAuthority',
  aim: 0.5,
  cases: [
    { label: 'mixed amounts', run: () => approvalAuthority(next()), baseline: () => inlineApproval(next()) },
  ],
};
