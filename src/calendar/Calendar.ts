/**
 * What a working-day calendar is made of: whole years `from`–`to` (inclusive) and, within them, the
 * dates that break the Monday–Friday pattern. Pass it to {@link defineCalendar} to get a
 * {@link Calendar}.
 */
export interface CalendarSpec {
  /** First year covered (a whole calendar year, 1900–2999). */
  readonly from: number;
  /** Last year covered, at least `from`. */
  readonly to: number;
  /** Rest days (放假) as `YYYY-MM-DD`: statutory holidays; a Saturday or Sunday may be listed too. */
  readonly holidays: readonly string[];
  /**
   * Make-up working days (调休上班) as `YYYY-MM-DD`: usually a Saturday or Sunday; a notice may also
   * name a weekday as working (2020-02-03, the first working day after the extended 2020 Spring
   * Festival), which changes nothing.
   */
  readonly workdays: readonly string[];
  /**
   * The names of rest days as their notice names them (`{ '2027-10-01': '国庆节' }`), each a date of
   * `holidays`: what {@link explainDeadline} says a skipped holiday is. A rest day without one is named
   * after the statutory holidays of its run of rest days, as the 2019–2026 notices name theirs.
   * {@link extendCalendar} fills it from a holiday-cn file's `name`s; absent when no day is named.
   */
  readonly holidayNames?: Readonly<Record<string, string>>;
}

/**
 * A working-day calendar: which Asia/Shanghai days are working days (工作日), for the whole years it
 * covers. A day works when it is Monday–Friday and not in `holidays`, or when it is in `workdays`.
 * Outside `from`–`to` the calendar knows nothing, and the functions that need it throw
 * {@link CalendarCoverageError} (unless the policy's `outOfCoverage` is `'weekends'`).
 *
 * A calendar is a deep-frozen plain object of the same shape as its {@link CalendarSpec}, with the
 * dates sorted and without duplicates, so it serializes to JSON and back through
 * {@link defineCalendar}. Build one with {@link defineCalendar} or {@link extendCalendar}; the
 * default is {@link chinaCalendar}.
 */
export type Calendar = CalendarSpec;

/**
 * One year's schedule as a State Council notice (国务院办公厅关于…部分节假日安排的通知) publishes it,
 * for {@link extendCalendar}. The notice for year Y may also list days of Y − 1 (late December); those
 * replace what the calendar said about them (RULES C10).
 */
export interface HolidayNotice {
  /** The year of the notice: the year after the calendar's last one. */
  readonly year: number;
  /** Rest days the notice announces, `YYYY-MM-DD`, in `year` or `year − 1`. */
  readonly holidays: readonly string[];
  /** Make-up working days the notice announces, `YYYY-MM-DD`, in `year` or `year − 1`. */
  readonly workdays: readonly string[];
}

/**
 * One year's file of holiday-cn (NateScarlet/holiday-cn, `YYYY.json`), as published: the notice's days,
 * each a rest day (`isOffDay: true`) or a make-up working day, with the holiday's name. Accepted by
 * {@link extendCalendar} and by the command line's `--calendar` as they are.
 */
export interface HolidayCnFile {
  /** The notice's year. */
  readonly year: number;
  /** The notice's days, `YYYY-MM-DD`, in `year` or `year − 1`. */
  readonly days: readonly {
    /** The holiday the day belongs to, as the notice names it (`国庆节`). */
    readonly name: string;
    /** The day, `YYYY-MM-DD`. */
    readonly date: string;
    /** `true` for a rest day (放假), `false` for a make-up working day (调休上班). */
    readonly isOffDay: boolean;
  }[];
  /** The State Council documents the file was made from (not read). */
  readonly papers?: readonly string[];
  /** The file's JSON Schema (not read). */
  readonly $schema?: string;
  /** The file's id (not read). */
  readonly $id?: string;
}
