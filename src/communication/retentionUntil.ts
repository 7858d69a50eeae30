import { dueAtMs } from '../core/dueAtMs.js';
import { toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireOneOf, refuseExtraArguments } from '../core/validate.js';
import { defaultCommunicationPolicy, type RetainedRecord } from './communicationPolicy.js';

const FN = 'retentionUntil';
const RECORDS: readonly RetainedRecord[] = ['meeting-minutes', 'notice'];

/**
 * Until when a record must be kept: the minutes of the company's and the departments' weekly meetings
 * and the originals of written notices are kept one year (保存期限为一年). The year is read as a
 * 12-month period (Civil Code art. 202): under civil-code counting it ends at 24:00 of the corresponding
 * day twelve months later (the last day of that month when it has no such day), so a record may be
 * destroyed from the returned instant on.
 *
 * @param record - `'meeting-minutes'` or `'notice'`.
 * @param from - When the record was made (the meeting, the notice's issue).
 * @param options - `policy` for a company's own retention periods or `dayCounting`.
 * @returns The end of the retention period.
 * @throws {@link InvalidInputError} When `record` is unknown (`invalid_enum`), `from` is not a valid instant,
 * or the end would lie past 9999-12-31 (+08:00) (`out_of_range` at `from`).
 * @see RULES `internal.retention`; JM 篇2 4.1.3, 4.1.4, 4.2.4.
 *
 * @example
 * ```ts
 * import { retentionUntil } from 'wuye-rules/communication';
 * import { toShanghaiIsoString } from 'wuye-rules';
 * toShanghaiIsoString(retentionUntil('meeting-minutes', '2026-03-09T09:30:00+08:00'));
 * //=> '2027-03-10T00:00:00.000+08:00'
 * ```
 */
export function retentionUntil(record: RetainedRecord, from: Instant, options?: RuleOptions): Date {
  if (arguments.length > 3) refuseExtraArguments(arguments, 3, 'retentionUntil');
  options = ruleOptions(options, 'retentionUntil');
  requireOneOf(record, RECORDS, FN, ['record']);
  const fromMs = toEpochMs(from, FN, ['from']);
  const period = (options?.policy?.communication ?? defaultCommunicationPolicy).retention[record];
  return new Date(dueAtMs(fromMs, period, options, FN, ['from'], from));
}
