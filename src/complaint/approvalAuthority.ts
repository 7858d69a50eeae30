import { withinUpperBound } from '../core/bound.js';
import { freezeDecision, type Decision } from '../core/decision.js';
import { PolicyError } from '../core/errors.js';
import { fenToYuan, yuanToFen } from '../core/money.js';
import { ruleOptions, type RuleOptions } from '../core/options.js';
import { defaultComplaintPolicy } from './complaintPolicy.js';
import type { Approver } from './complaintPolicy.js';

/** The answer of {@link approvalAuthority}. */
export type ApprovalAuthorityResult = Decision<{
  /** Who approves: the sales department manager, the deputy general manager or the general manager. */
  approver: Approver;
}>;

const BASIS = ['complaint.approval'] as const;

// Three possible answers, built once (STYLE: finite answers are interned).
const RESULTS: Readonly<Record<Approver, ApprovalAuthorityResult>> = {
  'sales-manager': freezeDecision({ approver: 'sales-manager' }, BASIS),
  'deputy-general-manager': freezeDecision({ approver: 'deputy-general-manager' }, BASIS),
  'general-manager': freezeDecision({ approver: 'general-manager' }, BASIS),
};

/**
 * Who may approve the amount of a complaint settlement (compensation, discount, return): up to and
 * including 1,000 yuan the sales department manager, above that and below 5,000 the deputy general
 * manager, 5,000 and above the general manager. The bands and each threshold's boundary come from the
 * policy's `complaint.approvalBands`.
 *
 * @param amountYuan - The amount in yuan, non-negative and exact to the fen.
 * @param options - `policy` to use a company's own bands.
 * @returns The approver, with `basis: ['complaint.approval']`.
 * @throws {@link InvalidInputError} When the amount is not a finite non-negative number exact to the fen.
 * @throws {@link PolicyError} When a hand-assembled policy's bands leave the amount uncovered.
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
 */
export function approvalAuthority(amountYuan: number, options?: RuleOptions): ApprovalAuthorityResult {
  options = ruleOptions(options, 'approvalAuthority');
  // Compare the amount as read to the fen, so noise such as 1000.0000000001 counts as 1,000.
  const yuan = fenToYuan(yuanToFen(amountYuan, 'approvalAuthority', ['amountYuan']));
  const bands = (options?.policy?.complaint ?? defaultComplaintPolicy).approvalBands;
  for (const band of bands) {
    if (band.upTo === null || withinUpperBound(yuan, band.upTo)) return RESULTS[band.approver];
  }
  // definePolicy guarantees an open last band; only a hand-assembled policy can get here.
  throw new PolicyError(['complaint', 'approvalBands'], `approvalAuthority: the policy's approval bands do not cover ${amountYuan} yuan`);
}
