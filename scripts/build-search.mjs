// `npm run docs` (before typedoc): builds the search box's Chinese reading (site/search/) into
// docs-generated/assets/han-search.js, a classic script the typedoc plugin adds to every page.
import { build } from 'esbuild';
import { join } from 'node:path';
import { root } from './lib/load-source.mjs';

await build({
  entryPoints: [join(root, 'site', 'search', 'hanSearch.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  outfile: join(root, 'docs-generated', 'assets', 'han-search.js'),
  logLevel: 'error',
});
