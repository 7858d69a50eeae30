// Contract: a deadline a Date cannot hold is refused, never returned as an Invalid Date, and the refusal
// names the input it was counted from. Inputs are limited to the years 0000–9999, so only a company's
// policy can push a deadline past ±8.64e15 ms: for every function and every period or lead hours of the
// policy, one at a time stretched to twice 8.64e15 ms, every valid input of the function either gives a result
// whose Dates are valid or an `out_of_range` InvalidInputError whose path names the instant the deadline is
// counted from (or the policy setting itself), with the function's name, that field and the value there in
// the message. Then, rule by rule, the exact edge: a deadline at ±8.64e15 ms is returned, one a millisecond
// further is refused.
import { describe, expect, it } from 'vitest';
import { describePath, describeValue } from '../../src/core/describe.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { MAX_EPOCH_MS } from '../../src/core/instant.js';
import { defaultPolicy } from '../../src/policy/defaultPolicy.js';
import { definePolicy } from '../../src/policy/definePolicy.js';
import type { Policy } from '../../src/policy/Policy.js';
import * as library from '../../src/index.js';
import { errorPathFor, instantPathsOf, optionFunctions, thrownBy, validInputsOf, valueAtPath, withOptions } from './_support.js';

type Path = readonly (string | number)[];

// 8.64e15 ms in hours and in days: a deadline this far from 1970-01-01T00:00Z is the last a Date holds.
const HOURS_TO_LIMIT = MAX_EPOCH_MS / 3_600_000;
const DAYS_TO_LIMIT = MAX_EPOCH_MS / 86_400_000;

// What the refusal of a deadline beyond a Date's range says the counted-from instant must be.
const EXPECTATIONS: readonly string[] = [
  'small enough for a valid date',
  'an instant whose deadline a Date can hold',
  'an instant whose notice deadline a Date can hold',
  'an instant whose notice deadlines a Date can hold',
];

