/**
 * Desk settings of the {@link Policy} (RULES §4).
 * PLACEHOLDER: the issue that delivers this module fills it in.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeskPolicy {}

/** The source documents' desk settings. */
export const defaultDeskPolicy: DeskPolicy = {};
