// Shared by the unit tests: catching the InvalidInputError a call must throw.
import { expect } from 'vitest';
import { InvalidInputError } from '../../src/core/errors.js';

/** Calls `run` and returns the InvalidInputError it throws; fails the test if it throws nothing or something else. */
export function invalidInputOf(run: () => unknown): InvalidInputError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidInputError);
  return caught as InvalidInputError;
}

/** Like {@link invalidInputOf}, also checking the error's `code` and `path`. */
export function expectInvalid(run: () => unknown, code: string, path: readonly (string | number)[]): InvalidInputError {
  const error = invalidInputOf(run);
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  return error;
}
