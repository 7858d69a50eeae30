// How small the bundles of the two size aims could get by trimming text alone: each bundle is built from
// src/ as test/bundleSize.test.ts builds it (lib/bundle-sources.mjs, gzip level 9), then measured again with
// every string literal and template text emptied (the error codes, field paths, messages and holiday
// names the contract requires), and beside them the shared checks every rule function runs (reading an
// instant, the options, an object of fields, the error classes). Printed, never asserted:
//
//   node scripts/size-floor.mjs
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { bundleSources } from './lib/bundle-sources.mjs';

const bundles = [
  { label: 'wuye-rules/calendar (aim: 5 kB)', contents: "export * from './src/calendar/index.ts';" },
  { label: 'import { classifyComplaint } (aim: 3 kB)', contents: "import { classifyComplaint } from './src/index.ts'; console.log(classifyComplaint);" },
  { label: 'import { isWorkday } (one calendar function)', contents: "import { isWorkday } from './src/calendar/index.ts'; console.log(isWorkday);" },
  {
    label: 'the shared checks alone (instant, options, object, errors)',
    contents:
      "export { toEpochMs } from './src/core/instant.ts'; export { ruleOptions } from './src/core/options.ts'; export { requireObject, refuseExtraArguments } from './src/core/validate.ts';",
  },
];

const minified = async (contents) => new TextDecoder().decode((await bundleSources(contents)).code);

// The code with the text of every string literal and every template part removed (the quotes, the
// backticks and the `${…}` expressions stay), found by TypeScript's scanner rather than a regular
// expression, which a regular-expression literal or a quote inside a template would mislead.
function withoutText(code) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, code);
  let out = '';
  let last = 0;
  const keep = (start, end, open, close) => {
    out += code.slice(last, start) + open + close;
    last = end;
  };
  // The expressions of a template: after a `}` at their depth, the scanner is asked to read the rest of
  // the template (as the parser does).
  const templateDepths = [];
  let depth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    if (kind === ts.SyntaxKind.StringLiteral) keep(start, end, code[start], code[start]);
    else if (kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) keep(start, end, '`', '`');
    else if (kind === ts.SyntaxKind.TemplateHead) {
      keep(start, end, '`', '${');
      templateDepths.push(depth);
    } else if (kind === ts.SyntaxKind.OpenBraceToken) depth += 1;
    else if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templateDepths.at(-1) === depth) {
        const part = scanner.reScanTemplateToken(false);
        const partEnd = scanner.getTokenEnd();
        if (part === ts.SyntaxKind.TemplateTail) {
          keep(start, partEnd, '}', '`');
          templateDepths.pop();
        } else keep(start, partEnd, '}', '${');
      } else depth -= 1;
    } else if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) {
      // A regular expression where an operand is expected: minified code writes one only after `(`,
      // `,`, `=`, `:`, `[`, `!`, `&`, `|`, `?`, `{`, `}`, `;` or `return`.
      const before = code.slice(0, start).trimEnd();
      if (/[(,=:[!&|?{};]$|\breturn$/.test(before)) scanner.reScanSlashToken();
    }
  }
  return out + code.slice(last);
}

const gzipped = (text) => gzipSync(text, { level: 9 }).length;
const rows = [];
for (const { label, contents } of bundles) {
  const code = await minified(contents);
  const bare = withoutText(code);
  rows.push({ bundle: label, 'min+gzip bytes': gzipped(code), 'without any text': gzipped(bare), 'minified bytes': code.length });
}
console.table(rows);
