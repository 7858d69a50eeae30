/**
 * A working-day calendar: which Shanghai days are working days, for the years it covers.
 * PLACEHOLDER (issue 3 replaces this with the real shape).
 */
export interface Calendar {
  /** First year covered. */
  readonly firstYear: number;
  /** Last year covered. */
  readonly lastYear: number;
}
