// Contract: every instant a function reads is checked under the function's name and the field's exact
// path. For every instant field of every callable function (found in its example line and its sample
// cases), a value that is not an instant is `invalid_instant`, an instant a Date can hold but outside
// the years 0000–9999 is `out_of_range` — both at that field's path, with the function's name and the
// field first in the message — and the span's ends themselves are accepted there.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { describePath, describeValue } from '../../src/core/describe.js';
import { MAX_EPOCH_MS, MAX_INSTANT_MS, MIN_INSTANT_MS } from '../../src/core/instant.js';
import { errorPathFor, functions, instantPathsOf, replaceAt, thrownBy, validInputsOf } from './_support.js';

type Path = readonly (string | number)[];

const NOT_AN_INSTANT = 'a valid instant (Date, epoch ms or ISO-8601 string)';
const OUTSIDE_SPAN = 'an instant within the years 0000–9999 (as an ISO-8601 string can name)';

// Values that are no instant at all, and instants a Date holds that are outside the span of four-digit years.
const INVALID: readonly unknown[] = ['x', '+010000-01-01T00:00:00Z', '2026-02-30T10:00:00+08:00', '2026-10-01T24:01:00+08:00', 1.5, MAX_EPOCH_MS + 1, -MAX_EPOCH_MS - 1, Number.NaN, new Date(Number.NaN), null, true, {}];
const OUT_OF_SPAN: readonly unknown[] = [MAX_INSTANT_MS + 1, MIN_INSTANT_MS - 1, MAX_EPOCH_MS, -MAX_EPOCH_MS, MAX_EPOCH_MS - 1, new Date(MAX_EPOCH_MS), new Date(MAX_INSTANT_MS + 1)];
// The span's ends, as epoch ms, Dates and the ISO-8601 strings that name them.
const SPAN_ENDS: readonly unknown[] = [MAX_INSTANT_MS, MIN_INSTANT_MS, new Date(MAX_INSTANT_MS), new Date(MIN_INSTANT_MS), '9999-12-31T24:00-23:59', '0000-01-01T00:00+23:59'];

/** Each instant field of a function's valid inputs once: the input it was found in and its path there. */
function instantFields(inputs: readonly unknown[][], fn: (typeof functions)[number]): { args: unknown[]; argsPath: Path; errorPath: Path }[] {
  const seen = new Set<string>();
  const fields: { args: unknown[]; argsPath: Path; errorPath: Path }[] = [];
  for (const args of inputs) {
    for (const argsPath of instantPathsOf(args)) {
      const errorPath = errorPathFor(fn, args, argsPath);
      // Array items count once (`history[0]` stands for every item).
      const key = JSON.stringify(errorPath.map((step) => (typeof step === 'number' ? 0 : step)));
      if (seen.has(key)) continue;
      seen.add(key);
      fields.push({ args, argsPath, errorPath });
    }
  }
  return fields;
}

function refusal(call: () => unknown): InvalidInputError {
  const error = thrownBy(call);
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

// The callable functions that read instants: a new one must show its instant fields in its example or samples.
const READ_INSTANTS = [
  'addWorkdays', 'appraiseMonth', 'checkShift', 'classifyComplaint', 'communicationDueAt', 'companyMeetingDay', 'complaintDeadlines',
  'countRecurrence', 'dueAt', 'dutyCalendar', 'employmentMonth', 'explainDeadline', 'fineOccurrence', 'investigationReportDueAt',
  'isWorkday', 'noticePlan', 'paidServiceDueAt', 'parkingPermitRevocation', 'parkingRenewalNoticeBy', 'probationSettlement',
  'publicityUpdateDueAt', 'referralDueAt', 'repairDeadline', 'repairStatus', 'retentionUntil', 'serviceDueAt', 'toICalendar', 'visitAllowedAt',
  'visitPaperworkDue', 'visitSummaryApprovalDueAt', 'weeklyReportCheck', 'workdaysBetween',
];

// Functions whose date fields are calendar days (`YYYY-MM-DD`), not instants.
const DAY_FIELDS: ReadonlySet<string> = new Set(['defineCalendar', 'extendCalendar']);

describe('every instant field of every function', () => {
  it('is found for every function that reads instants', () => {
    const found = functions.filter((fn) => !DAY_FIELDS.has(fn.name) && instantFields(validInputsOf(fn), fn).length > 0).map((fn) => fn.name);
    expect(found).toEqual(READ_INSTANTS);
  });

  for (const fn of functions) {
    if (DAY_FIELDS.has(fn.name)) continue;
    it(`${fn.name}: refuses a non-instant and an instant outside 0000–9999 at the field, and accepts the span's ends`, () => {
      for (const { args, argsPath, errorPath } of instantFields(validInputsOf(fn), fn)) {
        const where = `${fn.name} ${JSON.stringify(errorPath)}`;
        for (const value of INVALID) {
          const error = refusal(() => fn.call(...replaceAt(args, argsPath, value)));
          expect({ code: error.code, path: error.path, message: error.message }, `${where} = ${describeValue(value)}`).toEqual({
            code: 'invalid_instant',
            path: errorPath,
            message: `${fn.name}: ${describePath(errorPath)} must be ${NOT_AN_INSTANT}, received ${describeValue(value)}`,
          });
        }
        for (const value of OUT_OF_SPAN) {
          const error = refusal(() => fn.call(...replaceAt(args, argsPath, value)));
          expect({ code: error.code, path: error.path, message: error.message }, `${where} = ${describeValue(value)}`).toEqual({
            code: 'out_of_range',
            path: errorPath,
            message: `${fn.name}: ${describePath(errorPath)} must be ${OUTSIDE_SPAN}, received ${describeValue(value)}`,
          });
        }
        // An end of the span may break a rule between fields (a pause before the case was received)
        // or be outside the calendar, but it is not refused as an instant.
        for (const value of SPAN_ENDS) {
          let error: unknown;
          try {
            fn.call(...replaceAt(args, argsPath, value));
          } catch (caught) {
            error = caught;
          }
          if (error instanceof InvalidInputError && error.message.includes(OUTSIDE_SPAN)) {
            expect.fail(`${where} = ${describeValue(value)} was refused as outside the span: ${error.message}`);
          }
          if (error !== undefined && !(error instanceof Error && error.name.endsWith('Error') && 'message' in error)) throw error;
        }
      }
    });
  }
});