// The functions some stretched setting pushes past a Date's range on some valid input (the others count
// no deadline from the policy, or none that valid inputs reach).
const OVERFLOWING = [
  'classifyComplaint',
  'communicationDueAt',
  'complaintDeadlines',
  'countRecurrence',
  'dutyCalendar',
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

/**
 * Every setting of a policy that holds a duration: its path and the override that stretches it to
 * twice 8.64e15 ms, so that a deadline counted forward or back from any instant of 0000–9999 leaves the range.
 */
function stretchedSettings(policy: unknown): { path: Path; override: Record<string, unknown> }[] {
  const plain = JSON.parse(JSON.stringify(policy)) as Record<string, unknown>;
  const settings: { path: Path; override: Record<string, unknown> }[] = [];
  const overrideAt = (path: Path, value: unknown): Record<string, unknown> => {
    // Arrays are replaced whole by definePolicy: copy the array with the one item changed.
    const [head, ...rest] = path;
    const build = (node: unknown, keys: Path): unknown => {
      if (keys.length === 0) return value;
      const [key, ...tail] = keys;
      if (Array.isArray(node)) return node.map((item, index) => (index === key ? build(item, tail) : item));
      // The other keys are kept (an item of an array must be whole), with their values unchanged.
      return { ...(node as Record<string, unknown>), [key as string]: build((node as Record<string, unknown>)[key as string], tail) };
    };
    return { [head as string]: build(plain[head as string], rest) };
  };
  const visit = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (typeof node === 'object' && node !== null) {
      if ('unit' in node) settings.push({ path, override: overrideAt(path, { amount: 2 * HOURS_TO_LIMIT, unit: 'hour' }) });
      else for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
    } else if (typeof node === 'number' && typeof path.at(-1) === 'string') {
      const key = path.at(-1) as string;
      if (key.endsWith('Hours')) settings.push({ path, override: overrideAt(path, 2 * HOURS_TO_LIMIT) });
      else if (key === 'days') settings.push({ path, override: overrideAt(path, 2 * DAYS_TO_LIMIT) });
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

describe('deadlines beyond a Date’s range under a stretched policy', () => {
  it('has a setting to stretch for every period and lead of the default policy', () => {
    const paths = stretchedSettings(defaultPolicy).map((setting) => setting.path.join('.'));
    expect(paths).toContain('communication.deadlines.contract-change');
    expect(paths).toContain('repair.deadlines.0.days');
    expect(paths).toContain('kpi.parkingRenewalLeadHours');
    expect(paths).toContain('communication.notices.pest-control.departmentLeadHours');
    expect(paths.length).toBeGreaterThan(30);
  });

  for (const fn of optionFunctions) {
    const overflows = OVERFLOWING.includes(fn.name);
    it(`${fn.name}: gives valid Dates or refuses on the instant the deadline is counted from${overflows ? ', and some stretched setting pushes it past the range' : ''}`, () => {
      const inputs = validInputsOf(fn);
      let overflowed = false;
      for (const setting of stretchedSettings(defaultPolicy)) {
        const policy: Policy = definePolicy(setting.override as never);
        for (const args of inputs) {
          const call = withOptions(fn, args, { policy });
          const where = `${fn.name} with ${setting.path.join('.')} stretched, arguments ${JSON.stringify(args).slice(0, 200)}`;
          let result: unknown;
          try {
            result = fn.call(...call);
          } catch (error) {
            if (!(error instanceof InvalidInputError) || error.code !== 'out_of_range') continue;
            overflowed = true;
            const instantPaths = instantPathsOf(args).map((path) => JSON.stringify(errorPathFor(fn, args, path)));
            const named = valueAtPath(fn, call, error.path);
            const inPolicy = error.path[0] === 'options' && error.path[1] === 'policy';
            expect(instantPaths.includes(JSON.stringify(error.path)) || (inPolicy && named.found), `${where}: path ${JSON.stringify(error.path)}`).toBe(true);
            expect(named.found, where).toBe(true);
            const expected = EXPECTATIONS.map((expectation) => `${fn.name}: ${describePath(error.path)} must be ${expectation}, received ${describeValue(named.value)}`);
            expect(expected, where).toContain(error.message);
            continue;
          }
          for (const date of datesOf(result)) expect(Number.isNaN(date.getTime()), where).toBe(false);
        }
      }
      // A rule that reads its period from the policy overflows under it; one that reads the defaults instead does not.
      expect(overflowed, `${fn.name} overflows under some stretched setting`).toBe(overflows);
    });
  }
});

// One rule at its edge: `policy` stretches the rule's period so that `call(edge)` gives a deadline of
// of `limit` ms (±8.64e15 but for the repair deadline's margin; `read` picks it from the result);
// `call(beyond)` is refused on `path`.
interface Edge {
  readonly name: string;
  readonly policy: Record<string, unknown>;
  readonly call: (ms: number, options: { policy: Policy }) => unknown;
  readonly read: (result: unknown) => Date;
  readonly edge: number;
  readonly beyond: number;
  readonly limit: number;
  readonly path: Path;
  readonly received: (ms: number) => unknown;
}

const hourPeriod = { amount: HOURS_TO_LIMIT, unit: 'hour' };
const dateOf = (result: unknown): Date => result as Date;
const forward = { edge: 0, beyond: 1, limit: MAX_EPOCH_MS };
const backward = { edge: 0, beyond: -1, limit: -MAX_EPOCH_MS };
const itself = (ms: number): number => ms;
// A repair case whose clock pauses for `pausedTo` ms from 1970-01-01T00:00Z.
const PAUSED_CASE = (pausedTo: number) => ({ repairClass: 'A' as const, receivedAt: 0, planAcceptedAt: 0, asOf: pausedTo, pauses: [{ start: 0, end: pausedTo }] });

const EDGES: readonly Edge[] = [
  { name: 'referralDueAt', policy: { repair: { referralHours: HOURS_TO_LIMIT } }, call: (ms, options) => library.referralDueAt(ms, options), read: dateOf, ...forward, path: ['receivedAt'], received: itself },
  { name: 'paidServiceDueAt', policy: { repair: { paidServiceHours: HOURS_TO_LIMIT } }, call: (ms, options) => library.paidServiceDueAt(ms, options), read: dateOf, ...forward, path: ['requestedAt'], received: itself },
  {
    name: 'noticePlan (department)',
    policy: { communication: { notices: { 'utility-outage': { departmentLeadHours: HOURS_TO_LIMIT } } } },
    call: (ms, options) => library.noticePlan('utility-outage', ms, options),
    read: (result) => (result as { departmentNoticeBy: Date }).departmentNoticeBy,
    ...backward,
    path: ['startsAt'],
    received: itself,
  },
  {
    name: 'noticePlan (residents)',
    policy: { communication: { notices: { works: { residentLead: hourPeriod } } } },
    call: (ms, options) => library.noticePlan('works', ms, options),
    read: (result) => (result as { residentNoticeBy: Date }).residentNoticeBy,
    ...backward,
    path: ['startsAt'],
    received: itself,
  },
  { name: 'parkingRenewalNoticeBy', policy: { kpi: { parkingRenewalLeadHours: HOURS_TO_LIMIT } }, call: (ms, options) => library.parkingRenewalNoticeBy(ms, options), read: dateOf, ...backward, path: ['expiresAt'], received: itself },
  { name: 'communicationDueAt', policy: { communication: { deadlines: { 'contract-change': hourPeriod } } }, call: (ms, options) => library.communicationDueAt('contract-change', ms, options), read: dateOf, ...forward, path: ['from'], received: itself },
  {
    name: 'complaintDeadlines (respond)',
    policy: { complaint: { routineResponseWithin: hourPeriod } },
    call: (ms, options) => library.complaintDeadlines({ level: 4, receivedAt: ms }, options),
    read: (result) => (result as { respondBy: Date }).respondBy,
    ...forward,
    path: ['receivedAt'],
    received: itself,
  },
  {
    name: 'complaintDeadlines (close)',
    policy: { complaint: { closeWithin: hourPeriod } },
    call: (ms, options) => library.complaintDeadlines({ level: 4, receivedAt: -1, acceptedAt: ms }, options),
    read: (result) => (result as { closeBy: Date }).closeBy,
    ...forward,
    path: ['acceptedAt'],
    received: itself,
  },
  { name: 'investigationReportDueAt', policy: { complaint: { reportWithin: hourPeriod } }, call: (ms, options) => library.investigationReportDueAt(ms, options), read: dateOf, ...forward, path: ['investigatedAt'], received: itself },
  { name: 'publicityUpdateDueAt', policy: { communication: { publicityUpdateWithin: hourPeriod } }, call: (ms, options) => library.publicityUpdateDueAt(ms, options), read: dateOf, ...forward, path: ['lastUpdatedAt'], received: itself },
  { name: 'retentionUntil', policy: { communication: { retention: { notice: hourPeriod } } }, call: (ms, options) => library.retentionUntil('notice', ms, options), read: dateOf, ...forward, path: ['from'], received: itself },
  { name: 'serviceDueAt', policy: { kpi: { serviceDeadlines: { 'renovation-permit': hourPeriod } } }, call: (ms, options) => library.serviceDueAt('renovation-permit', ms, options), read: dateOf, ...forward, path: ['from'], received: itself },
  { name: 'visitSummaryApprovalDueAt', policy: { visit: { approvalWithin: hourPeriod } }, call: (ms, options) => library.visitSummaryApprovalDueAt(ms, options), read: dateOf, ...forward, path: ['submittedAt'], received: itself },
  {
    // N days from 1970-01-01T08:00+08:00 end at 24:00 of day N, a day and 8 hours before the range's end;
    // refused as soon as the instant plus N + 2 days is past it.
    name: 'repairDeadline',
    policy: { repair: { deadlines: defaultPolicy.repair.deadlines.map((row) => ({ ...row, days: DAYS_TO_LIMIT - 2 })) } },
    call: (ms, options) => library.repairDeadline({ repairClass: 'A', receivedAt: ms }, options),
    read: (result) => (result as { dueAt: Date }).dueAt,
    edge: 0,
    beyond: 1,
    limit: MAX_EPOCH_MS - 86_400_000 - 8 * 3_600_000,
    path: ['receivedAt'],
    received: itself,
  },
  {
    // The deadline of N days ends 2 days + 8 h before the range's end; a pause of exactly that long reaches it.
    name: 'repairStatus (pauses)',
    policy: { repair: { deadlines: defaultPolicy.repair.deadlines.map((row) => ({ ...row, days: DAYS_TO_LIMIT - 3 })) } },
    call: (ms, options) => library.repairStatus(PAUSED_CASE(ms), options),
    read: (result) => (result as { dueAt: Date }).dueAt,
    edge: 56 * 3_600_000,
    beyond: 56 * 3_600_000 + 1,
    limit: MAX_EPOCH_MS,
    path: ['pauses'],
    received: (ms) => PAUSED_CASE(ms).pauses,
  },
];

describe('the exact edge of a Date’s range', () => {
  for (const edge of EDGES) {
    it(`${edge.name}: the deadline at the edge (${edge.limit} ms) is returned, a millisecond further is refused on ${JSON.stringify(edge.path)}`, () => {
      const policy = definePolicy(edge.policy as never);
      const fn = edge.name.split(' ')[0]!;
      const run = (ms: number): unknown => edge.call(ms, { policy });
      expect(edge.read(run(edge.edge)).getTime()).toBe(edge.limit);
      const error = thrownBy(() => run(edge.beyond));
      expect(error).toBeInstanceOf(InvalidInputError);
      const { code, path, message } = error as InvalidInputError;
      expect({ code, path }).toEqual({ code: 'out_of_range', path: edge.path });
      expect(message.startsWith(`${fn}: ${describePath(edge.path)} must be `)).toBe(true);
      expect(message.endsWith(`, received ${describeValue(edge.received(edge.beyond))}`)).toBe(true);
    });
  }
});
