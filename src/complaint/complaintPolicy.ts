import type { Bound } from '../core/bound.js';
import { deepFreeze } from '../core/decision.js';
import type { Period } from '../calendar/Period.js';

/** The approver roles of CR 第二十七條, the defaults of the approval bands. */
export type DefaultApprover = 'sales-manager' | 'deputy-general-manager' | 'general-manager';

/**
 * Who may approve a complaint's amount: a role id of the policy's approval bands. The defaults are
 * CR 第二十七條's roles ({@link DefaultApprover}); a property company names its own.
 */
export type Approver = DefaultApprover | (string & {});

/** A role's display name in each locale (简体中文, 繁體中文, English). */
export interface ApproverName {
  /** Simplified Chinese (简体中文). */
  readonly 'zh-Hans': string;
  /** Traditional Chinese (繁體中文). */
  readonly 'zh-Hant': string;
  /** English. */
  readonly en: string;
}

/** The display names of the default approver roles (CR 第二十七條), used when a band gives none. */
export const DEFAULT_APPROVER_NAMES: Readonly<Record<DefaultApprover, ApproverName>> = /* @__PURE__ */ deepFreeze({
  'sales-manager': { 'zh-Hans': '销售部门经理', 'zh-Hant': '銷售部門經理', en: 'Sales department manager' },
  'deputy-general-manager': { 'zh-Hans': '副总经理', 'zh-Hant': '副總經理', en: 'Deputy general manager' },
  'general-manager': { 'zh-Hans': '总经理', 'zh-Hant': '總經理', en: 'General manager' },
});

/** A complaint's severity level (ZN §1): 1 is the most severe (a crisis, 危机事件), 4 the least. */
export type ComplaintLevel = 1 | 2 | 3 | 4;

/**
 * One row of the approval table: amounts up to `upTo` (with its own boundary) go to `approver`.
 * The last row has `upTo: null` (no ceiling).
 */
export interface ApprovalBand {
  /** Who approves amounts in this band: a role id (not blank, at most 64 characters). */
  readonly approver: Approver;
  /**
   * The role's display names in the three locales; may be left out only for the default roles
   * (`sales-manager`, `deputy-general-manager`, `general-manager`), whose names are built in.
   */
  readonly approverName?: ApproverName;
  /** The band's ceiling in yuan, with its boundary; `null` for the open-ended last band. */
  readonly upTo: Bound | null;
}

/**
 * A period with the boundary of its end: `inclusive: false` (超过) means "strictly after the period
 * ends", `inclusive: true` "at or after its end".
 */
export interface PeriodThreshold {
  /** The period, counted from the triggering instant per the policy's `dayCounting` (RULES C2–C5). */
  readonly period: Period;
  /** Whether reaching the period's end exactly already counts. */
  readonly inclusive: boolean;
}

/**
 * The thresholds of the severity levels (RULES complaint.level1–level3), each a lower bound with its
 * own boundary (RULES C1b). A count at or above (or strictly above, when exclusive) its bound matches.
 */
export interface ComplaintLevelThresholds {
  /** `complaint.level1.group-litigation`: households in an actual or possible group lawsuit (10户(含)以上). */
  readonly groupLitigationHouseholds: Bound;
  /** `complaint.level2.recurrence`: distinct complainants about the same issue within a month (三次以上). */
  readonly recurrenceComplainants: Bound;
  /** `complaint.level2.collective`: people in a collective complaint (3人(含)以上). */
  readonly collectiveComplainants: Bound;
  /** `complaint.level2.collective`: households in a collective complaint (a household is at least one person). */
  readonly collectiveHouseholds: Bound;
  /** `complaint.level2.overdue`: how long a complaint may stay unresolved for our reasons (超过一个月). */
  readonly unresolvedLongerThan: PeriodThreshold;
  /** `complaint.level3.repeat-after-resolution`: complaints about the same issue after it was handled (三次). */
  readonly repeatsAfterResolution: Bound;
}

/**
 * The complaint targets of a period (RULES complaint.targets): the minimum of each rate in [0, 1],
 * with its boundary.
 */
export interface ComplaintTargetMinimums {
  /** Satisfaction with the handling of valid complaints (有效投诉处理满意率), GG 二. */
  readonly satisfaction: Bound;
  /** Complaint handling rate (投诉处理率), SD 职责三. */
  readonly handling: Bound;
  /** Complaint return-visit rate (投诉回访率), SD 职责三. */
  readonly returnVisit: Bound;
}

/**
 * Complaint settings of the {@link Policy} (RULES §1).
 */
