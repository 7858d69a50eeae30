// `npm run docs` (before typedoc): writes the rules reference into docs-generated/rules/, one page per
// area of the catalog (one file of src/catalog/entries/), from the source itself:
//
// - every rule of `ruleCatalog`: id, source document and clause, summaries in 简体, 繁體 and English,
//   the reading chosen where the source is ambiguous (`assumption`) and the `legalRisk` note;
// - the functions whose decisions cite it: the rule ids written as string literals in the file that
//   declares each exported function (and in the area's private `_*.ts` helpers it imports), plus the
//   `basis` of each function's example evaluated through the command line's registry;
// - the policy keys that change it: the keys of `Policy` whose TSDoc names the rule, and the keys an
//   `assumption` names after "Policy:".
//
// It also writes docs-generated/rules/index.json (rule → page and anchor), which the typedoc plugin
// uses to link the source's "RULES <id>" references, and which the tests use to check the site.
// Nothing here needs editing when a rule, a function or an area is added.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { anchorOf } from './lib/anchors.mjs';
import { loadSource, root } from './lib/load-source.mjs';

const out = join(root, 'docs-generated', 'rules');
const entriesFolder = join(root, 'src', 'catalog', 'entries');

/** Titles of the areas (files of src/catalog/entries); a new file gets a title from its name. */
const AREA_TITLES = {
  conventions: ['Counting conventions', '计数约定'],
  calendar: ['Calendar', '工作日历'],
  complaint: ['Complaints', '投诉'],
  repair: ['Repairs', '报修'],
  appraisal: ['Staff appraisal', '客服人员考核'],
  desk: ['Desk rules and fines', '客服规章与罚则'],
  communication: ['Owner communication', '业户沟通'],
  visit: ['Owner visits', '业户访问'],
  kpi: ['Service KPIs', '服务指标'],
  duty: ['Duty calendar', '职责日历'],
};
/** The numbered sections the source code's comments cite as "RULES §N". */
const SECTIONS = { 0: 'conventions', 1: 'complaint', 2: 'repair', 3: 'appraisal', 4: 'desk', 5: 'communication', 6: 'visit', 7: 'kpi', 8: 'duty' };

const LOCALE_NAMES = { 'zh-Hans': '简体', 'zh-Hant': '繁體', en: 'English' };

function areaTitles(area) {
  return AREA_TITLES[area] ?? [area.charAt(0).toUpperCase() + area.slice(1), area];
}

function pageTitle(area) {
  const [en, zh] = areaTitles(area);
  return `Rules: ${en} · ${zh}`;
}

function listTsFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listTsFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

// ── The catalog, by area ─────────────────────────────────────────────────────────────────────────
const areaFiles = readdirSync(entriesFolder).filter((file) => file.endsWith('.ts')).sort();
const loaded = await loadSource(
  [
    `export { ruleCatalog, sourceDocuments } from './src/catalog/index.ts';`,
    ...areaFiles.map((file, index) => `export * as area${index} from './src/catalog/entries/${file}';`),
  ].join('\n'),
);
const { ruleCatalog, sourceDocuments } = loaded;
const ruleArea = new Map();
const areas = [];
areaFiles.forEach((file, index) => {
  const area = basename(file, '.ts');
  const ids = [];
  for (const value of Object.values(loaded[`area${index}`])) {
    if (value === null || typeof value !== 'object') continue;
    for (const id of Object.keys(value)) {
      if (Object.hasOwn(ruleCatalog, id) && !ruleArea.has(id)) {
        ruleArea.set(id, area);
        ids.push(id);
      }
    }
  }
  if (ids.length > 0) areas.push({ area, ids });
});
const leftOver = Object.keys(ruleCatalog).filter((id) => !ruleArea.has(id));
if (leftOver.length > 0) {
  areas.push({ area: 'other', ids: leftOver });
  for (const id of leftOver) ruleArea.set(id, 'other');
}
const ruleIds = Object.keys(ruleCatalog);
const idPattern = /[A-Za-z][\w-]*(?:\.[\w-]+)*/g;
const mentionedIds = (text) => [...new Set((text.match(idPattern) ?? []).filter((word) => Object.hasOwn(ruleCatalog, word)))];

// ── Functions citing each rule ───────────────────────────────────────────────────────────────────
const citedBy = new Map(ruleIds.map((id) => [id, new Set()]));
const cite = (id, fn) => citedBy.get(id)?.add(fn);

// The string literals and the comments of a file, by scanning its tokens.
function scanFile(file) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, readFileSync(file, 'utf8'));
  const literals = [];
  const comments = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) literals.push(scanner.getTokenValue());
    else if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) comments.push(scanner.getTokenText());
  }
  return { literals, comments };
}
const relativeImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)].map((match) => join(dirname(file), match[1].replace(/\.js$/, '.ts')));

