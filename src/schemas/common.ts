import { z } from 'zod';
import { MAX_INSTANT_MS, MIN_INSTANT_MS, type Instant } from '../core/instant.js';
import { CIVIL_DATE, CLOCK_TIME, instantMsOrNull, OFFSET } from './_instantMs.js';
import { boundSchema as boundBlock, policyValuesOf, shapeKeysOf, countChecks, NOT_FIELDS_MESSAGE, refusedAsFields, yuanChecks } from './policy/common.js';
import type { Bound } from '../core/bound.js';
import type { ZodMiniType } from 'zod/mini';
import { foreignDateMs, isPromise, isUnreadableDate, stepBefore, unreadableOutcome } from './_unreadable.js';
import { MAX_YUAN } from '../core/money.js';

// Building blocks shared by the input schemas. They accept what the rule functions accept, so a
// payload that passes a schema does not then fail the function on its shape. The blocks the policy
// shares (the bound, and the checks of a count and of a yuan amount) are defined once, with zod/mini,
// in ./policy/common.ts.

/**
 * An instant: a `Date`, integer epoch ms, or an ISO-8601 string (offset-less = Asia/Shanghai) that
 * names a real moment (no 2026-02-30), within the years 0000–9999 that ISO-8601's four-digit years
 * name (epoch ms from `MIN_INSTANT_MS` to `MAX_INSTANT_MS`): exactly what the rule functions accept.
 *
 * @example
 * ```ts
 * import { instantSchema } from 'wuye-rules/schemas';
 * // 2028 is a leap year, 2026 is not.
 * [instantSchema.safeParse('2028-02-29').success, instantSchema.safeParse('2026-02-29').success];
 * //=> [true, false]
 * [instantSchema.safeParse('2026-10-01T09:30:00+08:00').success, instantSchema.safeParse(new Date('2026-10-01')).success];
 * //=> [true, true]
 * instantSchema.safeParse('2026-10-01T25:00').error?.issues[0]?.message;
 * //=> 'must be an ISO-8601 date or date-time that exists'
 * ```
 */
export const instantSchema: z.ZodType<Instant> = withInstantProbe(z
  .union([
    z.date().refine((date) => instantMsOrNull(date) !== null, { message: 'must be a valid instant within the years 0000–9999' }),
    z.number().int().min(MIN_INSTANT_MS).max(MAX_INSTANT_MS),
    z.string().regex(new RegExp(`^${CIVIL_DATE}(?:${CLOCK_TIME}${OFFSET})?$`), { message: 'must be an ISO-8601 date or date-time that exists' }),
  ])
  .meta({ title: 'Instant', description: '时刻：Date、毫秒时间戳或 ISO-8601 字符串（无时区偏移时按北京时间）。 An instant: Date, epoch ms, or ISO-8601 (no offset = Asia/Shanghai).' }));

// zod's Date check reads the time of anything built on Date.prototype, and throws for one that holds none
// (Object.create(Date.prototype), a revoked Proxy): such a value is refused here first, as the functions
// refuse it (invalid_instant), at the instant's own path.
/* @__NO_SIDE_EFFECTS__ */
function withInstantProbe<T extends z.ZodType>(schema: T): T {
  return stepBefore(schema, (value) => {
    // A Date of another realm (a vm context, an iframe) is a Date to the functions: zod's check is
    // `instanceof Date` of this realm, so it is handed on as one.
    const foreign = foreignDateMs(value);
    if (foreign !== undefined) return { value: new Date(foreign) };
    // A Promise is no instant either.
    if (isUnreadableDate(value) || isPromise(value)) return { issue: { message: 'must be a valid instant (Date, epoch ms or ISO-8601 string)' } };
    // A Date of this realm is handed on as a Date of its own time: zod reads `getTime` off the caller's
    // object, which may carry its own (a getter that throws, as the functions never call it).
    return value instanceof Date ? { value: new Date(Date.prototype.getTime.call(value)) } : undefined;
  }) as unknown as T;
}

/**
 * A non-negative whole number (a count of people, households, occurrences).
 *
 * @example
 * ```ts
 * import { countSchema } from 'wuye-rules/schemas';
 * countSchema.safeParse(12).success;
 * //=> true
 * [countSchema.safeParse(2.5).success, countSchema.safeParse(-1).success];
 * //=> [false, false]
 * ```
 */
export const countSchema: z.ZodNumber = z.number().check(...countChecks);

/**
 * A yuan amount: non-negative, exact to the fen (RULES C9), and at most 90,071,992,547,409.91 yuan, the
 * most whole fen a number holds exactly (2^53 − 1 fen).
 *
 * @example
 * ```ts
 * import { yuanSchema } from 'wuye-rules/schemas';
 * yuanSchema.safeParse(1000.01).success;
 * //=> true
 * yuanSchema.safeParse(1000.004).error?.issues[0]?.message;
 * //=> 'must be exact to the fen (0.01 yuan)'
 * yuanSchema.safeParse(-5).success;
 * //=> false
 * ```
 */
export const yuanSchema: z.ZodNumber = z.number().check(...yuanChecks).max(MAX_YUAN);

/**
 * An object of fields, as the rule functions read one: what `schema` accepts, but never a Date (nor
 * anything built on Date.prototype), a Map or a Set, which every function refuses as `invalid_type`
 * where an object of fields goes. zod reads the fields of any object, so a Date or a Map would
 * otherwise pass as `{}`, or as the fields assigned to it. The check looks at the value before zod
 * copies its fields (a refinement of the object sees only zod's plain copy) and passes it on
 * unchanged. The JSON Schema says what it said (JSON holds none of these values); the wrapper carries
 * the object's title and description, which a nested schema now lists first. Wrap an object schema
 * last, after its refinements and `.meta()`; wrap a union of object forms whole, not form by form
 * (zod's JSON Schema reads a union of wrapped forms as optional).
 *
 * @param schema - The object schema (or a union of object schemas, such as the period).
 * @returns The schema, refusing a Date, a Map or a Set as `invalid_type` at the object's own path.
 */
/* @__NO_SIDE_EFFECTS__ */
export function fieldsOf<T extends z.core.SomeType>(schema: T): z.ZodPreprocess<T> {
  // The object's fields by name, probed with the rest: a class's getter is not listed by for…in.
  const known = shapeKeysOf(schema);
  // The object's title and description are the wrapper's too (`schema.meta()`, `schema.description`).
  return stepBefore(schema, (value) => unreadableOutcome(value, known) ?? (refusedAsFields(value) ? { issue: { message: NOT_FIELDS_MESSAGE, expected: 'object' } } : undefined));
}

/**
 * A threshold with its boundary (RULES C1b). A value that cannot be read (a throwing getter, a revoked
 * Proxy) is an issue at its place, never an exception out of `safeParse`.
 *
 * @example
 * ```ts
 * import { boundSchema } from 'wuye-rules/schemas';
 * // The phone rule of the default policy: answered within 3 rings, the third included.
 * boundSchema.safeParse({ value: 3, inclusive: true }).success;
 * //=> true
 * boundSchema.safeParse({ value: 3 }).error?.issues[0]?.path;
 * //=> ['inclusive']
 * boundSchema.safeParse({ value: -1, inclusive: false }).success;
 * //=> false
 * boundSchema.safeParse({ value: 3, get inclusive(): boolean { throw new Error('gone'); } }).error?.issues[0]?.path;
 * //=> ['inclusive']
 * ```
 */
export const boundSchema: ZodMiniType<Bound> = /* @__PURE__ */ policyValuesOf(boundBlock);
