import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the visit rules (RULES §6). PLACEHOLDER until its issue lands. */
export const visitEntries: RuleEntries = {};
