// The duty table of RULES §8: one row per recurring duty or procedural deadline of the standards, naming
// its rule id, the roles that carry it, when it falls due and its title in three locales. Numbers the
// policy owns are named here (`'finance-reconcile'`, `'role-minimum'`), never copied: dutyCalendar
// reads them from the policy it is given. Rows are data; dutyCalendar.ts is the small evaluator.
import type { Locale } from '../catalog/RuleEntry.js';
import type { Bound } from '../core/bound.js';
import { deepFreeze, type RuleId } from '../core/decision.js';
import type { CollectionTargets } from '../kpi/kpiPolicy.js';

/**
 * Who carries a duty: `service-staff` (客服人员), `front-desk` (前台), `supervisor` (客服主管), `manager`
 * (服务中心/部门经理), `gm-office` (总经理办公室). RULES §8.
 */
export type Role = 'service-staff' | 'front-desk' | 'supervisor' | 'manager' | 'gm-office';

/** A duty's title in each display locale. */
export type DutyTitle = Readonly<Record<Locale, string>>;

/** The stable key of a row of the duty table; together with the role and the date it identifies an occurrence. */
export type DutyKind =
  | 'record-review'
  | 'daily-meeting'
  | 'facility-patrol'
  | 'priority-dispatch'
  | 'area-inspections'
  | 'weekly-report'
  | 'department-meeting'
  | 'company-meeting'
  | 'finance-reconciliation'
  | 'visit-summary'
  | 'visit-summary-approval'
  | 'complaint-case-review'
  | 'work-plan'
  | 'collection-check'
  | 'arrears-report'
  | 'monthly-statistics-report'
  | 'area-monthly-report'
  | 'owner-visits'
  | 'role-visits'
  | 'publicity-update'
  | 'parking-reconciliation'
  | 'opinion-survey'
  | 'survey-return-visits'
  | 'year-end-summary';

/** A day of the month a row names: a number, the month's last day, or a day the policy holds. */
export type DaySource = number | 'last' | 'finance-reconcile' | 'arrears-report' | 'work-plan' | 'visit-summary';

/**
 * When a row falls due.
 * - `daily`: by 24:00 of each day; `'daily-duties'` follows the policy's `duty.dailyDutiesOn` (every
 *   calendar day by default, or the working days of the calendar), `'every-day'` is every calendar day.
 * - `weekly`: on a weekday (0 Sunday … 6 Saturday, or the company meeting's weekday of the policy), at a
 *   minute of that day (1440 = 24:00; 0 = 00:00, i.e. before that day begins); `'weekly-report'` takes
 *   both from the policy's `desk.weeklyReport`.
 * - `monthly`: in every month whose number is a multiple of `every` (1 monthly, 3 quarter ends, 6 half
 *   years, 12 the year end), `on` a day (by its 24:00) or `before` a day (by its 00:00, RULES C5; the
 *   policy's `beforeDayInclusive` moves it to the day's 24:00).
 * - `approval`: within the policy's approval period, counted from the `of` row's deadline (the latest
 *   instant its work is on time), as `visitSummaryApprovalDueAt` counts it.
 */
export type DutySchedule =
  | { readonly kind: 'daily'; readonly on: 'daily-duties' | 'every-day' }
  | { readonly kind: 'weekly'; readonly weekday: number | 'company-meeting'; readonly minute: number }
  | { readonly kind: 'weekly'; readonly weekday: 'weekly-report'; readonly minute: 'weekly-report' }
  | { readonly kind: 'monthly'; readonly every: 1 | 3 | 6 | 12; readonly day: DaySource; readonly at: 'on' | 'before' }
  | { readonly kind: 'approval'; readonly of: DutyKind; readonly within: 'visit-summary-approval' };

/** A count the rule sets for the period: a number, or one the policy holds. */
export type QuotaSource = number | 'inspections-per-week' | 'role-minimum';

