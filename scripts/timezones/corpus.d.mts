// Types of corpus.mjs, for the TypeScript tests that reuse the corpus (test/contract).

/** One call of the corpus: a function's name and its arguments as tagged JSON. */
export interface CorpusCall {
  readonly fn: string;
  readonly args: unknown[];
}

/** Instants around midnight in Shanghai, DST transitions elsewhere, the date line, year ends. */
export const INSTANTS: readonly string[];

/** The same moments in every form an instant may take. */
export const INSTANT_FORMS: readonly unknown[];

/** A corpus value as the function receives it (tags revived into Dates, undefined, library values). */
export function revive(value: unknown, library: Readonly<Record<string, unknown>>): any;

/** The corpus of every function of the registry and the library's other exports. */
export function buildCorpus(
  registry: ReadonlyMap<string, { readonly call: (...args: unknown[]) => unknown; readonly layout: () => unknown }>,
  exampleLines: Readonly<Record<string, string>>,
  library: Readonly<Record<string, unknown>>,
): CorpusCall[];
