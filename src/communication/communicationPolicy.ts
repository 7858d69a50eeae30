/**
 * Communication settings of the {@link Policy} (RULES §5).
 * PLACEHOLDER: the issue that delivers this module fills it in.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CommunicationPolicy {}

/** The source documents' communication settings. */
export const defaultCommunicationPolicy: CommunicationPolicy = {};
