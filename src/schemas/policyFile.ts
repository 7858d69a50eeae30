// The policy as a company writes it: the overrides definePolicy takes (a --policy file), and the
// effective-dated versions of such overrides (a --policy file of versions). Both are checked by the very
// functions that read them, so a schema refuses exactly what definePolicy refuses, at the same path and
// with its code; their JSON Schemas are the shipped policy-overrides.json and policy-versions.json.
import { z } from 'zod';
import { deepPartialJsonSchema, type JsonSchema } from '../cli/jsonSchema.js';
import { PolicyError, WuyeRulesError } from '../core/errors.js';
import { definePolicy } from '../policy/definePolicy.js';
import { defaultPolicy } from '../policy/defaultPolicy.js';
import type { PolicyOverrides } from '../policy/Policy.js';
import type { Instant } from '../core/instant.js';
import { instantMsOrNull } from './_instantMs.js';
import { instantSchema } from './common.js';
import { policySchema } from './policy.js';
import { readable } from './_unreadable.js';

const OVERRIDES_META = {
  title: 'Policy overrides',
  description:
    '公司政策的覆盖项（definePolicy 的参数、--policy 文件）：只写与默认值不同的设置，数组整体替换。 Policy overrides (the argument of definePolicy, a --policy file): only the settings that differ from the defaults; arrays are replaced whole.',
};

const VERSIONS_META = {
  title: 'Policy versions',
  description:
    '按生效日期排列的公司政策版本（policyAt、--policy 文件）：每个版本自 effectiveFrom 起生效。 Effective-dated policy versions (policyAt, a --policy file): each applies from its effectiveFrom.',
};

// The JSON Schema of the overrides: the policy's, every key optional at every depth (arrays and named
// periods whole), with the overrides' own title.
function overridesJsonSchema(params?: z.core.ToJSONSchemaParams): JsonSchema {
  const partial = deepPartialJsonSchema(policySchema.toJSONSchema(params), defaultPolicy) as JsonSchema;
  return { ...partial, ...OVERRIDES_META };
}

/**
 * The argument of {@link definePolicy}: a company's overrides of the default policy, every key optional
 * at every depth (a `--policy` file). The schema asks definePolicy itself, so it refuses exactly what
 * definePolicy refuses: the issue's `path` is the setting and its `params.code` the {@link PolicyError}'s
 * code (`unknown_key`, `invalid_enum`, `unordered`, …). `toJSONSchema()` gives the shipped
 * `policy-overrides.json`.
 *
 * @example
 * ```ts
 * import { policyOverridesSchema } from 'wuye-rules/schemas';
 * policyOverridesSchema.safeParse({ dayCounting: 'elapsed', complaint: { closeWithin: { amount: 3 } } }).success;
 * //=> true
 * policyOverridesSchema.safeParse({ dayCountng: 'elapsed' }).error?.issues[0]?.path;
 * //=> ['dayCountng']
 * const issue = policyOverridesSchema.safeParse({ complaint: { closeWithin: { unit: 'day' } } }).error?.issues[0];
 * issue?.code === 'custom' ? issue.params : undefined;
 * //=> { code: 'missing' }
 * ```
 */
export const policyOverridesSchema: z.ZodType<PolicyOverrides> = /* @__PURE__ */ Object.assign(
  z
    .unknown()
    .superRefine((value, context) => {
      try {
        definePolicy(value as PolicyOverrides);
      } catch (error) {
        // definePolicy throws nothing but its PolicyError; anything else would be a value it could not read.
        const refusal = error instanceof PolicyError ? error : undefined;
        context.addIssue({
          code: 'custom',
          path: refusal === undefined ? [] : [...refusal.path],
          message: refusal?.message ?? 'must be readable',
          params: { code: refusal?.code ?? (error instanceof WuyeRulesError ? 'invalid_policy' : 'unreadable') },
        });
      }
    })
    .meta(OVERRIDES_META),
  { toJSONSchema: (params?: z.core.ToJSONSchemaParams) => overridesJsonSchema(params) },
) as unknown as z.ZodType<PolicyOverrides>;

/**
 * A `--policy` file of effective-dated versions: at least one `{ effectiveFrom, policy }`, each policy
 * overrides as {@link policyOverridesSchema} checks them, no two versions taking effect at the same
 * instant. Build each version's policy with {@link definePolicy} and pick one with `policyAt`.
 * `toJSONSchema()` gives the shipped `policy-versions.json`.
 *
 * @example
 * ```ts
 * import { policyVersionsSchema } from 'wuye-rules/schemas';
 * const versions = [
 *   { effectiveFrom: '2026-01-01', policy: {} },
 *   { effectiveFrom: '2026-07-01', policy: { dayCounting: 'elapsed' } },
 * ];
 * policyVersionsSchema.safeParse(versions).success;
 * //=> true
 * policyVersionsSchema.safeParse([...versions, { effectiveFrom: '2026-07-01T00:00:00+08:00', policy: {} }]).error?.issues[0]?.path;
 * //=> [2, 'effectiveFrom']
 * policyVersionsSchema.safeParse([]).success;
 * //=> false
 * ```
 */
export const policyVersionsSchema: z.ZodType<
  readonly {
    /** When this version takes effect (a date without a time is 00:00 Shanghai time). */
    readonly effectiveFrom: Instant;
    /** The overrides of the default policy in force from then until the next version. */
    readonly policy: PolicyOverrides;
  }[]
> = /* @__PURE__ */ Object.assign(
  // (Behind the step that refuses a value whose read throws, as every list input is.)
  readable(z
    .array(z.strictObject({ effectiveFrom: instantSchema, policy: policyOverridesSchema }))
    .min(1)
    .superRefine((versions, context) => {
      const seen = new Set<number>();
      versions.forEach((version, index) => {
        const ms = instantMsOrNull(version.effectiveFrom);
        if (ms === null) return;
        if (seen.has(ms)) context.addIssue({ code: 'custom', path: [index, 'effectiveFrom'], message: 'must differ from every other version’s effectiveFrom', params: { code: 'duplicate_effective_date' } });
        seen.add(ms);
      });
    })
    .meta(VERSIONS_META)),
  {
    toJSONSchema: (params?: z.core.ToJSONSchemaParams): JsonSchema => {
      // Local $refs of the overrides resolve against the root of the document they end up in.
      const { $schema, $defs, ...overrides } = overridesJsonSchema(params);
      // (A Date, which no JSON file holds, renders as any value unless params say otherwise.)
      const { $schema: _instantSchema, ...instant } = instantSchema.toJSONSchema({ unrepresentable: 'any', ...params }) as JsonSchema;
      // The Date branch rendered as "any value" would let any effectiveFrom through: a file holds none.
      if (Array.isArray(instant.anyOf)) instant.anyOf = instant.anyOf.filter((branch) => typeof branch !== 'object' || branch === null || Object.keys(branch).length > 0);
      return {
        ...($schema === undefined ? {} : { $schema }),
        ...VERSIONS_META,
        type: 'array',
        minItems: 1,
        items: { type: 'object', properties: { effectiveFrom: instant, policy: overrides }, required: ['effectiveFrom', 'policy'], additionalProperties: false },
        ...($defs === undefined ? {} : { $defs }),
      };
    },
  },
) as unknown as z.ZodType<readonly { readonly effectiveFrom: Instant; readonly policy: PolicyOverrides }[]>;
