import type { Bound } from '../core/bound.js';
import type { Period } from '../calendar/Period.js';
import { deepFreeze } from '../core/decision.js';

/** The desk duties whose deadline {@link serviceDueAt} computes (ZN 篇2 工作标准3, 7A; 篇5 工作标准3). */
export type ServiceDuty = 'renovation-permit' | 'secondary-renovation' | 'parking-permit';

/** The minimum collection rates checked on the 28th, each a rate in [0, 1] with its boundary (RULES kpi.collection). */
export interface CollectionTargets {
  /** This month's bills: 80%. */
  readonly current: Bound;
  /** Last month's bills: 90%. */
  readonly previous: Bound;
  /** The bills of the month before last: 100%. */
  readonly beforePrevious: Bound;
}

/** The supervisor's and the desk's monthly and weekly cadence (RULES supervisor.cadence, kpi.finance-reconcile). */
export interface SupervisorCadence {
  /** Inspections of the customer areas per week: at least 2 (每周两次). */
  readonly inspectionsPerWeek: Bound;
  /** Next month's work plan is due before this day of the month (每月25日前, RULES C5). */
  readonly workPlanBeforeDay: number;
  /** Day of the month on which collections are reconciled with finance (每月5日). */
  readonly financeReconcileDay: number;
  /** Day of the month on which arrears are reported to the department manager and the collection rates are checked (每月28日). */
  readonly arrearsReportDay: number;
}

/**
 * KPI settings of the {@link Policy} (RULES §7).
 */
export interface KpiPolicy {
  /** Minimum collection rates on the check day (RULES kpi.collection). */
  readonly collectionTargets: CollectionTargets;
  /** Minimum customer satisfaction, a rate in [0, 1] with at most four decimals (RULES kpi.satisfaction: 95%). */
  readonly satisfactionTarget: Bound;
  /** The phone is answered within this many rings (RULES kpi.phone: 三声内, 3 included). */
  readonly phoneRings: Bound;
  /** The deadline of each desk duty, counted from its event (RULES kpi.renovation-permit, kpi.parking). */
  readonly serviceDeadlines: Readonly<Record<ServiceDuty, Period>>;
  /** Hours before a parking space's lease expires by which the tenant is told to renew (RULES kpi.parking: 提前一周 = 168 h). */
  readonly parkingRenewalLeadHours: number;
  /** The supervisor's cadence (RULES supervisor.cadence, kpi.finance-reconcile). */
  readonly supervisor: SupervisorCadence;
}

/** The source documents' KPI settings. */
export const defaultKpiPolicy: KpiPolicy = /* @__PURE__ */ deepFreeze<KpiPolicy>({
  // ZN 篇2 工作标准1, 篇5 工作标准2: 当月回款率达到80，上月90，上上月100 (read as minimums, 达到 includes the number).
  collectionTargets: {
    current: { value: 0.8, inclusive: true },
    previous: { value: 0.9, inclusive: true },
    beforePrevious: { value: 1, inclusive: true },
  },
  // ZN 篇4 工作标准3: 客户满意率达到95%.
  satisfactionTarget: { value: 0.95, inclusive: true },
  // ZN 篇3 §1: 电话铃响三声内接听.
  phoneRings: { value: 3, inclusive: true },
  serviceDeadlines: {
    // ZN 篇2 工作标准3: 书面材料齐全后一小时内办理完入场装修手续.
    'renovation-permit': { amount: 1, unit: 'hour' },
    // ZN 篇5 工作标准3: 二次装修在2个工作日内办理各项施工手续.
    'secondary-renovation': { amount: 2, unit: 'workday' },
    // ZN 篇2 工作标准7A: 当日内将车证交至客户手中.
    'parking-permit': { unit: 'same-day' },
  },
  // ZN 篇2 工作标准7B: 车位到期提前一周通知租户续租, one week read as 7 × 24 h like the notice leads (C4).
  parkingRenewalLeadHours: 168,
  supervisor: {
    // ZN 篇5 工作标准1 and §6–7; SD 职责二 §9.
    inspectionsPerWeek: { value: 2, inclusive: true },
    workPlanBeforeDay: 25,
    financeReconcileDay: 5,
    arrearsReportDay: 28,
  },
});
