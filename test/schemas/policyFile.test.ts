// policyOverridesSchema and policyVersionsSchema: the schemas of what a company writes (definePolicy's
// argument, a --policy file), checked by definePolicy itself, so they refuse exactly what it refuses, at
// its path and with its code; their JSON Schemas are the shipped files.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policyOverridesSchema, policyVersionsSchema } from '../../src/schemas/index.js';
import { toJsonSchema } from '../../src/cli/jsonSchema.js';
import { cases } from '../policy/_refusalCases.js';

// The shipped files are written by the build: `npm test` builds before it runs this file; the quick
// loop (`npm run test:quick`) builds nothing, and on a fresh clone has no dist/ to compare with.
const built = existsSync('dist/schemas/policy-overrides.json');

function refusalOf(overrides: unknown): { path: readonly (string | number)[]; code: string } | undefined {
  try {
    definePolicy(overrides as never);
    return undefined;
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    return { path: error.path, code: error.code };
  }
}

describe('policyOverridesSchema', () => {
  it('refuses every refusal case of definePolicy at its path with its code, and accepts what it accepts', () => {
    expect(cases.length).toBeGreaterThan(50);
    let refused = 0;
    for (const [name, overrides] of cases) {
      const issue = policyOverridesSchema.safeParse(overrides).error?.issues[0];
      const refusal = refusalOf(overrides);
      if (refusal === undefined) expect(issue, name).toBeUndefined();
      else {
        refused += 1;
        expect({ path: issue?.path, code: (issue as { params?: { code?: string } } | undefined)?.params?.code }, name).toEqual(refusal);
      }
    }
    expect(refused).toBeGreaterThan(50);
    for (const overrides of [{}, { dayCounting: 'elapsed' }, { complaint: { closeWithin: { amount: 3 } } }, JSON.parse(readFileSync('examples/cli/company-policy.json', 'utf8')) as unknown]) {
      expect(policyOverridesSchema.safeParse(overrides).success).toBe(true);
      expect(refusalOf(overrides)).toBeUndefined();
    }
  });

  it('never throws out of safeParse, whatever the value', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [revoked.proxy, { dayCounting: cyclic }, Promise.resolve({}), null, 3, [], new Date()]) {
      expect(() => policyOverridesSchema.safeParse(value)).not.toThrow();
      expect(policyOverridesSchema.safeParse(value).success).toBe(false);
    }
  });

  it.skipIf(!built)('renders the shipped policy-overrides.json', () => {
    expect(toJsonSchema(policyOverridesSchema)).toEqual(JSON.parse(readFileSync('dist/schemas/policy-overrides.json', 'utf8')));
  });
});

describe('policyVersionsSchema', () => {
  it('takes versions of overrides, refuses a bad policy at its place, two versions at one instant, and none', () => {
    const versions = JSON.parse(readFileSync('examples/cli/company-policy-versions.json', 'utf8')) as unknown[];
    expect(policyVersionsSchema.safeParse(versions).success).toBe(true);
    const twice = [{ effectiveFrom: '2026-01-01', policy: {} }, { effectiveFrom: '2026-01-01T00:00:00+08:00', policy: { dayCountng: 'x' } }];
    expect((policyVersionsSchema.safeParse(twice).error?.issues[1] as { params?: unknown } | undefined)?.params).toEqual({ code: 'duplicate_effective_date' });
    expect(policyVersionsSchema.safeParse(twice).error?.issues.map((issue) => issue.path)).toEqual([
      [1, 'policy', 'dayCountng'],
      [1, 'effectiveFrom'],
    ]);
    expect(policyVersionsSchema.safeParse([]).success).toBe(false);
    expect(policyVersionsSchema.safeParse([{ effectiveFrom: 'someday', policy: {} }]).error?.issues[0]?.path).toEqual([0, 'effectiveFrom']);
    expect(policyVersionsSchema.safeParse([{ effectiveFrom: '2026-01-01', policy: {}, effectiveTo: '2026-12-31' }]).success).toBe(false);
  });

  it.skipIf(!built)('renders the shipped policy-versions.json', () => {
    expect(toJsonSchema(policyVersionsSchema)).toEqual(JSON.parse(readFileSync('dist/schemas/policy-versions.json', 'utf8')));
  });

  it('renders without options too', () => {
    // Rendered without options, it still refuses an effectiveFrom that is no instant (no "any value" branch for the Date).
    const bare = (policyVersionsSchema as unknown as { toJSONSchema: () => { type: string; items: { properties: { effectiveFrom: { anyOf: object[] } } } } }).toJSONSchema();
    expect(bare.type).toBe('array');
    expect(bare.items.properties.effectiveFrom.anyOf.every((branch) => Object.keys(branch).length > 0)).toBe(true);
  });
});
