import { invalid, requireArray, requireOneOf, refuseExtraArguments } from '../core/validate.js';
import type { RuleId } from '../core/decision.js';
import { catalogEntries } from './ruleCatalog.js';
import { sourceDocuments } from './sourceDocuments.js';
import { LOCALES, type Locale } from './RuleEntry.js';

/**
 * Turns a decision's `basis` into readable lines, one per rule, in order: the rule's summary followed
 * by its source document and clause. A line states the rule as the source documents do, with their
 * numbers: a decision under a company policy follows the policy's numbers, and its basis names the rule
 * those numbers adjust.
 *
 * @param basis - Rule ids, as a decision returns them.
 * @param locale - `'zh-Hans'` (default), `'zh-Hant'` or `'en'`.
 * @returns One line per id.
 * @throws {@link InvalidInputError} When an id is not in {@link ruleCatalog} or the locale is unknown.
 *
 * @example
 * ```ts
 * import { approvalAuthority } from 'wuye-rules/complaint';
 * import { explain } from 'wuye-rules/catalog';
 * explain(approvalAuthority(800).basis, 'en')[0]?.startsWith('Approval of a complaint amount');
 * //=> true
 * ```
 */
export function explain(basis: readonly RuleId[], locale: Locale = 'zh-Hans'): readonly string[] {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'explain');
  const ids = requireArray(basis, 'explain', ['basis']);
  requireOneOf(locale, LOCALES, 'explain', ['locale']);
  const catalog = catalogEntries();
  return Object.freeze(ids.map((id, index) => {
    // Own keys only: an id such as "toString" or "__proto__" is not a rule.
    const entry = typeof id === 'string' && Object.hasOwn(catalog, id) ? catalog[id] : undefined;
    if (entry === undefined) throw invalid('explain', ['basis', index], 'unknown_rule', 'a rule id of the catalog', id);
    const document = sourceDocuments[entry.source];
    const title = locale === 'en' ? document.titleEn : document.title;
    return locale === 'en' ? `${entry.summary.en} (${title}, ${entry.clause})` : `${entry.summary[locale]}（${title} ${entry.clause}）`;
  }));
}
