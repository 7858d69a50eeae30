// The site's own typedoc plugin (typedoc.json "plugin"). It does four things typedoc cannot be told
// to do by options alone:
//
// 1. Groups the root entry's exports by the area of the library they come from (the folder of src/
//    that declares them: Complaint, Repair, Calendar…), so each function is listed once, under the
//    name users import (`wuye-rules`), with the subpath that also exports it.
// 2. Makes Chinese text searchable. typedoc's index splits words on spaces and trims everything that
//    is not [A-Za-z0-9_] from their ends, which leaves nothing of a Chinese sentence; this adds a
//    search field holding each run of Han characters, wrapped so that it survives the trimming.
//    The site's search looks for `*term*`, so "投诉" finds every run that contains it; a query's longer
//    runs are read as pairs of characters (site/search/), so "投诉升级" finds 投诉 and 升级 apart.
// 3. Turns the source code's references to rules ("RULES complaint.response", "RULES §1", "RULES C2")
//    into links to the rules reference, so no page refers to a document outside the site.
// 4. Adds the playground's scripts (built by scripts/build-playground.mjs) to the pages that ask for
//    them, with a map from each rule id to its place in the rules reference.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Comment, CommentTag, Converter, IndexEvent, JSX, KindRouter, MarkdownEvent, PageEvent, ReflectionKind, RendererEvent } from 'typedoc';

const root = fileURLToPath(new URL('..', import.meta.url));
const generated = join(root, 'docs-generated');

/** The display name of each area (a folder of src/); a new folder shows under its capitalised name. */
const AREA_TITLES = {
  core: 'Basics',
  calendar: 'Calendar',
  complaint: 'Complaint',
  repair: 'Repair',
  appraisal: 'Appraisal',
  desk: 'Desk',
  communication: 'Communication',
  visit: 'Visit',
  kpi: 'KPI',
  duty: 'Duty',
  policy: 'Policy',
  catalog: 'Catalog',
};

function areaTitle(area) {
  return AREA_TITLES[area] ?? area.charAt(0).toUpperCase() + area.slice(1);
}

/** The guides (files of docs/ and docs/zh-Hans/) in the order a reader meets them. */
const GUIDE_ORDER = [
  'getting-started',
  'conventions',
  'deadlines',
  'complaints',
  'approval-authority',
  'repairs',
  'appraisal',
  'desk-rules',
  'communication',
  'visits',
  'kpis',
  'duty-calendar',
  'policy',
  'errors',
  'command-line',
  'erp-integration',
  'playground',
  'contributing',
];

/** The area of src/ a file belongs to (`src/complaint/x.ts` → `complaint`), or undefined outside src/. */
function areaOf(fileName) {
  const path = relative(join(root, 'src'), fileName).split(sep);
  return path.length > 1 && path[0] !== '..' ? path[0] : undefined;
}

/** Every run of Han characters in a text, each wrapped in `_` so that the index's trimmer keeps it. */
export function hanTokens(text) {
  const runs = text.match(/[\p{Script=Han}\u3007]+/gu) ?? [];
  return [...new Set(runs)].map((run) => `_${run}_`).join(' ');
}

/** The module (entry point) a reflection is declared in, if any. */
function moduleOf(reflection) {
  let parent = reflection.parent;
  while (parent !== undefined && !parent.kindOf(ReflectionKind.Module)) parent = parent.parent;
  return parent;
}

