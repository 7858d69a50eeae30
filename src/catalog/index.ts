export { explain } from './explain.js';
export { ruleCatalog } from './ruleCatalog.js';
export type { Locale, RuleEntries, RuleEntry, SourceKey } from './RuleEntry.js';
export { sourceDocuments, type SourceDocument } from './sourceDocuments.js';
export type { RuleId } from '../core/decision.js';
