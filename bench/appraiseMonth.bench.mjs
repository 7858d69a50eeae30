// appraiseMonth over teams of 1k, 10k and 100k members: one sort gives ranks and last place, so the cost
// grows as n log n. The baseline is the first release's ranking, which counted the higher scores for
// every member (quadratic) and spread the scores into Math.min/Math.max (a stack overflow near 130,000).
import { appraiseMonth, scoreMonth } from '../dist/index.js';

const ITEMS = ['cover-shift', 'top-performer', 'adopted-suggestion'];

function team(size) {
  const members = [];
  for (let index = 0; index < size; index += 1) {
    // Only cover-shift may happen several times a month; the other items count once a month.
    const item = ITEMS[index % ITEMS.length];
    const month = index % 3 === 0 ? {} : { bonuses: [{ item, times: item === 'cover-shift' ? (index % 4) + 1 : 1 }] };
    members.push({ id: `m${index}`, month });
  }
  return { members };
}

// The quadratic ranking of the first release, on the same scores (scored once, outside the timing).
function quadraticRanks(scores) {
  const lowest = Math.min(...scores);
  const highest = Math.max(...scores);
  return scores.map((score) => ({ rank: 1 + scores.filter((other) => other > score).length, last: score === lowest && lowest < highest }));
}

export default {
  name: 'appraiseMonth',
  cases: [1_000, 10_000, 100_000].map((size) => {
    const input = team(size);
    const scores = input.members.map((member) => scoreMonth(member.month).score);
    return {
      label: `${size.toLocaleString('en')} members`,
      run: () => appraiseMonth(input),
      // The quadratic baseline at 100k would run for minutes; it is measured on a tenth of the team.
      baseline: () => quadraticRanks(size > 10_000 ? scores.slice(0, size / 10) : scores),
    };
  }),
};
