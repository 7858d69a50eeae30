import { flagProvisional, provisionalMark } from '../core/provisional.js';
import { withRestDayExtension } from '../core/restDayExtension.js';
import { reachesLowerBound } from '../core/bound.js';
import { freezeDecision, type Decision, type RuleId } from '../core/decision.js';
import { shanghaiIsoText, toEpochMs, type Instant } from '../core/instant.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { invalid, requireBoolean, requireCount, requireObject, requireOneOf, requirePresent, refuseExtraArguments } from '../core/validate.js';
import { NOT_PAST, PAST, SPARED_BY_EXTENSION, standingAgainstEnd } from '../core/dueAtMs.js';
import { defaultLevelThresholds, type ComplaintLevel, type PeriodThreshold } from './complaintPolicy.js';

/** Negative media exposure of a complaint, in order of severity: none < possible < occurred. */
export type MediaExposure = 'none' | 'possible' | 'occurred';

/** A lawsuit arising from a complaint, in order of severity: none < possible < filed. */
export type LitigationStatus = 'none' | 'possible' | 'filed';

/** A complaint that is still open: since when, as of when, and whether the delay is on our side. */
export interface UnresolvedComplaint {
  /** When the complaint was opened (received). */
  readonly openedAt: Instant;
  /** The instant the complaint is judged at; not before `openedAt`. */
  readonly asOf: Instant;
  /** Whether it is unresolved for reasons on our side (由于我方原因). */
  readonly causedByUs: boolean;
}

/**
 * What is known about a complaint, for {@link classifyComplaint}. Every field is optional: an absent
 * field means none, false or 0.
 */
export interface ComplaintFacts {
  /** Negative media exposure (媒体负面曝光): `'none'`, `'possible'` or `'occurred'`. */
  readonly media?: MediaExposure;
  /** Whether the exposure seriously harms the company's reputation or image, e.g. an integrity issue (诚信问题). */
  readonly severeReputationalHarm?: boolean;
  /** A lawsuit (法律诉讼): `'none'`, `'possible'` or `'filed'`. */
  readonly litigation?: LitigationStatus;
  /** Households in the actual or possible (group) lawsuit; counts only when `litigation` is not `'none'`. */
  readonly litigationHouseholds?: number;
  /** People in a collective complaint (集体投诉). */
  readonly collectiveComplainants?: number;
  /** Households in a collective complaint. */
  readonly collectiveHouseholds?: number;
  /** Distinct complainants about the same issue within one month (see {@link countRecurrence}). */
  readonly sameIssueComplainantsInMonth?: number;
  /** The complaint is still open: when it was opened, as of when, and whether the delay is ours. */
  readonly unresolved?: UnresolvedComplaint;
  /** Complaints about the same issue after it had been handled (处理完毕后同一问题发生投诉). */
  readonly repeatsAfterResolution?: number;
  /** Handling needs another department's help, including expertise (需要其他部门提供协助). */
  readonly needsOtherDepartment?: boolean;
}

/** The answer of {@link classifyComplaint}: the level, whether it is a crisis (level 1), and every matching reason. */
export type ClassifyComplaintResult = Decision<{
  /** The severity: 1 (most severe, a crisis) to 4. */
  level: ComplaintLevel;
  /** Whether the complaint is a crisis (危机事件): exactly when the level is 1. */
  crisis: boolean;
}>;

const FN = 'classifyComplaint';
// The path of the whole argument (built once: the hot path allocates nothing).
const ROOT = [] as const;
const MEDIA_PATH = ['media'] as const;
const LITIGATION_PATH = ['litigation'] as const;
const MEDIA: readonly MediaExposure[] = ['none', 'possible', 'occurred'];
const LITIGATION: readonly LitigationStatus[] = ['none', 'possible', 'filed'];
const FACT_KEYS: readonly string[] = [
  'media',
  'severeReputationalHarm',
  'litigation',
  'litigationHouseholds',
  'collectiveComplainants',
  'collectiveHouseholds',
  'sameIssueComplainantsInMonth',
  'unresolved',
  'repeatsAfterResolution',
  'needsOtherDepartment',
];
const UNRESOLVED_KEYS: readonly string[] = ['openedAt', 'asOf', 'causedByUs'];

