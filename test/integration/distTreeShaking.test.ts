// A bundler that takes one rule function from the BUILT ESM root (dist/index.js, which an
// application's bundler resolves for 'wuye-rules') drops the rule catalog: its entries sit in a
// function that only a reader of the catalog calls, so no module-level statement keeps their text.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot, requireBuild } from './_support.js';

async function bundle(names: string): Promise<string> {
  const root = JSON.stringify(join(repoRoot, 'dist/index.js'));
  const result = await build({
    stdin: { contents: `import { ${names} } from ${root}; console.log(${names});`, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'zod/*'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

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
    const code = await bundle(name);
    expect(code.length).toBeGreaterThan(1000);
    expect(readable(code)).not.toContain(CATALOG_TEXT);
  });

  it('keeps the catalog in a bundle that imports ruleCatalog or explain', async () => {
    requireBuild();
    expect(readable(await bundle('ruleCatalog'))).toContain(CATALOG_TEXT);
    expect(readable(await bundle('explain'))).toContain(CATALOG_TEXT);
  });
});
