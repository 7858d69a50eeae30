import type { RuleEntries } from '../RuleEntry.js';

/** Catalog entries of the calendar rules (RULES RULES §0 (calendar)). PLACEHOLDER until its issue lands. */
export const calendarEntries: RuleEntries = {};
