/**
 * Appraisal settings of the {@link Policy} (RULES §3).
 * PLACEHOLDER: the issue that delivers this module fills it in.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AppraisalPolicy {}

/** The source documents' appraisal settings. */
export const defaultAppraisalPolicy: AppraisalPolicy = {};
