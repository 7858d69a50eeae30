// Conformance (issue 12), first part: every function the root entry exports is callable through the
// registry (it has `<name>ArgsSchema` or `<name>InputSchema` in src/schemas) and has an example line to
// seed the generated inputs of the fuzz suite. A function added without them fails here by name.
import { describe, expect, it } from 'vitest';
import { exampleLines } from '../../src/cli/examples.js';
import { exportedFunctions, registry } from '../support/adversarial.js';

// Exports that still have no schema, each to be given one; the list may only shrink.
const WITHOUT_SCHEMA_YET: ReadonlySet<string> = new Set(['definePolicy', 'explain', 'policyAt', 'toShanghaiIsoString']);

describe('the registry', () => {
  it('holds every exported function, with a schema', () => {
    const missing = exportedFunctions.filter((name) => !registry.has(name) && !WITHOUT_SCHEMA_YET.has(name));
    expect(missing).toEqual([]);
    expect([...WITHOUT_SCHEMA_YET].filter((name) => registry.has(name))).toEqual([]);
  });

  it('has an example line for every callable function', () => {
    expect([...registry.keys()].filter((name) => exampleLines[name] === undefined)).toEqual([]);
  });
});
