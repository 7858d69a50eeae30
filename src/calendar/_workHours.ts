// Working hours (RULES C12): time inside the policy's business hours on working days. The cost does not
// depend on the amount: the hours left after the start day are whole working days, jumped over with
// the calendar index in constant time, plus a part of one more day.
import { DAY_MS, HOUR_MS, shanghaiDayOf, startOfShanghaiDay } from '../core/instant.js';
import type { RuleOptions } from '../core/options.js';
import { addWorkdaysIn, isWorkdayIn, workdayContext, type WorkdayContext } from './_calendarIndex.js';

/** The default business hours: the desk's day shift, 08:00–17:30 (an assumption, RULES C12). */
export const DEFAULT_BUSINESS_HOURS = [{ from: '08:00', to: '17:30' }] as const;

const MINUTE_MS = 60_000;
const clock = (text: string): number => (Number(text.slice(0, 2)) * 60 + Number(text.slice(3))) * MINUTE_MS;

/** The business intervals of a day as a flat list `[start, end, start, end, …]`, ms after 00:00. */
export function businessSpans(options: RuleOptions | undefined): number[] {
  return (options?.policy?.businessHours ?? DEFAULT_BUSINESS_HOURS).flatMap((span) => [clock(span.from), clock(span.to)]);
}

/**
 * The instant `left` ms of business time after `offset` ms into `day` ends, or `undefined` when the
 * day's business time after `offset` is shorter (then `spent` holds how much there was). An end
 * exactly at a closing time is that closing time.
 */
function endWithin(spans: readonly number[], day: number, offset: number, left: number): number | undefined {
  for (let index = 0; index < spans.length; index += 2) {
    const start = Math.max(spans[index] as number, offset);
    const length = (spans[index + 1] as number) - start;
    if (length > 0) {
      if (left <= length) return startOfShanghaiDay(day) + start + left;
      left -= length;
    }
  }
  return undefined;
}

/**
 * The business time `hours` working hours count, in ms: floating-point noise below a nanosecond
 * (0.1 + 0.2 hours) is no time, as it would push a deadline that ends at a closing time to the next
 * opening; an amount made of noise alone (below about 2.8e-13 hours) counts as 0 hours.
 */
export function workMsOf(hours: number): number {
  const exact = hours * HOUR_MS;
  return Math.abs(exact - Math.round(exact)) < 1e-6 ? Math.round(exact) : exact;
}

/**
 * The deadline of `hours` working hours from `fromMs` (RULES C12): a start outside business hours
 * starts at the next opening; the result is the instant the last working hour ends. 0 hours is
 * `fromMs` itself inside business hours (a closing instant included) and the next opening outside
 * them, so that the deadline never jumps back as the amount shrinks to 0. An amount within a
 * millionth of a millisecond of a whole number of milliseconds is that number ({@link workMsOf}),
 * alone as on top of more: noise alone (1e-15 hours) is 0 hours, so that adding it to a deadline that
 * ends at a closing time leaves it there, as adding it to the amount does.
 */
export function workhourDueMs(fromMs: number, hours: number, options: RuleOptions | undefined, fn: string): number {
  const spans = businessSpans(options);
  const context = workdayContext(options, fn);
  let left = workMsOf(hours);
  // 0 hours (noise alone included) are due at the start inside business hours, a closing instant
  // included. Counted on as time, they would end at the start day's last closing, before a start after it.
  if (left === 0) return nextBusinessInstant(spans, fromMs, context);
  let perDay = 0;
  for (let index = 0; index < spans.length; index += 2) perDay += (spans[index + 1] as number) - (spans[index] as number);
  const day = shanghaiDayOf(fromMs);
  const offset = fromMs - startOfShanghaiDay(day);
  // The start day is read only when business time is left in it: after its last closing, whether it
  // works cannot change the answer, so a provisional start day does not make it provisional.
  if (offset < (spans[spans.length - 1] as number) && isWorkdayIn(context, day)) {
    const today = endWithin(spans, day, offset, left);
    if (today !== undefined) return today;
    // What the start day had after the start.
    for (let index = 0; index < spans.length; index += 2) left -= Math.max(0, (spans[index + 1] as number) - Math.max(spans[index] as number, offset));
  }
  // Whole working days, then the rest (0 < rest ≤ one day) on the next working day.
  const whole = Math.ceil(left / perDay) - 1;
  return endWithin(spans, addWorkdaysIn(context, day, whole + 1), 0, left - whole * perDay) as number;
}

// `fromMs` when it lies in business hours (a closing instant included: nothing is left to count),
// else the next opening.
function nextBusinessInstant(spans: readonly number[], fromMs: number, context: WorkdayContext): number {
  const day = shanghaiDayOf(fromMs);
  // 00:00 is also 24:00 of the day before: the closing instant of business hours that end at 24:00.
  if (fromMs === startOfShanghaiDay(day) && spans[spans.length - 1] === DAY_MS && isWorkdayIn(context, day - 1)) return fromMs;
  const offset = fromMs - startOfShanghaiDay(day);
  // The first span not over at the start; the day is read only when there is one (as above).
  let open = 0;
  while (open < spans.length && offset > (spans[open + 1] as number)) open += 2;
  if (open < spans.length && isWorkdayIn(context, day)) return startOfShanghaiDay(day) + Math.max(spans[open] as number, offset);
  return startOfShanghaiDay(addWorkdaysIn(context, day, 1)) + (spans[0] as number);
}
