/** The keys of the source documents the rules cite (see {@link sourceDocuments}). */
export type SourceKey = 'ZN' | 'GG' | 'CR' | 'JM' | 'SD' | 'PRC' | 'library';

/** A display locale for summaries and explanations. */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/** Every {@link Locale}, in the order the catalog writes them. */
export const LOCALES: readonly Locale[] = ['zh-Hans', 'zh-Hant', 'en'];

/** One rule of the catalog: where it comes from and what it says, in three locales. */
export interface RuleEntry {
  /** The source document's key (see {@link sourceDocuments}). */
  readonly source: SourceKey;
  /** The clause within the source, as the source numbers it (`第二十七條`, `§1.2`, `4.3.1`). */
  readonly clause: string;
  /** A one-line summary in each locale, in the library's own words. */
  readonly summary: Readonly<Record<Locale, string>>;
  /** Where the source is ambiguous or silent: the reading the library chose (a policy setting changes it). */
  readonly assumption?: string;
  /** Where the rule may conflict with PRC law: a short note on the risk. */
  readonly legalRisk?: string;
}

/** A part of the catalog, as each module contributes it. */
export type RuleEntries = Readonly<Record<string, RuleEntry>>;
