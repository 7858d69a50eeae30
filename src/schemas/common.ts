import { z } from 'zod';
import { MAX_INSTANT_MS, MIN_INSTANT_MS, type Instant } from '../core/instant.js';
import { CIVIL_DATE, CLOCK_TIME, instantMsOrNull, OFFSET } from './_instantMs.js';
import { countChecks, yuanChecks } from './policy/common.js';
import { MAX_YUAN } from '../core/money.js';

// Building blocks shared by the input schemas. They accept what the rule functions accept, so a
// payload that passes a schema does not then fail the function on its shape. The blocks the policy
// shares (the bound, and the checks of a count and of a yuan amount) are defined once, with zod/mini,
// in ./policy/common.ts.

export { boundSchema } from './policy/common.js';

/**
 * An instant: a `Date`, integer epoch ms, or an ISO-8601 string (offset-less = Asia/Shanghai) that
 * names a real moment (no 2026-02-30), within the years 0000–9999 that ISO-8601's four-digit years
 * name (epoch ms from `MIN_INSTANT_MS` to `MAX_INSTANT_MS`): exactly what the rule functions accept.
 */
export const instantSchema: z.ZodType<Instant> = z
  .union([
    z.date().refine((date) => instantMsOrNull(date) !== null, { message: 'must be a valid instant within the years 0000–9999' }),
    z.number().int().min(MIN_INSTANT_MS).max(MAX_INSTANT_MS),
    z.string().regex(new RegExp(`^${CIVIL_DATE}(?:${CLOCK_TIME}${OFFSET})?$`), { message: 'must be an ISO-8601 date or date-time that exists' }),
  ])
  .meta({ title: 'Instant', description: '时刻：Date、毫秒时间戳或 ISO-8601 字符串（无时区偏移时按北京时间）。 An instant: Date, epoch ms, or ISO-8601 (no offset = Asia/Shanghai).' });

/** A non-negative whole number (a count of people, households, occurrences). */
export const countSchema: z.ZodNumber = z.number().check(...countChecks);

/**
 * A yuan amount: non-negative, exact to the fen (RULES C9), and at most 90,071,992,547,409.91 yuan, the
 * most whole fen a number holds exactly (2^53 − 1 fen).
 */
export const yuanSchema: z.ZodNumber = z.number().check(...yuanChecks).max(MAX_YUAN);

