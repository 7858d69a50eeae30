/**
 * Repair settings of the {@link Policy} (RULES §2).
 * PLACEHOLDER: the issue that delivers this module fills it in.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RepairPolicy {}

/** The source documents' repair settings. */
export const defaultRepairPolicy: RepairPolicy = {};
