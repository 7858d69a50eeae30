import * as z from 'zod/mini';
import type { definePolicy } from '../policy/definePolicy.js';
import type { Policy } from '../policy/Policy.js';
import { policySchema as policyObjectSchema } from './policy/index.js';

/** A schema that renders itself as JSON Schema, as classic zod schemas do (`schema.toJSONSchema()`). */
export interface RendersJsonSchema {
  /**
   * The schema as JSON Schema: zod's `z.toJSONSchema(schema, params)`.
   *
   * @param params - zod's options (`target`, `io`, `unrepresentable`, …).
   * @returns The JSON Schema (draft 2020-12 unless `target` says otherwise).
   */
  toJSONSchema(params?: z.core.ToJSONSchemaParams): z.core.JSONSchema.BaseSchema;
}

/**
 * A whole {@link Policy}, as {@link definePolicy} validates it. Strict at every level: an unknown key
 * is an error, so a typo in a company's policy file never passes silently. Written with zod/mini, so
 * that definePolicy stays small; like the classic schemas, it renders itself as JSON Schema
 * (`policySchema.toJSONSchema()`).
 *
 * @example
 * ```ts
 * import { policySchema } from 'wuye-rules/schemas';
 * import { defaultPolicy, definePolicy } from 'wuye-rules/policy';
 * // Strict at every level: a typo (dayCount) is an error, not a setting silently ignored.
 * policySchema.safeParse(definePolicy({ dayCounting: 'elapsed', extendPastRestDays: true })).success;
 * //=> true
 * policySchema.safeParse({ ...defaultPolicy, dayCount: 'elapsed' }).error?.issues[0]?.code;
 * //=> 'unrecognized_keys'
 * policySchema.safeParse({ ...defaultPolicy, businessHours: [{ from: '09:00', to: '12:00' }, { from: '11:30', to: '18:00' }] }).error?.issues[0]?.path;
 * //=> ['businessHours']
 * ```
 */
export const policySchema: z.ZodMiniType<Policy> & RendersJsonSchema = Object.assign(policyObjectSchema, {
  toJSONSchema: (params?: z.core.ToJSONSchemaParams): z.core.JSONSchema.BaseSchema => z.toJSONSchema(policyObjectSchema, params),
});
