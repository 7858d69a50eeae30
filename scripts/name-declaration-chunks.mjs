// Names the shared declaration chunks as the JavaScript build names its own (`Policy-<hash>.d.ts`).
// tsup bundles the declarations from the compiler's .d.ts files (tsup.types.config.ts), and a chunk
// takes its first module's file name less the last extension: `Policy.d-<hash>.d.ts`. This renames
// each such chunk in dist/ and rewrites the imports that name it. Run by `npm run build:types`.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const declaration = /\.d\.c?ts$/;
const CHUNK = /\.d-([A-Za-z0-9_-]+)(?=\.(?:d\.c?ts|c?js)\b)/g;

for (const name of readdirSync(dist).filter((file) => declaration.test(file))) {
  const path = join(dist, name);
  const text = readFileSync(path, 'utf8');
  const renamed = text.replace(CHUNK, '-$1');
  if (renamed !== text) writeFileSync(path, renamed);
  const target = name.replace(CHUNK, '-$1');
  if (target !== name) renameSync(path, join(dist, target));
}