function commentText(comment) {
  if (!comment) return '';
  return [...comment.summary, ...comment.blockTags.flatMap((tag) => tag.content)].map((part) => part.text).join('\n');
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  // ── 0. Addresses of the guides from their files ─────────────────────────────────────────────────
  // typedoc names a guide's page after its title; this router names it after its file instead, so
  // the addresses are stable and plain: documents/deadlines.html, documents/zh-Hans/deadlines.html,
  // documents/rules/complaint.html.
  app.renderer.defineRouter(
    'wuye-rules',
    class extends KindRouter {
      getIdealBaseName(reflection) {
        if (reflection.kind === ReflectionKind.Document) {
          const path = app.files.getReflectionPath(reflection);
          if (path !== undefined) {
            const file = relative(root, path).split(sep).join('/').replace(/\.md$/, '');
            const address = file.replace(/^docs\//, '').replace(/^docs-generated\//, '');
            if (!address.startsWith('..')) return `documents/${address}`;
          }
        }
        return super.getIdealBaseName(reflection);
      }
    },
  );

  // ── 1. One module, grouped by area ──────────────────────────────────────────────────────────────
  const areas = new Map();
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.parent?.kind !== ReflectionKind.Module || reflection.parent.name !== 'wuye-rules') return;
    let symbol = context.getSymbolFromReflection(reflection);
    if (symbol === undefined) return;
    // A re-export is an alias: the area is where the aliased declaration lives.
    if (symbol.flags & 2097152 /* ts.SymbolFlags.Alias */) symbol = context.checker.getAliasedSymbol(symbol);
    const fileName = symbol.declarations?.[0]?.getSourceFile().fileName;
    const area = fileName === undefined ? undefined : areaOf(fileName);
    if (area !== undefined) areas.set(reflection, area);
  });
  // Before the group plugin (priority -100) reads the tags.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    () => {
      const used = new Set();
      let module;
      for (const [reflection, area] of areas) {
        const target = reflection.signatures?.[0] ?? reflection;
        target.comment ??= new Comment();
        if (!target.comment.blockTags.some((tag) => tag.tag === '@group')) {
          target.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: areaTitle(area) }]));
          used.add(area);
        }
        module = reflection.parent;
      }
      // Each group says which entry point also exports it (the package's exports map).
      const subpaths = new Set(Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports ?? {}));
      if (module?.comment !== undefined) {
        for (const area of [...used].sort()) {
          if (!subpaths.has(`./${area}`)) continue;
          module.comment.blockTags.push(
            new CommentTag('@groupDescription', [
              { kind: 'text', text: `${areaTitle(area)}\nAlso exported on its own by ` },
              { kind: 'code', text: `\`wuye-rules/${area}\`` },
              { kind: 'text', text: ', for a smaller bundle.' },
            ]),
          );
        }
      }
      areas.clear();
    },
    100,
  );

  // Guides: English in docs/, Simplified Chinese in docs/zh-Hans/ (same file name), each language in
  // its own navigation group unless its front matter names one.
  const guideFiles = new Map();
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, reflection) => {
    const path = app.files.getReflectionPath(reflection);
    if (path === undefined) return;
    guideFiles.set(reflection, basename(path, '.md'));
    if (reflection.frontmatter.group !== undefined) return;
    const folder = relative(root, dirname(path)).split(sep).join('/');
    if (folder === 'docs') reflection.frontmatter.group = 'Guides';
    else if (folder === 'docs/zh-Hans') reflection.frontmatter.group = '指南（简体中文）';
  });
  // The guides in reading order, in both languages (the group plugin sorts them by title, which put
  // "Getting started" tenth and 快速上手 eleventh); a guide not listed follows, by title.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const rank = (reflection) => {
        const at = GUIDE_ORDER.indexOf(guideFiles.get(reflection));
        return at === -1 ? GUIDE_ORDER.length : at;
      };
      for (const group of context.project.groups ?? []) {
        if (group.children.every((child) => child.isDocument?.())) group.children.sort((a, b) => rank(a) - rank(b));
      }
    },
    -200,
  );

  // ── 2. Chinese search ───────────────────────────────────────────────────────────────────────────
  // A guide's section headings are a field of their own, weighted as a name is: a guide is a long
  // text, which the index's length normalisation ranks below every API member whose name holds the
  // word, so "working hours" found BusinessHours and ShiftPolicy before the deadlines guide's section.
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchFieldWeights.han = 1;
    event.searchFieldWeights.headings = 5;
    event.searchResults.forEach((reflection, index) => {
      // A function's page answers a query of its name before its result type or its input schema
      // (`*classifyComplaint*` also finds ClassifyComplaintResult and classifyComplaintInputSchema).
      if (reflection.kindOf?.(ReflectionKind.Function)) reflection.relevanceBoost = (reflection.relevanceBoost ?? 1) * 3;
      if (moduleOf(reflection)?.name.endsWith('/schemas')) reflection.relevanceBoost = (reflection.relevanceBoost ?? 1) * 0.4;
      const texts = [commentText(reflection.comment)];
      for (const signature of reflection.signatures ?? []) texts.push(commentText(signature.comment));
      const fields = { ...event.searchFields[index] };
      if (reflection.isDocument?.()) {
        const content = reflection.content.map((part) => part.text).join('\n');
        texts.push(content, reflection.name);
        const headings = [reflection.name, ...[...content.matchAll(/^#{1,6}[ \t]+(.+)$/gm)].map((match) => match[1])].join('\n');
        fields.headings = headings;
        fields.han = hanTokens(texts.join('\n'));
        // The headings' Han runs, weighted as headings are.
        fields.headings += `\n${hanTokens(headings)}`;
      } else {
        fields.han = hanTokens(texts.join('\n'));
      }
      event.searchFields[index] = fields;
    });
  });

  // ── 3. References to the rules become links to the rules reference ──────────────────────────────
  let ruleAreas;
  const loadRuleAreas = () => {
    if (ruleAreas !== undefined) return ruleAreas;
    const file = join(generated, 'rules', 'index.json');
    ruleAreas = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { rules: {}, sections: {}, pages: {} };
    return ruleAreas;
  };
  const documentUrls = new Map();
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    for (const reflection of Object.values(event.project.reflections)) {
      if (reflection.isDocument?.()) documentUrls.set(reflection.name, app.renderer.router.getFullUrl(reflection));
    }
  });
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      if (!/\bRULES\b|\bAPI\.md\b/.test(event.parsedText)) return;
      const { rules, sections, pages } = loadRuleAreas();
      const from = event.page?.url ?? '';
      const link = (pageTitle, anchor) => {
        const url = documentUrls.get(pageTitle);
        if (url === undefined) return undefined;
        const target = relativeUrl(from, url);
        return anchor ? `${target}#${anchor}` : target;
      };
      const idLink = (token) => {
        const section = /^§(\d+)$/.exec(token);
        if (section) {
          const area = sections[section[1]];
          const href = area && link(pages[area]);
          return href ? `[${pages[area]}](${href})` : undefined;
        }
        const rule = rules[token];
        const href = rule && link(pages[rule.area], rule.anchor);
        return href ? `[\`${token}\`](${href})` : undefined;
      };
      event.parsedText = event.parsedText
        .replace(/\bRULES\.md\b/g, 'the rules reference')
        .replace(/\bAPI\.md\b/g, 'the API reference')
        // "RULES <list>": the list runs to a closing bracket, a colon or semicolon, or a full stop
        // that ends a sentence; each rule id or section in it becomes a link.
        .replace(/\bRULES\b:?[ \t]*((?:[^.;:)\n]|\.(?=[\w*`]))*)/g, (_match, list) => {
          const rendered = list.replace(/`?(§\d+|[A-Za-z][\w-]*(?:\.[\w-]+)*)`?/g, (token, id) => idLink(id) ?? token);
          return list.startsWith('§') ? rendered : `rule ${rendered}`;
        });
    },
    100,
  );

  // The Chinese guides say so (`lang="zh-Hans"`), so that a screen reader reads them in a Chinese voice
  // and a browser picks Chinese fonts; the English pages say which of their text is Chinese (titles,
  // tables and summaries quote the standards), so that it is read in a Chinese voice too.
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    if (page.url.startsWith('documents/zh-Hans/')) page.contents = inChinese(page.contents.replace(/<html([^>]*) lang="en"/, '<html$1 lang="zh-Hans"'));
    else page.contents = markChinese(page.contents);
  });

  // ── 4. The playground's scripts ─────────────────────────────────────────────────────────────────
  // A page whose front matter says `playground: <locale>` gets the library's browser build and the
  // playground's shell at the end of its body (classic scripts: the site works from file:// too).
  // Every page gets the search box's Chinese reading (han-search.js: a query's Han characters read as
  // pairs, as part 2 indexes them).
  app.renderer.hooks.on('body.end', (context) => {
    const model = context.page.model;
    const playground = model.isDocument?.() && model.frontmatter.playground !== undefined;
    const files = [...(playground ? ['wuye-rules.iife.js', 'playground-links.js', 'playground.js'] : []), 'han-search.js'];
    return JSX.createElement(JSX.Fragment, null, ...files.map((file) => JSX.createElement('script', { src: context.relativeURL(`assets/${file}`) })));
  });
  app.renderer.on(RendererEvent.END, (event) => {
    const target = join(event.outputDirectory, 'assets');
    mkdirSync(target, { recursive: true });
    const source = join(generated, 'assets');
    for (const file of ['wuye-rules.iife.js', 'playground.js', 'han-search.js']) {
      if (existsSync(join(source, file))) copyFileSync(join(source, file), join(target, file));
    }
    const { rules, pages } = loadRuleAreas();
    const links = {};
    for (const [id, { area, anchor }] of Object.entries(rules)) {
      const url = documentUrls.get(pages[area]);
      if (url !== undefined) links[id] = `${url}#${anchor}`;
    }
    writeFileSync(join(target, 'playground-links.js'), `window.wuyeRuleLinks = ${JSON.stringify(links)};\n`);
  });
}

