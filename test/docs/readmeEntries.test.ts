// The README's table of entry points names exactly what each entry exports (error classes aside,
// which the errors guide lists): serviceOrderKind was exported and missing from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['calendar', 'complaint', 'repair', 'appraisal', 'desk', 'duty', 'communication', 'visit', 'kpi', 'policy', 'catalog'];
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README table of entry points', () => {
  for (const entry of ENTRIES) {
    it(`lists what wuye-rules/${entry} exports`, async () => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`wuye-rules/${entry}\` |`));
      expect(row, `a row for wuye-rules/${entry}`).toBeDefined();
      const listed = [...(row!.split('|')[2] ?? '').matchAll(/`(\w+)`/g)].map((match) => match[1]).sort();
      const exported = Object.keys((await import(`../../src/${entry}/index.ts`)) as object)
        .filter((name) => !name.endsWith('Error'))
        .sort();
      expect(listed).toEqual(exported);
    });
  }
});
