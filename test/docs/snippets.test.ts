// Runs the code snippets a newcomer pastes first — every ```ts / ```js block of the README and of the
// getting-started guide in both languages — and checks the values they show: an expression followed by
// a `//=> value` line is asserted with toEqual, as in the TSDoc examples (scripts/extract-examples.mjs).
// `require('wuye-rules…')` and `import … from 'wuye-rules…'` read the same modules.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types.
import { toRunnable } from '../../scripts/extract-examples.mjs';
import * as appraisal from '../../src/appraisal/index.js';
import * as calendar from '../../src/calendar/index.js';
import * as catalog from '../../src/catalog/index.js';
import * as communication from '../../src/communication/index.js';
import * as complaint from '../../src/complaint/index.js';
import * as desk from '../../src/desk/index.js';
import * as root from '../../src/index.js';
import * as kpi from '../../src/kpi/index.js';
import * as policy from '../../src/policy/index.js';
import * as repair from '../../src/repair/index.js';
import * as schemas from '../../src/schemas/index.js';
import * as visit from '../../src/visit/index.js';

const modules: Record<string, unknown> = {
  'wuye-rules': root,
  'wuye-rules/appraisal': appraisal,
  'wuye-rules/calendar': calendar,
  'wuye-rules/catalog': catalog,
  'wuye-rules/communication': communication,
  'wuye-rules/complaint': complaint,
  'wuye-rules/desk': desk,
  'wuye-rules/kpi': kpi,
  'wuye-rules/policy': policy,
  'wuye-rules/repair': repair,
  'wuye-rules/schemas': schemas,
  'wuye-rules/visit': visit,
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FILES = ['README.md', 'docs/getting-started.md', 'docs/zh-Hans/getting-started.md'];
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

interface Snippet { file: string; line: number; code: string }

function snippetsOf(file: string): Snippet[] {
  const lines = readFileSync(join(repoRoot, file), 'utf8').split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^```(?:ts|js|typescript|javascript|cjs|mjs)\s*$/.test(lines[index]!)) continue;
    const start = index + 1;
    while (index + 1 < lines.length && !/^```\s*$/.test(lines[index + 1]!)) index += 1;
    snippets.push({ file, line: start, code: lines.slice(start, index + 1).join('\n') });
    index += 1;
  }
  return snippets;
}

// `const { a, b } = require('wuye-rules/x');` reads the module as an import would; a comment after a
// statement (`approvalAuthority(1000).approver;   // why`) is prose for the reader.
function prepare(code: string): string {
  return code
    .replace(/^const\s*\{([^}]*)\}\s*=\s*require\('(wuye-rules(?:\/[a-z]+)?)'\);?\s*$/gm, "import {$1} from '$2';")
    .replace(/;[ \t]*\/\/(?!=>).*$/gm, ';');
}

describe('the README and getting-started snippets', () => {
  const snippets = FILES.flatMap(snippetsOf);

  it('are found', () => {
    expect(snippets.filter((snippet) => snippet.file === 'README.md').length).toBeGreaterThanOrEqual(3);
    expect(snippets.some((snippet) => /require\('wuye-rules'\)/.test(snippet.code))).toBe(true);
    expect(snippets.some((snippet) => /toShanghaiIsoString/.test(snippet.code))).toBe(true);
  });

  for (const snippet of snippets) {
    it(`${snippet.file}:${snippet.line} runs and shows what it returns`, async () => {
      const { body, checks } = toRunnable(prepare(snippet.code)) as { body: string; checks: number };
      expect(checks, 'a snippet shows at least one result as //=> …').toBeGreaterThan(0);
      const javascript = transformSync(`(async () => {\n${body}\n})`, { loader: 'ts' }).code.trim().replace(/;$/, '');
      const seen: number[] = [];
      const check = (actual: unknown, expected: unknown, index: number): void => {
        seen.push(index);
        expect(actual, `result #${index + 1} of ${snippet.file}:${snippet.line}`).toEqual(expected);
      };
      await new AsyncFunction('__modules', '__check', `return (${javascript})();`)(modules, check);
      expect(seen.length).toBe(checks);
    });
  }
});
