import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the appraisal rules (RULES §3). PLACEHOLDER until its issue lands. */
export const appraisalEntries: RuleEntries = {};
