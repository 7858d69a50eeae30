import type { Calendar } from '../calendar/Calendar.js';
import type { Policy } from '../policy/Policy.js';

/**
 * The optional last argument of every rule function. Without it the defaults of the source
 * documents apply: {@link defaultPolicy} and {@link chinaCalendar}.
 */
export interface RuleOptions {
  /** The company's policy; build one with {@link definePolicy}. */
  readonly policy?: Policy;
  /** The working-day calendar; {@link chinaCalendar} unless given. */
  readonly calendar?: Calendar;
}
