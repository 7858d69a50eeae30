// repairStatus against the same rule written inline: the Civil Code deadline from receipt, extended
// by merged pauses up to completion or asOf, then open / overdue / met / missed.
import { repairStatus } from '../dist/repair.js';

const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000;
const DAYS = { A: 3, B: 7 };
const parse = (value) => (value === undefined ? undefined : typeof value === 'number' ? value : Date.parse(value));

function inlineStatus(repair) {
  const received = parse(repair.receivedAt);
  const asOf = parse(repair.asOf);
  const accepted = parse(repair.planAcceptedAt);
  const completed = parse(repair.completedAt);
  if ([received, asOf].some(Number.isNaN) || asOf < received) throw new Error('bad input');
  const basis = ['repair.deadline', `repair.class-${repair.repairClass.toLowerCase()}`];
  if (accepted === undefined && completed === undefined) return { state: 'awaiting-acceptance', basis };
  const days = DAYS[repair.repairClass] ?? (repair.centralizedHandover ? 30 : 15);
  const end = completed ?? asOf;
  const spans = (repair.pauses ?? [])
    .map((pause) => [Math.max(parse(pause.start), received), Math.min(parse(pause.end) ?? end, end)])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let paused = 0;
  let reach = -Infinity;
  for (const [from, to] of spans) {
    if (to > Math.max(from, reach)) paused += to - Math.max(from, reach);
    reach = Math.max(reach, to);
  }
  const due = (Math.floor((received + OFFSET) / DAY) + days + 1) * DAY - OFFSET + paused;
  if (paused > 0) basis.push('repair.pause');
  const dueAt = new Date(due);
  if (completed !== undefined) {
    return completed <= due ? { state: 'met', dueAt, remainingMs: due - completed, basis } : { state: 'missed', dueAt, overdueMs: completed - due, basis };
  }
  return asOf <= due ? { state: 'open', dueAt, remainingMs: due - asOf, basis } : { state: 'overdue', dueAt, overdueMs: asOf - due, basis };
}

const EVE = '2026-09-30T18:00:00+08:00';
const plain = [
  { repairClass: 'A', receivedAt: EVE, asOf: '2026-10-01T09:00:00+08:00' },
  { repairClass: 'A', receivedAt: EVE, planAcceptedAt: '2026-09-30T20:00:00+08:00', asOf: '2026-10-03T12:00:00+08:00' },
  { repairClass: 'B', receivedAt: EVE, planAcceptedAt: '2026-10-01T10:00:00+08:00', asOf: '2026-10-09T12:00:00+08:00' },
  { repairClass: 'C', receivedAt: EVE, completedAt: '2026-10-12T08:00:00+08:00', asOf: '2026-10-20T00:00:00+08:00' },
];
const paused = plain.map((repair) => ({
  ...repair,
  pauses: [
    { start: '2026-10-01T09:00:00+08:00', end: '2026-10-01T21:00:00+08:00' },
    { start: '2026-10-01T15:00:00+08:00', end: '2026-10-02T03:00:00+08:00' },
  ],
}));

function cycle(list) {
  let index = 0;
  return () => list[index++ % list.length];
}
const [nextPlain, nextPlain2, nextPaused, nextPaused2] = [plain, plain, paused, paused].map(cycle);

export default {
  name: 'repairStatus',
  aim: 0.5,
  cases: [
    { label: 'mixed states', run: () => repairStatus(nextPlain()), baseline: () => inlineStatus(nextPlain2()) },
    { label: 'with overlapping pauses', run: () => repairStatus(nextPaused()), baseline: () => inlineStatus(nextPaused2()) },
  ],
};
