import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireArray, requireObject, requirePresent, requireString, refuseExtraArguments } from '../core/validate.js';
import { PAST, standingAgainstEnd } from '../core/dueAtMs.js';
import { defaultComplaintPolicy } from './complaintPolicy.js';

/** One complaint of a history, for {@link countRecurrence}. Other fields of a record are ignored. */
export interface ComplaintHistoryEntry {
  /** Who complained (a person or household identifier); non-empty. */
  readonly complainantId: string;
  /** What the complaint is about; complaints with the same key are about the same issue (相同投诉). */
  readonly issueKey: string;
  /** When the complaint was made. */
  readonly at: Instant;
}

/** The question {@link countRecurrence} answers: which issue, as of when. */
export interface RecurrenceQuery {
  /** The issue to count. */
  readonly issueKey: string;
  /** The instant to count up to (inclusive). */
  readonly asOf: Instant;
}

const FN = 'countRecurrence';
// The query is the caller's own question: a misspelt key is an error. History entries are ERP rows
// and may carry other fields.
const QUERY_KEYS: readonly string[] = ['issueKey', 'asOf'];
const ENTRY_FIELDS: readonly string[] = ['complainantId', 'issueKey', 'at'];

function requireNonEmptyString(value: unknown, path: readonly (string | number)[]): string {
  requirePresent(value, FN, path, 'a non-empty string');
  const text = requireString(value, FN, path);
  if (text === '') throw invalid(FN, path, 'empty', 'a non-empty string', value);
  return text;
}

/**
 * Counts the distinct complainants who complained about one issue within one month up to `asOf`
 * (一个月内累计…不同投诉人的相同投诉): the figure {@link classifyComplaint} takes as
 * `sameIssueComplainantsInMonth`. A complaint made at `t` counts when `t` is not after `asOf` and
 * `asOf` is not after the end of the month period (RULES C2) that starts at `t`; complaints after
 * `asOf` are ignored. Runs in time linear in the history's length. The window is the policy's
 * `complaint.recurrenceWindow`.
 *
 * @param history - Complaints in any order; every entry is validated, whatever its issue.
 * @param query - The issue key and the instant to count up to.
 * @param options - `policy` for a company's own window and day counting.
 * @returns The number of distinct `complainantId`s.
 * @throws {@link InvalidInputError} When `history` is not an array, an entry is not an object, has an
 * empty or non-string `complainantId` or `issueKey` or an invalid `at` (path `['history', i, field]`),
 * or the query's `issueKey` or `asOf` is invalid or it has another key (path `['query', field]`).
 * @see RULES `complaint.recurrence-count`, `complaint.level2.recurrence`; ZN §1.2.
 *
 * @example
 * ```ts
 * import { countRecurrence } from 'wuye-rules/complaint';
 * const history = [
 *   { complainantId: 'A-301', issueKey: 'noise:gym', at: '2026-03-02T21:00:00+08:00' },
 *   { complainantId: 'A-302', issueKey: 'noise:gym', at: '2026-03-20T22:10:00+08:00' },
 *   { complainantId: 'A-302', issueKey: 'noise:gym', at: '2026-03-25T21:30:00+08:00' },
 *   { complainantId: 'B-110', issueKey: 'noise:gym', at: '2026-04-01T20:45:00+08:00' },
 *   { complainantId: 'B-110', issueKey: 'lift:2', at: '2026-04-01T09:00:00+08:00' },
 * ];
 * countRecurrence(history, { issueKey: 'noise:gym', asOf: '2026-04-02T23:59:59+08:00' });
 * //=> 3
 * countRecurrence(history, { issueKey: 'noise:gym', asOf: '2026-04-03T00:00:01+08:00' });
 * //=> 2
 * ```
 */
export function countRecurrence(history: readonly ComplaintHistoryEntry[], query: RecurrenceQuery, options?: RuleOptions): number {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'countRecurrence');
  options = ruleOptions(options, 'countRecurrence');
  const entries = requireArray(history, FN, ['history']);
  const q = requireObject(query, FN, ['query'], QUERY_KEYS);
  const issueKey = requireNonEmptyString(q.issueKey, ['query', 'issueKey']);
  requirePresent(q.asOf, FN, ['query', 'asOf'], 'a valid instant');
  const asOfMs = toEpochMs(q.asOf, FN, ['query', 'asOf']);
  const window = (options?.policy?.complaint ?? defaultComplaintPolicy).recurrenceWindow;

  const complainants = new Set<string>();
  for (let index = 0; index < entries.length; index++) {
    const entry = requireObject(entries[index], FN, ['history', index], undefined, ENTRY_FIELDS);
    const complainantId = requireNonEmptyString(entry.complainantId, ['history', index, 'complainantId']);
    const entryIssue = requireNonEmptyString(entry.issueKey, ['history', index, 'issueKey']);
    requirePresent(entry.at, FN, ['history', index, 'at'], 'a valid instant');
    const atMs = toEpochMs(entry.at, FN, ['history', index, 'at']);
    if (entryIssue !== issueKey || atMs > asOfMs || complainants.has(complainantId)) continue;
    // The entry counts until asOf is past the window's end (the one the rest-day extension moved, if any).
    if (standingAgainstEnd((end) => asOfMs > end, atMs, window, options, FN, ['history', index, 'at'], entry.at) !== PAST) complainants.add(complainantId);
  }
  return complainants.size;
}
