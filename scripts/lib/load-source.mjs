// Loads TypeScript from src/ in a Node script, without a build: esbuild bundles a small entry (the
// source files it imports included, packages left to node_modules) into a temporary module inside
// the repository, which is imported and then removed. Used by the docs generators.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

let counter = 0;

/**
 * Bundles `contents` (TypeScript; imports relative to the repository root) and imports the result.
 * @param {string} contents
 */
export async function loadSource(contents) {
  const folder = join(root, 'docs-generated', '.cache');
  mkdirSync(folder, { recursive: true });
  counter += 1;
  const file = join(folder, `load-${process.pid}-${counter}.mjs`);
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'load-source-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    logLevel: 'error',
  });
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}
