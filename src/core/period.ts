// Civil-code periods of days, weeks and months (RULES C2) counted without a calendar of working days:
// the arithmetic every deadline shares, for rules whose periods need no rest days, so that their
// bundles carry no holiday table. Working days and the extension past rest days live in the calendar
// module, which builds on these.
import { addMonthsDay } from './civil.js';
import { startOfShanghaiDay } from './instant.js';

/** The units a period may count in without knowing which days are worked. */
export type CivilPeriodUnit = 'day' | 'week' | 'month';

/**
 * The last day of a period of `amount` days, weeks or months after the Shanghai day number `day`
 * (which itself does not count): `day + N`, `day + 7N`, or the corresponding day N months later (the
 * month's last day where there is none; Civil Code arts. 201, 202).
 */
export function lastDayOfPeriod(day: number, amount: number, unit: CivilPeriodUnit): number {
  return unit === 'month' ? addMonthsDay(day, amount) : day + amount * (unit === 'week' ? 7 : 1);
}

/**
 * When a period counted from `fromMs` (on the Shanghai day number `day`) whose last day is `last`
 * ends: 24:00 of the last day under civil-code counting; under elapsed counting the same clock time
 * as `fromMs`, on the last day.
 */
export function periodEndMs(fromMs: number, day: number, last: number, elapsed: boolean): number {
  return elapsed ? startOfShanghaiDay(last) + fromMs - startOfShanghaiDay(day) : startOfShanghaiDay(last + 1);
}

/**
 * How many days a period counted from `fromMs` (on the Shanghai day number `day`) sits before the days
 * its deadline names: 1 under elapsed counting from 00:00, whose deadline at 00:00 is 24:00 of the day
 * before (the day its last instant lies on, which the rest-day extension asks about), else 0.
 */
export function midnightShift(fromMs: number, day: number, elapsed: boolean): 0 | 1 {
  return elapsed && fromMs === startOfShanghaiDay(day) ? 1 : 0;
}
