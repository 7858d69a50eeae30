import { defineConfig } from 'tsup';
import { clearDist, entryFiles } from './tsup.entries.js';

// The declarations of every entry, .d.ts and .d.cts, bundled from the declaration files the compiler
// wrote to .types/ with tsconfig.declarations.json: `npm test`'s type check writes them for the whole
// program, `npm run build` for the sources alone (tsconfig.declarations.src.json, the same options). Bundling written declarations takes seconds;
// letting tsup derive them from the sources type-checked the library a second time (about 30 s of
// the build). One bundle for both formats, so that a class is declared once per format; its shared
// chunks are then named as before (scripts/name-declaration-chunks.mjs).
clearDist(true);

export default defineConfig({
  entry: entryFiles((path) => `.types/src/${path}.d.ts`),
  format: ['esm', 'cjs'],
  dts: { only: true },
  target: 'es2022',
  clean: false,
});
