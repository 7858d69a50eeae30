import { freezeDecision, type Decision } from '../core/decision.js';
import { PolicyError } from '../core/errors.js';
import { isExactToTheFen, yuanToFen } from '../core/money.js';
import type { RuleOptions } from '../core/options.js';
import { DEFAULT_APPROVER_NAMES, defaultComplaintPolicy } from './complaintPolicy.js';
import type { ApprovalBand, Approver, ApproverName } from './complaintPolicy.js';

/** The answer of {@link approvalAuthority}. */
export type ApprovalAuthorityResult = Decision<{
  /** Who approves: the role id of the policy's band (by default the sales department manager, the deputy general manager or the general manager). */
  approver: Approver;
  /** The role's display names in zh-Hans, zh-Hant and en. */
  approverName: ApproverName;
}>;

const FN = 'approvalAuthority';
const AMOUNT_PATH = ['amountYuan'] as const;
const BASIS = Object.freeze(['complaint.approval'] as const);
// Floating-point noise tolerated when reading yuan as fen (RULES C9), as core/money reads it.
const FEN_NOISE = 1e-6;

/**
 * A policy's bands, compiled once: each ceiling in fen (exact where the policy's yuan is exact to the
 * fen), its boundary, and the band's frozen answer (STYLE: finite answers are interned).
 */
interface CompiledBands {
  readonly ceilings: Float64Array;
  readonly inclusive: Uint8Array;
  readonly answers: readonly ApprovalAuthorityResult[];
  /** The answer of the open-ended last band, or null when a hand-built policy has none. */
  readonly open: ApprovalAuthorityResult | null;
}

const compiled = new WeakMap<readonly ApprovalBand[], CompiledBands>();

function nameOf(band: ApprovalBand, index: number): ApproverName {
  const name = band.approverName ?? (DEFAULT_APPROVER_NAMES as Readonly<Record<string, ApproverName>>)[band.approver];
  if (name === undefined) {
    throw new PolicyError(['complaint', 'approvalBands', index, 'approverName'], `${FN}: the role "${band.approver}" needs its display names (approverName in zh-Hans, zh-Hant and en)`);
  }
  return name;
}

function compile(bands: readonly ApprovalBand[]): CompiledBands {
  const closed = bands.filter((band) => band.upTo !== null);
  const ceilings = new Float64Array(closed.length);
  const inclusive = new Uint8Array(closed.length);
  const answers: ApprovalAuthorityResult[] = [];
  let open: ApprovalAuthorityResult | null = null;
  bands.forEach((band, index) => {
    const answer = freezeDecision({ approver: band.approver, approverName: Object.freeze({ ...nameOf(band, index) }) }, BASIS);
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
  return { ceilings: ceilings.subarray(0, answers.length), inclusive: inclusive.subarray(0, answers.length), answers, open };
}

function compiledOf(bands: readonly ApprovalBand[]): CompiledBands {
  let result = compiled.get(bands);
  if (result === undefined) {
    result = compile(bands);
    compiled.set(bands, result);
  }
  return result;
}

// The default bands, compiled on first use (no work at import time).
let defaults: CompiledBands | undefined;

/**
 * Who may approve the amount of a complaint settlement (compensation, discount, return): up to and
 * including 1,000 yuan the sales department manager, above that and below 5,000 the deputy general
 * manager, 5,000 and above the general manager. The bands, each threshold's boundary and the approver
 * roles come from the policy's `complaint.approvalBands`: a property company names its own roles
 * (any role id, with display names in zh-Hans, zh-Hant and en); the answer is the band's role id and
 * its names. A policy's bands are compiled once and their answers shared.
 *
 * @param amountYuan - The amount in yuan, non-negative and exact to the fen.
 * @param options - `policy` to use a company's own bands and roles.
 * @returns The approver's role id and display names, with `basis: ['complaint.approval']`.
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
 * approvalAuthority(5000).approverName.en;
 * //=> 'General manager'
 * ```
 *
 * @example
 * ```ts
 * import { approvalAuthority } from 'wuye-rules/complaint';
 * import { definePolicy } from 'wuye-rules/policy';
 * const policy = definePolicy({
 *   complaint: {
 *     approvalBands: [
 *       { approver: 'project-manager', approverName: { 'zh-Hans': '项目经理', 'zh-Hant': '項目經理', en: 'Project manager' }, upTo: { value: 2000, inclusive: true } },
 *       { approver: 'general-manager', upTo: null },
 *     ],
 *   },
 * });
 * approvalAuthority(1500, { policy });
 * //=> { approver: 'project-manager', approverName: { 'zh-Hans': '项目经理', 'zh-Hant': '項目經理', en: 'Project manager' }, basis: ['complaint.approval'] }
 * ```
 */
export function approvalAuthority(amountYuan: number, options?: RuleOptions): ApprovalAuthorityResult {
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
  const section = options?.policy?.complaint;
  const bands = section === undefined ? (defaults ??= compile(defaultComplaintPolicy.approvalBands)) : compiledOf(section.approvalBands);
  const { ceilings, inclusive, answers } = bands;
  for (let index = 0; index < answers.length; index += 1) {
    const ceiling = ceilings[index] as number;
    if (fen < ceiling || (fen === ceiling && inclusive[index] === 1)) return answers[index] as ApprovalAuthorityResult;
  }
  if (bands.open !== null) return bands.open;
  // definePolicy guarantees an open last band; only a hand-assembled policy can get here.
  throw new PolicyError(['complaint', 'approvalBands'], `${FN}: the policy's approval bands do not cover ${amountYuan} yuan`);
}
