// Runs every `@example` of the TSDoc in src/ against the source, so an example that drifts from the
// code fails the suite. Each `expression` followed by `//=> value` is asserted with toEqual.
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types.
import { extractExamples, toRunnable } from '../scripts/extract-examples.mjs';
import * as appraisal from '../src/appraisal/index.js';
import * as calendar from '../src/calendar/index.js';
import * as catalog from '../src/catalog/index.js';
import * as communication from '../src/communication/index.js';
import * as complaint from '../src/complaint/index.js';
import * as desk from '../src/desk/index.js';
import * as duty from '../src/duty/index.js';
import * as root from '../src/index.js';
import * as kpi from '../src/kpi/index.js';
import * as policy from '../src/policy/index.js';
import * as repair from '../src/repair/index.js';
import * as schemas from '../src/schemas/index.js';
import * as visit from '../src/visit/index.js';

const modules: Record<string, unknown> = {
  'wuye-rules': root,
  'wuye-rules/appraisal': appraisal,
  'wuye-rules/calendar': calendar,
  'wuye-rules/catalog': catalog,
  'wuye-rules/communication': communication,
  'wuye-rules/complaint': complaint,
  'wuye-rules/desk': desk,
  'wuye-rules/duty': duty,
  'wuye-rules/kpi': kpi,
  'wuye-rules/policy': policy,
  'wuye-rules/repair': repair,
  'wuye-rules/schemas': schemas,
  'wuye-rules/visit': visit,
};

interface Example { file: string; line: number; code: string }
const examples = extractExamples() as Example[];
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

describe('TSDoc examples', () => {
  it('finds examples in src/', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} runs and shows its results`, async () => {
      const { body, checks } = toRunnable(example.code) as { body: string; checks: number };
      expect(checks, 'an example must show at least one result as //=> …').toBeGreaterThan(0);
      // Strip TypeScript syntax (annotations, `as` casts) the way the reader's compiler would.
      const javascript = transformSync(`(async () => {\n${body}\n})`, { loader: 'ts' }).code.trim().replace(/;$/, '');
      const seen: number[] = [];
      const check = (actual: unknown, expected: unknown, index: number): void => {
        seen.push(index);
        expect(actual, `result #${index + 1} of ${example.file}:${example.line}`).toEqual(expected);
      };
      const run = new AsyncFunction('__modules', '__check', `return (${javascript})();`);
      await run(modules, check);
      expect(seen.length).toBe(checks);
    });
  }
});
