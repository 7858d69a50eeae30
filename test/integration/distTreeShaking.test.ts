// A bundler that takes one rule function from the BUILT ESM root (dist/index.js, which an
// application's bundler resolves for 'wuye-rules') keeps only what that function needs. The root is
// one module, so this holds only if no module-level statement has (or looks to a bundler as if it
// had) a side effect: each table, interned answer and default policy is a literal or a call marked
// pure. The catalog's entries sit in a function that only a reader of the catalog calls.
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { singleImports } from '../_singleImportCeilings.js';
import { repoRoot, requireBuild } from './_support.js';

const ROOT = join(repoRoot, 'dist/index.js');

// The ceilings of bundles built from the sources hold for the built root too, but for the catalog:
// the build writes it as base64 of its UTF-8 (for a quicker cold import, see tsup.config.ts), which
// gzip packs less tightly than the sources' text (~40.7 kB where the sources give ~29.1 kB).
const distCeilings: Record<string, number> = { ...singleImports, explain: 41_334 };

// Reads dist/index.js as if the package did not declare `"sideEffects": false`, so that the bundler
// judges each of its module-level statements by itself.
const judgeEveryStatement: Plugin = {
  name: 'judge-every-statement',
  setup(plugin) {
    plugin.onResolve({ filter: /dist[\\/]index\.js$/ }, (args) => ({ path: args.path, sideEffects: true }));
  },
};

async function bundle(contents: string, plugins: Plugin[] = []): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'zod/*'],
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0]!.contents;
}

const bundleOf = async (names: string): Promise<string> => Buffer.from(await bundle(`import { ${names} } from ${JSON.stringify(ROOT)}; console.log(${names});`)).toString('utf8');

// The English summary of complaint.approval, as the catalog writes it.
const CATALOG_TEXT = 'Approval of a complaint amount';

// The bundle's text with every long base64 string literal in it decoded as UTF-8: the build writes
// the catalog's JSON in base64 (tsup.config.ts), so its words show only once decoded.
function readable(code: string): string {
  const decoded = [...code.matchAll(/"([A-Za-z0-9+/]{1000,}={0,2})"/g)].map((match) => Buffer.from(match[1]!, 'base64').toString('utf8'));
  return [code, ...decoded].join('\n');
}

describe('dist/index.js', () => {
  it.each(['classifyComplaint', 'approvalAuthority', 'repairStatus', 'addWorkdays'])('leaves the catalog out of a bundle that imports %s alone', async (name) => {
    requireBuild();
    const code = await bundleOf(name);
    expect(code.length).toBeGreaterThan(1000);
    expect(readable(code)).not.toContain(CATALOG_TEXT);
  });

  it('keeps the catalog in a bundle that imports ruleCatalog or explain', async () => {
    requireBuild();
    expect(readable(await bundleOf('ruleCatalog'))).toContain(CATALOG_TEXT);
    expect(readable(await bundleOf('explain'))).toContain(CATALOG_TEXT);
  });

  it('leaves nothing of itself in a bundle that imports it for its side effects alone', async () => {
    requireBuild();
    const code = Buffer.from(await bundle(`import ${JSON.stringify(ROOT)};`, [judgeEveryStatement])).toString('utf8');
    expect(code.trim()).toBe('');
  });

  it.each(Object.entries(distCeilings))('bundles %s alone from dist within its ceiling (%i bytes)', async (name, ceiling) => {
    requireBuild();
    expect(gzipSync(await bundle(`import { ${name} } from ${JSON.stringify(ROOT)}; console.log(${name});`), { level: 9 }).length).toBeLessThanOrEqual(ceiling);
  });
});
