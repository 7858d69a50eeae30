// The building blocks of the policy schemas, written with zod/mini so that definePolicy carries zod's
// small core rather than the whole of classic zod. The classic input schemas of the other modules reuse
// them: the period and the bound as they are, the scalar blocks through their shared checks (a classic
// schema built on the same checks keeps classic zod's methods, `.optional()`, `.meta()`, for the inputs).
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';
import type { Period } from '../../calendar/Period.js';
import type { BusinessHours } from '../../policy/Policy.js';
import type { Bound } from '../../core/bound.js';
import { isExactToTheFen } from '../../core/money.js';
import { builtInKindOfFields } from '../../core/inheritedFields.js';

// zod/mini loads no locale, so its own messages would all read "Invalid input". Classic zod, which
// these schemas used before, installs English when it loads; do the same, unless the application has
// chosen a locale already (an application's `customError` wins over any locale anyway).
if (z.config().localeError === undefined) z.config(en());

// Whether a value is one the functions refuse where an object of fields goes: a Date (or anything built
// on Date.prototype) is an instant, a Map or a Set holds entries; read as an object, each would be `{}`
// or the fields assigned to it. The same test as the functions' snapshot of an object (core/validate.ts,
// kept inline there: rule bundles carry no schema) and definePolicy's; test/contract/objectSchemas.test.ts
// and test/schemas/policyObjects.test.ts hold them together. A value whose prototype cannot be read (a
// revoked Proxy) is left to the object schema.
/** @internal */
export function refusedAsFields(value: unknown): boolean {
  try {
    if (value instanceof Date || value instanceof Map || value instanceof Set) return true;
    // Another built-in value (a Promise, an Error, a namespace object such as Math that shows no field), as
    // the functions refuse it (core/validate.ts).
    return typeof value === 'object' && value !== null && !Array.isArray(value) && builtInKindOfFields(value) !== undefined;
  } catch {
    return false;
  }
}

/** @internal The message of a Date, a Map, a Set or another built-in value refused where an object of fields goes. */
export const NOT_FIELDS_MESSAGE = 'must be an object of fields, not a Date, a Map, a Set or another built-in value (a Promise, an Error…)';

/** @internal The message of a value whose read throws (a revoked Proxy, a throwing getter or trap). */
export const UNREADABLE_MESSAGE = 'must be readable (its read threw)';

/** @internal The message of a Date, a Map, a Set or another built-in value found in a policy. */
export const NOT_POLICY_VALUE_MESSAGE = 'must not be a Date, a Map, a Set or another built-in value: a policy holds plain objects, lists and JSON values';

/**
 * @internal The keys of an object or array a probe must read before zod does, each read as zod may read
 * it (`key in node`, then `node[key]`, by the caller): those `for…in` lists, and the `known` fields of the
 * schema (a field defined non-enumerable, a class's getter, a Proxy's trap for a key it does not list).
 * Throws what a read throws: the caller names the key then being read (`reading.key`).
 */
export function keysToProbe(node: object, known: readonly string[], reading: { key?: string }): string[] {
  const keys = new Set<string>();
  for (reading.key in node) keys.add(reading.key);
  reading.key = undefined;
  // zod reads no other key: a hidden property that is no field (an arguments object's callee) is not read.
  // A hidden field where no shape is known (nested deeper than the schema's own step) is left to zod, and
  // a read of it that throws is caught by neverThrows, at the nearest schema's place.
  for (const key of known) keys.add(key);
  for (reading.key of keys) void (reading.key in node);
  reading.key = undefined;
  return [...keys];
}

// The places in `value` that hold a Date, a Map, a Set or another built-in value, outermost first (not
// looked into), and those whose read throws (a getter, a Proxy trap, a revoked Proxy: zod would throw
// their own error out of safeParse). Walked with a stack, not recursion, and every read guarded: a
// policy nested deep or a cycle is left to the schema.
function nonPolicyValues(value: unknown, unreadable: (string | number)[][], known: readonly string[]): (string | number)[][] {
  const found: (string | number)[][] = [];
  const seen = new Set<object>();
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (refusedAsFields(node)) {
      found.push(path);
      continue;
    }
    const reading: { key?: string } = {};
    try {
      Object.getPrototypeOf(node);
      const list = Array.isArray(node);
      // zod reads an array's length, which for…in does not.
      if (list) void (node as unknown[]).length;
      for (reading.key of keysToProbe(node, path.length === 0 ? known : [], reading)) stack.push([(node as Record<string, unknown>)[reading.key], [...path, list ? Number(reading.key) : reading.key]]);
    } catch {
      unreadable.push(reading.key === undefined ? path : [...path, Array.isArray(node) ? Number(reading.key) : reading.key]);
    }
  }
  return found.reverse();
}

