// The command line passes `{ policy, calendar }` after a line's arguments exactly to the functions
// that take rule options. The list of those that do not (WITHOUT_RULE_OPTIONS) is held to the
// functions' declared parameters, read with the TypeScript compiler: a function whose last parameter
// has no `policy` field takes no rule options. A function missing from the list got the options as
// an argument it ignores (collectionRate accepted `--policy`, and a line's `{"policy": {}}` was told
// to come from --policy); one wrongly in it could not be given its policy.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { WITHOUT_RULE_OPTIONS } from '../../src/cli/registry.js';

function takesRuleOptions(): Map<string, boolean> {
  // No ambient @types: the parameters' types need only the sources (and @types/node was half the files).
  const program = ts.createProgram(['src/index.ts'], { types: [], strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile('src/index.ts')!)!;
  const takes = new Map<string, boolean>();
  for (const exported of checker.getExportsOfModule(entry)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.valueDeclaration;
    if (declaration === undefined || !ts.isFunctionDeclaration(declaration)) continue;
    const last = declaration.parameters.at(-1);
    const type = last === undefined ? undefined : checker.getNonNullableType(checker.getTypeAtLocation(last));
    takes.set(exported.name, type !== undefined && type.getProperty('policy') !== undefined);
  }
  return takes;
}

describe('the command line registry', () => {
  it('leaves out the rule options exactly for the functions whose parameters have none', () => {
    const takes = takesRuleOptions();
    const registry = defaultRegistry();
    expect(registry.size).toBeGreaterThan(50);
    for (const [name, fn] of registry) {
      expect(takes.has(name), name).toBe(true);
      expect({ name, withoutRuleOptions: WITHOUT_RULE_OPTIONS.has(name) }).toEqual({ name, withoutRuleOptions: !takes.get(name) });
      expect({ name, optionsIndex: fn.layout().optionsIndex === null }).toEqual({ name, optionsIndex: !takes.get(name) });
    }
  }, 60_000);
});
