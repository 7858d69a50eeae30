import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { validatePolicy } from '../../src/policy/validatePolicy.js';
import { policySchema } from '../../src/schemas/policy/index.js';

// definePolicy checks policies by hand (no zod); the zod policySchema stays the description JSON
// Schema and OpenAPI are built from. Both must give the same verdict on every policy.

type Path = (string | number)[];

// Every path into the default policy: objects, arrays and leaves.
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}
const paths = pathsOf(defaultPolicy).filter((path) => path.length > 0);

// Strings the schemas know (every enum value, unit, rule id and key), so that mutations often land on
// an acceptable value and both sides of every check are exercised.
const knownStrings = [...new Set(JSON.stringify(defaultPolicy).match(/"[^"]*"/g)!.map((text) => JSON.parse(text) as string))].concat([
  'civil-code', 'elapsed', 'throw', 'statutory', 'weekends', 'calendar', 'hour', 'day', 'week', 'month', 'workday', 'same-day', 'next-day',
  'lead-ms', 'share-basis-points', 'fine', 'withhold-month-pay', 'deemed-resignation', 'receipt', 'acceptance', 'bonus', 'minor', 'moderate',
  'severe', 'dismissal', 'quarterly', 'half-yearly', 'both', 'workdays', 'every-day', 'A', 'B', 'C', 'D', 'E', 'F', 'early', 'late', '',
]);

const numbers = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, 0.01, 0.001, 0.12345, 1.005, 2, 3, 6, 7, 10, 28, 29, 59, 100, 100.5, 1200, 1201, 1439, 1440, 1441, 10_000, 10_001, 2 ** 53, -(2 ** 53)),
  // The limits of durations (100 years in their unit) and either side of them.
  fc.constantFrom(5_218, 5_219, 26_100, 26_101, 36_525, 36_526, 876_600, 876_600.5, 876_601, 3_155_760_000_000, 3_155_760_000_001, 1e308),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
  fc.integer({ min: -50, max: 200 }),
  fc.double({ min: -10, max: 200, noNaN: true }),
);

const replacement: fc.Arbitrary<unknown> = fc.oneof(
  numbers,
  fc.boolean(),
  fc.constantFrom(...knownStrings),
  fc.string({ maxLength: 4 }),
  fc.constantFrom(null, undefined, {}, [], [null], { unit: 'day' }, { amount: 1, unit: 'hour' }, { unit: 'same-day' }, { value: 1, inclusive: true }),
);

type Mutation = { path: Path; kind: 'set'; value: unknown } | { path: Path; kind: 'delete' } | { path: Path; kind: 'extra'; key: string } | { path: Path; kind: 'swap'; other: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ path: fc.constantFrom(...paths), kind: fc.constant('set' as const), value: replacement }) },
  { weight: 2, arbitrary: fc.record({ path: fc.constantFrom(...paths), kind: fc.constant('delete' as const) }) },
  { weight: 1, arbitrary: fc.record({ path: fc.constantFrom(...paths), kind: fc.constant('extra' as const), key: fc.constantFrom('extra', 'amount', 'unit', 'points', 'range') }) },
  { weight: 1, arbitrary: fc.record({ path: fc.constantFrom(...paths), kind: fc.constant('swap' as const), other: fc.nat(40) }) },
);

function apply(policy: unknown, change: Mutation): void {
  const parentPath = change.path.slice(0, -1);
  const key = change.path.at(-1) as string | number;
  let parent = policy as Record<string | number, unknown>;
  for (const step of parentPath) {
    if (typeof parent !== 'object' || parent === null) return;
    parent = parent[step] as Record<string | number, unknown>;
  }
  if (typeof parent !== 'object' || parent === null) return;
  if (change.kind === 'set') parent[key] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (change.kind === 'extra') {
    const target = parent[key];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[change.key] = 1;
  } else if (Array.isArray(parent) && parent.length > 1) {
    // Reorder an array (bands, tiers, grades): order rules must notice.
    const other = change.other % parent.length;
    [parent[key as number], parent[other]] = [parent[other], parent[key as number]];
  }
}

function ourVerdict(candidate: unknown): boolean {
  try {
    validatePolicy(candidate);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).message).toMatch(/^definePolicy: /);
    return false;
  }
}

describe('validatePolicy', () => {
  it('accepts the default policy, as policySchema does', () => {
    expect(ourVerdict(structuredClone(defaultPolicy))).toBe(true);
    expect(policySchema.safeParse(defaultPolicy).success).toBe(true);
  });

  it('gives the verdict of the zod policySchema on every generated policy', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const candidate = structuredClone(defaultPolicy) as unknown;
        for (const change of changes) apply(candidate, change);
        const zodVerdict = policySchema.safeParse(candidate).success;
        expect(ourVerdict(candidate), JSON.stringify(changes)).toBe(zodVerdict);
        if (zodVerdict) accepted += 1;
      }),
      { numRuns: 1500 },
    );
    // Both sides of the checks were exercised.
    expect(accepted).toBeGreaterThan(100);
  });

  it('refuses at the path where the zod schema reports a single problem', () => {
    fc.assert(
      fc.property(mutation, (change) => {
        const candidate = structuredClone(defaultPolicy) as unknown;
        apply(candidate, change);
        const parsed = policySchema.safeParse(candidate);
        if (parsed.success || parsed.error.issues.length !== 1) return;
        const issue = parsed.error.issues[0]!;
        try {
          validatePolicy(candidate);
        } catch (error) {
          const path = (error as PolicyError).path;
          expect(path.slice(0, issue.path.length), JSON.stringify(change)).toEqual(issue.path);
          return;
        }
        throw new Error(`accepted ${JSON.stringify(change)}`);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validatePolicy and policySchema on approver ids', () => {
  // Regression (review of the packed package): two bands of one role id were accepted, and
  // approverNames kept the first band's names only. Ids from a small pool, so that duplicates are
  // common, with names such as `__proto__` and `constructor` that a plain object would not keep.
  const name = (text: string) => ({ 'zh-Hans': text, 'zh-Hant': text, en: text });
  const bandLists = fc
    .array(fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString', 'general-manager'), { minLength: 1, maxLength: 5 })
    .map((ids) => ids.map((approver, index) => ({ approver, approverName: name(`${approver} ${index}`), upTo: index === ids.length - 1 ? null : { value: (index + 1) * 100, inclusive: true } })));

  it('refuse a repeated role id together, at the repeat\'s approver, and accept distinct ones', () => {
    let refused = 0;
    fc.assert(
      fc.property(bandLists, (bands) => {
        const candidate = { ...structuredClone(defaultPolicy), complaint: { ...structuredClone(defaultPolicy.complaint), approvalBands: bands } };
        const repeat = bands.findIndex((band, index) => bands.findIndex((other) => other.approver === band.approver) < index);
        const parsed = policySchema.safeParse(candidate);
        let error: PolicyError | undefined;
        try {
          validatePolicy(candidate);
        } catch (caught) {
          error = caught as PolicyError;
        }
        expect(parsed.success).toBe(repeat === -1);
        expect(error === undefined).toBe(repeat === -1);
        if (repeat === -1) return;
        refused += 1;
        const path = ['complaint', 'approvalBands', repeat, 'approver'];
        expect({ path: error!.path, code: error!.code }).toEqual({ path, code: 'duplicate_id' });
        expect(parsed.error!.issues.map((issue) => issue.path)).toContainEqual(path);
        expect(parsed.error!.issues[0]!.path).toEqual(path);
      }),
      { numRuns: 300 },
    );
    expect(refused).toBeGreaterThan(50);
  });
});