// The reasons of ZN §1, most severe first; reason i is bit i of a match mask.
const REASONS: readonly { readonly id: RuleId; readonly level: ComplaintLevel }[] = [
  { id: 'complaint.level1.media', level: 1 },
  { id: 'complaint.level1.group-litigation', level: 1 },
  { id: 'complaint.level1.collective', level: 1 },
  { id: 'complaint.level2.litigation-or-media', level: 2 },
  { id: 'complaint.level2.recurrence', level: 2 },
  { id: 'complaint.level2.collective', level: 2 },
  { id: 'complaint.level2.overdue', level: 2 },
  { id: 'complaint.level3.repeat-after-resolution', level: 3 },
  { id: 'complaint.level3.cross-department', level: 3 },
];
const MEDIA_HARM = 1 << 0;
const GROUP_LITIGATION = 1 << 1;
const COLLECTIVE_CRISIS = 1 << 2;
const LITIGATION_OR_MEDIA = 1 << 3;
const RECURRENCE = 1 << 4;
const COLLECTIVE = 1 << 5;
const OVERDUE = 1 << 6;
const REPEAT = 1 << 7;
const CROSS_DEPARTMENT = 1 << 8;
// ZN §1.2's collective band ends at 10户以下; a collective complaint beyond it (超过10户, 10 excluded)
// is level 2 or, under policy complaint.collectiveAboveTenHouseholds: 1, a crisis.
const ABOVE_TEN_HOUSEHOLDS = { value: 10, inclusive: false } as const;

const LEVEL4: ClassifyComplaintResult = /* @__PURE__ */ freezeDecision({ level: 4 as ComplaintLevel, crisis: false }, ['complaint.level4']);

// One frozen answer per combination of matching reasons, built on first use (STYLE: finite answers
// are interned). The reasons and their ids do not depend on the policy, so neither does the answer.
// A preallocated array (2^9 = 512 slots, one per mask of the nine reasons): an empty one written at
// scattered indexes would fall into V8's slow dictionary elements. The length is a literal, not
// `1 << REASONS.length`, so that bundlers see no module-level property read to keep.
const answers: (ClassifyComplaintResult | undefined)[] = /* @__PURE__ */ new Array<ClassifyComplaintResult | undefined>(512);

function answerFor(mask: number): ClassifyComplaintResult {
  if (mask === 0) return LEVEL4;
  let answer = answers[mask];
  if (answer === undefined) {
    const basis: RuleId[] = [];
    let level: ComplaintLevel = 4;
    let bit = 1;
    for (const reason of REASONS) {
      if ((mask & bit) !== 0) {
        basis.push(reason.id);
        if (reason.level < level) level = reason.level;
      }
      bit <<= 1;
    }
    answer = freezeDecision({ level, crisis: level === 1 }, basis);
    answers[mask] = answer;
  }
  return answer;
}

// Absent = 0 / false. The common valid case is checked inline so the hot path allocates nothing;
// anything else goes to the shared validators, which throw with the field's path.
function optionalCount(value: unknown, field: string): number {
  if (value === undefined) return 0;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  return requireCount(value, FN, [field]);
}

function optionalFlag(value: unknown, field: string): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  return requireBoolean(value, FN, [field]);
}

/**
 * Classifies a complaint into the four levels of the Zhongnan standard (投诉等级): level 1, a crisis
 * (危机事件), for media exposure that seriously harms the company's reputation or a group lawsuit of 10
 * households or more; level 2 for a possible lawsuit or media exposure, 3 or more complainants about
 * the same issue within a month, a collective complaint of 3 or more people or households, or a
 * complaint unresolved for more than a month for our reasons; level 3 for 3 repeat complaints after
 * handling or one that needs another department; level 4 otherwise. The most severe matching level
 * wins and `basis` lists every matching reason, most severe first. Severity is monotone: raising a
 * count, turning on a flag or raising an enum never lowers the level. Thresholds and their boundaries
 * come from the policy's `complaint.levelThresholds`. The source's collective band stops at 10
 * households; a collective complaint of more than 10 households stays level 2 unless the policy's
 * `complaint.collectiveAboveTenHouseholds` is 1, which makes it a crisis (`complaint.level1.collective`).
 *
 * @param facts - What is known about the complaint; every field optional (absent = none / false / 0).
 * @param options - `policy` for a company's own thresholds and day counting; `calendar` for the
 * working-day calendar (used only when the policy extends deadlines past rest days).
 * @returns `{ level, crisis, basis }`, a frozen object shared by all calls with the same reasons; a copy
 * whose basis ends with `C2.rest-day-extension` when `extendPastRestDays` decided the overdue check (the
 * case is overdue at the period's unmoved end but not at the moved one), then `C3.weekends-fallback`
 * when that end was read in a year the calendar lacks as Monday–Friday, or `calendar.provisional` when
 * it used a provisional year.
 * @throws {@link InvalidInputError} When `facts` is not an object or has an unknown field, a count is
 * negative, fractional or not finite, an enum value is unknown, a flag is not a boolean, or
 * `unresolved` lacks a field, holds an invalid instant or has `asOf` before `openedAt`.
 * @see RULES `complaint.level1` – `complaint.level4`, `complaint.level1.collective`; ZN §1 (投诉的等级划分).
 *
 * @example
 * ```ts
 * import { classifyComplaint } from 'wuye-rules/complaint';
 * classifyComplaint({ collectiveHouseholds: 12 });
 * //=> { level: 2, crisis: false, basis: ['complaint.level2.collective'] }
 * classifyComplaint({ litigation: 'possible', litigationHouseholds: 10 }).crisis;
 * //=> true
 * classifyComplaint({ needsOtherDepartment: true, repeatsAfterResolution: 2 }).basis;
 * //=> ['complaint.level3.cross-department']
 * classifyComplaint({});
 * //=> { level: 4, crisis: false, basis: ['complaint.level4'] }
 * ```
 *
 * @example
 * ```ts
 * import { classifyComplaint } from 'wuye-rules/complaint';
 * import { definePolicy } from 'wuye-rules/policy';
 * const policy = definePolicy({ complaint: { collectiveAboveTenHouseholds: 1 } });
 * classifyComplaint({ collectiveHouseholds: 11 }, { policy });
 * //=> { level: 1, crisis: true, basis: ['complaint.level1.collective'] }
 * classifyComplaint({ collectiveHouseholds: 10 }, { policy }).level;
 * //=> 2
 * ```
 *
 * @example
 * ```ts
 * import { classifyComplaint } from 'wuye-rules/complaint';
 * // Opened on 15 January, unresolved for our reasons: overdue once the month period (24:00 of 15 February) has passed.
 * classifyComplaint({ unresolved: { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-02-16T00:00:00+08:00', causedByUs: true } }).level;
 * //=> 4
 * classifyComplaint({ unresolved: { openedAt: '2026-01-15T10:00:00+08:00', asOf: '2026-02-16T08:00:00+08:00', causedByUs: true } }).basis;
 * //=> ['complaint.level2.overdue']
 * ```
 */
