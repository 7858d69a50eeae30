// Contract: a policy's durations are bounded, so an overflow is never blamed on the wrong field. Every
// duration setting of a policy (periods, lead hours, repair days) is at most 100 years in its unit
// (MAX_DURATION): one unit more is refused by definePolicy at the setting's own path. With each setting
// at the largest value allowed (and a period switched to the unit that reaches furthest), every valid
// input of every function, moved to the late and the early end of the years 0000–9999, gives a result
// whose Dates are valid, or an `out_of_range` InvalidInputError whose path names an instant of the input
// (the one the deadline is counted from), with the function's name, that field and the value there in
// the message.
import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '../../src/core/describe.js';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { formatShanghaiIso, parseIsoString } from '../../src/core/instant.js';
import { MAX_DURATION } from '../../src/policy/_policyData.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import type { CliFunction } from '../../src/cli/registry.js';
import { errorPathFor, instantPathsOf, optionFunctions, replaceAt, thrownBy, validInputsOf, valueAtPath, withOptions } from './_support.js';

type Path = readonly (string | number)[];
type Unit = keyof typeof MAX_DURATION;

// What the refusal of a deadline out of range says the counted-from instant must be.
const EXPECTATIONS: readonly string[] = [
  'small enough for a valid date',
  'an instant whose deadline a Date can hold',
  'an instant whose notice deadline a Date can hold',
  'an instant whose notice deadlines a Date can hold',
];

// The functions some largest setting pushes past the range on some valid input moved to an end of the
// years 0000–9999 (the others count no deadline from the policy, or none that valid inputs reach).
const OVERFLOWING: readonly string[] = [];

/** A duration setting of a policy: where it is, where its refusal points, and overrides at and beyond its limit. */
interface DurationSetting {
  readonly path: Path;
  readonly refusedAt: Path;
  readonly largest: readonly Record<string, unknown>[];
  readonly beyond: readonly Record<string, unknown>[];
}

/** The override that sets the value at `path` of the default policy (arrays are replaced whole by definePolicy, so copied with one item changed). */
function overrideAt(plain: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const build = (node: unknown, keys: Path): unknown => {
    if (keys.length === 0) return value;
    const [key, ...tail] = keys;
    if (Array.isArray(node)) return node.map((item, index) => (index === key ? build(item, tail) : item));
    return { ...(node as Record<string, unknown>), [key as string]: build((node as Record<string, unknown>)[key as string], tail) };
  };
  const [head, ...rest] = path;
  return { [head as string]: build(plain[head as string], rest) };
}

/**
 * Every duration setting of a policy: each period (its own unit at its limit, and the units that reach
 * furthest: months, and working hours, which the default business hours stretch to ~350 years), each
 * resident notice lead, each `…Hours` setting and each repair row's `days`.
 */
function durationSettings(policy: unknown): DurationSetting[] {
  const plain = JSON.parse(JSON.stringify(policy)) as Record<string, unknown>;
  const settings: DurationSetting[] = [];
  const at = (path: Path, value: unknown) => overrideAt(plain, path, value);
  const visit = (node: unknown, path: Path): void => {
    const key = path.at(-1);
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof node === 'object' && node !== null && 'unit' in node) {
      const unit = (node as { unit: string }).unit;
      const lead = key === 'residentLead';
      const units: Unit[] = lead ? ['hour', 'workday'] : ['day', 'week', 'month', 'workday', 'hour', 'workhour'];
      const own = units.filter((candidate) => candidate === unit);
      const furthest: Unit[] = lead ? ['workday'] : ['month', 'workhour'];
      settings.push({
        path,
        refusedAt: [...path, 'amount'],
        largest: [...new Set([...own, ...furthest])].map((largest) => at(path, { amount: MAX_DURATION[largest], unit: largest })),
        beyond: units.map((beyond) => at(path, { amount: MAX_DURATION[beyond] + 1, unit: beyond })).concat(at(path, { amount: 1e308, unit: 'hour' })),
      });
    } else if (typeof node === 'object' && node !== null) for (const [child, item] of Object.entries(node)) visit(item, [...path, child]);
    else if (typeof key === 'string' && key.endsWith('Hours') && (typeof node === 'number' || node === null)) {
      settings.push({ path, refusedAt: path, largest: [at(path, MAX_DURATION.hour)], beyond: [at(path, MAX_DURATION.hour + 1), at(path, 1e308)] });
    } else if (key === 'days' && typeof node === 'number') {
      settings.push({ path, refusedAt: path, largest: [at(path, MAX_DURATION.day)], beyond: [at(path, MAX_DURATION.day + 1), at(path, 1e308)] });
    }
  };
  visit(plain, []);
  return settings;
}

function datesOf(value: unknown, into: Date[] = []): Date[] {
  if (value instanceof Date) into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => datesOf(item, into));
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) datesOf(item, into);
  return into;
}

