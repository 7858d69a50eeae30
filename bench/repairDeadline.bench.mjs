// repairDeadline against the same rule written inline: ISO receipt → Shanghai day → 24:00 of the
// Nth day after it (Civil Code count, no rest-day extension), days by class and handover flag.
import { repairDeadline } from '../dist/repair.js';

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const DAYS = { A: 3, B: 7 };

function inlineDeadline(repair) {
  const received = typeof repair.receivedAt === 'number' ? repair.receivedAt : Date.parse(repair.receivedAt);
  if (Number.isNaN(received)) throw new Error('bad receivedAt');
  const days = DAYS[repair.repairClass] ?? (repair.centralizedHandover ? 30 : 15);
  const day = Math.floor((received + OFFSET) / DAY);
  return { dueAt: new Date((day + days + 1) * DAY - OFFSET), days, basis: ['repair.deadline', `repair.class-${repair.repairClass.toLowerCase()}`] };
}

const strings = [
  { repairClass: 'A', receivedAt: '2026-09-30T18:00:00+08:00' },
  { repairClass: 'B', receivedAt: '2026-03-10T10:00:00+08:00' },
  { repairClass: 'C', receivedAt: '2026-06-30T21:00:00+08:00', centralizedHandover: true },
  { repairClass: 'C', receivedAt: '2026-07-01T09:00:00+08:00' },
];
const numbers = strings.map((repair) => ({ ...repair, receivedAt: Date.parse(repair.receivedAt) }));
const periods = [{ start: Date.parse('2026-06-01T00:00:00+08:00'), end: Date.parse('2026-06-30T00:00:00+08:00') }];
const withPeriods = numbers.map((repair) => ({ ...repair, handoverPeriods: periods }));

function cycle(list) {
  let index = 0;
  return () => list[index++ % list.length];
}
const [nextString, nextString2, nextNumber, nextNumber2, nextPeriod, nextPeriod2] = [strings, strings, numbers, numbers, withPeriods, withPeriods].map(cycle);

function inlineWithPeriods(repair) {
  const received = repair.receivedAt;
  const day = Math.floor((received + OFFSET) / DAY);
  let inside = repair.centralizedHandover === true;
  for (const period of repair.handoverPeriods) {
    if (Math.floor((period.start + OFFSET) / DAY) <= day && day <= Math.floor((period.end + OFFSET) / DAY)) inside = true;
  }
  return inlineDeadline({ ...repair, centralizedHandover: inside });
}

export default {
  name: 'repairDeadline',
  aim: 0.5,
  cases: [
    { label: 'ISO receipts', run: () => repairDeadline(nextString()), baseline: () => inlineDeadline(nextString2()) },
    { label: 'epoch-ms receipts', run: () => repairDeadline(nextNumber()), baseline: () => inlineDeadline(nextNumber2()) },
    { label: 'with handover periods', run: () => repairDeadline(nextPeriod()), baseline: () => inlineWithPeriods(nextPeriod2()) },
  ],
};
