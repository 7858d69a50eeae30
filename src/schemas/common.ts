import { z } from 'zod';
import { isExactToTheFen } from '../core/money.js';

// Building blocks shared by the input schemas. They accept what the rule functions accept, so a
// payload that passes a schema does not then fail the function on its shape.

/** An instant: a `Date`, integer epoch ms, or an ISO-8601 string (offset-less = Asia/Shanghai). */
export const instantSchema = z
  .union([
    z.date(),
    z.number().int(),
    z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i),
  ])
  .meta({ title: 'Instant', description: '时刻：Date、毫秒时间戳或 ISO-8601 字符串（无时区偏移时按北京时间）。 An instant: Date, epoch ms, or ISO-8601 (no offset = Asia/Shanghai).' });

/** A non-negative whole number (a count of people, households, occurrences). */
export const countSchema = z.number().int().nonnegative();

/** A yuan amount: non-negative and exact to the fen (RULES C9). */
export const yuanSchema = z
  .number()
  .nonnegative()
  .refine(isExactToTheFen, { message: 'must be exact to the fen (0.01 yuan)' })
  .meta({ title: 'Yuan', description: '金额（元），精确到分。 An amount in yuan, exact to the fen.' });

/** A threshold with its boundary (RULES C1b). */
export const boundSchema = z.strictObject({ value: z.number().nonnegative(), inclusive: z.boolean() });
