import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/catalog/explain.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import { sourceDocuments } from '../../src/catalog/sourceDocuments.js';
import { InvalidInputError } from '../../src/core/errors.js';

const RULE_FAMILIES = ['complaint', 'repair', 'appraisal', 'desk', 'notice', 'internal', 'visit', 'kpi', 'survey', 'service', 'supervisor'];
const RULE_ID_LITERAL = new RegExp(`'((?:${RULE_FAMILIES.join('|')})\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)'`, 'g');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('ruleCatalog', () => {
  it('gives every rule a known source, a clause and a summary in three locales', () => {
    for (const [id, entry] of Object.entries(ruleCatalog)) {
      expect(Object.keys(sourceDocuments), id).toContain(entry.source);
      expect(entry.clause.length, id).toBeGreaterThan(0);
      for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) expect(entry.summary[locale].length, `${id} ${locale}`).toBeGreaterThan(5);
    }
  });

  it('is deep-frozen, with its source documents', () => {
    // explain writes the documents' titles into every explanation: one reader's change would reach all.
    for (const document of Object.values(sourceDocuments)) expect(Object.isFrozen(document)).toBe(true);
    expect(Object.isFrozen(sourceDocuments)).toBe(true);
    expect(Object.isFrozen(ruleCatalog)).toBe(true);
    expect(Object.isFrozen(ruleCatalog['complaint.approval']?.summary)).toBe(true);
  });

  // Every rule id written in the source (where decisions build their basis) must be catalogued; the
  // property tests of each function check the ids its decisions actually return.
  it('holds every rule id that appears as a literal in src/ outside the catalog itself', () => {
    const missing = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '../../src'))) {
      if (file.includes(join('src', 'catalog'))) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(RULE_ID_LITERAL)) {
        const id = match[1]!;
        if (!(id in ruleCatalog) && !/\.(ts|js|json)$/.test(id)) missing.add(`${id} (${file})`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('explain', () => {
  it('renders one line per rule in each locale, with source and clause', () => {
    expect(explain(['complaint.approval'], 'en')).toEqual([
      `${ruleCatalog['complaint.approval']!.summary.en} (Property customer-service regulations, 篇3 第二十七條)`,
    ]);
    expect(explain(['complaint.approval'])[0]).toMatch(/（物業客服規章制度 篇3 第二十七條）$/);
    expect(explain(['complaint.approval'], 'zh-Hant')[0]).toMatch(/^投訴金額核決權限/);
    expect(explain([])).toEqual([]);
  });

  it('refuses unknown ids and locales', () => {
    expect(() => explain(['complaint.nope'])).toThrow(expect.objectContaining({ code: 'unknown_rule', path: ['basis', 0] }));
    expect(() => explain([42 as never])).toThrow(InvalidInputError);
    expect(() => explain(['C1'], 'fr' as never)).toThrow(expect.objectContaining({ code: 'invalid_enum', path: ['locale'] }));
    expect(() => explain('C1' as never)).toThrow(expect.objectContaining({ path: ['basis'] }));
  });

  it('refuses the names an object inherits, which are not rules', () => {
    for (const id of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(() => explain(['C1', id]), id).toThrow(expect.objectContaining({ name: 'InvalidInputError', code: 'unknown_rule', path: ['basis', 1] }));
    }
  });
});
