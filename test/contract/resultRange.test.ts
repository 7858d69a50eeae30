// Contract: a policy's durations are bounded, so an overflow is never blamed on the wrong field. Every
// duration setting of a policy (periods, lead hours, repair days) is at most 100 years in its unit
// (MAX_DURATION): one unit more is refused by definePolicy at the setting's own path. With each setting
// at the largest value allowed (and a period switched to the unit that reaches furthest), every valid
// input of every function, moved to the late and the early end of the years 0000–9999, gives a result
// whose Dates are valid and within that span, or an `out_of_range` InvalidInputError whose path names an instant of the input
// (the one the deadline is counted from), with the function's name, that field and the value there in
// the message (or, for dueAt, explainDeadline and addWorkdays, the amount the caller gives). Every returned instant lies within the span of results, 0000-01-01T00:00+08:00 to
// 9999-12-31T23:59:59.999+08:00 (what the command line and the service can write with a four-digit year).
// Then, function by function, the exact edge under the default policy: a result at the span's end is
// returned, one a millisecond further is refused on the field that pushed it there, and the function's
// zod schema (which knows no policy) accepts and refuses the same inputs at the same field.
import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '../../src/core/describe.js';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';
import { formatShanghaiIso, MAX_RESULT_MS, MIN_RESULT_MS, parseIsoString, RESULT_SPAN } from '../../src/core/instant.js';
import { MAX_DURATION } from '../../src/policy/_policyData.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import type { CliFunction } from '../../src/cli/registry.js';
import * as library from '../../src/index.js';
import type { z } from 'zod';
import { schemaValue } from '../support/adversarial.js';
import { errorPathFor, instantPathsOf, optionFunctions, parameterNames, registry, replaceAt, thrownBy, validInputsOf, valueAtPath, withOptions } from './_support.js';

type Path = readonly (string | number)[];
type Unit = keyof typeof MAX_DURATION;

// What the refusal of a result out of range says the field that pushed it there must be.
const EXPECTATIONS: readonly string[] = [RESULT_SPAN];

// The functions some largest setting pushes past the range on some valid input moved to an end of the
// years 0000–9999 (the others count no deadline from the policy, or none that valid inputs reach).
const OVERFLOWING: readonly string[] = [
  'addWorkdays',
  'communicationDueAt',
  'complaintDeadlines',
  'dueAt',
  'investigationReportDueAt',
  'noticePlan',
  'paidServiceDueAt',
  'parkingRenewalNoticeBy',
  'publicityUpdateDueAt',
  'referralDueAt',
  'repairDeadline',
  'repairStatus',
  'retentionUntil',
  'serviceDueAt',
  'visitPaperworkDue',
  'visitSummaryApprovalDueAt',
];

// The functions whose caller gives the period (or the count of working days): a result past the span's
// end is the fault of that amount, unless the instant itself lies past it.
const CALLER_AMOUNTS: Readonly<Record<string, readonly Path[]>> = {
  addWorkdays: [['n']],
  dueAt: [['period', 'amount'], ['period', 'unit']],
  explainDeadline: [['period', 'amount'], ['period', 'unit']],
};

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
    it(`${fn.name}: gives Dates within 0000–9999 or refuses on the instant the deadline is counted from${overflows ? ', and some largest setting pushes it past the range' : ''}`, () => {
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
              const instantPaths = [...instantPathsOf(args).map((path) => errorPathFor(fn, args, path)), ...(CALLER_AMOUNTS[fn.name] ?? [])].map((path) => JSON.stringify(path));
              expect(instantPaths, `${where}: path ${JSON.stringify(error.path)}`).toContain(JSON.stringify(error.path));
              const named = valueAtPath(fn, call, error.path);
              expect(named.found, where).toBe(true);
              const expected = EXPECTATIONS.map((expectation) => `${fn.name}: ${describePath(error.path)} must be ${expectation}, received ${describeValue(named.value)}`);
              expect(expected, where).toContain(error.message);
              continue;
            }
            for (const date of datesOf(result)) {
              expect(date.getTime() >= MIN_RESULT_MS && date.getTime() <= MAX_RESULT_MS, `${where}: ${date.getTime()}`).toBe(true);
            }
          }
        }
      }
      // A rule that reads its period from the policy overflows under it; one that reads the defaults instead does not.
      expect(overflowed, `${fn.name} overflows under some largest setting`).toBe(overflows);
    });
  }
});