/**
 * A policy schema (the whole policy, a section, an appraisal item) that refuses a Date, a Map or a Set
 * anywhere in the value, as definePolicy does. zod reads the fields of any object: an object whose fields
 * are all optional (a repair class rule's `when`) read a Date as `{}`, and any object read a Date with the
 * object's fields assigned to it as those fields. No place of a policy holds such a value, so every one
 * found is refused, at its own path, as `invalid_type`, before zod parses the rest. The check sees the
 * value before zod copies its fields; the JSON Schema is `schema`'s.
 *
 * @param schema - The policy schema.
 * @returns The schema, refusing a Date, a Map or a Set anywhere in its value.
 */
/* @__NO_SIDE_EFFECTS__ */
export function policyValuesOf<T extends z.core.SomeType>(schema: T): z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, T> {
  // The fields zod reads of the value itself: the object's shape, or every shape of a union's options.
  const known = shapeKeysOf(schema);
  const check = z.transform((value: unknown, payload) => {
    const unreadable: (string | number)[][] = [];
    const refused = nonPolicyValues(value, unreadable, known);
    for (const path of refused) payload.issues.push({ code: 'invalid_type', expected: 'object', input: value, path, message: NOT_POLICY_VALUE_MESSAGE });
    for (const path of unreadable) payload.issues.push({ code: 'custom', input: undefined, path, message: UNREADABLE_MESSAGE });
    // Not the value itself when it is refused: zod takes a Promise returned here for an asynchronous step.
    return refused.length > 0 || unreadable.length > 0 ? null : value;
  });
  return neverThrows(withMetaOf(schema, z.pipe(check, schema as unknown as z.core.$ZodType<unknown, unknown>) as unknown as z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, T>));
}

/**
 * @internal `schema`, made never to throw out of a parse: an exception raised while zod reads the value (a getter
 * or a Proxy trap the probe before it did not reach: a field nested where no shape is known, a Date's own
 * `getTime`, a function's prototype trap) becomes an issue at the schema's own place, `must be readable`,
 * as the probe reports one it finds. A safety net under the probes: they name the exact place first.
 */
/* @__NO_SIDE_EFFECTS__ */
export function neverThrows<T extends z.core.SomeType>(schema: T): T {
  const internals = (schema as unknown as z.core.$ZodType)._zod;
  const run = internals.run;
  const refused = (payload: z.core.ParsePayload): z.core.ParsePayload => {
    payload.issues.push({ code: 'custom', path: [], message: UNREADABLE_MESSAGE, input: undefined });
    return payload;
  };
  internals.run = (payload, context) => {
    try {
      const result = run(payload, context);
      return result instanceof Promise ? result.catch(() => refused(payload)) : result;
    } catch {
      return refused(payload);
    }
  };
  return schema;
}

/** @internal The field names zod reads of an object schema's value, or of any option of a union of them. */
export function shapeKeysOf(schema: z.core.SomeType): string[] {
  const def = (schema as { _zod?: { def?: { shape?: object; options?: readonly z.core.SomeType[] } } })._zod?.def;
  if (def?.shape !== undefined) return Object.keys(def.shape);
  return [...new Set((def?.options ?? []).flatMap((option) => shapeKeysOf(option)))];
}

/**
 * @internal `wrapper`, given `schema`'s title and description (zod's global registry, which classic zod
 * and zod/mini share): a step in front of a schema (policyValuesOf, the input schemas' fieldsOf) keeps
 * what the schema says about itself.
 */
export function withMetaOf<W extends z.core.$ZodType>(schema: z.core.SomeType, wrapper: W): W {
  const meta = z.globalRegistry.get(schema as unknown as z.core.$ZodType);
  if (meta !== undefined) z.globalRegistry.add(wrapper, meta);
  return wrapper;
}

/** The title and description of a yuan amount, shared by its zod/mini and classic schemas. */
export const yuanMeta = { title: 'Yuan', description: '金额（元），精确到分。 An amount in yuan, exact to the fen.' };

/** The checks of a yuan amount (RULES C9): non-negative and exact to the fen. */
export const yuanChecks = [z.minimum(0), z.refine<number>(isExactToTheFen, { message: 'must be exact to the fen (0.01 yuan)' }), z.meta(yuanMeta)] as const;

/** The checks of a count: a whole number, at least 0. */
export const countChecks = [z.int(), z.minimum(0)] as const;

/** The checks of a rate: a number in [0, 1]. */
export const rateChecks = [z.minimum(0), z.maximum(1)] as const;

/** A yuan amount, for the policy schemas. */
export const policyYuanSchema = z.number().check(...yuanChecks);

/** A count, for the policy schemas. */
export const policyCountSchema = z.number().check(...countChecks);

// A threshold with its boundary (RULES C1b). Exported to users from ../common.ts behind the step that
// refuses an unreadable value; the policy schemas, probed as a whole, use it as it is.
/** @internal */
export const boundSchema: z.ZodMiniType<Bound> = z.strictObject({ value: z.number().check(z.minimum(0)), inclusive: z.boolean() });