const library = await loadSource(`export * as library from './src/index.ts';`);
const exportedFunctions = Object.keys(library.library).filter((name) => typeof library.library[name] === 'function');
const sourceFiles = listTsFiles(join(root, 'src')).filter((file) => !file.includes(`${join('src', 'catalog', 'entries')}`));
const declaringFile = new Map();
for (const file of sourceFiles) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*(?::[^=]+)?=\s*(?:\/\*[^*]*\*\/\s*)?(?:\(|function|\w+\()/g)) {
    const name = match[1] ?? match[2];
    if (exportedFunctions.includes(name) && !declaringFile.has(name)) declaringFile.set(name, file);
  }
}
// Functions whose own documentation names a rule without citing it in a decision (a function that
// returns a number, say): listed separately as "see also".
const documentedBy = new Map(ruleIds.map((id) => [id, new Set()]));
for (const [fn, file] of declaringFile) {
  // The file itself and the private helpers (`_*.ts`) of its area that it imports.
  const files = [file, ...relativeImports(file).filter((path) => dirname(path) === dirname(file) && basename(path).startsWith('_') && existsSync(path))];
  for (const path of files) for (const value of scanFile(path).literals) if (Object.hasOwn(ruleCatalog, value)) cite(value, fn);
  for (const comment of scanFile(file).comments) for (const id of mentionedIds(comment)) documentedBy.get(id).add(fn);
}

// The basis of each function's command-line example (and of anything nested in its result).
const cli = await loadSource(
  `export * as library from './src/index.ts';
   export * as schemas from './src/schemas/index.ts';
   export { buildRegistry } from './src/cli/registry.ts';
   export { exampleLines } from './src/cli/examples.ts';
   export { LineEvaluator } from './src/cli/evaluate.ts';`,
);
const registry = cli.buildRegistry(cli.library, cli.schemas);
const collectBasis = (value, fn, depth = 0) => {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value.basis)) for (const id of value.basis) if (typeof id === 'string') cite(id, fn);
  for (const item of Object.values(value)) collectBasis(item, fn, depth + 1);
};
for (const [name, fn] of registry) {
  const line = cli.exampleLines[name];
  if (line === undefined) continue;
  const output = JSON.parse(new cli.LineEvaluator({ fn }).jsonLine(line, 1));
  if (output.ok) collectBasis(output.result, name);
}

// ── Policy keys changing each rule ───────────────────────────────────────────────────────────────
const changedBy = new Map(ruleIds.map((id) => [id, new Set()]));
{
  const program = ts.createProgram([join(root, 'src', 'policy', 'Policy.ts')], {
    // No ambient @types: the policy's keys need only the sources.
    types: [],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const policyFile = program.getSourceFile(join(root, 'src', 'policy', 'Policy.ts'));
  const policySymbol = policyFile && checker.getExportsOfModule(checker.getSymbolAtLocation(policyFile)).find((symbol) => symbol.name === 'Policy');
  const walk = (type, path, depth) => {
    if (depth > 4) return;
    for (const property of type.getProperties()) {
      const key = [...path, property.name].join('.');
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (declaration === undefined) continue;
      // Only the policy's own documents (src/policy/Policy.ts, src/<area>/<area>Policy.ts) name rules;
      // the comments of shared shapes (a bound's value, a period's unit) are the same everywhere.
      if (/Policy\.ts$/.test(declaration.getSourceFile().fileName)) {
        const doc = ts.displayPartsToString(property.getDocumentationComment(checker));
        for (const id of mentionedIds(doc)) changedBy.get(id).add(key);
      }
      const propertyType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, declaration));
      if (checker.isArrayType(propertyType) || checker.isTupleType(propertyType)) continue;
      if (propertyType.flags & ts.TypeFlags.Object && propertyType.getCallSignatures().length === 0) walk(propertyType, [...path, property.name], depth + 1);
    }
  };
  if (policySymbol !== undefined) walk(checker.getDeclaredTypeOfSymbol(policySymbol), [], 0);
  else console.warn('build-rules-reference: no Policy interface found in src/policy/Policy.ts');
}
for (const id of ruleIds) {
  const assumption = ruleCatalog[id].assumption ?? '';
  for (const match of assumption.matchAll(/Polic(?:y|ies):\s*([^;]+?)(?:\.(?:\s|$)|;|$)/g)) {
    for (const key of match[1].match(/[a-z][A-Za-z]*(?:\.[A-Za-z]+)+|\b(?:dayCounting|extendPastRestDays|beforeDayInclusive|restDays|outOfCoverage)\b/g) ?? []) changedBy.get(id).add(key);
  }
}

