// The behaviour the conformance suite made the schemas and functions agree on (issue 12), pinned at
// its boundaries: the span of instants, the exact instant and date patterns, the largest yuan amount,
// the cross-field refinements, and the functions that were the ones wrong.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { appraiseMonth } from '../../src/appraisal/appraiseMonth.js';
import { toJsonSchema } from '../../src/cli/jsonSchema.js';
import { classifyComplaint } from '../../src/complaint/classifyComplaint.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { MAX_INSTANT_MS, MAX_RESULT_MS, MIN_INSTANT_MS, toEpochMs, toShanghaiIsoString } from '../../src/core/instant.js';
import { MAX_YUAN, yuanToFen } from '../../src/core/money.js';
import { checkShift } from '../../src/desk/checkShift.js';
import { chinaCalendar } from '../../src/calendar/chinaCalendar.js';
import { extendCalendar } from '../../src/calendar/extendCalendar.js';
import { referralDueAt } from '../../src/repair/referralDueAt.js';
import {
  approvalAuthorityInputSchema,
  calendarDateSchema,
  checkShiftInputSchema,
  employmentMonthArgsSchema,
  instantSchema,
  probationSettlementInputSchema,
  scoreMonthInputSchema,
  appraiseMonthInputSchema,
} from '../../src/schemas/index.js';

function refusal(call: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return { code: (error as InvalidInputError).code, path: (error as InvalidInputError).path };
  }
  throw new Error('expected an InvalidInputError');
}

const ajv = new Ajv2020({ strict: false });
const instantJson = ajv.compile(toJsonSchema(instantSchema));
const dateJson = ajv.compile(toJsonSchema(calendarDateSchema));

describe('toEpochMs', () => {
  it('accepts the span of four-digit years exactly, and refuses a millisecond beyond it (out_of_range)', () => {
    expect(MIN_INSTANT_MS).toBe(Date.parse('0000-01-01T00:00:00Z') - 86_340_000);
    expect(MAX_INSTANT_MS).toBe(Date.parse('+010000-01-01T00:00:00Z') + 86_340_000);
    expect(toEpochMs('0000-01-01T00:00+23:59', 'f', ['at'])).toBe(MIN_INSTANT_MS);
    expect(toEpochMs('9999-12-31T24:00-23:59', 'f', ['at'])).toBe(MAX_INSTANT_MS);
    expect(toEpochMs(MIN_INSTANT_MS, 'f', ['at'])).toBe(MIN_INSTANT_MS);
    expect(toEpochMs(new Date(MAX_INSTANT_MS), 'f', ['at'])).toBe(MAX_INSTANT_MS);
    expect(refusal(() => toEpochMs(MIN_INSTANT_MS - 1, 'f', ['at']))).toEqual({ code: 'out_of_range', path: ['at'] });
    expect(refusal(() => toEpochMs(new Date(MAX_INSTANT_MS + 1), 'f', ['at']))).toEqual({ code: 'out_of_range', path: ['at'] });
    expect(refusal(() => toEpochMs(8.64e15 + 1, 'f', ['at']))).toEqual({ code: 'invalid_instant', path: ['at'] });
    expect(() => toEpochMs(MAX_INSTANT_MS + 1, 'referralDueAt', ['receivedAt'])).toThrow(/^referralDueAt: receivedAt must be an instant within the years 0000–9999/);
  });

  it('makes a function refuse a far instant at its own path, not at the result', () => {
    expect(refusal(() => referralDueAt(8.64e15))).toEqual({ code: 'out_of_range', path: ['receivedAt'] });
    // The last instant accepted lies past 9999 in Shanghai: its deadline would be written with the year 10000.
    expect(refusal(() => referralDueAt(MAX_INSTANT_MS))).toEqual({ code: 'out_of_range', path: ['receivedAt'] });
    expect(referralDueAt(MAX_RESULT_MS - 3_600_000).getTime()).toBe(MAX_RESULT_MS);
  });

  it('makes toShanghaiIsoString refuse an instant whose text would not have a four-digit year', () => {
    // It printed '+275760-09-13T08:00:00.000+08:00': not ISO-8601 as a reader of four-digit years takes it.
    expect(refusal(() => toShanghaiIsoString(8.64e15))).toEqual({ code: 'out_of_range', path: ['value'] });
    expect(toShanghaiIsoString(MAX_RESULT_MS)).toBe('9999-12-31T23:59:59.999+08:00');
  });
});

