import { deepFreeze } from '../core/decision.js';
import type { SourceKey } from './RuleEntry.js';

/** A source document's titles. */
export interface SourceDocument {
  /** The title in its original Chinese. */
  readonly title: string;
  /** The title in English. */
  readonly titleEn: string;
}

/**
 * The documents the catalog cites, by key: the property-management standards the rules encode, plus
 * PRC statutes for the counting conventions and `library` for readings the library itself defines.
 *
 * @example
 * ```ts
 * import { sourceDocuments } from 'wuye-rules/catalog';
 * sourceDocuments.CR.title;
 * //=> '物業客服規章制度'
 * ```
 */
// Frozen to the titles: explain writes them into every explanation, so a change by one reader would reach all.
export const sourceDocuments: Readonly<Record<SourceKey, SourceDocument>> = /* @__PURE__ */ deepFreeze({
  ZN: { title: '中南物业客户服务工作标准', titleEn: 'Zhongnan Property customer-service work standard' },
  GG: { title: '大型房地产集团公司客服中心服务指引', titleEn: 'Service guideline of a real-estate group customer-service center' },
  CR: { title: '物業客服規章制度', titleEn: 'Property customer-service regulations' },
  JM: { title: '金茂物業業主溝通工作流程', titleEn: 'Jinmao Property owner-communication procedure' },
  SD: { title: '物业管理客服主管工作职责', titleEn: 'Duties of the property customer-service supervisor' },
  PRC: { title: '中华人民共和国民法典及国务院节假日安排', titleEn: 'PRC Civil Code and State Council holiday schedules' },
  library: { title: 'wuye-rules 约定', titleEn: 'wuye-rules conventions' },
});
