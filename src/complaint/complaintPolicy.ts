import type { Bound } from '../core/bound.js';

/** Who may approve a complaint's amount (CR 第二十七條). */
export type Approver = 'sales-manager' | 'deputy-general-manager' | 'general-manager';

/**
 * One row of the approval table: amounts up to `upTo` (with its own boundary) go to `approver`.
 * The last row has `upTo: null` (no ceiling).
 */
export interface ApprovalBand {
  /** Who approves amounts in this band. */
  readonly approver: Approver;
  /** The band's ceiling in yuan, with its boundary; `null` for the open-ended last band. */
  readonly upTo: Bound | null;
}

/**
 * Complaint settings of the {@link Policy} (RULES §1).
 */
export interface ComplaintPolicy {
  /** Approval authority by amount, lowest band first (RULES complaint.approval). */
  readonly approvalBands: readonly ApprovalBand[];
}

/** The source documents' complaint settings. */
export const defaultComplaintPolicy: ComplaintPolicy = {
  // CR 第二十七條: "1000元以下" includes 1,000 and "5000元以上" includes 5,000 (RULES C1).
  approvalBands: [
    { approver: 'sales-manager', upTo: { value: 1000, inclusive: true } },
    { approver: 'deputy-general-manager', upTo: { value: 5000, inclusive: false } },
    { approver: 'general-manager', upTo: null },
  ],
};
