// One example input line per function of API.md, for `--help`. A function that is not listed here
// still appears in `--help`, with a summary of its schema instead. A test runs every example of a
// function the package has and expects it to succeed, so an example cannot drift from its function.

/** An NDJSON example line per function name. */
export const exampleLines: Readonly<Record<string, string>> = {
  // calendar
  isWorkday: '"2026-10-08"',
  addWorkdays: '["2026-09-30T09:00:00+08:00", 3]',
  workdaysBetween: '["2026-09-30", "2026-10-09"]',
  dueAt: '["2026-10-05T15:00:00+08:00", {"amount": 3, "unit": "day"}]',
  defineCalendar: '{"from": 2026, "to": 2026, "holidays": ["2026-06-01"], "workdays": ["2026-06-06"]}',
  extendCalendar: '[{"from": 2026, "to": 2026, "holidays": ["2026-10-01"], "workdays": []}, {"year": 2027, "holidays": ["2027-01-01"], "workdays": []}]',
  explainDeadline: '["2026-09-30T10:00:00+08:00", {"amount": 2, "unit": "workday"}]',
  yearStatus: '2027',
  // complaint
  classifyComplaint: '{"collectiveComplainants": 12, "collectiveHouseholds": 12}',
  countRecurrence:
    '[[{"complainantId": "a", "issueKey": "lift", "at": "2026-03-02T10:00:00+08:00"}, {"complainantId": "b", "issueKey": "lift", "at": "2026-03-10T10:00:00+08:00"}], {"issueKey": "lift", "asOf": "2026-03-20T00:00:00+08:00"}]',
  complaintDeadlines: '{"level": 2, "receivedAt": "2026-10-05T15:00:00+08:00"}',
  approverNames: '[]',
  approvalAuthority: '1000.01',
  investigationReportDueAt: '"2026-10-05T15:00:00+08:00"',
  complaintRoute: '2',
  checkComplaintTargets: '{"complaints": 40, "handled": 40, "returnVisited": 38, "validComplaints": 25, "satisfied": 25}',
  // repair
  classifyRepair: '{"movedIn": true, "affectsDailyLife": true, "renovationStarted": false, "affectsRenovation": false}',
  repairDeadline: '{"repairClass": "A", "receivedAt": "2026-10-05T15:00:00+08:00"}',
  repairStatus:
    '{"repairClass": "A", "receivedAt": "2026-10-05T15:00:00+08:00", "planAcceptedAt": "2026-10-05T16:00:00+08:00", "asOf": "2026-10-07T12:00:00+08:00"}',
  referralDueAt: '"2026-10-05T15:00:00+08:00"',
  paidServiceDueAt: '"2026-10-05T15:00:00+08:00"',
  // appraisal
  gradeForScore: '91',
  payFloat: '[91, {"employmentMonth": 3}]',
  scoreMonth: '{"bonuses": [{"item": "cover-shift", "times": 2}], "deductions": [{"item": "late-or-early-leave", "points": 3}]}',
  emergencyOverrunDeduction: '15',
  terminationEligibility: '{"score": 58}',
  employmentMonth: '["2026-01-15", "2026-03"]',
  appraiseMonth:
    '{"members": [{"id": "li", "month": {"bonuses": [{"item": "cover-shift"}]}}, {"id": "wang", "month": {"deductions": [{"item": "absenteeism"}]}, "previousMonth": {"score": 66, "lastPlace": true}}]}',
  // desk, communication, visit, kpi
  deskFine: '["handover-log", 2]',
  fineOccurrence: '{"kind": "handover-log", "at": "2026-03-20T09:00:00+08:00", "history": ["2026-03-02T09:00:00+08:00", "2026-03-09T09:00:00+08:00"]}',
  weeklyReportCheck: '{"weekOf": "2026-03-02T09:00:00+08:00", "submittedAt": "2026-03-07T16:30:00+08:00", "characters": 240}',
  probationSettlement: '{"onPostAt": "2026-03-02T09:00:00+08:00", "resignedAt": "2026-03-20T18:00:00+08:00", "probationEndsAt": "2026-06-01T00:00:00+08:00", "monthlyWageYuan": 4500}',
  checkShift:
    '{"month": "2026-03", "shifts": [{"start": "2026-03-02T08:00:00+08:00", "end": "2026-03-02T17:30:00+08:00", "breaks": [{"start": "2026-03-02T12:00:00+08:00", "end": "2026-03-02T13:00:00+08:00"}]}]}',
  serviceDueAt: '["renovation-permit", "2026-03-06T15:00:00+08:00"]',
  parkingRenewalNoticeBy: '"2026-04-01T00:00:00+08:00"',
  parkingPermitRevocation: '{"expiresAt": "2026-04-01T00:00:00+08:00", "renewalPaid": false, "asOf": "2026-04-02T09:00:00+08:00"}',
  serviceOrderKind: '"A"',
  noticePlan: '["utility-outage", "2026-03-06T09:00:00+08:00"]',
  communicationDueAt: '["contract-change", "2026-09-30T10:00:00+08:00"]',
  retentionUntil: '["meeting-minutes", "2026-03-06T15:00:00+08:00"]',
  publicityUpdateDueAt: '"2026-03-06T15:00:00+08:00"',
  companyMeetingDay: '"2026-03-04T15:00:00+08:00"',
  visitQuota: '{"households": 800, "occupied": 650}',
  visitAllowedAt: '"2026-03-06T22:00:00+08:00"',
  visitPaperworkDue: '"2026-03-06T15:00:00+08:00"',
  visitSummaryApprovalDueAt: '"2026-03-06T15:00:00+08:00"',
  visitRoleMinimum: '"manager"',
  annualVisitCoverage: '{"visits": 600, "households": 500}',
  customerArchiveRate: '{"archived": 498, "households": 500}',
  selectVisitSample: '{"households": ["1-101", "1-102", "1-103", "1-104"], "visited": ["1-101"], "count": 2, "seed": "2026-03"}',
  collectionCheck: '{"current": 0.82, "previous": 0.91, "beforePrevious": 1}',
  collectionRate: '[8200, 10000]',
  phoneAnsweredInTime: '3',
  supervisorInspectionsMet: '2',
  supervisorMonthDeadlines: '"2026-02"',
  summarizeServiceRatings: '[[{"attitude": "very-satisfied", "skill": "satisfied", "arrival": "average", "promise": "satisfied"}]]',
  // duty calendar
  dutyCalendar: '{"from": "2026-03-01", "to": "2026-03-07", "roles": ["supervisor"]}',
  toICalendar: '[[{"rule": "desk.weekly-report", "duty": "weekly-report", "role": "front-desk", "dueAt": "2026-03-07T17:00:00+08:00", "title": {"zh-Hans": "提交本周工作总结（不少于200字）", "zh-Hant": "提交本週工作總結（不少於200字）", "en": "Hand in this week\'s work summary (at least 200 characters)"}}], {"locale": "en"}]',
  // policy, catalog, instants
  definePolicy: '{"dayCounting": "elapsed"}',
  explain: '[["complaint.approval"], "en"]',
  toShanghaiIsoString: '"2026-10-01T01:30:00Z"',
};