export function classifyComplaint(facts: ComplaintFacts, options?: RuleOptions): ClassifyComplaintResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'classifyComplaint');
  options = ruleOptions(options, 'classifyComplaint');
  // The overdue check may read a provisional year (RULES C11): the answer then says so.
  const mark = provisionalMark();
  const input = requireObject(facts, FN, ROOT, undefined, FACT_KEYS);
  // One pass over the keys given: a typical complaint names only a few of the ten fields, so only
  // those are read; a key outside the ten is refused (the hot path allocates nothing).
  let media: unknown;
  let litigation: unknown;
  let harmValue: unknown;
  let litigationHouseholdsValue: unknown;
  let collectiveComplainantsValue: unknown;
  let collectiveHouseholdsValue: unknown;
  let sameIssueValue: unknown;
  let repeatsValue: unknown;
  let crossDepartmentValue: unknown;
  let unresolved: unknown;
  let unknownKey = false;
  for (const key in input) {
    const value = input[key];
    switch (key) {
      case 'media':
        media = value;
        break;
      case 'litigation':
        litigation = value;
        break;
      case 'severeReputationalHarm':
        harmValue = value;
        break;
      case 'litigationHouseholds':
        litigationHouseholdsValue = value;
        break;
      case 'collectiveComplainants':
        collectiveComplainantsValue = value;
        break;
      case 'collectiveHouseholds':
        collectiveHouseholdsValue = value;
        break;
      case 'sameIssueComplainantsInMonth':
        sameIssueValue = value;
        break;
      case 'repeatsAfterResolution':
        repeatsValue = value;
        break;
      case 'needsOtherDepartment':
        crossDepartmentValue = value;
        break;
      case 'unresolved':
        unresolved = value;
        break;
      default:
        unknownKey = true;
    }
  }
  if (unknownKey) requireObject(input, FN, ROOT, FACT_KEYS);
  if (media !== undefined && media !== 'none' && media !== 'possible' && media !== 'occurred') requireOneOf(media, MEDIA, FN, MEDIA_PATH);
  if (litigation !== undefined && litigation !== 'none' && litigation !== 'possible' && litigation !== 'filed') {
    requireOneOf(litigation, LITIGATION, FN, LITIGATION_PATH);
  }

  const harm = optionalFlag(harmValue, 'severeReputationalHarm');
  const litigationHouseholds = optionalCount(litigationHouseholdsValue, 'litigationHouseholds');
  const collectiveComplainants = optionalCount(collectiveComplainantsValue, 'collectiveComplainants');
  const collectiveHouseholds = optionalCount(collectiveHouseholdsValue, 'collectiveHouseholds');
  const sameIssue = optionalCount(sameIssueValue, 'sameIssueComplainantsInMonth');
  const repeats = optionalCount(repeatsValue, 'repeatsAfterResolution');
  const crossDepartment = optionalFlag(crossDepartmentValue, 'needsOtherDepartment');

  // The policy's complaint section, or the default thresholds alone (collectiveAboveTenHouseholds 2).
  const complaintPolicy = options?.policy?.complaint;
  const thresholds = complaintPolicy?.levelThresholds ?? defaultLevelThresholds;
  let mask = 0;
  const overdue = unresolved === undefined ? NOT_OVERDUE : overdueness(unresolved, thresholds.unresolvedLongerThan, options);
  if (overdue === OVERDUE_NOW) mask |= OVERDUE;

  const mediaExposure = media !== undefined && media !== 'none';
  const lawsuit = litigation !== undefined && litigation !== 'none';
  if (mediaExposure && harm) mask |= MEDIA_HARM;
  if (lawsuit && reachesLowerBound(litigationHouseholds, thresholds.groupLitigationHouseholds)) mask |= GROUP_LITIGATION;
  // Level 2 names media exposure "without the serious harm of level 1": with that harm the media
  // reason is level 1's alone. A lawsuit, possible or filed, is always a level 2 reason as well.
  if (lawsuit || (mediaExposure && !harm)) mask |= LITIGATION_OR_MEDIA;
  if (reachesLowerBound(sameIssue, thresholds.recurrenceComplainants)) mask |= RECURRENCE;
  if (
    reachesLowerBound(collectiveComplainants, thresholds.collectiveComplainants) ||
    reachesLowerBound(collectiveHouseholds, thresholds.collectiveHouseholds)
  ) {
    // A company that treats more than 10 households as a crisis: the collective reason is level 1's alone.
    mask |= complaintPolicy?.collectiveAboveTenHouseholds === 1 && reachesLowerBound(collectiveHouseholds, ABOVE_TEN_HOUSEHOLDS) ? COLLECTIVE_CRISIS : COLLECTIVE;
  }
  if (reachesLowerBound(repeats, thresholds.repeatsAfterResolution)) mask |= REPEAT;
  if (crossDepartment) mask |= CROSS_DEPARTMENT;
  // The rest-day extension is a reason only when it decided the answer: not overdue at the moved end,
  // overdue at the end it moved from.
  return flagProvisional(mark, overdue === SPARED_BY_EXTENSION ? withRestDayExtension(answerFor(mask)) : answerFor(mask));
}

