// Shared by the unit tests: catching the InvalidInputError a call must throw.
import { expect } from 'vitest';
import { InvalidInputError, PolicyError } from '../../src/core/errors.js';

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

/** Calls `run` and returns the PolicyError it throws; fails the test if it throws nothing or something else. */
export function policyErrorOf(run: () => unknown): PolicyError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PolicyError);
  return caught as PolicyError;
}

/** The `path` of the PolicyError `run` throws, or undefined when it throws nothing; rethrows anything else. */
export function policyErrorPath(run: () => unknown): readonly (string | number)[] | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyError) return error.path;
    throw error;
  }
  return undefined;
}
