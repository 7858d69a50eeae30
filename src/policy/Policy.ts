import type { Period } from '../calendar/Period.js';
import type { definePolicy } from './definePolicy.js';
import type { AppraisalPolicy } from '../appraisal/appraisalPolicy.js';
import type { ComplaintPolicy } from '../complaint/complaintPolicy.js';
import type { CommunicationPolicy } from '../communication/communicationPolicy.js';
import type { DeskPolicy } from '../desk/deskPolicy.js';
import type { DutyPolicy } from '../duty/dutyPolicy.js';
import type { KpiPolicy } from '../kpi/kpiPolicy.js';
import type { RepairPolicy } from '../repair/repairPolicy.js';
import type { VisitPolicy } from '../visit/visitPolicy.js';

/**
 * How periods are counted and which days rest (RULES §0). The top-level keys of {@link Policy}.
 */
export interface CountingPolicy {
  /** `'civil-code'` (arts. 201–203: the event's day does not count, a day ends at 24:00) or `'elapsed'` (N × 24 h). RULES C2. */
  readonly dayCounting: 'civil-code' | 'elapsed';
  /** Move a last day that falls on a rest day to the next working day (Civil Code art. 203). Default false. RULES C2. */
  readonly extendPastRestDays: boolean;
  /** Whether "before the Xth" (X日前) includes the Xth. Default false. RULES C5. */
  readonly beforeDayInclusive: boolean;
  /** What a "rest day" (公休日) is: rest days of the working-day calendar, or Saturdays and Sundays only. RULES notice.pest-control. */
  readonly restDays: 'calendar' | 'weekends';
  /**
   * A date outside the calendar's years: throw {@link CalendarCoverageError}; `'statutory'`, read the
   * year provisionally as weekends + the statutory holidays of the law in force + compensation days
   * (answers say `provisional: true`); or `'weekends'`, fall back to Monday–Friday. RULES C3, C11.
   */
  readonly outOfCoverage: 'throw' | 'statutory' | 'weekends';
  /**
   * How the sources' "N小时内" rules (repair.referral, repair.paid-service, kpi.renovation-permit)
   * count: `'elapsed'` (exact hours, RULES C4, the default) or `'business-hours'` (working hours
   * inside {@link CountingPolicy.businessHours} on working days, RULES C12).
   */
  readonly hourCounting: 'elapsed' | 'business-hours';
  /**
   * The business hours of a working day for working-hour periods (unit `'workhour'`): whole-minute
   * Asia/Shanghai intervals `HH:MM`–`HH:MM` (`to` may be `24:00`), sorted, not overlapping. Default
   * 08:00–17:30, the desk's day shift (an assumption). RULES C12.
   */
  readonly businessHours: readonly BusinessHours[];
}

/** One interval of business hours within a day, `from` before `to`, both `HH:MM` (Asia/Shanghai). */
export interface BusinessHours {
  /** Opening time, `HH:MM`, 00:00–23:59. */
  readonly from: string;
  /** Closing time, `HH:MM`, after `from`, at most 24:00. */
  readonly to: string;
}

/**
 * Every number and reading of the standards, as data. {@link defaultPolicy} holds the sources'
 * values; {@link definePolicy} derives a company's own; {@link policyAt} picks the version in force.
 */
export interface Policy extends CountingPolicy {
  /** Complaint rules (RULES §1). */
  readonly complaint: ComplaintPolicy;
  /** Repair rules (RULES §2). */
  readonly repair: RepairPolicy;
  /** Staff appraisal (RULES §3). */
  readonly appraisal: AppraisalPolicy;
  /** Desk rules and fines (RULES §4). */
  readonly desk: DeskPolicy;
  /** Owner communication, notices and internal deadlines (RULES §5). */
  readonly communication: CommunicationPolicy;
  /** Owner visits (RULES §6). */
  readonly visit: VisitPolicy;
  /** Service-desk standards and KPIs (RULES §7). */
  readonly kpi: KpiPolicy;
  /** The duty calendar (RULES §8). */
  readonly duty: DutyPolicy;
}

/** Every key optional, all the way down; arrays are replaced whole, and a period whole when its unit is named ({@link PeriodOverride}). */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : [T] extends [Period]
    ? PeriodOverrideOf<T>
    : T extends object
      ? { -readonly [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** What {@link definePolicy} takes: the settings that differ from the base policy's, at any depth ({@link DeepPartial}). */
export type PolicyOverrides = DeepPartial<Policy>;

/**
 * The override of a period: a whole period (naming its `unit` replaces the default's period whole), or
 * its `amount` alone (the default's unit kept).
 */
export type PeriodOverride = PeriodOverrideOf<Period>;

/**
 * The override of a period of type `T` (a notice's lead takes hours or working days only): a whole `T`,
 * a same-day or next-day one with no amount, or the amount alone.
 */
export type PeriodOverrideOf<T> =
  | (T extends {
      /** 当日 or 次日. */
      readonly unit: 'same-day' | 'next-day';
    }
      ? T & {
          /** None: 当日 and 次日 count no amount. */
          readonly amount?: never;
        }
      : T)
  | {
      /** The period's new amount, counted in the default's unit. */
      readonly amount?: number;
      /** Absent: naming a unit replaces the period whole, with its amount. */
      readonly unit?: never;
    };
