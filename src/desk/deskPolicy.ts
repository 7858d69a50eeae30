import { deepFreeze } from '../core/decision.js';
import type { Bound } from '../core/bound.js';
import type { RuleId } from '../core/decision.js';

/** The desk offenses with a fine ladder (CR 篇2). */
export type DeskFineKind = 'handover-log' | 'weekly-report' | 'customer-complaint' | 'off-work-chat' | 'cleaning-duty' | 'customer-data-leak';

/** What a step of a fine ladder imposes: a fine, withholding the month's pay, or "deemed resignation". */
export type DeskFineOutcome = 'fine' | 'withhold-month-pay' | 'deemed-resignation';

/** One step of a fine ladder: the outcome for that occurrence, and the amount for a fine. */
export interface DeskFineStep {
  /** What the company's rule imposes at this step. */
  readonly outcome: DeskFineOutcome;
  /** The fine in yuan, exact to the fen; only for `outcome: 'fine'`. */
  readonly amountYuan?: number;
}

/** A fine ladder: the steps for the 1st, 2nd, … occurrence; every occurrence past the last gets the last step. */
export interface DeskFineLadder {
  /** The rule the ladder encodes (`desk.handover-log`, `desk.misc.off-work-chat`, …). */
  readonly ruleId: RuleId;
  /** The steps, first occurrence first. */
  readonly steps: readonly DeskFineStep[];
}

/** The fine ladders of CR 篇2, one per offense. */
export interface DeskFineLadders {
  /** Handover not logged (交接事宜未录入): 30, 50, 80, a month's pay withheld, deemed resignation. */
  readonly 'handover-log': DeskFineLadder;
  /** Weekly summary not sent by Saturday 17:00 (工作总结未交): 50, 100, 200, withheld, deemed resignation. */
  readonly 'weekly-report': DeskFineLadder;
  /** Service-caused customer complaint within a calendar month (因服务原因被投诉): 100, 200, deemed resignation. */
  readonly 'customer-complaint': DeskFineLadder;
  /** Off-work software or chat at work (闲聊、看电视、玩游戏、私装软件): 50 each time. */
  readonly 'off-work-chat': DeskFineLadder;
  /** Cleaning duty skipped (未按排班打扫): 50 each time. */
  readonly 'cleaning-duty': DeskFineLadder;
  /** Customer information leaked (泄露客户信息): 150 each time. */
  readonly 'customer-data-leak': DeskFineLadder;
}

/** The id of a shift pattern. */
export type ShiftPatternId = 'early' | 'late';

/**
 * A shift pattern in minutes after 00:00 (Asia/Shanghai) of the day the shift starts; values above
 * 1440 fall on the next day. A shift follows the pattern when it starts at `startMinute` and ends
 * between `endMinute` and `latestEndMinute` (both included).
 */
export interface ShiftPattern {
  /** The pattern's id. */
  readonly id: ShiftPatternId;
  /** When the shift starts (早班 08:00 is 480). */
  readonly startMinute: number;
  /** When the shift ends at the earliest (晚班 00:00 of the next day is 1440). */
  readonly endMinute: number;
  /** When the shift may end at the latest (晚班 01:00 of the next day is 1500, the extension while customers are served). */
  readonly latestEndMinute: number;
}

/** The roster rules of {@link checkShift}. */
export interface ShiftPolicy {
  /** The shift patterns (RULES desk.shifts). */
  readonly patterns: readonly ShiftPattern[];
  /** The longest stretch of consecutive work, in hours (不得超过8个小时: 8, inclusive). RULES appraisal.work-hours. */
  readonly maxConsecutiveHours: Bound;
  /** Rest days a month at least (每月休息3天: 3, inclusive). RULES desk.shifts. */
  readonly minimumRestDays: Bound;
  /** The shortest pause, in minutes, that ends a stretch of consecutive work; 0 means any pause does. */
  readonly minimumBreakMinutes: number;
}

/**
 * The weekly work summary of the front desk (RULES desk.weekly-report): when it is due in its week and
 * how long it must be.
 */
export interface WeeklyReportPolicy {
  /** The weekday it is due on, 0 Sunday … 6 Saturday, within the week Monday to Sunday (周六: 6). */
  readonly weekday: number;
  /** The time of that day it is due by, in minutes after 00:00 Shanghai time, itself on time (17:00: 1020; 1440 is 24:00). */
  readonly minute: number;
  /** The fewest characters it may have: Unicode code points, whitespace not counted (不低于200字: 200, itself enough). */
  readonly minimumCharacters: number;
}

/**
 * The company's settlement rules for an early resignation (RULES desk.probation), which the catalog
 * flags as a legal risk: neither is enforceable under PRC labour law.
 */
export interface ProbationPolicy {
  /** Whole months after taking up the post within which wages are not settled (上岗后一个月内: 1), counted as a C2 month period. */
  readonly unsettledMonths: number;
  /** The training cost charged for a resignation in probation, in months of wage (半个月的工资: 0.5), at most four decimals. */
  readonly trainingCostMonths: number;
}

