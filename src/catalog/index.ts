export { explain } from './explain.js';
export { ruleCatalog } from './ruleCatalog.js';
export type { Locale, RuleEntries, RuleEntry, SourceKey } from './RuleEntry.js';
export { sourceDocuments } from './sourceDocuments.js';
export type { RuleId } from '../core/decision.js';