// ── Pages ────────────────────────────────────────────────────────────────────────────────────────
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const escapeCell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const functionLink = (name) => `{@link wuye-rules!${name} | \`${name}\`}`;
const index = { rules: {}, sections: {}, pages: {} };
const pageFile = (area) => `${area}.md`;

for (const { area, ids } of areas) {
  const title = pageTitle(area);
  index.pages[area] = title;
  const [en, zh] = areaTitles(area);
  const lines = [
    '---',
    `title: "${title}"`,
    'group: Rules reference',
    '---',
    '',
    `# ${title}`,
    '',
    `[Rules reference · 规则参考](index.md) · ${ids.length} rule${ids.length === 1 ? '' : 's'} of ${en.toLowerCase()} (${zh})`,
    '',
    '| rule | source | functions |',
    '|---|---|---|',
    ...ids.map((id) => {
      const entry = ruleCatalog[id];
      const functions = [...citedBy.get(id)].sort();
      return `| [${id}](#${anchorOf(id)}) | ${escapeCell(entry.source)} ${escapeCell(entry.clause)} | ${functions.map((name) => `\`${name}\``).join(', ') || '—'} |`;
    }),
    '',
  ];
  for (const id of ids) {
    const entry = ruleCatalog[id];
    const document = sourceDocuments[entry.source];
    index.rules[id] = { area, anchor: anchorOf(id) };
    const functions = [...citedBy.get(id)].sort();
    const keys = [...changedBy.get(id)].sort();
    lines.push(`## ${id}`, '');
    lines.push(`**Source · 出处:** ${document ? `${document.title} (${document.titleEn})` : entry.source}, ${entry.clause}`, '');
    for (const locale of ['zh-Hans', 'zh-Hant', 'en']) lines.push(`- **${LOCALE_NAMES[locale]}:** ${entry.summary[locale]}`);
    lines.push('');
    if (entry.assumption) lines.push(`**Reading chosen · 采用的解读:** ${entry.assumption}`, '');
    if (entry.legalRisk) lines.push(`> **Legal risk · 法律风险:** ${entry.legalRisk}`, '');
    const seeAlso = [...documentedBy.get(id)].filter((name) => !citedBy.get(id).has(name)).sort();
    lines.push(`**Cited by · 引用它的函数:** ${functions.length > 0 ? functions.map(functionLink).join(', ') : 'no decision cites it directly (a counting convention, an umbrella rule, or a procedure the library records)'}`, '');
    if (seeAlso.length > 0) lines.push(`**See also · 另见:** ${seeAlso.map(functionLink).join(', ')} (documented with this rule)`, '');
    lines.push(`**Policy keys · 可调整的策略项:** ${keys.length > 0 ? keys.map((key) => `\`${key}\``).join(', ') : 'none (fixed by the source)'}`, '');
  }
  writeFileSync(join(out, pageFile(area)), `${lines.join('\n')}\n`);
}
for (const [section, area] of Object.entries(SECTIONS)) if (index.pages[area] !== undefined) index.sections[section] = area;

const total = ruleIds.length;
writeFileSync(
  join(out, 'index.md'),
  [
    '---',
    'title: "Rules reference · 规则参考"',
    'group: Rules reference',
    'children:',
    ...areas.map(({ area }) => `  - ./${pageFile(area)}`),
    '---',
    '',
    '# Rules reference · 规则参考',
    '',
    `Every rule the library encodes (${total} in all), generated from \`ruleCatalog\` when the site is built: its source`,
    'document and clause, its summary in 简体中文, 繁體中文 and English, the reading the library chose where the',
    'source is ambiguous, any legal-risk note, the functions whose decisions cite it, and the policy keys',
    'that change it.',
    '',
    `本库编码的全部规则（共 ${total} 条），在构建文档时由 \`ruleCatalog\` 生成：出处文件与条款、简体/繁體/英文摘要、`,
    '来源含糊时采用的解读、法律风险提示、引用该规则的函数，以及可以改变它的策略项。',
    '',
    '| area · 领域 | rules · 规则数 |',
    '|---|---|',
    ...areas.map(({ area, ids }) => `| [${pageTitle(area)}](${pageFile(area)}) | ${ids.length} |`),
    '',
    '## Source documents · 出处文件',
    '',
    '| key | document | English |',
    '|---|---|---|',
    ...Object.entries(sourceDocuments).map(([key, document]) => `| ${key} | ${document.title} | ${document.titleEn} |`),
    '',
  ].join('\n'),
);
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
rmSync(join(root, 'docs-generated', '.cache'), { recursive: true, force: true });
console.log(`rules reference: ${total} rules on ${areas.length} pages in ${relative(root, out)}/`);
