import { comparedDueMs } from '../core/dueAtMs.js';
import { workdayEngine } from '../calendar/workdayEngine.js';
import type { Period } from '../calendar/Period.js';
import { isWorkdayIn, workdayContext, type WorkdayContext } from '../calendar/_calendarIndex.js';
import { daysFromCivil } from '../calendar/_days.js';
import { defaultCommunicationPolicy } from '../communication/communicationPolicy.js';
import type { RuleId } from '../core/decision.js';
import { CalendarCoverageError } from '../core/errors.js';
import { civilDateOfDay, DAY_MS, formatDay, shanghaiDayOf, startOfShanghaiDay, toEpochMs, weekdayOfDay, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { provisionalMark, usedProvisionalSince } from '../core/provisional.js';
import { requireArray, requireObject, requireOneOf, requirePresent, refuseExtraArguments } from '../core/validate.js';
import { defaultKpiPolicy } from '../kpi/kpiPolicy.js';
import type { Policy } from '../policy/Policy.js';
import { defaultVisitPolicy } from '../visit/visitPolicy.js';
import { defaultDutyPolicy } from './dutyPolicy.js';
import { checkDutyWindow } from './_window.js';
import { defaultWeeklyReportPolicy } from '../desk/deskPolicy.js';
import { collectionCheckTitle, DUTY_TABLE, ROLES, weeklyReportTitle, type DutyKind, type DutyRow, type DutyTitle, type Role } from './dutyTable.js';

/** The window and roles {@link dutyCalendar} lists. */
export interface DutyCalendarRange {
  /** The first day of the window (its Shanghai day counts whole). */
  readonly from: Instant;
  /** The last day of the window (its Shanghai day counts whole); not before `from`. */
  readonly to: Instant;
  /** The roles to list; every role when absent. */
  readonly roles?: readonly Role[];
}

/** One dated occurrence of a duty. Frozen. */
export interface Duty {
  /** The rule the duty comes from (a key of the rule catalog). */
  readonly rule: RuleId;
  /** Which duty of the table (a rule may give several: `supervisor.cadence` has inspections, a plan and a report). */
  readonly duty: DutyKind;
  /** Who carries it. */
  readonly role: Role;
  /** The Shanghai day it falls on, `YYYY-MM-DD`: the day whose 24:00 (or whose hour) is `dueAt`. */
  readonly date: string;
  /** The deadline: an act at instant t meets it when t ≤ dueAt. 24:00 of a day is 00:00 (+08:00) of the next. */
  readonly dueAt: Date;
  /** The count the rule asks for in the period (inspections in the week, households visited in the month). */
  readonly quota?: number;
  /** Present when a working day of a provisional calendar year decided the date. */
  readonly provisional?: true;
  /** The duty's title in each locale. */
  readonly title: DutyTitle;
}

const FN = 'dutyCalendar';
const MINUTE_MS = 60_000;
const RANGE_KEYS = ['from', 'to', 'roles'];
const APPROVAL_PATH = ['options', 'policy', 'visit', 'approvalWithin'];

// A row of the table with the policy's numbers filled in, for one role.
interface CompiledDuty {
  readonly row: DutyRow;
  readonly role: Role;
  readonly roleIndex: number;
  // The entry's place in the order of rule, role and duty: ties of dueAt sort by it.
  rank: number;
  readonly quota: number | undefined;
  // The title, with the policy's numbers where it names them.
  readonly title: DutyTitle;
  // daily: whether only working days count.
  readonly workdays: boolean;
  // weekly: weekday and minute of its day; monthly: months (every), day (-1 = the month's last) and minute.
  readonly weekday: number;
  readonly every: number;
  readonly day: number;
  readonly minute: number;
  // approval: the compiled row it follows and its period.
  readonly base: CompiledDuty | undefined;
  readonly within: Period | undefined;
}

let compiledByPolicy = new WeakMap<Policy, readonly CompiledDuty[]>();
let compiledDefault: readonly CompiledDuty[] | undefined;

/**
 * Drops the compiled tables: the next call compiles them again. For the mutation tests only
 * (test/support/mutationSetup.ts): Stryker credits the code that compiles a table to the one test that
 * happened to run it first, and would run only that test against a mutant of it.
 */
export function forgetCompiledDuties(): void {
  compiledByPolicy = new WeakMap();
  compiledDefault = undefined;
}

function countFromBound(bound: { readonly value: number; readonly inclusive: boolean }): number {
  return bound.inclusive ? Math.ceil(bound.value) : Math.floor(bound.value) + 1;
}

// Fills the policy's numbers into the table, once per policy (policies are frozen).
function compile(policy: Policy | undefined): readonly CompiledDuty[] {
  const kpi = policy?.kpi ?? defaultKpiPolicy;
  const visit = policy?.visit ?? defaultVisitPolicy;
  const communication = policy?.communication ?? defaultCommunicationPolicy;
  const duty = policy?.duty ?? defaultDutyPolicy;
  const weeklyReport = policy?.desk.weeklyReport ?? defaultWeeklyReportPolicy;
  const inclusive = policy?.beforeDayInclusive === true;
  const dayOf = (source: DutyRow['schedule'] & { kind: 'monthly' }): number => {
    switch (source.day) {
      case 'last':
        return -1;
      case 'finance-reconcile':
        return kpi.supervisor.financeReconcileDay;
      case 'arrears-report':
        return kpi.supervisor.arrearsReportDay;
      case 'work-plan':
        return kpi.supervisor.workPlanBeforeDay;
      case 'visit-summary':
        return visit.summaryBeforeDay;
      default:
        return source.day;
    }
  };
  const collectionTitle = collectionCheckTitle(kpi.collectionTargets);
  const reportTitle = weeklyReportTitle(weeklyReport.minimumCharacters);
  const weekdayOf = (weekday: number | 'company-meeting' | 'weekly-report'): number =>
    weekday === 'company-meeting' ? communication.companyMeetingWeekday : weekday === 'weekly-report' ? weeklyReport.weekday : weekday;
  const compiled: CompiledDuty[] = [];
  const byKind = new Map<DutyKind, CompiledDuty>();
  for (const row of DUTY_TABLE) {
    if (row.survey !== undefined && duty.surveyCadence !== 'both' && duty.surveyCadence !== row.survey) continue;
    for (const role of row.roles) {
      const schedule = row.schedule;
      const quota =
        row.quota === undefined
          ? undefined
          : row.quota === 'inspections-per-week'
            ? countFromBound(kpi.supervisor.inspectionsPerWeek)
            : row.quota === 'role-minimum'
              ? visit.roleMinimums[role as 'manager' | 'supervisor']
              : row.quota;
      const entry: CompiledDuty = {
        row,
        role,
        roleIndex: ROLES.indexOf(role),
        rank: 0,
        quota,
        title: row.titleNames === 'collection-targets' ? collectionTitle : row.titleNames === 'weekly-report' ? reportTitle : row.title,
        workdays: schedule.kind === 'daily' && schedule.on === 'daily-duties' && duty.dailyDutiesOn === 'workdays',
        weekday: schedule.kind === 'weekly' ? weekdayOf(schedule.weekday) : 0,
        every: schedule.kind === 'monthly' ? schedule.every : 1,
        day: schedule.kind === 'monthly' ? dayOf(schedule) : 0,
        minute: schedule.kind === 'weekly' ? (schedule.minute === 'weekly-report' ? weeklyReport.minute : schedule.minute) : schedule.kind === 'monthly' && schedule.at === 'before' && !inclusive ? 0 : 1440,
        base: schedule.kind === 'approval' ? byKind.get(schedule.of) : undefined,
        within: schedule.kind === 'approval' ? visit.approvalWithin : undefined,
      };
      compiled.push(entry);
      if (!byKind.has(row.duty)) byKind.set(row.duty, entry);
    }
  }
  const ordered = [...compiled].sort(compareEntries);
  ordered.forEach((entry, index) => {
    entry.rank = index;
  });
  return compiled;
}

/**
 * The order of compiled rows among duties due at the same instant: rule, then role (in the order of
 * ROLES), then duty. Internal; exported for its unit test, since the duty table as shipped already
 * lists most rows of one rule in that order and a wrong comparison would only show with other data.
 */
export function compareEntries(a: Pick<CompiledDuty, 'row' | 'roleIndex'>, b: Pick<CompiledDuty, 'row' | 'roleIndex'>): number {
  const ruleA = a.row.rule;
  const ruleB = b.row.rule;
  if (ruleA !== ruleB) return ruleA < ruleB ? -1 : 1;
  if (a.roleIndex !== b.roleIndex) return a.roleIndex - b.roleIndex;
  return a.row.duty === b.row.duty ? 0 : a.row.duty < b.row.duty ? -1 : 1;
}

function compiledFor(policy: Policy | undefined): readonly CompiledDuty[] {
  if (policy === undefined) return (compiledDefault ??= compile(undefined));
  let compiled = compiledByPolicy.get(policy);
  if (compiled === undefined) {
    compiled = compile(policy);
    if (Object.isFrozen(policy)) compiledByPolicy.set(policy, compiled);
  }
  return compiled;
}

// An occurrence before it becomes a Duty: the compiled row, the day it falls on and its deadline.
interface Occurrence {
  readonly entry: CompiledDuty;
  readonly day: number;
  readonly dueMs: number;
  readonly provisional: boolean;
}

// The due instant of a monthly row in the civil month (year, month); months may overflow into years.
function monthlyDueMs(entry: CompiledDuty, year: number, month: number): number {
  const day = entry.day === -1 ? daysFromCivil(year, month + 1, 0) : daysFromCivil(year, month, entry.day);
  return startOfShanghaiDay(day) + entry.minute * MINUTE_MS;
}

// The day a deadline falls on: the day whose 24:00 it is, or the day of a deadline inside a day.
function dayOfDue(dueMs: number): number {
  return shanghaiDayOf(dueMs - 1);
}

// How many months before the window an approval's base may lie and still give an approval inside it.
function lookbackMonths(within: Period): number {
  if (!('amount' in within)) return 1;
  const amount = within.amount;
  const days = within.unit === 'hour' ? amount / 24 : within.unit === 'week' ? 7 * amount : within.unit === 'month' ? 31 * amount : within.unit === 'workday' ? 2 * amount + 20 : amount;
  return 1 + Math.ceil(days / 28);
}

/**
 * Every dated occurrence of every recurring duty and procedural deadline of the standards (RULES §5–§8)
 * in a window of days, per role: the supervisor's daily record review and meeting, the front desk's
 * daily patrol and weekly report (Saturday 17:00), the next-day priority dispatch, two inspections a
 * week, the weekly department and company meetings, finance reconciliation on the 5th, the visit summary
 * before the 5th and its approval within 2 working days of that deadline, the complaint case review before the 10th, the
 * work plan before the 25th, the collection check and arrears report on the 28th, the month-end reports,
 * visits (with their quotas), publicity update and parking check, the quarterly opinion survey (or the
 * half-yearly survey visits, policy `duty.surveyCadence`) and the year-end summary.
 *
 * A duty is in the window when the Shanghai day it falls on (its `date`: the day whose 24:00, or whose
 * hour, is `dueAt`) lies from `from`'s day through `to`'s day. Dates on days of the month are fixed
 * ("on the 5th" is by 24:00 of the 5th; "before the 25th" by 00:00 of the 25th, RULES C5); the daily duties
 * fall every day, as their sources say (每天/每日, RULES §8), or only on the working days of the calendar
 * (RULES C3) with the policy's `duty.dailyDutiesOn: 'workdays'`; the priority dispatch is every day
 * (次日 is a calendar day). Duties with no date
 * (the hotline, approvals on demand) are {@link standingDuties}.
 *
 * @param range - `{ from, to, roles? }`: the window's first and last day and the roles to list (all by default).
 * @param options - `policy` (survey cadence, window limit, the days of the month, quotas) and `calendar`.
 * @returns The duties, frozen, sorted by `dueAt`, then rule, role and duty.
 * @throws {@link InvalidInputError} When `from` or `to` is not an instant, `to` is before `from`
 *   (`out_of_range`), the window is longer than `duty.maxWindowMonths` (`window_too_long`, path `to`), a
 *   role is unknown (`invalid_enum`, path `roles.N`), or the range has an unknown key (`unknown_key`); a
 *   window whose days are not within 0000-01-01 … 9999-12-30 (`out_of_range` at `from` or `to`), so that
 *   every duty, due by 24:00 of its day, lies within the years 0000–9999 (+08:00).
 * @throws {@link CalendarCoverageError} When a working day must be known outside the calendar's years.
 * @see RULES §8; `supervisor.cadence`, `kpi.finance-reconcile`, `kpi.collection`, `visit.summary`,
 *   `visit.role-minimum`, `notice.publicity`, `desk.weekly-report`, `internal.weekly-meeting`,
 *   `complaint.case-review`, `kpi.survey`, `supervisor.survey-visits` and the other rows of the duty table.
 *
 * @example
 * ```ts
 * import { dutyCalendar } from 'wuye-rules/duty';
 * const duties = dutyCalendar({ from: '2026-03-01', to: '2026-03-31', roles: ['supervisor'] });
 * duties.filter((duty) => duty.duty === 'work-plan').map((duty) => [duty.date, duty.dueAt.toISOString()]);
 * //=> [['2026-03-24', '2026-03-24T16:00:00.000Z']]
 * ```
 */
export function dutyCalendar(range: DutyCalendarRange, options?: RuleOptions): readonly Duty[] {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'dutyCalendar');
  options = ruleOptions(options, 'dutyCalendar');
  const input = requireObject(range, FN, [], RANGE_KEYS);
  requirePresent(input.from, FN, ['from'], 'a valid instant (Date, epoch ms or ISO-8601 string)');
  requirePresent(input.to, FN, ['to'], 'a valid instant (Date, epoch ms or ISO-8601 string)');
  const fromMs = toEpochMs(input.from, FN, ['from']);
  const toMs = toEpochMs(input.to, FN, ['to']);
  const policy = options?.policy;
  checkDutyWindow(fromMs, toMs, input.from, input.to, (policy?.duty ?? defaultDutyPolicy).maxWindowMonths);
  const fromDay = shanghaiDayOf(fromMs);
  const toDay = shanghaiDayOf(toMs);
  let wanted: ReadonlySet<Role> | undefined;
  if (input.roles !== undefined) {
    const roles = requireArray(input.roles, FN, ['roles']);
    roles.forEach((role, index) => requireOneOf(role, ROLES, FN, ['roles', index]));
    wanted = new Set(roles as Role[]);
  }

  const entries = compiledFor(policy).filter((entry) => wanted === undefined || wanted.has(entry.role));
  const occurrences: Occurrence[] = [];
  let context: WorkdayContext | undefined;
  const workday = (day: number): boolean => isWorkdayIn((context ??= workdayContext(options, FN)), day);
  // Working days of the window, computed once for every daily row that needs them: bit 1 a working
  // day, bit 2 a day of a provisional year (RULES C11).
  let workdayFlags: Uint8Array | undefined;
  const windowFlags = (): Uint8Array => {
    if (workdayFlags === undefined) {
      workdayFlags = new Uint8Array(toDay - fromDay + 1);
      for (let cursor = fromDay; cursor <= toDay; cursor += 1) {
        const mark = provisionalMark();
        workdayFlags[cursor - fromDay] = (workday(cursor) ? 1 : 0) | (usedProvisionalSince(mark) ? 2 : 0);
      }
    }
    return workdayFlags;
  };

  const first = civilDateOfDay(fromDay);
  const last = civilDateOfDay(toDay);
  const lastMonthIndex = last.year * 12 + last.month - 1;
  for (const entry of entries) {
    const kind = entry.row.schedule.kind;
    if (kind === 'daily') {
      const flags = entry.workdays ? windowFlags() : undefined;
      for (let day = fromDay; day <= toDay; day += 1) {
        const flag = flags === undefined ? 1 : (flags[day - fromDay] as number);
        if ((flag & 1) === 1) occurrences.push({ entry, day, dueMs: startOfShanghaiDay(day + 1), provisional: flag === 3 });
      }
    } else if (kind === 'weekly') {
      // The deadline's own day D: minute 0 is 00:00 of D, which falls on the day before.
      const shift = entry.minute === 0 ? 1 : 0;
      let dueDay = fromDay + shift;
      dueDay += (((entry.weekday - weekdayOfDay(dueDay)) % 7) + 7) % 7;
      for (; dueDay - shift <= toDay; dueDay += 7) {
        const dueMs = startOfShanghaiDay(dueDay) + entry.minute * MINUTE_MS;
        occurrences.push({ entry, day: dayOfDue(dueMs), dueMs, provisional: false });
      }
    } else {
      const base = kind === 'approval' ? (entry.base as CompiledDuty) : entry;
      const lookback = kind === 'approval' ? lookbackMonths(entry.within as Period) : 1;
      for (let monthIndex = first.year * 12 + first.month - 1 - lookback; monthIndex <= lastMonthIndex + 1; monthIndex += 1) {
        const month = (monthIndex % 12) + 1;
        if (month % base.every !== 0) continue;
        const baseDueMs = monthlyDueMs(base, Math.floor(monthIndex / 12), month);
        let dueMs = baseDueMs;
        let provisional = false;
        if (kind === 'approval') {
          // Counted from the base duty's deadline, as visitSummaryApprovalDueAt(summaryBy) counts it: a
          // summary handed in at that instant is on time, and the manager's 2 working days run from its day.
          const baseDay = dayOfDue(baseDueMs);
          if (baseDay > toDay) break;
          // N working days end, at the earliest, at 24:00 of the N-th day after the base's own day (Civil
          // Code counting), or N whole days after the base (elapsed counting): an approval that cannot
          // fall inside the window is not counted, so a window of the first days of a year the calendar
          // lacks needs none of that year's working days.
          const within = entry.within as Period;
          if (within.unit === 'workday') {
            const earliest = policy?.dayCounting === 'elapsed' ? dayOfDue(baseDueMs + within.amount * DAY_MS) : shanghaiDayOf(baseDueMs) + within.amount;
            if (earliest > toDay) break;
          }
          const mark = provisionalMark();
          try {
            dueMs = comparedDueMs(baseDueMs, entry.within as Period, options, FN, APPROVAL_PATH, undefined, workdayEngine);
            provisional = usedProvisionalSince(mark);
          } catch (error) {
            if (!(error instanceof CalendarCoverageError)) throw error;
            // A base before the window in a year the calendar lacks (a window opening in the calendar's
            // first weeks): its approval is taken to fall before the window too, as it does with any
            // real approval period (2 working days after the 4th never reaches the next month).
            if (baseDay < fromDay) continue;
            // Counting reached a year after the window's (a long approval period from a base late in
            // the calendar's last year): the approval falls on or after that year's first day, after
            // the window, whatever the year's holidays.
            if (error.year > last.year) continue;
            throw error;
          }
        }
        const day = dayOfDue(dueMs);
        if (day >= fromDay && day <= toDay) occurrences.push({ entry, day, dueMs, provisional });
      }
    }
  }

  occurrences.sort(compareOccurrences);
  const dates = new Map<number, string>();
  const duties = occurrences.map((occurrence): Duty => {
    const { entry, day } = occurrence;
    let date = dates.get(day);
    if (date === undefined) {
      date = formatDay(day);
      dates.set(day, date);
    }
    const duty: { -readonly [K in keyof Duty]: Duty[K] } = {
      rule: entry.row.rule,
      duty: entry.row.duty,
      role: entry.role,
      date,
      dueAt: new Date(occurrence.dueMs),
      title: entry.title,
    };
    if (entry.quota !== undefined) duty.quota = entry.quota;
    if (occurrence.provisional) duty.provisional = true;
    return Object.freeze(duty);
  });
  return Object.freeze(duties);
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.dueMs - b.dueMs || a.entry.rank - b.entry.rank;
}
