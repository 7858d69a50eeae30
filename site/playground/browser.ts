// The library's browser build for the documentation site: one classic script (IIFE) that defines the
// global `wuyeRules` with every export of the root entry, plus `wuyeRules.schemas` (the zod schemas).
// A classic script, not a module, so that the site works when opened from file:// as well as from
// any static host. Built by scripts/build-playground.mjs.
export * from '../../src/index.js';
export * as schemas from '../../src/schemas/index.js';
