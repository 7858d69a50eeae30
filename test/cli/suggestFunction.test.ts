// suggestFunction names the function an unknown name was probably meant to be (case aside, at most 2
// edits away). It skips the edit distance for names whose lengths differ by more than 2, which cannot
// be that close: a 16 KB name (the path of a request to the service) took half a second and held up
// every other request. The shortcut changes no answer: checked against the distance over every name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { suggestFunction, unknownFunctionMessage } from '../../src/cli/run.js';

// Edit distance (insertions, deletions, substitutions), written plainly.
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

const registry = defaultRegistry();
const names = [...registry.keys()];

describe('suggestFunction', () => {
  it('suggests what the edit distance over every name suggests', () => {
    // Names near the real ones (a few edits, any case) and names of any length.
    const near = fc.tuple(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'x', 'A')), { maxLength: 4 })).map(([name, edits]) =>
      edits.reduce((text, [at, char]) => {
        const index = at % (text.length + 1);
        return `${text.slice(0, index)}${char}${text.slice(index + (char === '' ? 1 : 0))}`;
      }, name),
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.string({ maxLength: 40 }), fc.string({ minLength: 40, maxLength: 300 })), (name) => {
        const lower = name.toLowerCase();
        const expected = names.find((candidate) => candidate.toLowerCase() === lower || distance(candidate.toLowerCase(), lower) <= 2);
        expect(suggestFunction(name, registry)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('quotes at most 100 characters of an unknown name, and suggests for a near one', () => {
    expect(unknownFunctionMessage('dueat', registry)).toBe('unknown function "dueat"; did you mean dueAt?');
    const long = unknownFunctionMessage('x'.repeat(16_000), registry);
    expect(long).toMatch(/^unknown function "x+\.\.\.$/);
    expect(long.length).toBeLessThanOrEqual('unknown function '.length + 100);
  });
});
