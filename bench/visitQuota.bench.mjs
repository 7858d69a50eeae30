// visitQuota against the same rule written inline: the bracket by all households (≤300 4%, ≤500 5%,
// ≤800 6%, else 7%) and ceil(occupied × percent / 100) in integers.
import { visitQuota } from '../dist/visit.js';

function inlineQuota(community) {
  const { households, occupied } = community;
  if (!Number.isInteger(households) || !Number.isInteger(occupied) || occupied < 0 || occupied > households) throw new Error('bad community');
  const percent = households <= 300 ? 4 : households <= 500 ? 5 : households <= 800 ? 6 : 7;
  return { percent, minimum: Math.floor((occupied * percent + 99) / 100), basis: ['visit.quota'] };
}

const communities = [
  { households: 120, occupied: 96 },
  { households: 300, occupied: 300 },
  { households: 450, occupied: 301 },
  { households: 800, occupied: 750 },
  { households: 801, occupied: 801 },
  { households: 2400, occupied: 1987 },
];

function cycle(list) {
  let index = 0;
  return () => list[index++ % list.length];
}
const [next, next2] = [communities, communities].map(cycle);

export default {
  name: 'visitQuota',
  aim: 0.5,
  cases: [{ label: 'mixed community sizes', run: () => visitQuota(next()), baseline: () => inlineQuota(next2()) }],
};