/** Desk settings of the {@link Policy} (RULES §4): the fine ladders, the roster rules, the weekly report and the early-resignation rules. */
export interface DeskPolicy {
  /** The fine ladders (RULES desk.handover-log, desk.weekly-report, desk.customer-complaint, desk.misc). */
  readonly fines: DeskFineLadders;
  /**
   * The window a ladder's occurrences are counted in where the source gives none (handover log,
   * weekly report, and the per-time fines): the calendar month (default, an assumption) or the whole
   * employment. Customer complaints always count within the calendar month. RULES desk.ladder-window.
   */
  readonly ladderWindow: 'month' | 'employment';
  /** The roster rules (RULES desk.shifts, appraisal.work-hours). */
  readonly shifts: ShiftPolicy;
  /**
   * Which document prevails where a posted shift (CR 篇2 第1条, 9 or 9.5 hours) breaks the 8-hour rule
   * (CR 篇1 一.1), reported either way as the sources' conflict, never as the employee's violation:
   * `'work-hours'` (default: the roster does not comply) or `'posted-shifts'` (the posted shift stands;
   * the conflict is only reported). RULES appraisal.work-hours, desk.shifts.conflict.
   */
  readonly shiftRule: 'work-hours' | 'posted-shifts';
  /** The weekly work summary's deadline and length (RULES desk.weekly-report). */
  readonly weeklyReport: WeeklyReportPolicy;
  /** The settlement rules for an early resignation (RULES desk.probation). */
  readonly probation: ProbationPolicy;
}

/**
 * The source's weekly report (CR 篇2 第3条: 每周六下午17:00点前, 不低于200字; 前 read as "by", 17:00 itself
 * on time). Its own constant, so that the duty calendar carries it without the fine ladders.
 */
export const defaultWeeklyReportPolicy: WeeklyReportPolicy = /* @__PURE__ */ Object.freeze({ weekday: 6, minute: 1020, minimumCharacters: 200 });

/** The source's early-resignation rules (CR 篇1 六.1–六.2: 上岗后一个月内 wages unsettled; 半个月的工资 as training cost). */
export const defaultProbationPolicy: ProbationPolicy = /* @__PURE__ */ Object.freeze({ unsettledMonths: 1, trainingCostMonths: 0.5 });

/** The source documents' desk settings (CR 篇2, and CR 篇1 一.1 for consecutive hours). */
export const defaultDeskPolicy: DeskPolicy = /* @__PURE__ */ deepFreeze<DeskPolicy>({
  fines: {
    // 篇2 第1条: 一次不录入罚款30, 2次50, 三次80, 四次扣发1月工资, 5次自动离职.
    'handover-log': {
      ruleId: 'desk.handover-log',
      steps: [
        { outcome: 'fine', amountYuan: 30 },
        { outcome: 'fine', amountYuan: 50 },
        { outcome: 'fine', amountYuan: 80 },
        { outcome: 'withhold-month-pay' },
        { outcome: 'deemed-resignation' },
      ],
    },
    // 篇2 第3条: 1次不交扣50元, 2次100, 三次200, 四次扣发当月工资, 5次自动离职.
    'weekly-report': {
      ruleId: 'desk.weekly-report',
      steps: [
        { outcome: 'fine', amountYuan: 50 },
        { outcome: 'fine', amountYuan: 100 },
        { outcome: 'fine', amountYuan: 200 },
        { outcome: 'withhold-month-pay' },
        { outcome: 'deemed-resignation' },
      ],
    },
    // 篇2 第6条: 一个自然月内一次罚款100元, 第二次翻倍, 三次以上自动离职.
    'customer-complaint': {
      ruleId: 'desk.customer-complaint',
      steps: [{ outcome: 'fine', amountYuan: 100 }, { outcome: 'fine', amountYuan: 200 }, { outcome: 'deemed-resignation' }],
    },
    // 篇2 第8条: 违者罚款50元一次.
    'off-work-chat': { ruleId: 'desk.misc.off-work-chat', steps: [{ outcome: 'fine', amountYuan: 50 }] },
    // 篇2 第11条: 违者罚款50元一次.
    'cleaning-duty': { ruleId: 'desk.misc.cleaning-duty', steps: [{ outcome: 'fine', amountYuan: 50 }] },
    // 篇2 第13条: 违者罚款150元一次.
    'customer-data-leak': { ruleId: 'desk.misc.customer-data-leak', steps: [{ outcome: 'fine', amountYuan: 150 }] },
  },
  // The source gives no counting window for its ladders: the calendar month, as for customer complaints (assumption).
  ladderWindow: 'month',
  // The 8-hour rule of 篇1 一.1 prevails over the posted shifts unless a company says otherwise.
  shiftRule: 'work-hours',
  shifts: {
    // 篇2 第1条: 早班8:00-17:30, 晚班16:00-1:00 (原则上以0点为准, 有客户咨询时自动延长).
    patterns: [
      { id: 'early', startMinute: 480, endMinute: 1050, latestEndMinute: 1050 },
      { id: 'late', startMinute: 960, endMinute: 1440, latestEndMinute: 1500 },
    ],
    // 篇1 一.1: 连续工作时间不得超过8个小时.
    maxConsecutiveHours: { value: 8, inclusive: true },
    // 篇2 第1条: 每月休息3天.
    minimumRestDays: { value: 3, inclusive: true },
    minimumBreakMinutes: 0,
  },
  weeklyReport: defaultWeeklyReportPolicy,
  probation: defaultProbationPolicy,
});
