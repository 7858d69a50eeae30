// The rule of each duty of the table (dutyTable.ts), without the table's titles and schedules: what
// toICalendar and its schema check a duty's `rule` and `duty` against, in bundles that carry no table.
// test/duty/dutyRules.test.ts holds it to the table, row by row.
import type { RuleId } from '../core/decision.js';
import type { DutyKind } from './dutyTable.js';

/** The rule each duty of the table comes from. */
export const RULE_OF_DUTY: Readonly<Record<DutyKind, RuleId>> = {
  'record-review': 'supervisor.daily-review',
  'daily-meeting': 'supervisor.daily-meeting',
  'facility-patrol': 'front-desk.daily-patrol',
  'priority-dispatch': 'service.dispatch-next-day',
  'area-inspections': 'supervisor.cadence',
  'weekly-report': 'desk.weekly-report',
  'department-meeting': 'internal.weekly-meeting',
  'company-meeting': 'internal.weekly-meeting',
  'finance-reconciliation': 'kpi.finance-reconcile',
  'visit-summary': 'visit.summary',
  'visit-summary-approval': 'visit.summary',
  'complaint-case-review': 'complaint.case-review',
  'work-plan': 'supervisor.cadence',
  'collection-check': 'kpi.collection',
  'arrears-report': 'kpi.finance-reconcile',
  'monthly-statistics-report': 'supervisor.cadence',
  'area-monthly-report': 'kpi.monthly-report',
  'owner-visits': 'visit.quota',
  'role-visits': 'visit.role-minimum',
  'publicity-update': 'notice.publicity',
  'parking-reconciliation': 'kpi.parking',
  'opinion-survey': 'kpi.survey',
  'survey-return-visits': 'supervisor.survey-visits',
  'year-end-summary': 'manager.year-end-summary',
};

let dutyRules: readonly RuleId[] | undefined;

/** The rules of the duty table, each once, in the order of their first duty (built on the first call). */
export function dutyRuleIds(): readonly RuleId[] {
  return (dutyRules ??= [...new Set(Object.values(RULE_OF_DUTY))]);
}

/** The duties of the table that come from `rule`, in the table's order. */
export function dutiesOfRule(rule: RuleId): DutyKind[] {
  return (Object.keys(RULE_OF_DUTY) as DutyKind[]).filter((duty) => RULE_OF_DUTY[duty] === rule);
}
