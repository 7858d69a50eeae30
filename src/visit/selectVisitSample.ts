import { ruleOptions, type RuleOptions } from '../core/options.js';
import { requireArray, requireCount, requireObject, requireString, refuseExtraArguments } from '../core/validate.js';
import type { InputPath } from '../core/errors.js';
import { _hashSeed, _seededIntegers } from './_random.js';

/** The draw {@link selectVisitSample} makes. */
export interface VisitSampleInput {
  /** Every household of the community, by id. A repeated id is the same household (counted once). */
  readonly households: readonly string[];
  /** Households already visited in the current cycle; never drawn again until the cycle ends. */
  readonly visited: readonly string[];
  /** Households drawn by the company's own visit programme (公司组织的业户访问), also never drawn. */
  readonly excluded?: readonly string[];
  /** How many households to draw, a whole number ≥ 0. */
  readonly count: number;
  /** Any string; the same seed and input always give the same draw. */
  readonly seed: string;
}

const FN = 'selectVisitSample';

function readIds(value: unknown, path: InputPath): readonly string[] {
  const list = requireArray(value, FN, path);
  list.forEach((id, index) => requireString(id, FN, [...path, index]));
  return list as readonly string[];
}

/** Code-unit order, so the draw does not depend on the host's locale (ids are distinct here). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : 1;
}

/**
 * Draws the households to visit: `count` distinct households, none already visited in this cycle and
 * none drawn by the company's own visit programme (return visits are not draws and do not count). The
 * draw is a partial Fisher–Yates shuffle of the eligible households (sorted by id) driven by a PRNG
 * seeded from `seed`, so it is reproducible for audit and does not depend on the order of any of the
 * lists. When no more than `count` households remain eligible, all of them are returned, in the order of
 * `households`: the cycle ends and the caller starts the next one with an empty `visited`. Ids in
 * `visited` or `excluded` that are not in `households` are ignored; a repeated id in `households` is
 * counted once.
 *
 * @param sample - `{ households, visited, excluded?, count, seed }`.
 * @param options - The options every rule function takes (`{ policy, calendar }`), checked like theirs (an unknown
 * key is refused); no policy setting changes this rule.
 * @returns The drawn household ids, distinct.
 * @throws {@link InvalidInputError} When a list is not an array of strings, `count` is not a whole number ≥ 0, `seed` is not a string, or a field is unknown (`unknown_key`: a typo such as `exclude` must not silently drop the exclusions).
 * @see RULES `visit.sampling`; JM 篇1 4.3.1 (抽样 2)).
 *
 * @example
 * ```ts
 * import { selectVisitSample } from 'wuye-rules/visit';
 * selectVisitSample({ households: ['1-101', '1-102', '1-201', '1-202'], visited: ['1-101'], excluded: ['1-202'], count: 5, seed: '2026-03' });
 * //=> ['1-102', '1-201']
 * selectVisitSample({ households: ['1-101', '1-102', '1-201', '1-202'], visited: [], count: 2, seed: '2026-03' }).length;
 * //=> 2
 * ```
 */
export function selectVisitSample(sample: VisitSampleInput, options?: RuleOptions): readonly string[] {
  if (arguments.length > 2) refuseExtraArguments(arguments, 2, 'selectVisitSample');
  ruleOptions(options, FN);
  const input = requireObject(sample, FN, [], ['households', 'visited', 'excluded', 'count', 'seed']);
  const households = readIds(input.households, ['households']);
  const visited = readIds(input.visited, ['visited']);
  const excluded = input.excluded === undefined ? [] : readIds(input.excluded, ['excluded']);
  const count = requireCount(input.count, FN, ['count']);
  const seed = requireString(input.seed, FN, ['seed']);

  const barred = new Set<string>([...visited, ...excluded]);
  const eligible: string[] = [];
  for (const id of new Set(households)) if (!barred.has(id)) eligible.push(id);
  if (eligible.length <= count) return Object.freeze(eligible);

  eligible.sort(compareIds);
  const next = _seededIntegers(_hashSeed(seed));
  for (let index = 0; index < count; index += 1) {
    const pick = index + next(eligible.length - index);
    const chosen = eligible[pick] as string;
    eligible[pick] = eligible[index] as string;
    eligible[index] = chosen;
  }
  return Object.freeze(eligible.slice(0, count));
}