// One function at the edge of the span of results, under the default policy (or, with `options`, Mondays
// to Fridays past the calendar's years, for the working days of 9999): called with `args(edge)` it
// returns, and its latest instant is `latest`; with `args(beyond)` it is refused on `path`, showing
// `received` (the value at `path`; `beyond` unless given).
interface Edge {
  readonly fn: string;
  readonly label: string;
  readonly args: (value: never) => unknown[];
  readonly options?: () => { policy: Policy };
  readonly edge: unknown;
  readonly beyond: unknown;
  readonly latest: string;
  readonly path: Path;
  readonly received?: unknown;
}

const HOUR = 3_600_000;
const LAST = '9999-12-31T23:59:59.999+08:00';
const MIDNIGHT = '9999-12-31T00:00:00.000+08:00';
const FIRST = '0000-01-01T00:00:00.000+08:00';
const weekends = () => ({ policy: definePolicy({ outOfCoverage: 'weekends' }) });
const at = (text: string): number => parseIsoString(text)!;
const PAUSED_TO = (end: string) => ({ repairClass: 'A' as const, receivedAt: '9999-12-01T00:00+08:00', planAcceptedAt: '9999-12-01T00:00+08:00', asOf: end, pauses: [{ start: '9999-12-01T00:00+08:00', end }] });

