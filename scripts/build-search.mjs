// `npm run docs` (before typedoc): builds the search box's Chinese reading (site/search/) into
// docs-generated/assets/han-search.js, a classic script the typedoc plugin adds to every page.
import { join } from 'node:path';
import { buildBrowserScript } from './lib/browser-script.mjs';
import { root } from './lib/load-source.mjs';

await buildBrowserScript(join(root, 'site', 'search', 'hanSearch.ts'), join(root, 'docs-generated', 'assets', 'han-search.js'));