/** One row of the duty table. */
export interface DutyRow {
  /** The row's key. */
  readonly duty: DutyKind;
  /** The rule the duty comes from (a key of the rule catalog). */
  readonly rule: RuleId;
  /** The roles that carry it; each gets its own occurrence. */
  readonly roles: readonly Role[];
  /** When it falls due. */
  readonly schedule: DutySchedule;
  /** The count the rule asks for in the period, where it asks for one. */
  readonly quota?: QuotaSource;
  /** Listed only under this survey cadence (policy `duty.surveyCadence`, or `'both'`). */
  readonly survey?: 'quarterly' | 'half-yearly';
  /** The title in three locales (under the source documents' numbers, where the policy may change them). */
  readonly title: DutyTitle;
  /**
   * The title names the policy's numbers: its collection targets (`kpi.collectionTargets`, see
   * {@link collectionCheckTitle}) or the weekly report's length (`desk.weeklyReport`, see {@link weeklyReportTitle}).
   */
  readonly titleNames?: 'collection-targets' | 'weekly-report';
}

// A rate bound as a title shows it: 80%, 85.5%, or above 80% for a bound that excludes its number.
// Rates hold at most four decimals (a policy's), so the percentage is exact to two.
function percentOf(bound: Bound, above: string, tail = ''): string {
  const percent = `${Math.round(bound.value * 10_000) / 100}%`;
  return bound.inclusive ? percent : `${above}${percent}${tail}`;
}

/**
 * The collection check's title with the three targets of `kpi.collectionTargets`, as the duty calendar
 * shows them under a company's policy (the table's own title is the source documents' 80 / 90 / 100%).
 */
export function collectionCheckTitle(targets: CollectionTargets): DutyTitle {
  const zhHans = (bound: Bound): string => percentOf(bound, '超过');
  const zhHant = (bound: Bound): string => percentOf(bound, '超過');
  const en = (bound: Bound): string => percentOf(bound, 'above ');
  return Object.freeze({
    'zh-Hans': `回款率检查（当月${zhHans(targets.current)}、上月${zhHans(targets.previous)}、上上月${zhHans(targets.beforePrevious)}）`,
    'zh-Hant': `回款率檢查（當月${zhHant(targets.current)}、上月${zhHant(targets.previous)}、上上月${zhHant(targets.beforePrevious)}）`,
    en: `Collection-rate check (this month ${en(targets.current)}, last month ${en(targets.previous)}, the month before ${en(targets.beforePrevious)})`,
  });
}

/** The weekly report's title with the policy's shortest length (`desk.weeklyReport.minimumCharacters`). */
export function weeklyReportTitle(minimumCharacters: number): DutyTitle {
  return Object.freeze({
    'zh-Hans': `提交本周工作总结（不少于${minimumCharacters}字）`,
    'zh-Hant': `提交本週工作總結（不少於${minimumCharacters}字）`,
    en: `Hand in this week's work summary (at least ${minimumCharacters} characters)`,
  });
}

/** Every role, in the order the duty calendar sorts them (front line first). */
export const ROLES: readonly Role[] = /* @__PURE__ */ Object.freeze(['service-staff', 'front-desk', 'supervisor', 'manager', 'gm-office']);

const END_OF_DAY = 1440;