const EDGES: readonly Edge[] = [
  { fn: 'dueAt', label: 'an hour', args: (from: number) => [from, { amount: 1, unit: 'hour' }], edge: MAX_RESULT_MS - HOUR, beyond: MAX_RESULT_MS - HOUR + 1, latest: LAST, path: ['period', 'amount'], received: 1 },
  { fn: 'dueAt', label: 'a day', args: (from: string) => [from, { amount: 1, unit: 'day' }], edge: '9999-12-29T23:59:59.999+08:00', beyond: '9999-12-30T00:00:00+08:00', latest: MIDNIGHT, path: ['period', 'amount'], received: 1 },
  { fn: 'dueAt', label: 'next-day', args: (from: string) => [from, { unit: 'next-day' }], edge: '9999-12-29T23:59:59.999+08:00', beyond: '9999-12-30T00:00:00+08:00', latest: MIDNIGHT, path: ['period', 'unit'], received: 'next-day' },
  { fn: 'dueAt', label: 'no hours, late', args: (from: number) => [from, { amount: 0, unit: 'hour' }], edge: MAX_RESULT_MS, beyond: MAX_RESULT_MS + 1, latest: LAST, path: ['from'] },
  { fn: 'dueAt', label: 'no hours, early', args: (from: number) => [from, { amount: 0, unit: 'hour' }], edge: MIN_RESULT_MS, beyond: MIN_RESULT_MS - 1, latest: FIRST, path: ['from'] },
  { fn: 'dueAt', label: 'working days', args: (amount: number) => ['9999-12-29T12:00+08:00', { amount, unit: 'workday' }], options: weekends, edge: 1, beyond: 2, latest: MIDNIGHT, path: ['period', 'amount'] },
  { fn: 'explainDeadline', label: 'a day', args: (from: string) => [from, { amount: 1, unit: 'day' }], edge: '9999-12-29T23:59:59.999+08:00', beyond: '9999-12-30T00:00:00+08:00', latest: MIDNIGHT, path: ['period', 'amount'], received: 1 },
  { fn: 'explainDeadline', label: 'no hours, late', args: (from: number) => [from, { amount: 0, unit: 'hour' }], edge: MAX_RESULT_MS, beyond: MAX_RESULT_MS + 1, latest: LAST, path: ['from'] },
  // A day before 0000-01-01 cannot be listed as YYYY-MM-DD: the instant whose own day it is is refused (dueAt returns its 24:00).
  { fn: 'explainDeadline', label: 'the day of an early instant', args: (from: number) => [from, { unit: 'same-day' }], edge: MIN_RESULT_MS, beyond: MIN_RESULT_MS - 1, latest: '0000-01-02T00:00:00.000+08:00', path: ['from'] },
  { fn: 'addWorkdays', label: 'working days', args: (n: number) => ['9999-12-30T23:59:59.999+08:00', n], options: weekends, edge: 1, beyond: 2, latest: LAST, path: ['n'] },
  { fn: 'addWorkdays', label: 'none, late', args: (from: number) => [from, 0], edge: MAX_RESULT_MS, beyond: MAX_RESULT_MS + 1, latest: LAST, path: ['from'] },
  { fn: 'addWorkdays', label: 'none, early', args: (from: number) => [from, 0], edge: MIN_RESULT_MS, beyond: MIN_RESULT_MS - 1, latest: FIRST, path: ['from'] },
  { fn: 'referralDueAt', label: 'an hour', args: (at: number) => [at], edge: MAX_RESULT_MS - HOUR, beyond: MAX_RESULT_MS - HOUR + 1, latest: LAST, path: ['receivedAt'] },
  { fn: 'paidServiceDueAt', label: 'an hour', args: (at: number) => [at], edge: MAX_RESULT_MS - HOUR, beyond: MAX_RESULT_MS - HOUR + 1, latest: LAST, path: ['requestedAt'] },
  { fn: 'serviceDueAt', label: 'an hour', args: (from: number) => ['renovation-permit', from], edge: MAX_RESULT_MS - HOUR, beyond: MAX_RESULT_MS - HOUR + 1, latest: LAST, path: ['from'] },
  { fn: 'serviceDueAt', label: 'same-day', args: (from: string) => ['parking-permit', from], edge: '9999-12-30T23:59:59.999+08:00', beyond: '9999-12-31T00:00:00+08:00', latest: MIDNIGHT, path: ['from'] },
  { fn: 'complaintDeadlines', label: 'the response', args: (receivedAt: string) => [{ level: 4, receivedAt }], edge: '9999-12-29T23:59:59.999+08:00', beyond: '9999-12-30T00:00:00+08:00', latest: MIDNIGHT, path: ['receivedAt'] },
  { fn: 'complaintDeadlines', label: 'the closing', args: (acceptedAt: string) => [{ level: 4, receivedAt: '9999-12-01', acceptedAt }], edge: '9999-12-24T23:59:59.999+08:00', beyond: '9999-12-25T00:00:00+08:00', latest: MIDNIGHT, path: ['acceptedAt'] },
  { fn: 'investigationReportDueAt', label: '3 days', args: (at: string) => [at], edge: '9999-12-27T23:59:59.999+08:00', beyond: '9999-12-28T00:00:00+08:00', latest: MIDNIGHT, path: ['investigatedAt'] },
  { fn: 'communicationDueAt', label: 'a week', args: (from: string) => ['appeal-reply', from], edge: '9999-12-23T23:59:59.999+08:00', beyond: '9999-12-24T00:00:00+08:00', latest: MIDNIGHT, path: ['from'] },
  { fn: 'publicityUpdateDueAt', label: 'a month', args: (at: string) => [at], edge: '9999-11-30T23:59:59.999+08:00', beyond: '9999-12-01T00:00:00+08:00', latest: MIDNIGHT, path: ['lastUpdatedAt'] },
  { fn: 'retentionUntil', label: '12 months', args: (from: string) => ['notice', from], edge: '9998-12-30T23:59:59.999+08:00', beyond: '9998-12-31T00:00:00+08:00', latest: MIDNIGHT, path: ['from'] },
  { fn: 'visitSummaryApprovalDueAt', label: '2 working days', args: (at: string) => [at], options: weekends, edge: '9999-12-28T23:59:59.999+08:00', beyond: '9999-12-29T00:00:00+08:00', latest: MIDNIGHT, path: ['submittedAt'] },
  { fn: 'visitPaperworkDue', label: 'the summary before the 5th', args: (at: string) => [at], edge: '9999-11-30T23:59:59.999+08:00', beyond: '9999-12-01T00:00:00+08:00', latest: '9999-12-05T00:00:00.000+08:00', path: ['visitedAt'] },
  { fn: 'repairDeadline', label: '3 days', args: (receivedAt: string) => [{ repairClass: 'A', receivedAt }], edge: '9999-12-27T23:59:59.999+08:00', beyond: '9999-12-28T00:00:00+08:00', latest: MIDNIGHT, path: ['receivedAt'] },
  {
    fn: 'repairStatus',
    label: 'from receipt',
    args: (receivedAt: string) => [{ repairClass: 'A', receivedAt, planAcceptedAt: '9999-12-28T00:00+08:00', asOf: '9999-12-28T00:00+08:00' }],
    edge: '9999-12-27T23:59:59.999+08:00',
    beyond: '9999-12-28T00:00:00+08:00',
    latest: MIDNIGHT,
    path: ['receivedAt'],
  },
  {
    fn: 'repairStatus',
    label: 'with pauses',
    args: (end: string) => [PAUSED_TO(end)],
    edge: '9999-12-27T23:59:59.999+08:00',
    beyond: '9999-12-28T00:00:00.000+08:00',
    latest: LAST,
    path: ['pauses'],
    received: PAUSED_TO('9999-12-28T00:00:00.000+08:00').pauses,
  },
  { fn: 'noticePlan', label: 'late', args: (startsAt: number) => ['works', startsAt], edge: MAX_RESULT_MS + 24 * HOUR, beyond: MAX_RESULT_MS + 24 * HOUR + 1, latest: LAST, path: ['startsAt'] },
  { fn: 'noticePlan', label: 'early', args: (startsAt: number) => ['works', startsAt], edge: MIN_RESULT_MS + 24 * HOUR, beyond: MIN_RESULT_MS + 24 * HOUR - 1, latest: FIRST, path: ['startsAt'] },
  { fn: 'parkingRenewalNoticeBy', label: 'early', args: (at: number) => [at], edge: MIN_RESULT_MS + 168 * HOUR, beyond: MIN_RESULT_MS + 168 * HOUR - 1, latest: FIRST, path: ['expiresAt'] },
  { fn: 'companyMeetingDay', label: 'the next Monday', args: (at: string) => [at], edge: '9999-12-27T23:59:59.999+08:00', beyond: '9999-12-28T00:00:00+08:00', latest: '9999-12-27T00:00:00.000+08:00', path: ['at'] },
  { fn: 'supervisorMonthDeadlines', label: 'the month-end report', args: (month: string) => [month], edge: '9999-11', beyond: '9999-12', latest: '9999-12-01T00:00:00.000+08:00', path: ['month'] },
  { fn: 'weeklyReportCheck', label: 'Saturday 17:00', args: (weekOf: string) => [{ weekOf }], edge: '9999-12-26T23:59:59.999+08:00', beyond: '9999-12-27T00:00:00+08:00', latest: '9999-12-25T17:00:00.000+08:00', path: ['weekOf'] },
  { fn: 'fineOccurrence', label: 'the month’s start', args: (at: number) => [{ kind: 'handover-log', at, history: [] }], edge: MIN_RESULT_MS, beyond: MIN_RESULT_MS - 1, latest: FIRST, path: ['at'] },
  {
    fn: 'checkShift',
    label: 'a stretch’s end',
    args: (end: number) => [{ month: '9999-12', shifts: [{ start: '9999-12-31T08:00:00+08:00', end }] }],
    edge: MAX_RESULT_MS,
    beyond: MAX_RESULT_MS + 1,
    latest: LAST,
    path: ['shifts', 0, 'end'],
  },
  {
    fn: 'checkShift',
    label: 'a stretch’s start',
    args: (start: number) => [{ month: '0000-01', shifts: [{ start, end: '0000-01-01T16:00:00+08:00' }] }],
    edge: MIN_RESULT_MS,
    beyond: MIN_RESULT_MS - 1,
    latest: '0000-01-01T16:00:00.000+08:00',
    path: ['shifts', 0, 'start'],
  },
  { fn: 'dutyCalendar', label: 'the last day', args: (to: string) => [{ from: '9999-12-29', to }], edge: '9999-12-30', beyond: '9999-12-31', latest: MIDNIGHT, path: ['to'] },
  { fn: 'dutyCalendar', label: 'the first day', args: (from: number) => [{ from, to: '0000-01-02' }], edge: MIN_RESULT_MS, beyond: MIN_RESULT_MS - 1, latest: '0000-01-03T00:00:00.000+08:00', path: ['from'] },
];

