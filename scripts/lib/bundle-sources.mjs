// A module built from the sources as an application's bundler would ship it: esbuild, bundled and
// tree-shaken, minified ESM for a neutral platform. The size test (test/bundleSize.test.ts) and
// scripts/size-floor.mjs measure the same bundle.
import { build } from 'esbuild';

/**
 * @param {string} contents a module that imports from ./src (resolved from the working directory)
 * @returns {Promise<{ code: Uint8Array; inputs: string[] }>} the minified code, and the modules that
 *   left code in it (tree-shaken imports show up in esbuild's metafile with 0 bytes)
 */
export async function bundleSources(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  return { code: result.outputFiles[0].contents, inputs };
}
