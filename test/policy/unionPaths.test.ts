// Regression (review of the packed package): a PolicyError inside a setting of several forms (a period,
// a fine step, the due-soon measure) named the setting, one level short of the field its message named
// (`definePolicy({ complaint: { closeWithin: { amount: NaN, unit: 'hour' } } })` → path
// ['complaint', 'closeWithin'], message "complaint.closeWithin.amount must be a finite number"). Every
// such setting of the policy, for every kind of bad field: the path is the field's, the message names
// it, and the zod policySchema refuses the same policy at a path this one starts with.
import { describe, expect, it } from 'vitest';
import { describePath } from '../../src/core/describe.js';
import { PolicyError } from '../../src/core/errors.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import { policySchema } from '../../src/schemas/policy/index.js';

type Path = (string | number)[];

const PERIOD_UNITS = new Set(['hour', 'workhour', 'day', 'week', 'month', 'workday', 'same-day', 'next-day']);

// Every setting of the default policy whose value is a period (`{ amount?, unit }`).
function periodPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) value.forEach((item, index) => periodPaths(item, [...path, index], out));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (PERIOD_UNITS.has(record.unit as string) && Object.keys(record).every((key) => key === 'amount' || key === 'unit')) out.push(path);
    else for (const [key, item] of Object.entries(record)) periodPaths(item, [...path, key], out);
  }
  return out;
}

// The whole policy with `value` at `path`, and the overrides that put it there (the path's section whole).
function withValue(path: Path, value: unknown): { policy: unknown; overrides: unknown } {
  const policy = structuredClone(defaultPolicy) as unknown as Record<string | number, unknown>;
  let parent = policy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  const section = path[0] as string;
  return { policy, overrides: { [section]: policy[section] } };
}

function refusal(overrides: unknown): PolicyError {
  try {
    definePolicy(overrides as never);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error(`accepted ${JSON.stringify(overrides)}`);
}

function expectRefusedAt(setting: Path, value: unknown, field: Path, codes: readonly string[]): void {
  const { policy, overrides } = withValue(setting, value);
  const error = refusal(overrides);
  const label = `${describePath(setting)} = ${String(JSON.stringify(value))}`;
  expect(error.path, label).toEqual(field);
  expect(codes, label).toContain(error.code);
  expect(error.message, label).toMatch(new RegExp(`^definePolicy: ${describePath(field).replace(/[.[\]]/g, '\\$&')} must `));
  const parsed = policySchema.safeParse(policy);
  expect(parsed.success, label).toBe(false);
  const zodPath = parsed.error!.issues[0]!.path;
  expect(field.slice(0, zodPath.length), label).toEqual(zodPath);
}

const periods = periodPaths(defaultPolicy);

describe('definePolicy', () => {
  it('finds the period settings of the policy', () => {
    expect(periods.length).toBeGreaterThan(20);
    expect(periods).toContainEqual(['complaint', 'closeWithin']);
    expect(periods).toContainEqual(['complaint', 'levelThresholds', 'unresolvedLongerThan', 'period']);
    expect(periods).toContainEqual(['communication', 'retention', 'notice']);
  });

  it('refuses NaN, ±Infinity and text in a period at the amount itself, for every period setting and unit', () => {
    for (const setting of periods) {
      for (const unit of ['hour', 'workhour', 'day', 'week', 'month', 'workday']) {
        for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
          expectRefusedAt(setting, { amount, unit }, [...setting, 'amount'], ['not_finite']);
        }
        expectRefusedAt(setting, { amount: '1', unit }, [...setting, 'amount'], ['invalid_type']);
        expectRefusedAt(setting, { unit }, [...setting, 'amount'], ['missing']);
      }
    }
  });

  it('refuses an unknown period unit at the unit', () => {
    for (const setting of periods) {
      for (const unit of ['fortnight', 5, ['day'], 'toString']) expectRefusedAt(setting, { amount: 1, unit }, [...setting, 'unit'], ['invalid_enum']);
    }
  });

  it('refuses a bad field of a fine step at the field, in every ladder', () => {
    for (const kind of Object.keys(defaultPolicy.desk.fines)) {
      const steps: Path = ['desk', 'fines', kind, 'steps'];
      for (const amountYuan of [Number.NaN, Number.POSITIVE_INFINITY]) expectRefusedAt(steps, [{ outcome: 'fine', amountYuan }], [...steps, 0, 'amountYuan'], ['not_finite']);
      expectRefusedAt(steps, [{ outcome: 'fine' }], [...steps, 0, 'amountYuan'], ['missing']);
      expectRefusedAt(steps, [{ outcome: 'warn' }], [...steps, 0, 'outcome'], ['invalid_enum']);
    }
  });

  it('refuses a bad field of the due-soon measure at the field', () => {
    const setting: Path = ['repair', 'dueSoon'];
    for (const measure of ['lead-ms', 'share-basis-points']) {
      expectRefusedAt(setting, { measure, threshold: { value: Number.NaN, inclusive: true } }, [...setting, 'threshold', 'value'], ['not_finite']);
      expectRefusedAt(setting, { measure, threshold: { value: 1, inclusive: 'yes' } }, [...setting, 'threshold', 'inclusive'], ['invalid_type']);
    }
    expectRefusedAt(setting, { measure: 'soon', threshold: { value: 1, inclusive: true } }, [...setting, 'measure'], ['invalid_enum']);
  });

  it('refuses a bad field of a notice lead (an hour or working-day period) at the field', () => {
    for (const kind of Object.keys(defaultPolicy.communication.notices)) {
      const setting: Path = ['communication', 'notices', kind, 'residentLead'];
      expectRefusedAt(setting, { amount: Number.NaN, unit: 'hour' }, [...setting, 'amount'], ['not_finite']);
      expectRefusedAt(setting, { amount: 1, unit: 'day' }, [...setting, 'unit'], ['invalid_enum']);
    }
  });
});
