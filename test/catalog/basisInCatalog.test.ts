// Every rule id a decision can carry must be in the catalog. The static scan in ruleCatalog.test.ts
// covers the ids written in src/; this test runs every sample case of examples/*.json through the
// library and checks every `basis` found anywhere in the results, nested ones included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';
import * as library from '../../src/index.js';

interface Sample { title: string; function: string; args: unknown[]; expectError?: boolean }

const directory = join(__dirname, '../../examples');
const samples: Sample[] = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as Sample[]);

function collectBases(value: unknown, into: string[][]): void {
  if (Array.isArray(value)) value.forEach((entry) => collectBases(entry, into));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, field] of Object.entries(value)) {
      if (key === 'basis' && Array.isArray(field)) into.push(field as string[]);
      else collectBases(field, into);
    }
  }
}

describe('basis ids of every sample decision', () => {
  it('has sample cases for every rule module', () => {
    expect(samples.length).toBeGreaterThan(100);
  });

  it('names only catalogued rules, and each sample behaves as its file says', () => {
    const functions = library as unknown as Record<string, (...args: unknown[]) => unknown>;
    let decisions = 0;
    for (const sample of samples) {
      const fn = functions[sample.function];
      expect(typeof fn, sample.function).toBe('function');
      let result: unknown;
      try {
        result = fn!(...sample.args);
      } catch (error) {
        expect(sample.expectError, `${sample.title}: ${String(error)}`).toBe(true);
        continue;
      }
      expect(sample.expectError, `${sample.title} should have been refused`).not.toBe(true);
      const bases: string[][] = [];
      collectBases(result, bases);
      decisions += bases.length;
      for (const basis of bases) for (const id of basis) expect(ruleCatalog[id], `${id} (${sample.title})`).toBeDefined();
    }
    expect(decisions).toBeGreaterThan(50);
  });
});
