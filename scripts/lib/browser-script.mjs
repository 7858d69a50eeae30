// The site's classic scripts (no modules: the site works from file:// too), built from TypeScript
// with esbuild the same way: one bundled, minified IIFE for the browsers of the last years.
import { build } from 'esbuild';

/**
 * Builds `entry` into the classic script `outfile`.
 *
 * @param {string} entry - The TypeScript entry point.
 * @param {string} outfile - The script to write.
 * @param {{ globalName?: string, define?: Record<string, string> }} [extra] - A global for its exports, constants to replace.
 */
export async function buildBrowserScript(entry, outfile, extra = {}) {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    outfile,
    logLevel: 'error',
    ...extra,
  });
}