describe('instantSchema', () => {
  const cases: [unknown, boolean][] = [
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-04-30T23:59:59.999999999+08:00', true],
    ['2026-10-05t15:00:00z', true],
    ['2026-10-05 15:00', true],
    ['2026-10-05T24:00', true],
    ['2026-10-05T24:00:00.0001Z', true],
    ['2026-10-05T24:00:00.001Z', false],
    ['2026-10-05T24:01', false],
    ['2026-10-05T25:00', false],
    ['2026-10-05T15:60', false],
    ['2026-10-05T15:00:60', false],
    ['2026-10-05T15:00+23:59', true],
    ['2026-10-05T15:00+2359', true],
    ['2026-10-05T15:00+24:00', false],
    ['2026-10-05T15:00+08:60', false],
    ['2026-10-05T15:00:00.1234567890Z', false],
    ['0000-01-01T00:00+23:59', true],
    ['+275760-09-13', false],
    [MIN_INSTANT_MS, true],
    [MAX_INSTANT_MS, true],
    [MIN_INSTANT_MS - 1, false],
    [MAX_INSTANT_MS + 1, false],
    [1.5, false],
  ];
  it.each(cases)('%s: the zod schema, its JSON Schema and toEpochMs agree (%s)', (value, valid) => {
    expect(instantSchema.safeParse(value).success).toBe(valid);
    expect(instantJson(value)).toBe(valid);
    let read = true;
    try {
      toEpochMs(value, 'f', []);
    } catch {
      read = false;
    }
    expect(read).toBe(valid);
  });

  it('accepts a Date within the span and refuses one beyond it', () => {
    expect(instantSchema.safeParse(new Date(MAX_INSTANT_MS)).success).toBe(true);
    expect(instantSchema.safeParse(new Date(MAX_INSTANT_MS + 1)).success).toBe(false);
    expect(instantSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
  });
});

describe('calendarDateSchema', () => {
  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-06-31', false],
    ['2026-12-31', true],
    ['2026-12-31T00:00', false],
  ])('%s is %s, in zod and in JSON Schema', (text, valid) => {
    expect(calendarDateSchema.safeParse(text).success).toBe(valid);
    expect(dateJson(text)).toBe(valid);
  });
});

describe('yuanSchema', () => {
  it('accepts up to 2^53 − 1 fen, as yuanToFen does, and refuses the next amount', () => {
    const next = 90_071_992_547_409.92;
    expect(approvalAuthorityInputSchema.safeParse(MAX_YUAN).success).toBe(true);
    expect(yuanToFen(MAX_YUAN, 'f', [])).toBe(Number.MAX_SAFE_INTEGER);
    expect(approvalAuthorityInputSchema.safeParse(next).success).toBe(false);
    expect(refusal(() => yuanToFen(next, 'f', ['amount']))).toEqual({ code: 'out_of_range', path: ['amount'] });
    expect(toJsonSchema(approvalAuthorityInputSchema)).toMatchObject({ minimum: 0, maximum: MAX_YUAN });
  });
});

