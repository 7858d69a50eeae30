// The built documentation site (docs-site/, from `npm run docs`, which `npm test` runs before the unit
// tests): every catalogued rule is on it, no relative link or anchor is dead, nothing refers to a file
// outside the repository, every function is listed once under the module name users import, search
// reaches the guides (in English and in Chinese), and every guide has its Simplified Chinese pair.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/index.js';
// @ts-expect-error: a plain .mjs script without types.
import { anchorOf } from '../../scripts/lib/anchors.mjs';
import { hanQuery } from '../../site/search/hanQuery.js';

// lunr is typedoc's search engine (its dependency): the index is read with the same library.
const lunr = createRequire(import.meta.url)('lunr') as {
  Index: { load(data: unknown): { search(query: string): { ref: string }[] } };
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const site = join(repoRoot, 'docs-site');
const built = existsSync(join(site, 'index.html'));
const NOT_BUILT = 'docs-site/ is not built: run `npm run docs` first (npm test does)';

function listFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

// Every HTML page of the site, by path relative to the site, with its text.
const pages = new Map<string, string>();
// The ids and names a page defines, for anchors.
const anchors = new Map<string, Set<string>>();

beforeAll(() => {
  if (!built) return;
  for (const file of listFiles(site)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const key = relative(site, file);
    pages.set(key, html);
    anchors.set(key, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decodeHtml(match[1]!))));
  }
});

function decodeHtml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

// The text of a page, without its tags.
function textOf(html: string): string {
  // The spans that mark Chinese (lang="zh") are inline: removed without a space.
  return decodeHtml(html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<\/?span(?: lang="zh")?>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

describe.skipIf(!built)('the documentation site', () => {
  it('has every catalogued rule on its rules reference, with its anchor, clause and three summaries', () => {
    expect(built, NOT_BUILT).toBe(true);
    const reference = [...pages].filter(([path]) => path.startsWith('documents/rules/'));
    expect(reference.length).toBeGreaterThan(1);
    const missing: string[] = [];
    for (const [id, entry] of Object.entries(ruleCatalog)) {
      const page = reference.find(([path]) => anchors.get(path)!.has(anchorOf(id)));
      if (page === undefined) {
        missing.push(id);
        continue;
      }
      const text = textOf(page[1]);
      for (const expected of [id, entry.clause.replace(/^RULES /, ''), entry.summary['zh-Hans'], entry.summary['zh-Hant'], entry.summary.en]) {
        expect(text, `${id} on ${page[0]}`).toContain(decodeHtml(expected).replace(/\s+/g, ' '));
      }
    }
    expect(missing, 'rules missing from the site').toEqual([]);
  });

  it('marks the Chinese guides lang="zh-Hans" and the other pages lang="en"', () => {
    const languages = new Map<string, string[]>();
    for (const [path, html] of pages) {
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '(none)';
      languages.set(lang, [...(languages.get(lang) ?? []), path.split('\\').join('/')]);
    }
    expect([...languages.keys()].sort()).toEqual(['en', 'zh-Hans']);
    expect(languages.get('zh-Hans')?.every((path) => path.startsWith('documents/zh-Hans/'))).toBe(true);
    expect(languages.get('zh-Hans')).toContain('documents/zh-Hans/deadlines.html');
    expect(languages.get('en')?.some((path) => path.startsWith('documents/zh-Hans/'))).toBe(false);
  });

  it('has no dead relative link or anchor on any page', () => {
    const dead: string[] = [];
    for (const [path, html] of pages) {
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const link = decodeHtml(match[1]!);
        if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link)) continue; // http:, https:, mailto:, data:, javascript:
        const [target, anchor] = link.split('#', 2) as [string, string | undefined];
        // The playground's shareable links (#fn=…) are read by its script, not anchors.
        if (anchor !== undefined && anchor.startsWith('fn=')) continue;
        const file = target === '' ? path : relative(site, resolve(dirname(join(site, path)), decodeURI(target)));
        if (target !== '' && !existsSync(join(site, file))) {
          dead.push(`${path}: ${link} (no file ${file})`);
          continue;
        }
        if (anchor !== undefined && anchor !== '' && file.endsWith('.html') && !anchors.get(file)?.has(decodeURIComponent(anchor))) {
          dead.push(`${path}: ${link} (no anchor #${anchor} in ${file})`);
        }
      }
    }
    expect(dead).toEqual([]);
  });

  it('refers to no file outside the repository', () => {
    const outside: string[] = [];
    for (const [path, html] of pages) {
      for (const pattern of [/https?:\/\/(?:RULES|API)\.md/i, /\b(?:RULES|API)\.md\b/, /\/work\/shared|\.\.\/sources\//]) {
        if (pattern.test(html)) outside.push(`${path}: ${pattern}`);
      }
      // The source's "RULES <id>" shorthand becomes a link to the rules reference.
      if (/\bRULES (?:§|C\d|[a-z]+\.)/.test(textOf(html))) outside.push(`${path}: "RULES …" reference`);
    }
    expect(outside).toEqual([]);
  });

  it('lists every function once, under the module name wuye-rules', () => {
    const functions = [...pages.keys()].filter((path) => path.startsWith('functions/'));
    expect(functions.length).toBeGreaterThan(30);
    expect(functions.filter((path) => /\/index\./.test(path))).toEqual([]);
    const names = functions.map((path) => path.replace(/^functions\/(?:[^.]+\.)*?([^.]+)\.html$/, '$1'));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(names).toContain('classifyComplaint');
    const page = pages.get(functions.find((path) => path.endsWith('classifyComplaint.html'))!)!;
    expect(textOf(page)).toContain('wuye-rules');
    expect(textOf(page)).not.toMatch(/\bindex\s*\.\s*classifyComplaint/);
  });

  it('has a search index that reaches the guides and the rules reference, in English and in Chinese', () => {
    const script = readFileSync(join(site, 'assets', 'search.js'), 'utf8');
    const encoded = /window\.searchData = "([^"]+)"/.exec(script)![1]!;
    const data = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8')) as {
      rows: { name: string; url: string }[];
      index: object;
    };
    const index = lunr.Index.load(data.index);
    // As the site's own search box queries: Han runs read as pairs (site/search/), every word as *word*.
    // Each query once: lunr expands *word* over every term of the index, about half a second a query.
    const results = new Map<string, { name: string; url: string }[]>();
    const search = (text: string) => {
      if (!results.has(text)) {
        results.set(text, index.search(hanQuery(text).split(' ').map((word) => `*${word}*`).join(' ')).map((result) => data.rows[Number(result.ref)]!));
      }
      return results.get(text)!;
    };
    // 投诉升级 and 工作日期限 occur nowhere as one run: they are found by their pairs.
    for (const query of ['complaint level', 'leaking roof', '投诉', '投诉等级', '报修', '工作日', '调休', '投诉升级', '工作日期限', '节假日调休']) {
      const documents = search(query).filter((row) => row.url.startsWith('documents/'));
      expect(documents.length, `search "${query}" finds a guide or a rules page`).toBeGreaterThan(0);
    }
    expect(search('投诉').some((row) => row.url.startsWith('documents/zh-Hans/'))).toBe(true);
    expect(search('投诉升级').some((row) => row.url.startsWith('documents/zh-Hans/'))).toBe(true);
    expect(search('complaint level').some((row) => row.url.startsWith('documents/') && !row.url.includes('zh-Hans'))).toBe(true);
  });
});