// A tag (its quoted attribute values may hold `>`), or the text between tags.
const TAG_OR_TEXT = /(<(?:[^>"']|"[^"]*"|'[^']*')*>)|([^<]+)/g;
// Elements whose text is not markup: left as it is.
const RAW_TEXT = /^<\/?(script|style|title|textarea|option)\b/i;
// A run of Han characters with the CJK punctuation and full-width forms between and around them.
const CHINESE_RUN = /[\p{Script=Han}\u3007][\p{Script=Han}\u3000-\u303f\uff01-\uff5e]*/gu;

// The theme's own words on a Chinese guide: its text, its labels, and the messages its script writes.
const THEME_ZH = {
  'Preparing search index...': '正在准备搜索索引…',
  Settings: '设置',
  'Member Visibility': '成员可见性',
  Protected: '受保护成员',
  Inherited: '继承的成员',
  External: '外部成员',
  Theme: '主题',
  OS: '跟随系统',
  Light: '浅色',
  Dark: '深色',
  'On This Page': '本页目录',
  'Loading...': '加载中…',
  'Generated using': '生成工具：',
  Copy: '复制',
};
const THEME_ATTRIBUTES_ZH = { Search: '搜索', 'Search the docs': '搜索文档', Menu: '菜单', Breadcrumb: '导航路径', Permalink: '永久链接' };
const THEME_SCRIPT_ZH = {
  copy: '复制',
  copied: '已复制！',
  search_index_not_available: '搜索索引不可用',
  search_no_results_found_for_0: '没有找到与 {0} 相关的结果',
};

/** A Chinese guide's page with the theme's English words in Chinese (typedoc writes one language per site). */
export function inChinese(html) {
  const page = rewriteMarkup(
    html,
    (tag) => tag.replace(/ (aria-label|placeholder)="([^"]*)"/g, (attribute, name, value) => (Object.hasOwn(THEME_ATTRIBUTES_ZH, value) ? ` ${name}="${THEME_ATTRIBUTES_ZH[value]}"` : attribute)),
    (text) => {
      const words = text.trim();
      return Object.hasOwn(THEME_ZH, words) ? text.replace(words, THEME_ZH[words]) : text;
    },
  );
  // The theme's script (deferred) sets its messages before the document is loaded; these replace them.
  const script = `<script>document.addEventListener('DOMContentLoaded',function(){window.translations=Object.assign(window.translations||{},${JSON.stringify(THEME_SCRIPT_ZH)})})</script>`;
  return page.replace('</body>', `${script}</body>`);
}

/** Wraps each run of Chinese in the text of an HTML page in `<span lang="zh">`. */
export function markChinese(html) {
  return rewriteMarkup(html, (tag) => tag, (text) => text.replace(CHINESE_RUN, (run) => `<span lang="zh">${run}</span>`));
}

/**
 * An HTML page with each tag passed through `onTag` and the text between tags through `onText`; the
 * text of script, style, title, textarea and option elements is left as it is.
 */
function rewriteMarkup(html, onTag, onText) {
  let raw;
  return html.replace(TAG_OR_TEXT, (match, tag, text) => {
    if (tag === undefined) return raw === undefined ? onText(text) : text;
    const element = RAW_TEXT.exec(tag);
    if (element !== null) raw = tag[1] === '/' ? undefined : element[1].toLowerCase();
    return onTag(tag);
  });
}

/** The URL of `to` relative to the page at `from`, both relative to the site's root. */
function relativeUrl(from, to) {
  const fromParts = dirname(`/${from}`).split('/').filter(Boolean);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common += 1;
  return [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/') || '.';
}
