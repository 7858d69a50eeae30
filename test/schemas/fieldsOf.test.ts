// fieldsOf (src/schemas/common.ts): the building block that makes an input schema refuse a Date, a Map or
// a Set where an object of fields goes, as the functions do, without changing its JSON Schema.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toJsonSchema } from '../../src/cli/jsonSchema.js';
import { fieldsOf } from '../../src/schemas/common.js';
import { extendCalendarArgsSchema, periodSchema } from '../../src/schemas/index.js';

const fields = z.strictObject({ a: z.number().optional() }).meta({ title: 'Fields', description: 'Some fields.' });

describe('fieldsOf', () => {
  it('refuses a Date, anything built on Date.prototype, a Map and a Set at the object, as invalid_type', () => {
    const schema = fieldsOf(fields);
    for (const value of [new Date(0), new Date(Number.NaN), Object.create(Date.prototype), new Map(), new Set(), Object.assign(new Date(0), { a: 1 }), Object.assign(new Map(), { a: 1 })]) {
      const parsed = schema.safeParse(value);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', []]]);
    }
    expect(z.strictObject({ inner: schema }).safeParse({ inner: new Map() }).error!.issues.map((issue) => [issue.code, issue.path])).toEqual([['invalid_type', ['inner']]]);
  });

  it('accepts what the object schema accepts, and refuses the rest as it did', () => {
    const schema = fieldsOf(fields);
    expect(schema.safeParse({ a: 1 })).toEqual({ success: true, data: { a: 1 } });
    expect(schema.safeParse(Object.create({ a: 2 })).success).toBe(fields.safeParse(Object.create({ a: 2 })).success);
    expect(schema.safeParse({ b: 1 }).error!.issues.map((issue) => issue.code)).toEqual(['unrecognized_keys']);
    expect(schema.safeParse(5).error!.issues.map((issue) => issue.code)).toEqual(['invalid_type']);
  });

  it('gives the wrapper the object\'s title and description', () => {
    expect(fieldsOf(fields).meta()).toEqual({ title: 'Fields', description: 'Some fields.' });
    expect(fieldsOf(fields).description).toBe('Some fields.');
  });

  it('leaves the JSON Schema as it was: as a field, an element, a required tuple position and an optional one', () => {
    // Rendered with z.toJSONSchema, which renders the zod/mini period too (as the calendar schemas do).
    const plain = (inner: z.core.SomeType) => {
      const schema = z.strictObject({ x: inner as z.ZodType, list: z.array(inner as z.ZodType), pair: z.tuple([inner as z.ZodType, z.optional(inner as z.ZodType)]) });
      return toJsonSchema({ toJSONSchema: (params) => z.toJSONSchema(schema, params) });
    };
    expect(plain(fieldsOf(fields))).toEqual(plain(fields));
    expect(plain(fieldsOf(periodSchema))).toEqual(plain(periodSchema));
  });

  it('wraps a union of object forms once, so that the JSON Schema still requires it (extendCalendar\'s notice)', () => {
    // A union of wrapped forms reads as optional to zod's JSON Schema (each form starts with a transform).
    const union = toJsonSchema(z.tuple([fields, z.union([fieldsOf(fields), fieldsOf(fields)])]));
    expect(union.minItems).toBe(1);
    expect(toJsonSchema(z.tuple([fields, fieldsOf(z.union([fields, fields]))])).minItems).toBe(2);
    expect(toJsonSchema(extendCalendarArgsSchema).minItems).toBe(2);
    expect(extendCalendarArgsSchema.safeParse([{ from: 2026, to: 2026, holidays: [], workdays: [] }, new Map()]).success).toBe(false);
  });
});
