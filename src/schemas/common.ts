import { z } from 'zod';
import type { Instant } from '../core/instant.js';
import { instantMsOrNull } from './_instantMs.js';
import { countChecks, yuanChecks } from './policy/common.js';

// Building blocks shared by the input schemas. They accept what the rule functions accept, so a
// payload that passes a schema does not then fail the function on its shape. The blocks the policy
// shares (the bound, and the checks of a count and of a yuan amount) are defined once, with zod/mini,
// in ./policy/common.ts.

export { boundSchema } from './policy/common.js';

/**
 * An instant: a `Date`, integer epoch ms, or an ISO-8601 string (offset-less = Asia/Shanghai) that
 * names a real moment (no 2026-02-30): exactly what the rule functions accept.
 */
export const instantSchema: z.ZodType<Instant> = z
  .union([
    z.date(),
    z.number().int(),
    z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i),
  ])
  .refine((value) => instantMsOrNull(value) !== null, { message: 'must be a valid instant' })
  .meta({ title: 'Instant', description: '时刻：Date、毫秒时间戳或 ISO-8601 字符串（无时区偏移时按北京时间）。 An instant: Date, epoch ms, or ISO-8601 (no offset = Asia/Shanghai).' });

/** A non-negative whole number (a count of people, households, occurrences). */
export const countSchema: z.ZodNumber = z.number().check(...countChecks);

/** A yuan amount: non-negative and exact to the fen (RULES C9). */
export const yuanSchema: z.ZodNumber = z.number().check(...yuanChecks);

