import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the repair rules (RULES §2). PLACEHOLDER until its issue lands. */
export const repairEntries: RuleEntries = {};
