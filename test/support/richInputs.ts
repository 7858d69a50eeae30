// Argument lists that reach the optional and nested fields the example lines (src/cli/examples.ts)
// leave out, shared by the single-read property and the conformance suite as further seeds.
import * as library from '../../src/index.js';

export const richInputs: Readonly<Record<string, readonly unknown[][]>> = {
  classifyComplaint: [[{ media: 'possible', litigation: 'possible', litigationHouseholds: 3, severeReputationalHarm: false, unresolved: { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-03-01T00:00:00+08:00', causedByUs: true }, repeatsAfterResolution: 1, needsOtherDepartment: true, sameIssueComplainantsInMonth: 2, collectiveComplainants: 1, collectiveHouseholds: 1 }]],
  complaintDeadlines: [[{ level: 2, receivedAt: '2026-10-05T15:00:00+08:00', acceptedAt: '2026-10-05T16:00:00+08:00' }]],
  repairDeadline: [[{ repairClass: 'C', receivedAt: '2026-10-05T15:00:00+08:00', centralizedHandover: true, handoverPeriods: [{ start: '2026-10-01T00:00:00+08:00', end: '2026-10-31T00:00:00+08:00' }] }]],
  repairStatus: [[{ repairClass: 'B', receivedAt: '2026-10-05T15:00:00+08:00', planAcceptedAt: '2026-10-05T16:00:00+08:00', completedAt: '2026-10-12T16:00:00+08:00', asOf: '2026-10-13T00:00:00+08:00', pauses: [{ start: '2026-10-06T09:00:00+08:00', end: '2026-10-07T09:00:00+08:00' }] }]],
  scoreMonth: [[{ bonuses: [{ item: 'cover-shift', times: 1 }], deductions: [{ item: 'late-or-early-leave', points: 2 }], emergencyOverrunMinutes: [5, 20], adjustment: { points: 2, reason: '帮忙' }, examScore: 95 }]],
  appraiseMonth: [[{ period: '2026-03', members: [{ id: 'li', hiredOn: '2026-01-15T09:00:00+08:00', month: { adjustment: { points: 1, reason: 'x' } } }, { id: 'wang', employmentMonth: 5, previousMonth: { score: 60, lastPlace: true } }] }]],
  terminationEligibility: [[{ score: 58, lastPlace: true, previousMonth: { score: 59, lastPlace: true }, dismissalOffense: false }]],
  weeklyReportCheck: [[{ weekOf: '2026-03-02T09:00:00+08:00', submittedAt: '2026-03-07T16:30:00+08:00', content: '本周完成工作' }]],
  probationSettlement: [[{ onPostAt: '2026-03-02T09:00:00+08:00', resignedAt: '2026-03-20T18:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00' }]],
  selectVisitSample: [[{ households: ['1-101', '1-102', '1-103', '1-104'], visited: ['1-101'], excluded: ['1-104'], count: 1, seed: 's' }]],
  dutyCalendar: [[{ from: '2026-03-01', to: '2026-03-31' }]],
  extendCalendar: [[{ from: 2026, to: 2026, holidays: [], workdays: [] }, { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }]],
  toICalendar: [
    [library.dutyCalendar({ from: '2026-03-01', to: '2026-03-03', roles: ['supervisor'] }).map((duty) => ({ ...duty })), { locale: 'en', name: 'x', stamp: '2026-03-01T00:00:00Z' }],
    // As JSON (so that the JSON Schema sees it too), with a duty given twice: the same duty is one event,
    // and an edit of either copy alone makes two duties of one event.
    JSON.parse(JSON.stringify([[...library.dutyCalendar({ from: '2026-03-07', to: '2026-03-08', roles: ['supervisor', 'front-desk'] }), library.dutyCalendar({ from: '2026-03-08', to: '2026-03-08', roles: ['supervisor'] })[0]]])),
  ],
  definePolicy: [[{ dayCounting: 'elapsed', complaint: { collectiveAboveTenHouseholds: 1 }, visit: { quotaBrackets: [{ upTo: { value: 300, inclusive: true }, percent: 10 }, { upTo: null, percent: 5 }] } }]],
  policyAt: [[[{ effectiveFrom: '2026-01-01', policy: library.defaultPolicy }, { effectiveFrom: '2026-07-01', policy: library.definePolicy({ dayCounting: 'elapsed' }) }], '2026-08-01']],
};
