// Shared by the property and unit tests: catalog membership and input snapshots.
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';

/** True when every id of a basis is a key of the catalog. */
export function inCatalog(basis: readonly string[]): boolean {
  return basis.every((id) => Object.hasOwn(ruleCatalog, id));
}

/** Deep-copies a JSON-like value, to check that a function did not mutate its input. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
