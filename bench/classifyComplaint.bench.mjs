// classifyComplaint against the same rule written inline as an if-chain that returns only the level
// (no validation, no reasons, no policy), on a mix of facts.
import { classifyComplaint } from '../dist/complaint.js';

const SHANGHAI = 8 * 3_600_000;
const DAY = 86_400_000;

// End of the civil-code month period from `openedMs`: 24:00 (Shanghai) of the corresponding day.
function monthEnd(openedMs) {
  const local = new Date(openedMs + SHANGHAI);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + 1;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(local.getUTCDate(), last)) + DAY - SHANGHAI;
}

function inlineLevel(f) {
  const media = f.media !== undefined && f.media !== 'none';
  const lawsuit = f.litigation !== undefined && f.litigation !== 'none';
  if ((media && f.severeReputationalHarm === true) || (lawsuit && (f.litigationHouseholds ?? 0) >= 10)) return 1;
  if (media || lawsuit || (f.sameIssueComplainantsInMonth ?? 0) >= 3 || (f.collectiveComplainants ?? 0) >= 3 || (f.collectiveHouseholds ?? 0) >= 3) return 2;
  const u = f.unresolved;
  if (u !== undefined && u.causedByUs && Date.parse(u.asOf) > monthEnd(Date.parse(u.openedAt))) return 2;
  if ((f.repeatsAfterResolution ?? 0) >= 3 || f.needsOtherDepartment === true) return 3;
  return 4;
}

const plain = [
  {},
  { needsOtherDepartment: false, repeatsAfterResolution: 1 },
  { collectiveHouseholds: 12, collectiveComplainants: 15 },
  { sameIssueComplainantsInMonth: 2, needsOtherDepartment: true },
  { media: 'possible', severeReputationalHarm: false },
  { litigation: 'filed', litigationHouseholds: 14 },
  { repeatsAfterResolution: 3 },
  { media: 'none', litigation: 'none', collectiveComplainants: 2 },
];
const withUnresolved = [
  { unresolved: { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-02-20T09:00:00+08:00', causedByUs: true } },
  { unresolved: { openedAt: '2026-03-01T10:00:00+08:00', asOf: '2026-03-20T09:00:00+08:00', causedByUs: true }, needsOtherDepartment: true },
  { unresolved: { openedAt: '2026-05-31T18:00:00+08:00', asOf: '2026-07-02T09:00:00+08:00', causedByUs: false } },
];

function cycle(list) {
  let index = 0;
  return () => list[index++ % list.length];
}
const nextPlain = cycle(plain);
const nextPlainBaseline = cycle(plain);
const nextUnresolved = cycle(withUnresolved);
const nextUnresolvedBaseline = cycle(withUnresolved);

export default {
  name: 'classifyComplaint',
  aim: 0.5,
  cases: [
    { label: 'counts, flags and enums', run: () => classifyComplaint(nextPlain()), baseline: () => inlineLevel(nextPlainBaseline()) },
    { label: 'with an unresolved period', run: () => classifyComplaint(nextUnresolved()), baseline: () => inlineLevel(nextUnresolvedBaseline()) },
  ],
};
