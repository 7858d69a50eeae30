import { refuseExtraArguments } from '../core/validate.js';
import { freezeDecision, type Decision } from '../core/decision.js';
import { PolicyError } from '../core/errors.js';
import { FEN_NOISE, isExactToTheFen, yuanToFen } from '../core/money.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { DEFAULT_APPROVER_NAMES, defaultComplaintPolicy } from './complaintPolicy.js';
import type { ApprovalBand, Approver, ApproverName } from './complaintPolicy.js';

/** The answer of {@link approvalAuthority}. */
export type ApprovalAuthorityResult = Decision<{
  /**
   * Who approves: the role id of the policy's band (by default the sales department manager, the
   * deputy general manager or the general manager); {@link approverNames} gives its display names.
   */
  approver: Approver;
}>;

const FN = 'approvalAuthority';
const AMOUNT_PATH = ['amountYuan'] as const;
const BASIS = /* @__PURE__ */ Object.freeze(['complaint.approval'] as const);

/**
 * A policy's bands, compiled once: each ceiling in fen (exact where the policy's yuan is exact to the
 * fen), its boundary, and the band's frozen answer (STYLE: finite answers are interned).
 */
interface CompiledBands {
  /** The display names of the bands' roles, by role id, in band order. */
  readonly names: Readonly<Record<string, ApproverName>>;
  readonly ceilings: Float64Array;
  readonly inclusive: Uint8Array;
  readonly answers: readonly ApprovalAuthorityResult[];
  /** The answer of the open-ended last band, or null when a hand-built policy has none. */
  readonly open: ApprovalAuthorityResult | null;
}

const compiled = new WeakMap<readonly ApprovalBand[], CompiledBands>();

function nameOf(band: ApprovalBand, index: number): ApproverName {
  // Only the table's own entries: a role id such as `constructor` or `toString` names no built-in role.
  const name = band.approverName ?? (Object.hasOwn(DEFAULT_APPROVER_NAMES, band.approver) ? (DEFAULT_APPROVER_NAMES as Readonly<Record<string, ApproverName>>)[band.approver] : undefined);
  if (name === undefined) {
    throw new PolicyError(['complaint', 'approvalBands', index, 'approverName'], `${FN}: the role "${band.approver}" needs its display names (approverName in zh-Hans, zh-Hant and en)`, 'missing');
  }
  return name;
}

function compile(bands: readonly ApprovalBand[]): CompiledBands {
  const closed = bands.filter((band) => band.upTo !== null);
  const ceilings = new Float64Array(closed.length);
  const inclusive = new Uint8Array(closed.length);
  const answers: ApprovalAuthorityResult[] = [];
  let open: ApprovalAuthorityResult | null = null;
  // A record without a prototype: any role id is its own key (`__proto__` and `constructor` too, which
  // on a plain object would set its prototype or find Object's constructor and be lost).
  const names: Record<string, ApproverName> = Object.create(null);
  bands.forEach((band, index) => {
    names[band.approver] ??= Object.freeze({ ...nameOf(band, index) });
    const answer = freezeDecision({ approver: band.approver }, BASIS);
    if (band.upTo === null) {
      open ??= answer;
      return;
    }
    if (open !== null) return; // bands after an open one are never reached
    const yuan = band.upTo.value;
    ceilings[answers.length] = isExactToTheFen(yuan) ? Math.round(yuan * 100) : yuan * 100;
    inclusive[answers.length] = band.upTo.inclusive ? 1 : 0;
    answers.push(answer);
  });
  return { names: Object.freeze(names), ceilings: ceilings.subarray(0, answers.length), inclusive: inclusive.subarray(0, answers.length), answers, open };
}

// The bands compiled last, kept apart: a batch usually runs under one policy.
let lastBands: readonly ApprovalBand[] | undefined;
let lastCompiled: CompiledBands | undefined;

function compiledOf(bands: readonly ApprovalBand[]): CompiledBands {
  if (bands === lastBands) return lastCompiled as CompiledBands;
  let result = compiled.get(bands);
  if (result === undefined) {
    result = compile(bands);
    compiled.set(bands, result);
  }
  lastBands = bands;
  lastCompiled = result;
  return result;
}

// The default bands, compiled on first use (no work at import time).
let defaults: CompiledBands | undefined;

function bandsOf(options: RuleOptions | undefined): CompiledBands {
  const section = options?.policy?.complaint;
  return section === undefined ? (defaults ??= compile(defaultComplaintPolicy.approvalBands)) : compiledOf(section.approvalBands);
}

