import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the communication rules (RULES §5). PLACEHOLDER until its issue lands. */
export const communicationEntries: RuleEntries = {};
