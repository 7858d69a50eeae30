import { describe, expect, it } from 'vitest';
import { defineCalendar } from '../../src/calendar/defineCalendar.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { CalendarCoverageError, PolicyError } from '../../src/core/errors.js';
import { compareEntries, dutyCalendar, type Duty } from '../../src/duty/dutyCalendar.js';
import { DUTY_TABLE } from '../../src/duty/dutyTable.js';
import { standingDuties } from '../../src/duty/standingDuties.js';
import { weeklyReportCheck } from '../../src/desk/weeklyReportCheck.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { visitPaperworkDue } from '../../src/visit/visitPaperworkDue.js';
import { visitSummaryApprovalDueAt } from '../../src/visit/visitSummaryApprovalDueAt.js';
import { expectInvalid } from '../support/errors.js';

const at = (iso: string): Date => new Date(iso);
const of = (duties: readonly Duty[], kind: string): Duty[] => duties.filter((duty) => duty.duty === kind);
const dates = (duties: readonly Duty[], kind: string): string[] => of(duties, kind).map((duty) => duty.date);

describe('dutyCalendar', () => {
  // Computed inside each test (never in the describe body), so that mutation testing sees which test ran it.
  const march = (): readonly Duty[] => dutyCalendar({ from: '2026-03-01T00:00:00+08:00', to: '2026-03-31T00:00:00+08:00' });

  it('lists the fixed monthly dates of March 2026 with their deadlines', () => {
    const due = (kind: string, role?: string): Date[] =>
      of(march(), kind)
        .filter((duty) => role === undefined || duty.role === role)
        .map((duty) => duty.dueAt);
    // "On the 5th" is by 24:00 of the 5th; "before the 5th/10th/25th" by 00:00 of that day (RULES C5).
    expect(due('finance-reconciliation')).toEqual([at('2026-03-06T00:00:00+08:00')]);
    expect(due('visit-summary')).toEqual([at('2026-03-05T00:00:00+08:00')]);
    expect(due('complaint-case-review')).toEqual([at('2026-03-10T00:00:00+08:00')]);
    expect(due('work-plan')).toEqual([at('2026-03-25T00:00:00+08:00')]);
    expect(due('collection-check', 'service-staff')).toEqual([at('2026-03-29T00:00:00+08:00')]);
    expect(due('collection-check', 'supervisor')).toEqual([at('2026-03-29T00:00:00+08:00')]);
    expect(due('arrears-report')).toEqual([at('2026-03-29T00:00:00+08:00')]);
    for (const kind of ['monthly-statistics-report', 'area-monthly-report', 'owner-visits', 'publicity-update', 'parking-reconciliation', 'opinion-survey']) {
      expect(of(march(), kind).length, kind).toBeGreaterThan(0);
      for (const duty of of(march(), kind)) expect(duty.dueAt, kind).toEqual(at('2026-04-01T00:00:00+08:00'));
    }
  });

  it('gives a "before the Xth" deadline the day before as its date', () => {
    expect(dates(march(), 'visit-summary')).toEqual(['2026-03-04']);
    expect(dates(march(), 'complaint-case-review')).toEqual(['2026-03-09']);
    expect(dates(march(), 'work-plan')).toEqual(['2026-03-24']);
  });

  it('dates the visit-summary approval 2 working days after the summary deadline, as visitSummaryApprovalDueAt does', () => {
    // Summary due at 00:00 of Thursday 5 March; the 2 working days after the 5th are Friday 6 and Monday 9 March.
    expect(of(march(), 'visit-summary-approval').map((duty) => [duty.role, duty.date, duty.dueAt])).toEqual([['manager', '2026-03-09', at('2026-03-10T00:00:00+08:00')]]);
    const { summaryBy } = visitPaperworkDue('2026-02-20T10:00:00+08:00');
    expect(of(march(), 'visit-summary-approval')[0]?.dueAt).toEqual(visitSummaryApprovalDueAt(summaryBy));
  });

  it('counts the approval over the National Day holiday', () => {
    const october = dutyCalendar({ from: '2026-10-01', to: '2026-10-31', roles: ['manager'] });
    // Summary due at 00:00 of 5 October (a holiday); 8 and 9 October are the next working days.
    expect(of(october, 'visit-summary-approval').map((duty) => duty.dueAt)).toEqual([at('2026-10-10T00:00:00+08:00')]);
  });

  it('lists the daily duties every calendar day, as their sources say (每天/每日), holidays included', () => {
    expect(dates(march(), 'record-review')).toHaveLength(31);
    expect(dates(march(), 'daily-meeting')).toHaveLength(31);
    expect(dates(march(), 'facility-patrol')).toHaveLength(31);
    const october = dutyCalendar({ from: '2026-10-01', to: '2026-10-03', roles: ['supervisor', 'front-desk'] });
    expect(dates(october, 'daily-meeting')).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(of(october, 'facility-patrol').map((duty) => duty.dueAt)).toEqual([at('2026-10-02T00:00:00+08:00'), at('2026-10-03T00:00:00+08:00'), at('2026-10-04T00:00:00+08:00')]);
  });

  it('puts daily duties on working days of the calendar with dailyDutiesOn: workdays, make-up working days included', () => {
    const workdays = { policy: definePolicy({ duty: { dailyDutiesOn: 'workdays' } }) };
    expect(dates(dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor'] }, workdays), 'record-review')).toHaveLength(22);
    const october = dutyCalendar({ from: '2026-09-28', to: '2026-10-11', roles: ['supervisor'] }, workdays);
    expect(dates(october, 'daily-meeting')).toEqual(['2026-09-28', '2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    const spring = dutyCalendar({ from: '2026-02-14', to: '2026-02-15', roles: ['front-desk'] }, workdays);
    expect(dates(spring, 'facility-patrol')).toEqual(['2026-02-14']);
  });

  it('lists the next-day priority dispatch every calendar day, also when daily duties keep to working days', () => {
    expect(dates(march(), 'priority-dispatch')).toHaveLength(31);
    const workdays = dutyCalendar({ from: '2026-03-01', to: '2026-03-31' }, { policy: definePolicy({ duty: { dailyDutiesOn: 'workdays' } }) });
    expect(dates(workdays, 'priority-dispatch')).toHaveLength(31);
    expect(dates(workdays, 'record-review')).toHaveLength(22);
  });

  it('orders rows due at the same instant by rule, then role in the order of the roles, then duty', () => {
    const entry = (rule: string, roleIndex: number, duty: string): Parameters<typeof compareEntries>[0] =>
      ({ row: { rule, duty }, roleIndex }) as unknown as Parameters<typeof compareEntries>[0];
    const sign = (a: Parameters<typeof compareEntries>[0], b: Parameters<typeof compareEntries>[0]): number => Math.sign(compareEntries(a, b));
    // The rule decides first, whatever the role and duty.
    expect(sign(entry('kpi.survey', 4, 'z'), entry('visit.quota', 0, 'a'))).toBe(-1);
    expect(sign(entry('visit.quota', 0, 'a'), entry('kpi.survey', 4, 'z'))).toBe(1);
    // Then the role, by its place in the list of roles, whatever the duty.
    expect(sign(entry('kpi.survey', 1, 'z'), entry('kpi.survey', 3, 'a'))).toBe(-1);
    expect(sign(entry('kpi.survey', 3, 'a'), entry('kpi.survey', 1, 'z'))).toBe(1);
    expect(sign(entry('kpi.survey', 0, 'z'), entry('kpi.survey', 1, 'a'))).toBe(-1);
    // Then the duty.
    expect(sign(entry('kpi.survey', 2, 'area-inspections'), entry('kpi.survey', 2, 'work-plan'))).toBe(-1);
    expect(sign(entry('kpi.survey', 2, 'work-plan'), entry('kpi.survey', 2, 'area-inspections'))).toBe(1);
    expect(sign(entry('kpi.survey', 2, 'work-plan'), entry('kpi.survey', 2, 'work-plan'))).toBe(0);
  });

  it('lists the daily duties every day with dailyDutiesOn: every-day, the default, without reading the calendar', () => {
    const policy = definePolicy({ duty: { dailyDutiesOn: 'every-day' } });
    const duties = dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor', 'front-desk'] }, { policy });
    expect(dates(duties, 'record-review')).toHaveLength(31);
    expect(dates(duties, 'facility-patrol')).toHaveLength(31);
    // A year outside the calendar is no obstacle: every day needs no working-day calendar.
    expect(dates(dutyCalendar({ from: '2030-01-01', to: '2030-01-03', roles: ['front-desk'] }), 'facility-patrol')).toEqual(['2030-01-01', '2030-01-02', '2030-01-03']);
  });

  it('dates the weekly duties: inspections by Sunday 24:00, the report Saturday 17:00, meetings around Monday', () => {
    expect(of(march(), 'area-inspections').map((duty) => [duty.date, duty.quota])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-08', 2],
      ['2026-03-15', 2],
      ['2026-03-22', 2],
      ['2026-03-29', 2],
    ]);
    expect(of(march(), 'weekly-report').map((duty) => duty.dueAt)).toEqual(
      ['07', '14', '21', '28'].map((day) => at(`2026-03-${day}T17:00:00+08:00`)),
    );
    // Department meetings before the Monday company meeting: by 00:00 of the Monday, so dated Sunday.
    expect(of(march(), 'department-meeting').map((duty) => duty.dueAt)[1]).toEqual(at('2026-03-09T00:00:00+08:00'));
    expect(dates(march(), 'department-meeting')).toEqual(['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29']);
    expect(of(march(), 'company-meeting').map((duty) => `${duty.date} ${duty.role}`).slice(0, 2)).toEqual(['2026-03-02 manager', '2026-03-02 gm-office']);
  });

  it('does not move the company meeting off a holiday Monday, as companyMeetingDay does not', () => {
    const duties = dutyCalendar({ from: '2026-10-05', to: '2026-10-05', roles: ['gm-office'] });
    expect(dates(duties, 'company-meeting')).toEqual(['2026-10-05']);
  });

  it('gives the role minimums their quotas', () => {
    expect(of(march(), 'role-visits').map((duty) => [duty.role, duty.quota])).toEqual([
      ['supervisor', 5],
      ['manager', 5],
    ]);
    const policy = definePolicy({ visit: { roleMinimums: { manager: 8, supervisor: 6 } }, kpi: { supervisor: { inspectionsPerWeek: { value: 2, inclusive: false } } } });
    const duties = dutyCalendar({ from: '2026-03-01', to: '2026-03-31' }, { policy });
    expect(of(duties, 'role-visits').map((duty) => duty.quota)).toEqual([6, 8]);
    expect(of(duties, 'area-inspections')[0]?.quota).toBe(3);
  });

  it('lists the survey by the policy cadence: quarterly by default, half-yearly, or both', () => {
    const year = { from: '2026-01-01', to: '2026-12-31', roles: ['supervisor'] } as const;
    expect(dates(dutyCalendar(year), 'opinion-survey')).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(dates(dutyCalendar(year), 'survey-return-visits')).toEqual([]);
    const halfYearly = { policy: definePolicy({ duty: { surveyCadence: 'half-yearly' } }) };
    expect(dates(dutyCalendar(year, halfYearly), 'opinion-survey')).toEqual([]);
    expect(dates(dutyCalendar(year, halfYearly), 'survey-return-visits')).toEqual(['2026-06-30', '2026-12-31']);
    const both = { policy: definePolicy({ duty: { surveyCadence: 'both' } }) };
    expect(dates(dutyCalendar(year, both), 'opinion-survey')).toHaveLength(4);
    expect(dates(dutyCalendar(year, both), 'survey-return-visits')).toHaveLength(2);
  });

  it('lists the year-end summary on 31 December only', () => {
    const year = dutyCalendar({ from: '2026-01-01', to: '2026-12-31', roles: ['manager'] });
    expect(of(year, 'year-end-summary').map((duty) => duty.dueAt)).toEqual([at('2027-01-01T00:00:00+08:00')]);
  });

  it('follows beforeDayInclusive and the policy days of the month', () => {
    const inclusive = dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor'] }, { policy: definePolicy({ beforeDayInclusive: true }) });
    expect(of(inclusive, 'work-plan').map((duty) => [duty.date, duty.dueAt])).toEqual([['2026-03-25', at('2026-03-26T00:00:00+08:00')]]);
    const policy = definePolicy({ kpi: { supervisor: { financeReconcileDay: 10 } }, visit: { summaryBeforeDay: 3 }, communication: { companyMeetingWeekday: 2 } });
    const duties = dutyCalendar({ from: '2026-03-01', to: '2026-03-31' }, { policy });
    expect(dates(duties, 'finance-reconciliation')).toEqual(['2026-03-10']);
    expect(dates(duties, 'visit-summary')).toEqual(['2026-03-02']);
    expect(dates(duties, 'company-meeting')[0]).toBe('2026-03-03');
  });

  it('counts the window in whole Shanghai days, both ends included', () => {
    // A `to` at the start of 4 March still takes the visit summary due at 24:00 of 4 March.
    const day = dutyCalendar({ from: '2026-03-04T23:00:00+08:00', to: '2026-03-04T00:00:00+08:00' });
    const whole = dutyCalendar({ from: '2026-03-04T12:00:00+08:00', to: '2026-03-04T12:00:00+08:00' });
    expect(whole.map((duty) => duty.duty)).toContain('visit-summary');
    expect(whole.every((duty) => duty.date === '2026-03-04')).toBe(true);
    expect(day).toEqual(whole);
    // The same day in UTC is 2026-03-03T16:00Z onwards.
    expect(dutyCalendar({ from: '2026-03-03T16:00:00Z', to: '2026-03-04T15:59:59.999Z' })).toEqual(whole);
  });

  it('sorts by deadline, then rule, role and duty', () => {
    const duties = march().filter((duty) => duty.date === '2026-03-31');
    expect(duties.map((duty) => `${duty.rule} ${duty.role} ${duty.duty}`)).toEqual([
      'kpi.monthly-report service-staff area-monthly-report',
      'kpi.parking service-staff parking-reconciliation',
      'kpi.survey service-staff opinion-survey',
      'kpi.survey supervisor opinion-survey',
      'notice.publicity service-staff publicity-update',
      'service.dispatch-next-day service-staff priority-dispatch',
      'supervisor.cadence supervisor monthly-statistics-report',
      'supervisor.daily-meeting supervisor daily-meeting',
      'supervisor.daily-review supervisor record-review',
      'visit.quota service-staff owner-visits',
      'visit.role-minimum supervisor role-visits',
      'visit.role-minimum manager role-visits',
      'front-desk.daily-patrol front-desk facility-patrol',
    ].sort((a, b) => (a.split(' ')[0]! < b.split(' ')[0]! ? -1 : a.split(' ')[0]! > b.split(' ')[0]! ? 1 : 0)));
    const all = march();
    for (let index = 1; index < all.length; index += 1) expect(all[index]!.dueAt.getTime()).toBeGreaterThanOrEqual(all[index - 1]!.dueAt.getTime());
  });

  it('lists only the roles asked for, and nothing for no roles', () => {
    const desk = dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['front-desk'] });
    expect(new Set(desk.map((duty) => duty.role))).toEqual(new Set(['front-desk']));
    expect(desk).toEqual(march().filter((duty) => duty.role === 'front-desk'));
    expect(dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: [] })).toEqual([]);
    expect(dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['manager', 'manager'] })).toEqual(march().filter((duty) => duty.role === 'manager'));
  });

  it('returns frozen duties in a frozen list', () => {
    expect(Object.isFrozen(march())).toBe(true);
    expect(march().every((duty) => Object.isFrozen(duty) && Object.isFrozen(duty.title))).toBe(true);
    expect(march().some((duty) => 'provisional' in duty)).toBe(false);
    // A duty without a quota has no quota key at all (not one holding undefined).
    const duties = march();
    expect(duties.filter((duty) => 'quota' in duty).length).toBeGreaterThan(0);
    expect(duties.every((duty) => ('quota' in duty) === (duty.quota !== undefined))).toBe(true);
  });

  it('names only catalogued rules, in the table and among the standing duties', () => {
    for (const row of DUTY_TABLE) expect(Object.hasOwn(ruleCatalog, row.rule), row.rule).toBe(true);
    for (const duty of standingDuties) expect(Object.hasOwn(ruleCatalog, duty.rule), duty.rule).toBe(true);
  });

  it('catalogues every new rule of RULES §8 with a duty or a standing duty', () => {
    const listed = new Set([...DUTY_TABLE.map((row) => row.rule), ...standingDuties.map((duty) => duty.rule)]);
    for (const id of [
      'complaint.case-review',
      'complaint.penalty-approval',
      'complaint.sanction-approval',
      'service.dispatch-next-day',
      'service.voucher-countersign',
      'service.off-site-approval',
      'complaint.in-person',
      'supervisor.daily-review',
      'supervisor.daily-meeting',
      'supervisor.survey-visits',
      'front-desk.daily-patrol',
      'kpi.monthly-report',
      'manager.year-end-summary',
      'service.hotline',
    ]) {
      expect(listed.has(id), id).toBe(true);
      expect(ruleCatalog[id]?.summary.en.length, id).toBeGreaterThan(0);
    }
  });

  it('throws CalendarCoverageError for working days outside the calendar, and not for dates that need none', () => {
    const workdays = definePolicy({ duty: { dailyDutiesOn: 'workdays' } });
    expect(() => dutyCalendar({ from: '2027-01-01', to: '2027-01-31', roles: ['supervisor'] }, { policy: workdays })).toThrow(CalendarCoverageError);
    expect(() => dutyCalendar({ from: '2027-01-01', to: '2027-01-31', roles: ['manager'] })).toThrow(CalendarCoverageError);
    expect(dutyCalendar({ from: '2027-01-01', to: '2027-01-31', roles: ['gm-office', 'supervisor'] }).length).toBeGreaterThan(0);
    const weekends = { policy: definePolicy({ outOfCoverage: 'weekends', duty: { dailyDutiesOn: 'workdays' } }) };
    expect(dates(dutyCalendar({ from: '2027-01-01', to: '2027-01-10', roles: ['supervisor'] }, weekends), 'record-review')).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
    ]);
  });

  it('needs no working day of a year the calendar lacks for an approval that cannot fall inside the window', () => {
    // January's summary is due at 00:00 of the 5th; two working days from that day end at 24:00 of the 7th
    // at the earliest (Civil Code counting), or at 00:00 of the 7th (elapsed counting, dated the 6th).
    const statutory = { policy: definePolicy({ outOfCoverage: 'statutory' }) };
    for (const to of ['2027-01-01', '2027-01-06']) {
      expect(dutyCalendar({ from: '2027-01-01', to }), to).toEqual(dutyCalendar({ from: '2027-01-01', to }, statutory));
    }
    expect(() => dutyCalendar({ from: '2027-01-01', to: '2027-01-07', roles: ['manager'] })).toThrow(CalendarCoverageError);
    const elapsed = { policy: definePolicy({ dayCounting: 'elapsed' }) };
    expect(dutyCalendar({ from: '2027-01-01', to: '2027-01-05' }, elapsed).length).toBeGreaterThan(0);
    expect(() => dutyCalendar({ from: '2027-01-01', to: '2027-01-06', roles: ['manager'] }, elapsed)).toThrow(CalendarCoverageError);
  });

  it("lists a window that opens on the calendar's first day, whose previous month the calendar lacks", () => {
    const january = dutyCalendar({ from: '2019-01-01', to: '2019-01-31', roles: ['manager'] });
    expect(dates(january, 'visit-summary-approval')).toEqual(['2019-01-08']);
  });

  it("lists the calendar's last weeks under a long approval period that runs past its last year", () => {
    // Summaries due before the 28th, approved within 10 working days: the December 2026 approval falls
    // in January 2027, which the calendar lacks, and after the window whatever 2027's holidays are.
    const policy = definePolicy({ visit: { summaryBeforeDay: 28, approvalWithin: { amount: 10, unit: 'workday' } } });
    const december = dutyCalendar({ from: '2026-12-27', to: '2026-12-31', roles: ['manager'] }, { policy });
    expect(of(december, 'visit-summary-approval')).toEqual([]);
    const november = dutyCalendar({ from: '2026-12-01', to: '2026-12-31', roles: ['manager'] }, { policy });
    // November's summary (due 00:00 of 28 November) is approved by 24:00 of 11 December.
    expect(of(november, 'visit-summary-approval').map((duty) => duty.date)).toEqual(['2026-12-11']);
    // A window that reaches into 2027 far enough for the approval to fall inside needs the year's working
    // days: the error stays. Ten working days from 28 December end on 7 January at the earliest, so a
    // window ending on the 5th needs none of them.
    expect(() => dutyCalendar({ from: '2026-12-27', to: '2027-01-31', roles: ['manager'] }, { policy })).toThrow(CalendarCoverageError);
    expect(() => dutyCalendar({ from: '2026-12-27', to: '2027-01-07', roles: ['manager'] }, { policy })).toThrow(CalendarCoverageError);
    expect(of(dutyCalendar({ from: '2026-12-27', to: '2027-01-06', roles: ['manager'] }, { policy }), 'visit-summary-approval')).toEqual([]);
  });

  it('cannot be given an approval period no date can hold: definePolicy refuses it at the period (at most 100 years)', () => {
    expect(() => definePolicy({ visit: { approvalWithin: { amount: 1e15, unit: 'hour' } } })).toThrow(PolicyError);
    expect(() => definePolicy({ visit: { approvalWithin: { amount: 1e15, unit: 'hour' } } })).toThrow('definePolicy: visit.approvalWithin.amount must be at most 876600');
  });

  it('lists an approval due at the very instant of its summary deadline on that deadline\'s date', () => {
    // Within 0 hours of the summary deadline (00:00 of the 5th): due at that instant, dated the 4th.
    const policy = definePolicy({ visit: { approvalWithin: { amount: 0, unit: 'hour' } } });
    const fourth = dutyCalendar({ from: '2026-03-04', to: '2026-03-04', roles: ['manager'] }, { policy });
    expect(of(fourth, 'visit-summary-approval').map((duty) => [duty.date, duty.dueAt])).toEqual([['2026-03-04', at('2026-03-05T00:00:00+08:00')]]);
  });

  it("dates a duty due before the 1st on the previous month's last day", () => {
    // "Before the 1st" is 00:00 of the 1st: the last day of the month before is its date.
    const policy = definePolicy({ visit: { summaryBeforeDay: 1 }, kpi: { supervisor: { workPlanBeforeDay: 1 } } });
    const lastDay = dutyCalendar({ from: '2026-03-31', to: '2026-03-31' }, { policy });
    expect(dates(lastDay, 'visit-summary')).toEqual(['2026-03-31']);
    expect(dates(lastDay, 'work-plan')).toEqual(['2026-03-31']);
    expect(of(lastDay, 'visit-summary')[0]?.dueAt).toEqual(at('2026-04-01T00:00:00+08:00'));
  });

  it('flags the duties a provisional year dated, and only those', () => {
    const byDefault = dutyCalendar({ from: '2026-12-28', to: '2027-01-10', roles: ['supervisor', 'manager'] }, { policy: definePolicy({ outOfCoverage: 'statutory' }) });
    // Every-day duties read no calendar: only the approval, counted in working days, is provisional.
    expect(new Set(byDefault.filter((duty) => duty.provisional === true).map((duty) => duty.duty))).toEqual(new Set(['visit-summary-approval']));
    const statutory = { policy: definePolicy({ outOfCoverage: 'statutory', duty: { dailyDutiesOn: 'workdays' } }) };
    const duties = dutyCalendar({ from: '2026-12-28', to: '2027-01-10', roles: ['supervisor', 'manager'] }, statutory);
    const flagged = duties.filter((duty) => duty.provisional === true);
    expect(new Set(flagged.map((duty) => duty.duty))).toEqual(new Set(['record-review', 'daily-meeting', 'visit-summary-approval']));
    expect(flagged.every((duty) => duty.date >= '2027-01-01')).toBe(true);
    // 1 January 2027 is New Year's Day: no daily duties then; 4 January is a working day.
    expect(dates(duties, 'record-review').filter((date) => date >= '2027-01-01')[0]).toBe('2027-01-04');
    expect(duties.filter((duty) => duty.date < '2027-01-01').some((duty) => 'provisional' in duty)).toBe(false);
    expect(duties.filter((duty) => duty.duty === 'company-meeting').some((duty) => 'provisional' in duty)).toBe(false);
  });

  it('uses the calendar it is given', () => {
    const calendar = defineCalendar({ from: 2026, to: 2026, holidays: ['2026-03-02'], workdays: ['2026-03-01'] });
    const duties = dutyCalendar({ from: '2026-03-01', to: '2026-03-03', roles: ['supervisor'] }, { calendar, policy: definePolicy({ duty: { dailyDutiesOn: 'workdays' } }) });
    expect(dates(duties, 'record-review')).toEqual(['2026-03-01', '2026-03-03']);
  });

  it('accepts a window of exactly the policy limit and refuses one day more', () => {
    expect(dutyCalendar({ from: '2026-01-01', to: '2027-12-31', roles: ['gm-office'] }).length).toBeGreaterThan(0);
    expectInvalid(() => dutyCalendar({ from: '2026-01-01', to: '2028-01-01', roles: ['gm-office'] }), 'window_too_long', ['to']);
    const policy = definePolicy({ duty: { maxWindowMonths: 1 } });
    expect(dutyCalendar({ from: '2026-01-31', to: '2026-02-27' }, { policy }).length).toBeGreaterThan(0);
    expectInvalid(() => dutyCalendar({ from: '2026-01-31', to: '2026-02-28' }, { policy }), 'window_too_long', ['to']);
  });

  it('refuses bad input naming the field', () => {
    expectInvalid(() => dutyCalendar({ from: '2026-03-02', to: '2026-03-01' }), 'out_of_range', ['to']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01T00:30:00+08:00', to: '2026-02-28T23:30:00+08:00' }), 'out_of_range', ['to']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor', 'cleaner' as never] }), 'invalid_enum', ['roles', 1]);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: 'supervisor' as never }), 'invalid_type', ['roles']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-31', role: ['supervisor'] } as never), 'unknown_key', ['role']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01' } as never), 'missing', ['to']);
    expectInvalid(() => dutyCalendar({ to: '2026-03-01' } as never), 'missing', ['from']);
    expectInvalid(() => dutyCalendar({ from: '2026-02-30', to: '2026-03-01' }), 'invalid_instant', ['from']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: Number.NaN }), 'invalid_instant', ['to']);
    expectInvalid(() => dutyCalendar({ from: 8.64e15, to: 8.64e15, roles: ['service-staff'] }), 'out_of_range', ['from']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: 253_402_387_140_001, roles: ['service-staff'] }), 'out_of_range', ['to']);
    expectInvalid(() => dutyCalendar(null as never), 'invalid_type', []);
    expectInvalid(() => dutyCalendar(['2026-03-01', '2026-03-31'] as never), 'invalid_type', []);
  });

  it('refuses a hand-built policy or calendar, and a misspelt option', () => {
    expect(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-31' }, { policy: { ...definePolicy({}) } })).toThrow(PolicyError);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-31' }, { calendar: { from: 2026, to: 2026, holidays: [], workdays: [] } }), 'unvalidated_calendar', ['options', 'calendar']);
    expectInvalid(() => dutyCalendar({ from: '2026-03-01', to: '2026-03-31' }, { polcy: definePolicy({}) } as never), 'unknown_key', ['options', 'polcy']);
  });

  it('starts its messages with the function name', () => {
    expect(() => dutyCalendar({ from: '2026-03-01', to: '2029-03-01' })).toThrow(/^dutyCalendar: to must be/);
  });
});