/** The duty table (RULES §5–§8). */
export const DUTY_TABLE: readonly DutyRow[] = /* @__PURE__ */ deepFreeze<DutyRow[]>([
  // SD 职责一 一: 收取及审阅每天的投诉记录、巡查报告及管理日志.
  {
    duty: 'record-review',
    rule: 'supervisor.daily-review',
    roles: ['supervisor'],
    schedule: { kind: 'daily', on: 'daily-duties' },
    title: {
      'zh-Hans': '审阅当天投诉记录、巡查报告和管理日志',
      'zh-Hant': '審閱當天投訴記錄、巡查報告和管理日誌',
      en: "Review the day's complaint records, patrol reports and logs",
    },
  },
  // SD 职责二 2: 每天召开部门总结会议.
  {
    duty: 'daily-meeting',
    rule: 'supervisor.daily-meeting',
    roles: ['supervisor'],
    schedule: { kind: 'daily', on: 'daily-duties' },
    title: { 'zh-Hans': '召开部门每日总结会议', 'zh-Hant': '召開部門每日總結會議', en: 'Hold the daily department review meeting' },
  },
  // ZN 篇3 §9: 每日巡查公共设施、清洁、安全设施和标识.
  {
    duty: 'facility-patrol',
    rule: 'front-desk.daily-patrol',
    roles: ['front-desk'],
    schedule: { kind: 'daily', on: 'daily-duties' },
    title: {
      'zh-Hans': '巡查公共设施、清洁、安全设施和标识',
      'zh-Hant': '巡查公共設施、清潔、安全設施和標識',
      en: 'Patrol public facilities, cleanliness, safety installations and signs',
    },
  },
  // CR 第十一條: 当天未派修工作，于次日送请部门经理优先派工 (next day = a calendar day, C5).
  {
    duty: 'priority-dispatch',
    rule: 'service.dispatch-next-day',
    roles: ['service-staff'],
    schedule: { kind: 'daily', on: 'every-day' },
    title: {
      'zh-Hans': '将前一天未派工的服务单送部门经理优先派工',
      'zh-Hant': '將前一天未派工的服務單送部門經理優先派工',
      en: "Pass the previous day's undispatched jobs to the department manager for priority dispatch",
    },
  },
  // ZN 篇5 工作标准1: 每周两次对客户区域进行工作检查 (a week Monday–Sunday, due by Sunday 24:00).
  {
    duty: 'area-inspections',
    rule: 'supervisor.cadence',
    roles: ['supervisor'],
    schedule: { kind: 'weekly', weekday: 0, minute: END_OF_DAY },
    quota: 'inspections-per-week',
    title: { 'zh-Hans': '本周客户区域工作检查', 'zh-Hant': '本週客戶區域工作檢查', en: "This week's inspections of the customer areas" },
  },
  // CR 篇2 第3条: 周工作总结（不少于200字）周六17:00前提交.
  {
    duty: 'weekly-report',
    rule: 'desk.weekly-report',
    roles: ['front-desk'],
    schedule: { kind: 'weekly', weekday: 'weekly-report', minute: 'weekly-report' },
    titleNames: 'weekly-report',
    title: {
      'zh-Hans': '提交本周工作总结（不少于200字）',
      'zh-Hant': '提交本週工作總結（不少於200字）',
      en: "Hand in this week's work summary (at least 200 characters)",
    },
  },
  // JM 篇2 4.1.2: 各部门在公司例会召开前自行召开本部门例会（总结本周、布置下周）.
  {
    duty: 'department-meeting',
    rule: 'internal.weekly-meeting',
    roles: ['manager'],
    schedule: { kind: 'weekly', weekday: 'company-meeting', minute: 0 },
    title: {
      'zh-Hans': '召开部门周例会（在公司例会之前）',
      'zh-Hant': '召開部門週例會（在公司例會之前）',
      en: 'Hold the weekly department meeting (before the company meeting)',
    },
  },
  // JM 篇2 4.1.1: 总经理组织各部门负责人于每周一召开例会.
  {
    duty: 'company-meeting',
    rule: 'internal.weekly-meeting',
    roles: ['manager', 'gm-office'],
    schedule: { kind: 'weekly', weekday: 'company-meeting', minute: END_OF_DAY },
    title: { 'zh-Hans': '公司周例会', 'zh-Hant': '公司週例會', en: 'Weekly company meeting' },
  },
  // ZN 篇5 工作标准6: 每月5日与财务部核算回收款金额.
  {
    duty: 'finance-reconciliation',
    rule: 'kpi.finance-reconcile',
    roles: ['supervisor'],
    schedule: { kind: 'monthly', every: 1, day: 'finance-reconcile', at: 'on' },
    title: { 'zh-Hans': '与财务部核对回收款', 'zh-Hant': '與財務部核對回收款', en: 'Reconcile collections with finance' },
  },
  // JM 篇1 4.3.1: 客服中心主管人员于每月5日前汇总上月访问记录.
  {
    duty: 'visit-summary',
    rule: 'visit.summary',
    roles: ['supervisor'],
    schedule: { kind: 'monthly', every: 1, day: 'visit-summary', at: 'before' },
    title: {
      'zh-Hans': '完成上月《月度客户访问工作总结》并提交经理',
      'zh-Hant': '完成上月《月度客戶訪問工作總結》並提交經理',
      en: "Summarize last month's owner visits for the manager",
    },
  },
  // JM 篇1 4.3.1: 物业服务中心经理于2个工作日内完成审批.
  {
    duty: 'visit-summary-approval',
    rule: 'visit.summary',
    roles: ['manager'],
    schedule: { kind: 'approval', of: 'visit-summary', within: 'visit-summary-approval' },
    title: { 'zh-Hans': '审批月度客户访问工作总结', 'zh-Hant': '審批月度客戶訪問工作總結', en: 'Approve the monthly visit summary' },
  },
  // CR 第二十八條.1: 总经理办公室每月10日前审视上月份结案的客户投诉案件.
  {
    duty: 'complaint-case-review',
    rule: 'complaint.case-review',
    roles: ['gm-office'],
    schedule: { kind: 'monthly', every: 1, day: 10, at: 'before' },
    title: {
      'zh-Hans': '审视上月结案的客户投诉案件',
      'zh-Hant': '審視上月結案的客戶投訴案件',
      en: "Review last month's closed complaint cases",
    },
  },
  // ZN 篇5 (SD 职责二 9): 每月25日前编制下月工作计划.
  {
    duty: 'work-plan',
    rule: 'supervisor.cadence',
    roles: ['supervisor'],
    schedule: { kind: 'monthly', every: 1, day: 'work-plan', at: 'before' },
    title: { 'zh-Hans': '编制下月工作计划', 'zh-Hant': '編制下月工作計劃', en: "Draw up next month's work plan" },
  },
  // ZN 篇2 工作标准1, 篇5 工作标准2: 每月28日检查当月、上月、上上月回款率.
  {
    duty: 'collection-check',
    rule: 'kpi.collection',
    roles: ['service-staff', 'supervisor'],
    schedule: { kind: 'monthly', every: 1, day: 'arrears-report', at: 'on' },
    titleNames: 'collection-targets',
    title: {
      'zh-Hans': '回款率检查（当月80%、上月90%、上上月100%）',
      'zh-Hant': '回款率檢查（當月80%、上月90%、上上月100%）',
      en: 'Collection-rate check (this month 80%, last month 90%, the month before 100%)',
    },
  },
  // ZN 篇5 工作标准7: 每月28日向部门经理汇报欠费情况及解决办法.
  {
    duty: 'arrears-report',
    rule: 'kpi.finance-reconcile',
    roles: ['supervisor'],
    schedule: { kind: 'monthly', every: 1, day: 'arrears-report', at: 'on' },
    title: {
      'zh-Hans': '向部门经理汇报欠费情况及解决办法',
      'zh-Hant': '向部門經理匯報欠費情況及解決辦法',
      en: 'Report arrears and their remedies to the department manager',
    },
  },
  // SD 职责二 11: 每月底提交本月客户服务统计分析报告.
  {
    duty: 'monthly-statistics-report',
    rule: 'supervisor.cadence',
    roles: ['supervisor'],
    schedule: { kind: 'monthly', every: 1, day: 'last', at: 'on' },
    title: {
      'zh-Hans': '提交本月客户服务统计分析报告',
      'zh-Hant': '提交本月客戶服務統計分析報告',
      en: "Submit the month's customer-service statistical report",
    },
  },
  // ZN 篇2 职责 5: 统计该区域每月客户情况，制定月报表 (no day named: month end).
  {
    duty: 'area-monthly-report',
    rule: 'kpi.monthly-report',
    roles: ['service-staff'],
    schedule: { kind: 'monthly', every: 1, day: 'last', at: 'on' },
    title: { 'zh-Hans': '编制本区域客户情况月报表', 'zh-Hant': '編制本區域客戶情況月報表', en: "Compile the area's monthly customer report" },
  },
  // JM 篇1 3.3, 4.3.1: 客户服务人员负责每月的业户沟通（访问量见 visit.quota）.
  {
    duty: 'owner-visits',
    rule: 'visit.quota',
    roles: ['service-staff'],
    schedule: { kind: 'monthly', every: 1, day: 'last', at: 'on' },
    title: {
      'zh-Hans': '完成本月业户访问量（按小区户数比例）',
      'zh-Hant': '完成本月業戶訪問量（按小區戶數比例）',
      en: "Complete the month's owner visits (the community's quota)",
    },
  },
  // JM 篇1 4.3.1: 经理、客服主管每月访问不少于5户.
  {
    duty: 'role-visits',
    rule: 'visit.role-minimum',
    roles: ['supervisor', 'manager'],
    schedule: { kind: 'monthly', every: 1, day: 'last', at: 'on' },
    quota: 'role-minimum',
    title: { 'zh-Hans': '本月亲自访问业户', 'zh-Hant': '本月親自訪問業戶', en: 'Visit households in person this month' },
  },
  // JM 篇1 4.2 #4: 宣传内容至少每月更新一次 (one update in each calendar month).
  {
    duty: 'publicity-update',
    rule: 'notice.publicity',
    roles: ['service-staff'],
    schedule: { kind: 'monthly', every: 1, day: 'last', at: 'on' },
    title: { 'zh-Hans': '更新宣传栏内容', 'zh-Hant': '更新宣傳欄內容', en: 'Update the publicity board' },
  },
  // ZN 篇2 工作标准7C: 每月与安保部核对车位使用情况.
  {
    duty: 'parking-reconciliation',
    rule: 'kpi.parking',
    roles: ['service-staff'],
    schedule: { kind: 'monthly', every: 1, day: 'last', at: 'on' },
    title: { 'zh-Hans': '与安保部核对车位使用情况', 'zh-Hant': '與安保部核對車位使用情況', en: 'Check parking-space use with security' },
  },
  // ZN 篇2 工作标准5 (篇5 职责4): 每季度进行意见调查并出具统计分析报告.
  {
    duty: 'opinion-survey',
    rule: 'kpi.survey',
    roles: ['service-staff', 'supervisor'],
    schedule: { kind: 'monthly', every: 3, day: 'last', at: 'on' },
    survey: 'quarterly',
    title: {
      'zh-Hans': '本季度客户意见调查及统计分析报告',
      'zh-Hant': '本季度客戶意見調查及統計分析報告',
      en: "This quarter's opinion survey and statistical report",
    },
  },
  // SD 职责二 5: 根据公司每半年下发《顾客意见调查表》反馈内容安排回访.
  {
    duty: 'survey-return-visits',
    rule: 'supervisor.survey-visits',
    roles: ['supervisor'],
    schedule: { kind: 'monthly', every: 6, day: 'last', at: 'on' },
    survey: 'half-yearly',
    title: {
      'zh-Hans': '根据半年度《顾客意见调查表》安排回访',
      'zh-Hant': '根據半年度《顧客意見調查表》安排回訪',
      en: "Return visits on the half-yearly opinion form's feedback",
    },
  },
  // ZN 篇4 职责 4: 制定本部门工作计划，年终进行工作总结.
  {
    duty: 'year-end-summary',
    rule: 'manager.year-end-summary',
    roles: ['manager'],
    schedule: { kind: 'monthly', every: 12, day: 'last', at: 'on' },
    title: {
      'zh-Hans': '部门年终工作总结及下年工作计划',
      'zh-Hant': '部門年終工作總結及下年工作計劃',
      en: "The department's year-end work summary and next year's plan",
    },
  },
]);
