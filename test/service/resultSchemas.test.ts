import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types
import { generateResultSchemaModule, modulePath } from '../../scripts/generate-result-schemas.mjs';
import { defaultRegistry } from '../../src/cli/defaultRegistry.js';
import { resultSchemas } from '../../src/service/resultSchemas.js';

describe('scripts/generate-result-schemas.mjs', () => {
  // Building the TypeScript program of the package takes a few seconds.
  it('produces exactly the committed module from the return types', () => {
    expect(generateResultSchemaModule()).toBe(readFileSync(modulePath as string, 'utf8'));
  }, 120_000);

  it('describes the result of every function of the registry, and of nothing else', () => {
    expect(Object.keys(resultSchemas)).toEqual([...defaultRegistry().keys()]);
  });
});
