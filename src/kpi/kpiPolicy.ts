/**
 * Kpi settings of the {@link Policy} (RULES §7).
 * PLACEHOLDER: the issue that delivers this module fills it in.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface KpiPolicy {}

/** The source documents' kpi settings. */
export const defaultKpiPolicy: KpiPolicy = {};
