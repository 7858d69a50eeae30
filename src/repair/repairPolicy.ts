import { deepFreeze } from '../core/decision.js';
import type { Bound } from '../core/bound.js';

/** A repair's class under ZN §2.1: A (moved in, daily life affected), B (renovation held up), C (any other). */
export type RepairClass = 'A' | 'B' | 'C';

/** The facts {@link classifyRepair} reads, each a plain yes/no. */
export interface RepairFacts {
  /** The owner has formally moved in (正式入住). */
  readonly movedIn: boolean;
  /** The quality problem directly affects the owner's daily life (leaks 渗水, blockages 堵塞). */
  readonly affectsDailyLife: boolean;
  /** The owner has not moved in but renovation has started (已入场装修). */
  readonly renovationStarted: boolean;
  /** The problem holds up the renovation's progress (影响装修进度). */
  readonly affectsRenovation: boolean;
}

/**
 * One classification row: the class applies when every fact listed in `when` has the stated value
 * (facts left out do not matter). Rows are tried in order; a case no row matches is class C.
 */
export interface RepairClassRule {
  /** The class this row assigns (its rule id is `repair.class-a`, `-b` or `-c`). */
  readonly repairClass: RepairClass;
  /** The facts that must hold, with the value each must have. */
  readonly when: Readonly<Partial<Record<keyof RepairFacts, boolean>>>;
}

/**
 * One row of the deadline table (RULES repair.deadline): the number of days allowed for a class,
 * during a centralized handover period (`true`), outside one (`false`), or either (`null`). Rows are
 * tried in order; the first that matches wins.
 */
export interface RepairDeadlineRow {
  /** The class the row applies to. */
  readonly repairClass: RepairClass;
  /** Whether the row applies during a centralized handover period (集中交房期), outside one, or either (`null`). */
  readonly duringHandover: boolean | null;
  /** Days allowed from the clock's start to completion (不得超过 N 天), counted per the policy's `dayCounting` (RULES C2). */
  readonly days: number;
}

/**
 * When {@link repairStatus} flags an open case as due soon: a fixed lead (`measure: 'lead-ms'`,
 * `threshold.value` in milliseconds) or a share of the allowed time (`measure: 'share-basis-points'`,
 * `threshold.value` in basis points of the time from the clock's start to the unpaused deadline,
 * 2500 = 25%). The bound's `inclusive` says whether a remaining time exactly at the threshold fires.
 */
export interface RepairDueSoonPolicy {
  /** What the threshold measures: milliseconds of lead, or basis points (1/10,000) of the allowed time. */
  readonly measure: 'lead-ms' | 'share-basis-points';
  /** The threshold the remaining time is compared with (an upper bound: remaining ≤ or < value). */
  readonly threshold: Bound;
}

/**
 * Repair settings of the {@link Policy} (RULES §2).
 */
export interface RepairPolicy {
  /** Classification rows for ZN §2.1, tried in order; no match is class C (RULES repair.class-a/-b/-c). */
  readonly classRules: readonly RepairClassRule[];
  /** Days allowed per class and handover period (RULES repair.deadline). */
  readonly deadlines: readonly RepairDeadlineRow[];
  /** Where the repair clock starts: at receipt (the source's 从接收维修信息), or once the owner accepts the plan. */
  readonly clockStartsAt: 'receipt' | 'acceptance';
  /** The due-soon warning of {@link repairStatus}; `null` (the default) turns it off. */
  readonly dueSoon: RepairDueSoonPolicy | null;
  /** Hours within which a repair request is referred to the responsible department (RULES repair.referral). */
  readonly referralHours: number;
  /** Hours within which a paid-service repair request is handled (RULES repair.paid-service). */
  readonly paidServiceHours: number;
}

/** The source documents' repair settings. */
export const defaultRepairPolicy: RepairPolicy = /* @__PURE__ */ deepFreeze<RepairPolicy>({
  // ZN §2.1 a) 已正式入住 且 直接影响日常生活; b) 未正式入住 但已入场装修 且 影响装修进度; c) 其余.
  classRules: [
    { repairClass: 'A', when: { movedIn: true, affectsDailyLife: true } },
    { repairClass: 'B', when: { movedIn: false, renovationStarted: true, affectsRenovation: true } },
  ],
  // ZN §2.2: A 3 days, B 7 days, C 30 days in a centralized handover period and 15 days otherwise.
  deadlines: [
    { repairClass: 'A', duringHandover: null, days: 3 },
    { repairClass: 'B', duringHandover: null, days: 7 },
    { repairClass: 'C', duringHandover: true, days: 30 },
    { repairClass: 'C', duringHandover: false, days: 15 },
  ],
  clockStartsAt: 'receipt',
  dueSoon: null,
  // ZN 篇3 §6: 接到客户报修应在一小时内转到相关部门.
  referralHours: 1,
  // ZN 篇2 工作标准4: 一小时内完成有偿服务的报修、查询、答疑工作.
  paidServiceHours: 1,
});
