/**
 * Visit settings of the {@link Policy} (RULES §6).
 * PLACEHOLDER: the issue that delivers this module fills it in.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface VisitPolicy {}

/** The source documents' visit settings. */
export const defaultVisitPolicy: VisitPolicy = {};