// The instant strings of an argument list moved together by the same amount (their order and distances
// kept), so that the latest lands at `latest` or the earliest at `earliest`.
const LATE_END = parseIsoString('9999-12-25T12:00:00+08:00')!;
const EARLY_END = parseIsoString('0000-01-08T12:00:00+08:00')!;
function moved(args: readonly unknown[], end: 'late' | 'early'): unknown[] {
  const paths = instantPathsOf(args);
  const read = (path: Path): number => parseIsoString(path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], args) as string)!;
  const instants = paths.map(read);
  if (instants.length === 0) return [...args];
  const shift = end === 'late' ? LATE_END - Math.max(...instants) : EARLY_END - Math.min(...instants);
  return paths.reduce<unknown[]>((current, path, index) => replaceAt(current, path, formatShanghaiIso(instants[index]! + shift)), [...args]);
}

/** Valid inputs of a function, as given and moved to either end of 0000–9999 (those still valid under the default policy). */
function inputsAtTheEnds(fn: CliFunction): unknown[][] {
  const inputs: unknown[][] = [];
  for (const args of validInputsOf(fn)) {
    inputs.push(args);
    for (const end of ['late', 'early'] as const) {
      const candidate = moved(args, end);
      try {
        fn.call(...candidate);
      } catch (error) {
        // Moved inputs refused for another reason than the range of their results are not valid inputs.
        if (error instanceof InvalidInputError && !EXPECTATIONS.some((expectation) => error.message.includes(expectation))) continue;
      }
      inputs.push(candidate);
    }
  }
  return inputs;
}

describe('the duration settings of a policy', () => {
  const settings = durationSettings(defaultPolicy);

  it('are found for every period, lead and day count of the default policy', () => {
    const paths = settings.map((setting) => setting.path.join('.'));
    expect(paths).toContain('communication.deadlines.contract-change');
    expect(paths).toContain('complaint.levelThresholds.unresolvedLongerThan.period');
    expect(paths).toContain('repair.deadlines.0.days');
    expect(paths).toContain('repair.referralHours');
    expect(paths).toContain('kpi.parkingRenewalLeadHours');
    expect(paths).toContain('communication.notices.pest-control.departmentLeadHours');
    expect(paths).toContain('communication.notices.community-event.departmentLeadHours');
    expect(paths).toContain('communication.notices.works.residentLead');
    expect(paths.length).toBeGreaterThan(30);
  });

  it('are accepted at their largest value, and refused one unit beyond it at their own path', () => {
    for (const setting of settings) {
      for (const override of setting.largest) expect(() => definePolicy(override as never), JSON.stringify(override)).not.toThrow();
      for (const override of setting.beyond) {
        const error = thrownBy(() => definePolicy(override as never));
        expect(error, JSON.stringify(override)).toBeInstanceOf(PolicyError);
        expect((error as PolicyError).path, JSON.stringify(override)).toEqual(setting.refusedAt);
        expect((error as PolicyError).message.startsWith(`definePolicy: ${describePath(setting.refusedAt)}`)).toBe(true);
      }
    }
  });

  it('refuses the review’s 1e308-hour periods at the setting, not at an instant', () => {
    expect((thrownBy(() => definePolicy({ repair: { referralHours: 1e308 } })) as PolicyError).path).toEqual(['repair', 'referralHours']);
    const close = thrownBy(() => definePolicy({ complaint: { closeWithin: { amount: 1e308, unit: 'hour' } } }));
    expect(close).toBeInstanceOf(PolicyError);
    expect((close as PolicyError).path).toEqual(['complaint', 'closeWithin', 'amount']);
  });
});

describe('deadlines under the largest settings, from either end of the years 0000–9999', () => {
  const settings = durationSettings(defaultPolicy);
  for (const fn of optionFunctions) {
    const overflows = OVERFLOWING.includes(fn.name);
    it(`${fn.name}: gives valid Dates or refuses on the instant the deadline is counted from${overflows ? ', and some largest setting pushes it past the range' : ''}`, () => {
      const inputs = inputsAtTheEnds(fn);
      let overflowed = false;
      for (const setting of settings) {
        for (const override of setting.largest) {
          // Working days counted on Mondays to Fridays past the calendar's years, so that counting reaches the ends.
          const policy: Policy = definePolicy({ ...override, outOfCoverage: 'weekends' } as never);
          for (const args of inputs) {
            const call = withOptions(fn, args, { policy });
            const where = `${fn.name} with ${JSON.stringify(override).slice(0, 120)}, arguments ${JSON.stringify(args).slice(0, 200)}`;
            let result: unknown;
            try {
              result = fn.call(...call);
            } catch (error) {
              if (!(error instanceof InvalidInputError) || error.code !== 'out_of_range') continue;
              overflowed = true;
              const instantPaths = instantPathsOf(args).map((path) => JSON.stringify(errorPathFor(fn, args, path)));
              expect(instantPaths, `${where}: path ${JSON.stringify(error.path)}`).toContain(JSON.stringify(error.path));
              const named = valueAtPath(fn, call, error.path);
              expect(named.found, where).toBe(true);
              const expected = EXPECTATIONS.map((expectation) => `${fn.name}: ${describePath(error.path)} must be ${expectation}, received ${describeValue(named.value)}`);
              expect(expected, where).toContain(error.message);
              continue;
            }
            for (const date of datesOf(result)) expect(Number.isNaN(date.getTime()), where).toBe(false);
          }
        }
      }
      // A rule that reads its period from the policy overflows under it; one that reads the defaults instead does not.
      expect(overflowed, `${fn.name} overflows under some largest setting`).toBe(overflows);
    });
  }
});