// The call of an edge's function with its arguments at `value`, and its options.
function callAt(edge: Edge, value: unknown): unknown {
  const fn = (library as unknown as Record<string, (...args: unknown[]) => unknown>)[edge.fn]!;
  return fn(...edge.args(value as never), ...(edge.options === undefined ? [] : [edge.options()]));
}

describe('the exact edge of the span of results (0000-01-01T00:00 to 9999-12-31T23:59:59.999, +08:00)', () => {
  it('covers every function that returns an instant', () => {
    expect([...new Set(EDGES.map((edge) => edge.fn))].sort()).toEqual([...OVERFLOWING, 'checkShift', 'companyMeetingDay', 'dutyCalendar', 'explainDeadline', 'fineOccurrence', 'supervisorMonthDeadlines', 'weeklyReportCheck'].sort());
  });

  for (const edge of EDGES) {
    it(`${edge.fn} (${edge.label}): returns ${edge.latest} at ${String(edge.edge)}, and refuses ${String(edge.beyond)} on ${describePath(edge.path)}`, () => {
      const dates = datesOf(callAt(edge, edge.edge)).map((date) => date.getTime());
      expect(Math.max(...dates)).toBe(at(edge.latest));
      for (const date of dates) expect(date >= MIN_RESULT_MS && date <= MAX_RESULT_MS).toBe(true);
      const error = thrownBy(() => callAt(edge, edge.beyond));
      expect(error).toBeInstanceOf(InvalidInputError);
      const { code, path, message } = error as InvalidInputError;
      expect({ code, path, message }).toEqual({
        code: 'out_of_range',
        path: edge.path,
        message: `${edge.fn}: ${describePath(edge.path)} must be ${RESULT_SPAN}, received ${describeValue('received' in edge ? edge.received : edge.beyond)}`,
      });
    });
  }

  it('refuses the review’s examples instead of writing a six-digit year', () => {
    for (const run of [
      () => library.dueAt('2026-01-01', { amount: 1e9, unit: 'hour' }),
      () => library.dueAt('9999-12-31T12:00', { amount: 1, unit: 'day' }),
      () => library.dueAt('2026-01-01', { amount: 1e7, unit: 'month' }),
      // Past the span whatever the calendar: refused before asking it (no CalendarCoverageError for 2027).
      () => library.dueAt('2026-01-01', { amount: 1e7, unit: 'workday' }),
      () => library.dueAt('2026-01-01', { amount: 1e9, unit: 'workhour' }),
    ]) {
      expect(thrownBy(run)).toMatchObject({ code: 'out_of_range', path: ['period', 'amount'] });
    }
    expect(thrownBy(() => library.addWorkdays('2026-01-01', 1e7))).toMatchObject({ code: 'out_of_range', path: ['n'] });
  });
});

