// Every value the package exports (function, class, constant) is documented where its reader meets it —
// an editor's hover, the typedoc site, the published .d.ts — with a TSDoc comment that has an
// `@example` (test/docExamples.test.ts runs them). Read with the TypeScript compiler, because a comment
// counts only when it stands right before the declaration: extendCalendar's, followed by two
// constants, reached neither the typings nor the site.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = ['src/index.ts', 'src/schemas/index.ts'];

function undocumented(): { missingComment: string[]; missingExample: string[]; checked: number } {
  // No ambient @types: reading comments needs only the sources, and @types/node alone was half the files.
  const program = ts.createProgram(ENTRIES, { types: [], strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const missingComment: string[] = [];
  const missingExample: string[] = [];
  let checked = 0;
  for (const entry of ENTRIES) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if ((symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)) === 0) continue;
      checked += 1;
      const name = `${entry}: ${exported.name}`;
      if (ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === '') missingComment.push(name);
      if (!symbol.getJsDocTags(checker).some((tag) => tag.name === 'example')) missingExample.push(name);
    }
  }
  return { missingComment, missingExample, checked };
}

describe('the documentation of every export', () => {
  it('is a TSDoc comment with an example, attached to the declaration', () => {
    const { missingComment, missingExample, checked } = undocumented();
    expect(checked).toBeGreaterThan(100);
    expect({ missingComment, missingExample }).toEqual({ missingComment: [], missingExample: [] });
  }, 60_000);
});
