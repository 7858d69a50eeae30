// The site's search box reads a query as typedoc does: each word between spaces must occur inside one
// word of the index. Chinese is written without spaces, and the index holds each run of Han
// characters of a page as one word (scripts/typedoc-plugin.mjs), so "投诉升级" found only a page with
// exactly that run, never one that says 投诉 in one place and 升级 in another.
//
// This reads a run of Han characters as its overlapping pairs of characters ("投诉升级" → 投诉 诉升
// 升级), the way search engines without a dictionary index Chinese (CJK bigrams): every word of two
// characters the reader meant is among the pairs, and a page with more of them ranks higher. A run of
// one or two characters stays as it is; letters and digits are split from the Han characters beside
// them, as the index splits them.

const HAN_RUN = /[\p{Script=Han}\u3007]+/gu;

/** The pairs of neighbouring characters of a run of Han characters, or the run itself when shorter. */
function pairs(run: string): string[] {
  const characters = [...run];
  if (characters.length <= 2) return [run];
  return characters.slice(1).map((character, index) => `${characters[index]}${character}`);
}

/** A search query with every run of Han characters read as its overlapping pairs, words between spaces. */
export function hanQuery(query: string): string {
  const words: string[] = [];
  for (const word of query.split(/\s+/)) {
    let rest = 0;
    for (const match of word.matchAll(HAN_RUN)) {
      words.push(word.slice(rest, match.index), ...pairs(match[0]));
      rest = match.index + match[0].length;
    }
    words.push(word.slice(rest));
  }
  return words.filter((word) => word !== '').join(' ');
}