// The place of a function's error path in its schema's value: the tuple position of an argument, the
// field of an object argument, or the value itself for a function of one instant.
function schemaPath(fn: CliFunction, args: readonly unknown[], path: Path): Path {
  if (fn.schemaKind === 'args') return [parameterNames(fn).indexOf(path[0] as string), ...path.slice(1)];
  return typeof args[0] === 'object' && args[0] !== null ? path : [];
}

describe('the schemas at the edge of the span of results', () => {
  for (const edge of EDGES) {
    it(`${edge.fn}InputSchema (${edge.label}): accepts ${String(edge.edge)} and refuses ${String(edge.beyond)} at ${describePath(edge.path)}, as the function does without options`, () => {
      const fn = registry.get(edge.fn)!;
      const parse = (value: unknown) => (fn.schema as z.ZodType).safeParse(schemaValue(fn, edge.args(value as never)));
      expect(parse(edge.edge).success).toBe(true);
      const refused = parse(edge.beyond);
      expect(refused.success).toBe(false);
      expect(refused.error?.issues.map((issue) => issue.path)).toEqual([schemaPath(fn, edge.args(edge.beyond as never), edge.path)]);
      // The function without options: past the span whatever the calendar, it refuses before asking one.
      const error = thrownBy(() => fn.call(...edge.args(edge.beyond as never)));
      expect(error).toMatchObject({ code: 'out_of_range', path: edge.path });
    });
  }

  it('refuses the review’s inputs, as the functions do', () => {
    const schema = (name: string) => registry.get(name)!.schema as z.ZodType;
    expect(schema('dueAt').safeParse(['2026-01-01', { amount: 2 ** 53, unit: 'hour' }]).success).toBe(false);
    expect(schema('dueAt').safeParse(['2026-01-01', { amount: 1e7, unit: 'month' }]).success).toBe(false);
    expect(schema('dueAt').safeParse(['2026-01-01', { amount: 1e6, unit: 'month' }]).success).toBe(false);
    expect(schema('dueAt').safeParse(['2026-01-01', { amount: 95_000, unit: 'month' }]).success).toBe(true);
    // The default duty.maxWindowMonths (24): a company policy may allow more, which the function checks.
    const window = schema('dutyCalendar').safeParse({ from: '2019-01-01', to: '2026-12-31' });
    expect(window.success).toBe(false);
    expect(window.error?.issues.map((issue) => issue.path)).toEqual([['to']]);
    expect(thrownBy(() => library.dutyCalendar({ from: '2019-01-01', to: '2026-12-31' }))).toMatchObject({ code: 'window_too_long', path: ['to'] });
    expect(schema('dutyCalendar').safeParse({ from: '2025-01-01', to: '2026-12-31' }).success).toBe(true);
  });

  it('leaves the calendar’s years to the caller’s calendar: a schema accepts what only the calendar refuses', () => {
    const schema = registry.get('dueAt')!.schema as z.ZodType;
    expect(schema.safeParse(['2040-01-01', { amount: 2, unit: 'workday' }]).success).toBe(true);
    expect(thrownBy(() => library.dueAt('2040-01-01', { amount: 2, unit: 'workday' }))).toBeInstanceOf(library.CalendarCoverageError);
  });
});