/**
 * The display names of the approver roles of the policy's approval bands, by role id (in band
 * order): the names a band gives, or the built-in names of the default roles (销售部门经理,
 * 副总经理, 总经理). Use it to show the answer of {@link approvalAuthority} to people.
 *
 * @param options - `policy` for a company's own roles.
 * @returns A frozen record from role id to its names in zh-Hans, zh-Hant and en, without a prototype:
 * every role id is its own key (`__proto__` and `constructor` too), and an id no band has reads as
 * `undefined`.
 * @throws {@link PolicyError} When a hand-assembled policy names a role of its own without display names.
 * @see RULES `complaint.approval`; CR 第二十七條.
 *
 * @example
 * ```ts
 * import { approvalAuthority, approverNames } from 'wuye-rules/complaint';
 * approverNames()[approvalAuthority(5000).approver];
 * //=> { 'zh-Hans': '总经理', 'zh-Hant': '總經理', en: 'General manager' }
 * Object.keys(approverNames());
 * //=> ['sales-manager', 'deputy-general-manager', 'general-manager']
 * ```
 */
export function approverNames(options?: RuleOptions): Readonly<Record<string, ApproverName>> {
  if (arguments.length > 1) refuseExtraArguments(arguments, 1, 'approverNames');
  options = ruleOptions(options, 'approverNames');
  return bandsOf(options).names;
}

/**
 * Who may approve the amount of a complaint settlement (compensation, discount, return): up to and
 * including 1,000 yuan the sales department manager, above that and below 5,000 the deputy general
 * manager, 5,000 and above the general manager. The bands, each threshold's boundary and the approver
 * roles come from the policy's `complaint.approvalBands`: a property company names its own roles
 * (any role id, with display names in zh-Hans, zh-Hant and en); the answer is the band's role id
 * ({@link approverNames} gives the names). A policy's bands are compiled once and their answers shared.
 *
 * @param amountYuan - The amount in yuan, non-negative and exact to the fen.
 * @param options - `policy` to use a company's own bands and roles.
 * @returns The approver's role id, with `basis: ['complaint.approval']`.
 * @throws {@link InvalidInputError} When the amount is not a finite non-negative number exact to the fen.
 * @throws {@link PolicyError} When a hand-assembled policy's bands leave the amount uncovered or name a
 * role of their own without display names.
 * @see RULES `complaint.approval`; CR 第二十七條 (客戶投訴金額核決權限).
 *
 * @example
 * ```ts
 * import { approvalAuthority } from 'wuye-rules/complaint';
 * approvalAuthority(1000).approver;
 * //=> 'sales-manager'
 * approvalAuthority(1000.01).approver;
 * //=> 'deputy-general-manager'
 * approvalAuthority(5000);
 * //=> { approver: 'general-manager', basis: ['complaint.approval'] }
 * ```
 *
 * @example
 * ```ts
 * import { approvalAuthority, approverNames } from 'wuye-rules/complaint';
 * import { definePolicy } from 'wuye-rules/policy';
 * const policy = definePolicy({
 *   complaint: {
 *     approvalBands: [
 *       { approver: 'project-manager', approverName: { 'zh-Hans': '项目经理', 'zh-Hant': '項目經理', en: 'Project manager' }, upTo: { value: 2000, inclusive: true } },
 *       { approver: 'general-manager', upTo: null },
 *     ],
 *   },
 * });
 * approvalAuthority(1500, { policy }).approver;
 * //=> 'project-manager'
 * approverNames({ policy })['project-manager']?.['zh-Hans'];
 * //=> '项目经理'
 * ```
 */
export function approvalAuthority(amountYuan: number, options?: RuleOptions): ApprovalAuthorityResult {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'approvalAuthority');
  options = ruleOptions(options, 'approvalAuthority');
  // Read the amount as integer fen inline (the common case); anything unusual goes to the shared
  // reader, which throws with the field's path. Noise such as 1000.0000000001 counts as 1,000.
  let fen: number;
  if (typeof amountYuan === 'number' && amountYuan >= 0 && amountYuan <= 9e13) {
    const scaled = amountYuan * 100;
    fen = Math.round(scaled);
    if (fen / 100 !== amountYuan && Math.abs(scaled - fen) > FEN_NOISE) fen = yuanToFen(amountYuan, FN, AMOUNT_PATH);
  } else {
    fen = yuanToFen(amountYuan, FN, AMOUNT_PATH);
  }
  const bands = bandsOf(options);
  const { ceilings, inclusive, answers } = bands;
  for (let index = 0; index < answers.length; index += 1) {
    const ceiling = ceilings[index] as number;
    if (fen < ceiling || (fen === ceiling && inclusive[index] === 1)) return answers[index] as ApprovalAuthorityResult;
  }
  if (bands.open !== null) return bands.open;
  // definePolicy guarantees an open last band; only a hand-assembled policy can get here.
  throw new PolicyError(['complaint', 'approvalBands'], `${FN}: the policy's approval bands do not cover ${amountYuan} yuan`, 'not_covered');
}