export interface ComplaintPolicy {
  /** Approval authority by amount, lowest band first (RULES complaint.approval). */
  readonly approvalBands: readonly ApprovalBand[];
  /** The thresholds of the severity levels (RULES complaint.level1–level3). */
  readonly levelThresholds: ComplaintLevelThresholds;
  /** The window of {@link countRecurrence}: one month (C2) up to the query instant (RULES complaint.recurrence-count). */
  readonly recurrenceWindow: Period;
  /** Forwarding to the responsible department: the same day (RULES complaint.forward-same-day). */
  readonly forwardWithin: Period;
  /** Levels whose complaints are "major" (重大问题) for the response time (RULES complaint.response). */
  readonly majorLevels: readonly ComplaintLevel[];
  /** Response time of a routine complaint: 1 day (RULES complaint.response). */
  readonly routineResponseWithin: Period;
  /** Response time of a major complaint: 3 days (RULES complaint.response). */
  readonly majorResponseWithin: Period;
  /** Closing a case after its acceptance: 6 days (RULES complaint.close). */
  readonly closeWithin: Period;
  /** The investigation report after the investigation: 3 days (RULES complaint.report). */
  readonly reportWithin: Period;
  /** Levels whose complaints are "especially serious" (特別嚴重) and go to the deputy GM (RULES complaint.escalate-serious). */
  readonly especiallySeriousLevels: readonly ComplaintLevel[];
  /** Minimum rates of the complaint targets (RULES complaint.targets). */
  readonly targets: ComplaintTargetMinimums;
  /**
   * The level of a collective complaint of more than 10 households without litigation, which the
   * source leaves open: 2 (the default, never lower than 10 households) or 1 (a crisis). RULES complaint.level2.
   */
  readonly collectiveAboveTenHouseholds: 2 | 1;
}

/**
 * The source documents' complaint settings, deep-frozen: the `complaint` section of {@link defaultPolicy}.
 * The complaint functions read it directly when no policy is given, so that a bundle of complaint
 * functions does not carry the other modules' settings.
 */
/**
 * The default thresholds of the severity levels, the `levelThresholds` of {@link defaultComplaintPolicy}:
 * a constant of their own, so that a bundle that classifies complaints carries no other default.
 */
export const defaultLevelThresholds: ComplaintLevelThresholds = /* @__PURE__ */ deepFreeze({
  // ZN §1. 以上 / (含) include the number (C1); 超过一个月 excludes the month's end.
  groupLitigationHouseholds: { value: 10, inclusive: true },
  recurrenceComplainants: { value: 3, inclusive: true },
  collectiveComplainants: { value: 3, inclusive: true },
  collectiveHouseholds: { value: 3, inclusive: true },
  unresolvedLongerThan: { period: { amount: 1, unit: 'month' }, inclusive: false },
  repeatsAfterResolution: { value: 3, inclusive: true },
} satisfies ComplaintLevelThresholds);

export const defaultComplaintPolicy: ComplaintPolicy = /* @__PURE__ */ deepFreeze({
  // CR 第二十七條: "1000元以下" includes 1,000 and "5000元以上" includes 5,000 (RULES C1).
  approvalBands: [
  // The default roles' display names are built in (DEFAULT_APPROVER_NAMES, read by approverNames).
    { approver: 'sales-manager', upTo: { value: 1000, inclusive: true } },
    { approver: 'deputy-general-manager', upTo: { value: 5000, inclusive: false } },
    { approver: 'general-manager', upTo: null },
  ],
  levelThresholds: defaultLevelThresholds,
  recurrenceWindow: { amount: 1, unit: 'month' },
  // ZN 篇3 §7: 当日.
  forwardWithin: { unit: 'same-day' },
  // GG 二: 常规问题一天内处理，重大问题三天内有回复; "major" read as levels 1 and 2.
  majorLevels: [1, 2],
  routineResponseWithin: { amount: 1, unit: 'day' },
  majorResponseWithin: { amount: 3, unit: 'day' },
  // CR 第二十六條.1: 自受理起六日内结案.
  closeWithin: { amount: 6, unit: 'day' },
  // CR 第二十五條.3: 调查处理后三天内提出报告.
  reportWithin: { amount: 3, unit: 'day' },
  // CR 第十八條: 特別嚴重 read as level 1 (a crisis).
  especiallySeriousLevels: [1],
  // GG 二 and SD 职责三: each 100%.
  targets: {
    satisfaction: { value: 1, inclusive: true },
    handling: { value: 1, inclusive: true },
    returnVisit: { value: 1, inclusive: true },
  },
  // ZN §1.2 stops at 10户以下: more households stay level 2 unless a company reads them as a crisis.
  collectiveAboveTenHouseholds: 2,
} satisfies ComplaintPolicy);