describe('languages', () => {
  it.skipIf(!built)('marks the Chinese of the English pages lang="zh", and the Chinese guides lang="zh-Hans"', () => {
    const page = readFileSync(join(site, 'documents', 'complaints.html'), 'utf8');
    expect(page).toMatch(/<html[^>]* lang="en"/);
    expect(page).toContain('<span lang="zh">');
    // No Han character of the body's text is left outside such a span (scripts and attributes aside).
    const body = page.slice(page.indexOf('<body'));
    const text = body.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<span lang="zh">[^<]*<\/span>/g, '').replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '');
    expect(text).not.toMatch(/\p{Script=Han}/u);
    const chinese = readFileSync(join(site, 'documents', 'zh-Hans', 'complaints.html'), 'utf8');
    expect(chinese).toMatch(/<html[^>]* lang="zh-Hans"/);
    // The theme's own words are Chinese there too, and English on the English pages.
    expect(chinese).toContain('placeholder="搜索文档"');
    expect(textOf(chinese)).toContain('本页目录');
    expect(textOf(chinese)).not.toContain('On This Page');
    expect(textOf(page)).toContain('On This Page');
  });
});

describe('the guides', () => {
  const docs = join(repoRoot, 'docs');
  const english = readdirSync(docs).filter((name) => name.endsWith('.md'));

  it('each have a Simplified Chinese version in docs/zh-Hans/ with the same sections', () => {
    const unpaired = english.filter((name) => !existsSync(join(docs, 'zh-Hans', name)));
    expect(unpaired, 'guides without docs/zh-Hans/<name>.md').toEqual([]);
    for (const name of english) {
      const count = (text: string) => (text.replace(/```[\s\S]*?```/g, '').match(/^#{2,3} /gm) ?? []).length;
      const en = readFileSync(join(docs, name), 'utf8');
      const zh = readFileSync(join(docs, 'zh-Hans', name), 'utf8');
      expect(count(zh), `sections of zh-Hans/${name} and ${name}`).toBe(count(en));
    }
  });

  it('each open with a link to the other language', () => {
    for (const name of english) {
      const top = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '').trimStart().split('\n').slice(0, 3).join('\n');
      expect(top(readFileSync(join(docs, name), 'utf8')), name).toContain(`(zh-Hans/${name})`);
      if (existsSync(join(docs, 'zh-Hans', name))) expect(top(readFileSync(join(docs, 'zh-Hans', name), 'utf8')), `zh-Hans/${name}`).toContain(`(../${name})`);
    }
  });

  it('refer to no file outside the repository', () => {
    const texts = [join(repoRoot, 'README.md'), ...english.map((name) => join(docs, name)), ...readdirSync(join(docs, 'zh-Hans')).map((name) => join(docs, 'zh-Hans', name))];
    for (const file of texts) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(repoRoot, file)).not.toMatch(/\b(?:RULES|API)\.md\b|\/work\/shared/);
    }
  });
});