/** A ceiling in yuan, exact to the fen (RULES C9), with its boundary: an approval band's `upTo`. */
export const yuanBoundSchema: z.ZodMiniType<Bound> = z.strictObject({ value: policyYuanSchema, inclusive: z.boolean() });

/** A minimum rate in [0, 1] with its boundary. */
export const rateBoundSchema: z.ZodMiniType<Bound> = z.strictObject({ value: z.number().check(...rateChecks), inclusive: z.boolean() });

// A period (RULES C2–C5, C8, C12); exported to users from ../calendar.ts behind the step that refuses
// an unreadable value. A union told apart by `unit`: a wrong amount is an issue at `amount` (as the
// functions report it), not an undistinguished `invalid_union`.
/** @internal */
export const periodSchema: z.ZodMiniType<Period> = z
  .discriminatedUnion('unit', [
    z.strictObject({ amount: z.number().check(z.int(), z.minimum(1)), unit: z.enum(['day', 'week', 'month', 'workday']) }),
    z.strictObject({ amount: z.number().check(z.minimum(0)), unit: z.enum(['hour', 'workhour']) }),
    z.strictObject({ unit: z.enum(['same-day', 'next-day']) }),
  ])
  .check(
    z.meta({
      title: 'Period',
      description:
        '期限：天、周、月、工作日（整数，至少 1）、小时或工作小时（有限数，不小于 0），或“当日”“次日”。 A period: whole days, weeks, months or working days (at least 1), hours or working hours (finite, ≥ 0), or same-day / next-day.',
    }),
  );

export { ceilingsRise, hasAtMostFourDecimals } from '../../policy/_policyData.js';
import { CLOCK_TIME, MAX_DURATION, minutesOfClock } from '../../policy/_policyData.js';

/** Hours of a policy (a lead, a referral period): a finite number from 0 to 876,600 (100 years). */
export const policyHoursSchema = /* @__PURE__ */ z.number().check(z.minimum(0), z.maximum(MAX_DURATION.hour));

const wholeAmount = (max: number) => z.number().check(z.int(), z.minimum(1), z.maximum(max));

// A period of a policy, at most 100 years in its unit; exported to users from ../calendar.ts.
/** @internal */
export const policyPeriodSchema: z.ZodMiniType<Period> = /* @__PURE__ */ z
  .discriminatedUnion('unit', [
    z.strictObject({ amount: wholeAmount(MAX_DURATION.day), unit: z.literal('day') }),
    z.strictObject({ amount: wholeAmount(MAX_DURATION.week), unit: z.literal('week') }),
    z.strictObject({ amount: wholeAmount(MAX_DURATION.month), unit: z.literal('month') }),
    z.strictObject({ amount: wholeAmount(MAX_DURATION.workday), unit: z.literal('workday') }),
    z.strictObject({ amount: policyHoursSchema, unit: z.enum(['hour', 'workhour']) }),
    z.strictObject({ unit: z.enum(['same-day', 'next-day']) }),
  ])
  .check(
    z.meta({
      title: 'Policy period',
      description:
        '策略中的期限：同“期限”，且不超过 100 年（36525 天、5218 周、1200 个月、26100 个工作日、876600 小时或工作小时）。 A period of a policy: as Period, and at most 100 years (36,525 days, 5,218 weeks, 1,200 months, 26,100 working days, 876,600 hours or working hours).',
    }),
  );

const CLOCK = CLOCK_TIME;
const minutesOf = minutesOfClock;

/**
 * Business hours (RULES C12): at least one interval `HH:MM`–`HH:MM`, each `from` before its `to`
 * (`24:00` allowed as a closing time only), sorted and not overlapping (touching is fine).
 */
export const businessHoursSchema: z.ZodMiniType<readonly BusinessHours[]> = z
  .array(
    z
      .strictObject({
        from: z.string().check(z.regex(CLOCK, 'must be a time HH:MM'), z.refine((text) => text !== '24:00', { message: 'must be before 24:00' })),
        to: z.string().check(z.regex(CLOCK, 'must be a time HH:MM (24:00 at most)')),
      })
      .check(z.refine((span) => !CLOCK.test(span.from) || !CLOCK.test(span.to) || minutesOf(span.from) < minutesOf(span.to), { message: 'must close after it opens', path: ['to'] })),
  )
  .check(
    z.minLength(1, 'must hold at least one interval'),
    z.refine((spans) => spans.every((span, index) => index === 0 || minutesOf(span.from) >= minutesOf((spans[index - 1] as BusinessHours).to)), {
      message: 'must be sorted and not overlap',
    }),
    z.meta({
      title: 'BusinessHours',
      description: '营业时间：一天内的若干时段（HH:MM–HH:MM），按时间排序，互不重叠。 Business hours: intervals of a day (HH:MM–HH:MM), sorted, not overlapping.',
    }),
  );