describe('checkShift', () => {
  const shift = { start: '2026-03-02T08:00:00+08:00', end: '2026-03-02T17:00:00+08:00' };
  const pause = { start: '2026-03-02T12:00:00+08:00', end: '2026-03-02T13:00:00+08:00' };
  it('refuses an unknown key in the roster, a shift or a break', () => {
    expect(refusal(() => checkShift({ month: '2026-03', shifts: [shift], extra: 1 } as never))).toEqual({ code: 'unknown_key', path: ['extra'] });
    expect(refusal(() => checkShift({ month: '2026-03', shifts: [{ ...shift, brakes: [] }] } as never))).toEqual({ code: 'unknown_key', path: ['shifts', 0, 'brakes'] });
    expect(refusal(() => checkShift({ month: '2026-03', shifts: [{ ...shift, breaks: [{ ...pause, note: 'x' }] }] } as never))).toEqual({
      code: 'unknown_key',
      path: ['shifts', 0, 'breaks', 0, 'note'],
    });
  });

  it('has a zod schema that refuses what the function refuses between fields, at the same path', () => {
    const issues = (value: unknown) => checkShiftInputSchema.safeParse(value).error?.issues.map((issue) => issue.path) ?? [];
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [pause] }] })).toEqual([]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, end: shift.start }] })).toEqual([['shifts', 0, 'end']]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [{ start: pause.end, end: pause.end }] }] })).toEqual([['shifts', 0, 'breaks', 0, 'end']]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [{ start: '2026-03-02T07:00:00+08:00', end: pause.end }] }] })).toEqual([['shifts', 0, 'breaks', 0, 'start']]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [{ start: pause.start, end: shift.end }] }] })).toEqual([]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [{ start: pause.start, end: '2026-03-02T17:00:00.001+08:00' }] }] })).toEqual([['shifts', 0, 'breaks', 0, 'start']]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [pause, { start: '2026-03-02T12:30:00+08:00', end: '2026-03-02T14:00:00+08:00' }] }] })).toEqual([
      ['shifts', 0, 'breaks', 1, 'start'],
    ]);
    expect(issues({ month: '2026-03', shifts: [{ ...shift, breaks: [pause, { start: pause.end, end: '2026-03-02T14:00:00+08:00' }] }] })).toEqual([]);
    expect(issues({ month: '2026-03', shifts: [shift, { start: '2026-03-02T16:59:59+08:00', end: '2026-03-02T20:00:00+08:00' }] })).toEqual([['shifts', 1, 'start']]);
    expect(issues({ month: '2026-03', shifts: [{ start: shift.end, end: '2026-03-02T20:00:00+08:00' }, shift] })).toEqual([]);
    expect(refusal(() => checkShift({ month: '2026-03', shifts: [shift, { start: '2026-03-02T16:59:59+08:00', end: '2026-03-02T20:00:00+08:00' }] }))).toEqual({
      code: 'overlap',
      path: ['shifts', 1, 'start'],
    });
  });
});

describe('probationSettlementInputSchema', () => {
  it('refuses resignedAt before onPostAt at resignedAt, and accepts the same instant', () => {
    const base = { onPostAt: '2026-03-02T09:00:00+08:00', probationEndsAt: '2026-06-01T00:00:00+08:00' };
    expect(probationSettlementInputSchema.safeParse({ ...base, resignedAt: base.onPostAt }).success).toBe(true);
    expect(probationSettlementInputSchema.safeParse({ ...base, resignedAt: '2026-03-02T08:59:59.999+08:00' }).error?.issues.map((issue) => issue.path)).toEqual([
      ['resignedAt'],
    ]);
  });
});

describe('employmentMonthArgsSchema', () => {
  it('refuses a period before the Shanghai month of hiring, at the period', () => {
    expect(employmentMonthArgsSchema.safeParse(['2026-01-31T23:59:59+08:00', '2026-01']).success).toBe(true);
    expect(employmentMonthArgsSchema.safeParse(['2026-01-31T16:00:00Z', '2026-01']).error?.issues.map((issue) => issue.path)).toEqual([[1]]);
    expect(employmentMonthArgsSchema.safeParse(['2026-02-01T00:00:00+08:00', '2025-12']).success).toBe(false);
    expect(employmentMonthArgsSchema.safeParse(['2025-12-01T00:00:00+08:00', '2026-01']).success).toBe(true);
  });
});

