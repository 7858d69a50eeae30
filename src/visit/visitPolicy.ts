import type { Bound } from '../core/bound.js';
import type { Period } from '../calendar/Period.js';
import { deepFreeze } from '../core/decision.js';

/** A role whose monthly visits have a minimum of their own (JM 篇1 4.3.1 抽样 1)). */
export type VisitRole = 'manager' | 'supervisor';

/**
 * One row of the visit-quota table: communities with up to `upTo` households (all households, with the
 * threshold's own boundary) must visit at least `percent` % of their occupied households each month.
 * The last row has `upTo: null` (no ceiling).
 */
export interface VisitQuotaBracket {
  /** The bracket's ceiling on the number of households, with its boundary; `null` for the open-ended last bracket. */
  readonly upTo: Bound | null;
  /** The minimum share of occupied households to visit, in percent (at most two decimals: 4, 5.5). */
  readonly percent: number;
}

/**
 * Visit settings of the {@link Policy} (RULES §6).
 */
export interface VisitPolicy {
  /** The monthly quota by community size, smallest bracket first (RULES visit.quota). */
  readonly quotaBrackets: readonly VisitQuotaBracket[];
  /** Monthly minimum visits of the service-center manager and the service supervisor (RULES visit.role-minimum). */
  readonly roleMinimums: Readonly<Record<VisitRole, number>>;
  /** The earliest time of day a visit may take place, in minutes after 00:00 Shanghai time, with its boundary (RULES visit.hours; an assumption: the source names none). */
  readonly earliest: Bound;
  /** The latest time of day a visit may take place, in minutes after 00:00 Shanghai time, with its boundary (RULES visit.hours: 22:00 后不访问). */
  readonly latest: Bound;
  /** When a day's visit records must reach the supervisor, counted from the visit (RULES visit.record). */
  readonly recordWithin: Period;
  /** The monthly summary of last month's visits is due before this day of the next month (RULES visit.summary, C5). */
  readonly summaryBeforeDay: number;
  /** The manager's approval of the monthly summary, counted from its submission (RULES visit.summary). */
  readonly approvalWithin: Period;
  /** The annual visit coverage target: visits in a year over households, with its boundary (RULES visit.coverage). */
  readonly annualCoverageTarget: Bound;
  /** The customer-archive target: archived households over households, with its boundary, at most 1 (RULES visit.coverage: 100%). */
  readonly archiveTarget: Bound;
}

/** The source documents' visit settings. */
export const defaultVisitPolicy: VisitPolicy = /* @__PURE__ */ deepFreeze<VisitPolicy>({
  // JM 篇1 4.3.1: ≤300 → 4%, >300 ≤500 → 5%, >500 ≤800 → 6%, 800以上 → 7%. The table's explicit ≤800
  // outranks "800以上" (C1b), so 800 is in the 6% bracket.
  quotaBrackets: [
    { upTo: { value: 300, inclusive: true }, percent: 4 },
    { upTo: { value: 500, inclusive: true }, percent: 5 },
    { upTo: { value: 800, inclusive: true }, percent: 6 },
    { upTo: null, percent: 7 },
  ],
  // 不得少于5户/月 each.
  roleMinimums: { manager: 5, supervisor: 5 },
  // 08:00 is the library's assumption; 22:00 itself is allowed (原则上22:00后不访问).
  earliest: { value: 480 /* 08:00 */, inclusive: true },
  latest: { value: 1320 /* 22:00 */, inclusive: true },
  // 最迟不超过第二日.
  recordWithin: { unit: 'next-day' },
  // 于每月5日前汇总上月访问记录.
  summaryBeforeDay: 5,
  // 经理于2个工作日内完成审批.
  approvalWithin: { amount: 2, unit: 'workday' },
  // GG 二: 年度访问覆盖率达120%.
  annualCoverageTarget: { value: 1.2, inclusive: true },
  // GG 二: 客户档案建档率100%.
  archiveTarget: { value: 1, inclusive: true },
});
