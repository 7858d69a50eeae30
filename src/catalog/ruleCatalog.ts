import { catalogData } from './_catalogData.js';
import { lazyFrozenRecord } from './_lazyRecord.js';
import type { RuleEntry } from './RuleEntry.js';
import { deepFreeze } from '../core/decision.js';

let entries: Readonly<Record<string, RuleEntry>> | undefined;

/** The catalog itself, deep-frozen, built on the first call (ruleCatalog reads through to it). */
export function catalogEntries(): Readonly<Record<string, RuleEntry>> {
  return (entries ??= deepFreeze(catalogData()));
}

/**
 * Every rule the library encodes, keyed by rule id: its source document and clause, a one-line
 * summary in zh-Hans, zh-Hant and en, and where relevant the reading chosen for an ambiguous source
 * (`assumption`) or a note on conflict with PRC law (`legalRisk`). Every id a decision's `basis` can
 * name is a key here.
 *
 * @example
 * ```ts
 * import { ruleCatalog } from 'wuye-rules/catalog';
 * ruleCatalog['complaint.approval'].clause;
 * //=> '篇3 第二十七條'
 * ```
 */
export const ruleCatalog: Readonly<Record<string, RuleEntry>> = /* @__PURE__ */ lazyFrozenRecord(catalogEntries);