describe('blank strings', () => {
  it('are refused by the schemas of appraiseMonth ids and scoreMonth reasons, as by the functions', () => {
    expect(appraiseMonthInputSchema.safeParse({ members: [{ id: ' \t' }] }).success).toBe(false);
    expect(appraiseMonthInputSchema.safeParse({ members: [{ id: ' a' }] }).success).toBe(true);
    expect(scoreMonthInputSchema.safeParse({ adjustment: { points: 1, reason: '\u3000' } }).success).toBe(false);
    expect(scoreMonthInputSchema.safeParse({ adjustment: { points: 1, reason: ' 帮忙 ' } }).success).toBe(true);
    expect(refusal(() => appraiseMonth({ members: [{ id: ' \t' }] }))).toEqual({ code: 'missing', path: ['members', 0, 'id'] });
  });
});

describe('classifyComplaint', () => {
  it('refuses a count above 2^53 − 1 and accepts 2^53 − 1', () => {
    expect(refusal(() => classifyComplaint({ collectiveComplainants: 2 ** 53 }))).toEqual({ code: 'out_of_range', path: ['collectiveComplainants'] });
    expect(classifyComplaint({ collectiveComplainants: Number.MAX_SAFE_INTEGER }).level).toBe(2);
  });
});

describe('appraiseMonth', () => {
  it('refuses month: null instead of reading it as an absent month', () => {
    expect(refusal(() => appraiseMonth({ members: [{ id: 'li', month: null as never }] }))).toEqual({ code: 'invalid_type', path: ['members', 0, 'month'] });
    expect(appraiseMonth({ members: [{ id: 'li' }] }).members[0]?.score).toBe(80);
  });
});

describe('extendCalendar', () => {
  const file = { year: chinaCalendar.to + 1, days: [{ name: '元旦', date: `${chinaCalendar.to + 1}-01-01`, isOffDay: true }] };
  it("refuses a holiday-cn file whose name, papers, $schema or $id is not the string the format says", () => {
    expect(extendCalendar(chinaCalendar, { ...file, papers: ['https://example.org/notice'], $schema: 's', $id: 'i' }).to).toBe(chinaCalendar.to + 1);
    expect(refusal(() => extendCalendar(chinaCalendar, { ...file, days: [{ ...file.days[0], name: 0 }] } as never))).toEqual({ code: 'invalid_type', path: ['notice', 'days', 0, 'name'] });
    expect(refusal(() => extendCalendar(chinaCalendar, { ...file, papers: 'x' } as never))).toEqual({ code: 'invalid_type', path: ['notice', 'papers'] });
    expect(refusal(() => extendCalendar(chinaCalendar, { ...file, papers: ['a', 1] } as never))).toEqual({ code: 'invalid_type', path: ['notice', 'papers', 1] });
    expect(refusal(() => extendCalendar(chinaCalendar, { ...file, $schema: 1 } as never))).toEqual({ code: 'invalid_type', path: ['notice', '$schema'] });
    expect(refusal(() => extendCalendar(chinaCalendar, { ...file, $id: null } as never))).toEqual({ code: 'invalid_type', path: ['notice', '$id'] });
  });
});

describe('appraiseMonthInputSchema', () => {
  it('refuses a hiredOn after the period and an employmentMonth other than the one hiredOn gives, where the function does', () => {
    const issues = (value: unknown) => appraiseMonthInputSchema.safeParse(value).error?.issues.map((issue) => issue.path) ?? [];
    expect(issues({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-03-31T23:59:59+08:00', employmentMonth: 1 }] })).toEqual([]);
    expect(issues({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-03-31T16:00:00Z' }] })).toEqual([['members', 0, 'hiredOn']]);
    expect(issues({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-01-15', employmentMonth: 2 }] })).toEqual([['members', 0, 'employmentMonth']]);
    expect(issues({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-01-15', employmentMonth: 3 }] })).toEqual([]);
    expect(refusal(() => appraiseMonth({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-03-31T16:00:00Z' }] }))).toEqual({ code: 'before_hire', path: ['members', 0, 'hiredOn'] });
    expect(refusal(() => appraiseMonth({ period: '2026-03', members: [{ id: 'a', hiredOn: '2026-01-15', employmentMonth: 2 }] }))).toEqual({ code: 'mismatch', path: ['members', 0, 'employmentMonth'] });
  });
});
