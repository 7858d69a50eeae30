import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the kpi rules (RULES §7). PLACEHOLDER until its issue lands. */
export const kpiEntries: RuleEntries = {};
