// What the JavaScript build (tsup.config.ts) and the declaration build (tsup.types.config.ts) share:
// the entry points of the exports map, and how each clears its own files from dist/.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Every entry point besides the root (`wuye-rules/<name>`). */
export const ENTRY_POINTS = ['calendar', 'complaint', 'repair', 'appraisal', 'desk', 'duty', 'communication', 'visit', 'kpi', 'policy', 'catalog', 'schemas'] as const;

/** Every entry (the root as `index`) with its file, given the file of a module path such as `calendar/index`. */
export function entryFiles(file: (modulePath: string) => string): Record<string, string> {
  return { index: file('index'), ...Object.fromEntries(ENTRY_POINTS.map((name) => [name, file(`${name}/index`)])) };
}

/**
 * Removes from dist/ the files of one build, declarations (`.d.ts`, `.d.cts`) or everything else, so
 * that neither build leaves stale files (chunks are named by hash) and neither removes the other's:
 * `npm test` runs the two side by side.
 */
export function clearDist(declarations: boolean, directory = 'dist'): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) clearDist(declarations, path);
    else if (/\.d\.c?ts$/.test(entry.name) === declarations) rmSync(path, { force: true });
  }
}
