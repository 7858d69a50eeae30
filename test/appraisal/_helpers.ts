import { expect } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';
import { ruleCatalog } from '../../src/catalog/ruleCatalog.js';

/** Runs `run`, expecting an InvalidInputError with this code and path; returns it for further checks. */
export function expectInvalid(run: () => unknown, code: string, path: readonly (string | number)[]): InvalidInputError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  const error = caught as InvalidInputError;
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  return error;
}

/** True when every id of a basis is a key of the catalog. */
export function inCatalog(basis: readonly string[]): boolean {
  return basis.every((id) => Object.hasOwn(ruleCatalog, id));
}

/** Deep-copies a JSON-like value, to check that a function did not mutate its input. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