// Paths of the `unresolved` fields, built once (the validators copy a path only when they throw).
const UNRESOLVED_PATH = ['unresolved'] as const;
const OPENED_AT_PATH = ['unresolved', 'openedAt'] as const;
const AS_OF_PATH = ['unresolved', 'asOf'] as const;
const CAUSED_BY_US_PATH = ['unresolved', 'causedByUs'] as const;

// What overdueness (below) finds: not overdue; overdue; not overdue only because the rest-day extension
// moved the period's end (it would be overdue at the unmoved end).
const NOT_OVERDUE = NOT_PAST;
const OVERDUE_NOW = PAST;

// Validates `unresolved` and tells whether it is past the policy's period (超过一个月) for our reasons.
function overdueness(value: unknown, limit: PeriodThreshold, options: RuleOptions | undefined): number {
  const unresolved = requireObject(value, FN, UNRESOLVED_PATH, undefined, UNRESOLVED_KEYS);
  let openedAt: unknown;
  let asOf: unknown;
  let causedByUs: unknown;
  let unknownKey = false;
  for (const key in unresolved) {
    const field = unresolved[key];
    if (key === 'openedAt') openedAt = field;
    else if (key === 'asOf') asOf = field;
    else if (key === 'causedByUs') causedByUs = field;
    else unknownKey = true;
  }
  if (unknownKey) requireObject(unresolved, FN, UNRESOLVED_PATH, UNRESOLVED_KEYS);
  requirePresent(openedAt, FN, OPENED_AT_PATH, 'a valid instant');
  requirePresent(asOf, FN, AS_OF_PATH, 'a valid instant');
  requirePresent(causedByUs, FN, CAUSED_BY_US_PATH, 'true or false');
  const openedMs = toEpochMs(openedAt, FN, OPENED_AT_PATH);
  const asOfMs = toEpochMs(asOf, FN, AS_OF_PATH);
  if (causedByUs !== true && causedByUs !== false) requireBoolean(causedByUs, FN, CAUSED_BY_US_PATH);
  if (asOfMs < openedMs) {
    throw invalid(FN, AS_OF_PATH, 'out_of_range', `not before unresolved.openedAt (${shanghaiIsoText(openedMs)})`, asOf);
  }
  if (causedByUs !== true) return NOT_OVERDUE;
  const past = (deadline: number): boolean => (limit.inclusive ? asOfMs >= deadline : asOfMs > deadline);
  return standingAgainstEnd(past, openedMs, limit.period, options, FN, OPENED_AT_PATH, openedAt);
}