describe('dutyCalendar titles', () => {
  const oneDay = { from: '2026-10-28', to: '2026-10-28', roles: ['supervisor' as const] };
  const collectionTitle = (options?: Parameters<typeof dutyCalendar>[1]) => dutyCalendar(oneDay, options).find((duty) => duty.duty === 'collection-check')?.title;

  it("name the policy's collection targets, as collectionCheck checks them", () => {
    // The table's own title is the default policy's, word for word.
    expect(collectionTitle()).toEqual(DUTY_TABLE.find((row) => row.duty === 'collection-check')?.title);
    const policy = definePolicy({ kpi: { collectionTargets: { current: { value: 0.85, inclusive: true }, previous: { value: 0.955, inclusive: true }, beforePrevious: { value: 0.99, inclusive: false } } } });
    expect(collectionTitle({ policy })).toEqual({
      'zh-Hans': '回款率检查（当月85%、上月95.5%、上上月超过99%）',
      'zh-Hant': '回款率檢查（當月85%、上月95.5%、上上月超過99%）',
      en: 'Collection-rate check (this month 85%, last month 95.5%, the month before above 99%)',
    });
    // Four decimals of a rate are two of a percentage, shown exactly.
    const fine = definePolicy({ kpi: { collectionTargets: { current: { value: 0.8555, inclusive: true } } } });
    expect(collectionTitle({ policy: fine })?.en).toBe('Collection-rate check (this month 85.55%, last month 90%, the month before 100%)');
  });

  it("date and name the weekly report by the policy's desk.weeklyReport, as weeklyReportCheck dates it", () => {
    const week = { from: '2026-03-02', to: '2026-03-08', roles: ['front-desk' as const] };
    const report = (options?: Parameters<typeof dutyCalendar>[1]) => dutyCalendar(week, options).filter((duty) => duty.duty === 'weekly-report');
    expect(report()[0]?.title).toEqual(DUTY_TABLE.find((row) => row.duty === 'weekly-report')?.title);
    const policy = definePolicy({ desk: { weeklyReport: { weekday: 0, minute: 1440, minimumCharacters: 500 } } });
    const listed = report({ policy });
    expect(listed.map((duty) => [duty.date, duty.dueAt])).toEqual([['2026-03-08', at('2026-03-09T00:00:00+08:00')]]);
    expect(listed[0]?.dueAt).toEqual(weeklyReportCheck({ weekOf: '2026-03-04' }, { policy }).dueAt);
    expect(listed[0]?.title).toEqual({
      'zh-Hans': '提交本周工作总结（不少于500字）',
      'zh-Hant': '提交本週工作總結（不少於500字）',
      en: "Hand in this week's work summary (at least 500 characters)",
    });
  });
});

