import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the desk rules (RULES §4). PLACEHOLDER until its issue lands. */
export const deskEntries: RuleEntries = {};
